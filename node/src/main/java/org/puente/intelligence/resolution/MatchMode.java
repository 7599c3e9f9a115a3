package org.puente.intelligence.resolution;

/** How eagerly screening and matching report a candidate. (Placeholder thresholds.) */
public enum MatchMode {
  HIGH_RECALL(4),
  BALANCED(8),
  HIGH_PRECISION(14);

  private final double minScore;

  MatchMode(double minScore) {
    this.minScore = minScore;
  }

  /** The least score, in log2 odds, a candidate needs in this mode. */
  public double minScore() {
    return minScore;
  }
}
