package org.puente.forensics.report;

/** How much of a substance the sample holds. */
public sealed interface Purity {

  /** Detected, not quantified. */
  record Qualitative() implements Purity {}

  /**
   * Quantified, in percent by mass.
   *
   * @param percent the measured purity in [0, 100]
   * @param uncertainty expanded uncertainty U, in percentage points
   * @param coverageFactor the coverage factor k used for U
   */
  record Quantitative(double percent, double uncertainty, double coverageFactor) implements Purity {
    public Quantitative {
      if (!(percent >= 0 && percent <= 100)) {
        throw new IllegalArgumentException("purity lies in [0, 100] %");
      }
      if (!(uncertainty >= 0 && uncertainty <= 100)) {
        throw new IllegalArgumentException("an uncertainty lies in [0, 100] points");
      }
      if (!(coverageFactor >= 1 && coverageFactor <= 4)) {
        throw new IllegalArgumentException("a coverage factor lies in [1, 4]");
      }
    }
  }
}
