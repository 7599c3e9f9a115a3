package org.puente.trends.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * The CDC Early Aberration Reporting System's C1, C2 and C3 methods (Hutwagner et al. 2003). C1
 * compares a period with the mean and standard deviation of the {@code baseline} periods just
 * before it; C2 leaves a guard band of {@code lag} periods between them, so a slow rise does not
 * hide in its own baseline; C3 sums the positive excesses of the C2 statistic over 1 for the period
 * and the two before it.
 *
 * @param variant C1, C2 or C3
 * @param baseline periods in the baseline (7 in EARS)
 * @param lag periods between the baseline and the period judged (0 for C1, 2 for C2 and C3)
 * @param threshold alarm above this statistic (3 for C1 and C2, 2 for C3 in EARS)
 * @param minimumSd floor on the baseline's standard deviation, so a flat baseline does not turn
 *     noise into alarms
 */
public record Ears(Variant variant, int baseline, int lag, double threshold, double minimumSd)
    implements Detector {

  /** Which EARS method. */
  public enum Variant {
    C1,
    C2,
    C3
  }

  public Ears {
    if (baseline < 2) {
      throw new IllegalArgumentException("an EARS baseline has at least 2 periods");
    }
    if (lag < 0) {
      throw new IllegalArgumentException("an EARS lag is not negative");
    }
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("an EARS threshold is a positive number");
    }
    if (!(minimumSd > 0) || Double.isInfinite(minimumSd)) {
      throw new IllegalArgumentException("the minimum standard deviation is a positive number");
    }
  }

  /** The method as EARS defines it, with the given standard-deviation floor. */
  public static Ears standard(Variant variant, double minimumSd) {
    return switch (variant) {
      case C1 -> new Ears(Variant.C1, 7, 0, 3, minimumSd);
      case C2 -> new Ears(Variant.C2, 7, 2, 3, minimumSd);
      case C3 -> new Ears(Variant.C3, 7, 2, 2, minimumSd);
    };
  }

  @Override
  public String name() {
    return variant.name();
  }

  @Override
  public List<Signal> run(double[] values) {
    List<Signal> out = new ArrayList<>(values.length);
    double[] c2 = new double[values.length];
    double[] means = new double[values.length];
    boolean[] ready = new boolean[values.length];
    for (int t = 0; t < values.length; t++) {
      int to = t - lag;
      int from = to - baseline;
      if (from < 0) {
        continue;
      }
      double[] ms = Detector.baseline(values, from, to, minimumSd);
      means[t] = ms[0];
      c2[t] = (values[t] - ms[0]) / ms[1];
      ready[t] = true;
    }
    for (int t = 0; t < values.length; t++) {
      if (!ready[t]) {
        out.add(Signal.notReady(t, threshold));
        continue;
      }
      double statistic = c2[t];
      if (variant == Variant.C3) {
        statistic = 0;
        for (int j = Math.max(0, t - 2); j <= t; j++) {
          if (ready[j]) {
            statistic += Math.max(0, c2[j] - 1);
          }
        }
      }
      out.add(new Signal(t, statistic, threshold, means[t], statistic > threshold, true));
    }
    return out;
  }
}
