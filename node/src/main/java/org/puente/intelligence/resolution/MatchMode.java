package org.puente.intelligence.resolution;

/**
 * How sure a match must be, as a minimum score in log2 odds. The thresholds were chosen on the
 * FEBRL4 linkage task (5,000 × 5,000 synthetic person records) and the Senzing truth set with the
 * default model; see each mode for what it gave there.
 */
public enum MatchMode {
  /**
   * Finds nearly every true match, with more false ones to review. FEBRL4, all fields: precision
   * 0.9978, recall 1.0000, false-positive rate 4.4e-7 of all non-matching pairs; names and birth
   * date only: precision 0.896, recall 0.958, false-positive rate 2.2e-5.
   */
  HIGH_RECALL(-4),
  /**
   * The usual setting: the score at which a match is more likely than not. FEBRL4, all fields:
   * precision 1.0000, recall 0.9998, no false positives; names and birth date only: precision
   * 0.983, recall 0.936, false-positive rate 3.2e-6.
   */
  BALANCED(0),
  /**
   * Shows only matches that are nearly certain. FEBRL4, all fields: precision 1.0000, recall
   * 0.9968; names and birth date only: precision 0.9993, recall 0.854, false-positive rate 1.2e-7.
   */
  HIGH_PRECISION(6);

  private final double minScore;

  MatchMode(double minScore) {
    this.minScore = minScore;
  }

  /** The minimum score, in log2 odds. */
  public double minScore() {
    return minScore;
  }
}
