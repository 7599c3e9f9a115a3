package org.puente.forensics.linkage;

import java.util.List;
import java.util.Map;

/**
 * Impurity profiles as fixed-length vectors over the linkage marker vocabulary: areas normalised to
 * sum to one, then fourth-root transformed so that minor markers weigh in next to major ones (the
 * usual pre-treatment in drug profiling).
 */
public final class ImpurityProfiles {

  /** The markers compared, as registry ids, in vector order. */
  public static final List<String> VOCABULARY =
      List.of(
          "4-anpp",
          "npp",
          "norfentanyl",
          "benzylfentanyl",
          "phenethyl-4-anpp",
          "4-ap",
          "1-boc-4-ap",
          "acetylfentanyl",
          "n-acetyl-norfentanyl",
          "fentanyl-n-oxide");

  private ImpurityProfiles() {}

  /** The transformed vector; all zeros when no vocabulary marker has a positive area. */
  public static float[] vector(Map<String, Double> profile) {
    double[] raw = new double[VOCABULARY.size()];
    double sum = 0;
    for (int i = 0; i < raw.length; i++) {
      Double area = profile.get(VOCABULARY.get(i));
      raw[i] = area == null || !(area > 0) || Double.isInfinite(area) ? 0 : area;
      sum += raw[i];
    }
    float[] out = new float[raw.length];
    if (sum > 0) {
      for (int i = 0; i < raw.length; i++) {
        out[i] = (float) Math.sqrt(Math.sqrt(raw[i] / sum));
      }
    }
    return out;
  }

  /** Whether a vector carries any marker at all (an empty profile links to nothing). */
  public static boolean informative(float[] vector) {
    for (float v : vector) {
      if (v > 0) {
        return true;
      }
    }
    return false;
  }
}
