package org.puente.forensics.spectra;

/**
 * How spectra are cleaned before they are compared. Steps run in this order, as in Flash entropy
 * search: drop zero intensities; for MS/MS with a known precursor, drop peaks above {@code
 * precursor − precursorOffsetMz}; merge peaks closer than twice the fragment tolerance
 * (intensity-weighted m/z, summed intensity); drop peaks below {@code noiseThreshold} times the
 * base peak; keep the {@code maxPeaks} most intense.
 *
 * @param removePrecursor whether MS/MS peaks at and above the precursor are dropped
 * @param precursorOffsetMz how far below the precursor m/z the cut lies (1.6 in Flash entropy, so
 *     that the precursor's isotopes go too)
 * @param noiseThreshold relative intensity below which a peak is noise, in [0, 1)
 * @param maxPeaks the most peaks kept, 0 for no limit
 */
public record Preprocessing(
    boolean removePrecursor, double precursorOffsetMz, double noiseThreshold, int maxPeaks) {

  public Preprocessing {
    if (!(precursorOffsetMz >= 0 && precursorOffsetMz <= 100)) {
      throw new IllegalArgumentException("precursor offset must be within [0, 100] Da");
    }
    if (!(noiseThreshold >= 0 && noiseThreshold < 1)) {
      throw new IllegalArgumentException("noise threshold must be within [0, 1)");
    }
    if (maxPeaks < 0) {
      throw new IllegalArgumentException("max peaks must not be negative");
    }
  }

  /** Only the merging of peaks closer than twice the tolerance, which every search needs. */
  public static Preprocessing none() {
    return new Preprocessing(false, 1.6, 0.0, 0);
  }

  /**
   * The cleaning of Li et al. (2021): precursor and its isotopes removed (1.6 Da offset), noise
   * below 1 % of the base peak removed.
   */
  public static Preprocessing standard() {
    return new Preprocessing(true, 1.6, 0.01, 0);
  }
}
