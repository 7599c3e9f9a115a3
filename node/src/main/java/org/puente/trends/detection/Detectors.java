package org.puente.trends.detection;

import java.util.List;

/** The detectors Puente runs side by side, with their defaults. */
public final class Detectors {

  /** Baseline weeks of the CUSUM. */
  public static final int CUSUM_BASELINE = 12;

  /** Guard band of the CUSUM, in weeks. */
  public static final int CUSUM_GUARD = 2;

  /** Reference value of the CUSUM, in standard deviations. */
  public static final double CUSUM_K = 0.5;

  /** Decision threshold of the CUSUM. */
  public static final double CUSUM_H = 4;

  /** Baseline weeks of the CUSUM on counts, the node's default detector. */
  public static final int P_CUSUM_BASELINE = 26;

  /** Guard band of the CUSUM on counts, in weeks. */
  public static final int P_CUSUM_GUARD = 2;

  /** Reference value of the CUSUM on counts, in standard deviations. */
  public static final double P_CUSUM_K = 0.5;

  /** Decision threshold of the CUSUM on counts. */
  public static final double P_CUSUM_H = 3;

  private Detectors() {}

  /**
   * Weekly shares, as the detectors that see only shares are given them: a week without reports
   * counts as 0.
   */
  public static double[] shares(long[] with, long[] all) {
    double[] share = new double[with.length];
    for (int w = 0; w < with.length; w++) {
      share[w] = all[w] == 0 ? 0 : (double) Math.min(with[w], all[w]) / all[w];
    }
    return share;
  }

  /** The CUSUM on counts with its defaults. */
  public static ProportionCusum proportionCusum() {
    return new ProportionCusum(P_CUSUM_BASELINE, P_CUSUM_GUARD, P_CUSUM_K, P_CUSUM_H);
  }

  /** CUSUM, C1, C2 and C3 with the given floor on baseline standard deviations. */
  public static List<Detector> standard(double minimumSd) {
    return List.of(
        new Cusum(CUSUM_BASELINE, CUSUM_GUARD, CUSUM_K, CUSUM_H, minimumSd),
        Ears.standard(Ears.Variant.C1, minimumSd),
        Ears.standard(Ears.Variant.C2, minimumSd),
        Ears.standard(Ears.Variant.C3, minimumSd));
  }
}
