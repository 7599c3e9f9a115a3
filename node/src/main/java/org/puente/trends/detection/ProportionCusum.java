package org.puente.trends.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-sided upper CUSUM on weekly proportions that uses the counts, not only the shares: each
 * week's number of reports with the substance, {@code x} of {@code n}, is standardised against the
 * pooled proportion {@code p0} of a sliding baseline that ends {@code guard} weeks before it,
 * {@code z = (x - n p0) / sqrt(n p0 (1 - p0) phi)} (the binomial score, widened by the baseline's
 * Pearson dispersion {@code phi} when it is above 1), the excess over {@code k} is accumulated, and
 * the sum alarms above {@code h}, then restarts from zero.
 *
 * <p>Unlike a CUSUM on shares, a week of few reports weighs little, a week without reports is no
 * evidence at all (not a share of zero), and no standard deviation is estimated from a dozen noisy
 * weekly shares; {@code docs/benchmarks.md} compares the two on simulated outbreaks.
 *
 * @param baseline weeks in the sliding baseline
 * @param guard weeks between the baseline and the week judged
 * @param k reference value in standard deviations
 * @param h decision threshold on the cumulative sum
 */
public record ProportionCusum(int baseline, int guard, double k, double h) {

  /** Its name in alerts and configuration. */
  public static final String NAME = "P-CUSUM";

  public ProportionCusum {
    Cusum.checkSettings(baseline, guard, k, h);
  }

  /**
   * One signal per week.
   *
   * @param with reports with the substance (or class) each week
   * @param all all reports each week, at least {@code with}
   */
  public List<Signal> run(long[] with, long[] all) {
    if (with.length != all.length) {
      throw new IllegalArgumentException("one count of each kind per week");
    }
    List<Signal> out = new ArrayList<>(with.length);
    double sum = 0;
    for (int t = 0; t < with.length; t++) {
      int to = t - guard;
      int from = to - baseline;
      if (from < 0) {
        out.add(Signal.notReady(t, h));
        continue;
      }
      long x0 = 0;
      long n0 = 0;
      for (int i = from; i < to; i++) {
        x0 += Math.min(with[i], all[i]);
        n0 += all[i];
      }
      if (n0 == 0) {
        out.add(Signal.notReady(t, h));
        continue;
      }
      // Half a report either way keeps p0 off 0 and 1, where the score is undefined.
      double p0 = Math.min(Math.max((double) x0, 0.5), n0 - 0.5) / n0;
      // Quasi-binomial: when the baseline weeks scatter more than binomially (batches, seasonal
      // submission), the Pearson dispersion widens the score instead of raising false alarms.
      double pearson = 0;
      int weeks = 0;
      for (int i = from; i < to; i++) {
        if (all[i] > 0) {
          double e = all[i] * p0;
          double d = Math.min(with[i], all[i]) - e;
          pearson += d * d / (e * (1 - p0));
          weeks++;
        }
      }
      double dispersion = weeks > 1 ? Math.max(1, pearson / (weeks - 1)) : 1;
      long n = all[t];
      if (n > 0) {
        double x = Math.min(with[t], n);
        double z = (x - n * p0) / Math.sqrt(n * p0 * (1 - p0) * dispersion);
        sum = Math.max(0, sum + z - k);
      }
      boolean alarm = n > 0 && sum > h;
      out.add(new Signal(t, sum, h, p0, alarm, true));
      if (alarm) {
        sum = 0;
      }
    }
    return out;
  }
}
