package org.puente.trends.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-sided upper CUSUM on standardised values (Page 1954; as compared with EARS by Fricker,
 * Hegler and Dunfee 2008): each period is standardised against the mean and standard deviation of a
 * sliding baseline that ends {@code guard} periods before it, the excess over {@code k} is
 * accumulated, and the sum alarms above {@code h}, then restarts from zero.
 *
 * @param baseline periods in the sliding baseline
 * @param guard periods between the baseline and the period judged
 * @param k reference value in standard deviations: shifts smaller than about 2k are ignored
 * @param h decision threshold on the cumulative sum
 * @param minimumSd floor on the baseline's standard deviation, so a flat baseline does not turn
 *     noise into alarms
 */
public record Cusum(int baseline, int guard, double k, double h, double minimumSd)
    implements Detector {

  public Cusum {
    checkSettings(baseline, guard, k, h);
    if (!(minimumSd > 0) || Double.isInfinite(minimumSd)) {
      throw new IllegalArgumentException("the minimum standard deviation is a positive number");
    }
  }

  /** The settings every CUSUM here shares, checked once for both kinds. */
  static void checkSettings(int baseline, int guard, double k, double h) {
    if (baseline < 2) {
      throw new IllegalArgumentException("a CUSUM baseline has at least 2 periods");
    }
    if (guard < 0) {
      throw new IllegalArgumentException("a CUSUM guard band is not negative");
    }
    if (!(k >= 0) || Double.isInfinite(k)) {
      throw new IllegalArgumentException("the CUSUM reference value is a number of at least 0");
    }
    if (!(h > 0) || Double.isInfinite(h)) {
      throw new IllegalArgumentException("the CUSUM threshold is a positive number");
    }
  }

  @Override
  public String name() {
    return "CUSUM";
  }

  @Override
  public List<Signal> run(double[] values) {
    List<Signal> out = new ArrayList<>(values.length);
    double sum = 0;
    for (int t = 0; t < values.length; t++) {
      int to = t - guard;
      int from = to - baseline;
      if (from < 0) {
        out.add(Signal.notReady(t, h));
        continue;
      }
      double[] ms = Detector.baseline(values, from, to, minimumSd);
      double z = (values[t] - ms[0]) / ms[1];
      sum = Math.max(0, sum + z - k);
      boolean alarm = sum > h;
      out.add(new Signal(t, sum, h, ms[0], alarm, true));
      if (alarm) {
        sum = 0;
      }
    }
    return out;
  }
}
