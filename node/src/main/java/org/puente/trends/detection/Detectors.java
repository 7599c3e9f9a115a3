package org.puente.trends.detection;

import java.util.List;
import java.util.Optional;

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

  private Detectors() {}

  /** CUSUM, C1, C2 and C3 with the given floor on baseline standard deviations. */
  public static List<Detector> standard(double minimumSd) {
    return List.of(
        new Cusum(CUSUM_BASELINE, CUSUM_GUARD, CUSUM_K, CUSUM_H, minimumSd),
        Ears.standard(Ears.Variant.C1, minimumSd),
        Ears.standard(Ears.Variant.C2, minimumSd),
        Ears.standard(Ears.Variant.C3, minimumSd));
  }

  /** The standard detector of that name, if there is one. */
  public static Optional<Detector> named(String name, double minimumSd) {
    return standard(minimumSd).stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
