package org.puente.forensics.linkage;

/** How two transformed profiles are compared; each has its own learnt threshold. */
public enum Comparison {
  /** 1 − Pearson correlation coefficient, in [0, 2]. */
  PEARSON,
  /** 1 − cosine similarity, in [0, 1] for non-negative profiles. */
  COSINE;

  /**
   * The unit vector this comparison works on: centred first for Pearson. Distances are then {@code
   * 1 - dot}. A constant vector has no direction and becomes all zeros (distance 1 to everything).
   */
  public float[] unit(float[] vector) {
    float[] out = vector.clone();
    if (this == PEARSON) {
      double mean = 0;
      for (float v : out) {
        mean += v;
      }
      mean /= out.length;
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) (out[i] - mean);
      }
    }
    double norm = 0;
    for (float v : out) {
      norm += (double) v * v;
    }
    if (norm < 1e-12) {
      return new float[out.length];
    }
    double scale = 1 / Math.sqrt(norm);
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (out[i] * scale);
    }
    return out;
  }

  /** The distance between two transformed profiles. */
  public double distance(float[] a, float[] b) {
    float[] ua = unit(a);
    float[] ub = unit(b);
    double dot = 0;
    for (int i = 0; i < ua.length; i++) {
      dot += (double) ua[i] * ub[i];
    }
    return 1 - dot;
  }
}
