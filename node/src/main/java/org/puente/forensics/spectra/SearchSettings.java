package org.puente.forensics.spectra;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a library search scores and filters.
 *
 * @param similarity the score ranked by
 * @param toleranceMz fragment m/z tolerance in Da: peaks match when at most this far apart
 * @param precursorToleranceMz precursor filter for MS/MS queries: library spectra whose precursor
 *     m/z is known and differs from the query's by more than this many Da are not scored (those of
 *     unknown precursor are); {@code null} for no filter
 * @param reverse reverse search: query peaks without a counterpart in the library spectrum are
 *     ignored, so impurities in the query do not lower the score
 * @param mzPower exponent of m/z in the peak weight {@code mz^a · I^b} (cosine, composite, modified
 *     cosine)
 * @param intensityPower exponent of intensity in the peak weight
 * @param entropyWeighting whether the entropy similarity weights intensities of low-entropy spectra
 *     ({@code I^(0.25 + 0.25·S)} when {@code S < 3})
 * @param preprocessing cleaning applied to query and library spectra alike
 * @param minMatchedPeaks fewest matched peaks for a library spectrum to be a hit
 */
public record SearchSettings(
    Similarity similarity,
    double toleranceMz,
    @Nullable Double precursorToleranceMz,
    boolean reverse,
    double mzPower,
    double intensityPower,
    boolean entropyWeighting,
    Preprocessing preprocessing,
    int minMatchedPeaks) {

  /** The widest fragment tolerance: wider windows merge neighbouring nominal masses. */
  public static final double MAX_TOLERANCE_MZ = 0.5;

  public SearchSettings {
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(preprocessing, "preprocessing");
    if (!(toleranceMz > 0 && toleranceMz <= MAX_TOLERANCE_MZ)) {
      throw new IllegalArgumentException(
          "fragment tolerance must be within (0, " + MAX_TOLERANCE_MZ + "] Da");
    }
    if (precursorToleranceMz != null && !(precursorToleranceMz > 0 && precursorToleranceMz <= 10)) {
      throw new IllegalArgumentException("precursor tolerance must be within (0, 10] Da");
    }
    if (!(mzPower >= 0 && mzPower <= 10 && intensityPower >= 0 && intensityPower <= 10)) {
      throw new IllegalArgumentException("weight exponents must be within [0, 10]");
    }
    if (minMatchedPeaks < 1) {
      throw new IllegalArgumentException("a hit matches at least one peak");
    }
  }

  /**
   * The recommended settings of a similarity: intensity weights for cosine and modified cosine;
   * Stein and Scott's weights {@code mz^3 · I^0.6} for the composite; entropy weighting for the
   * entropy similarity; no cleaning beyond merging peaks closer than twice the tolerance. Li et
   * al.'s cleaning ({@link Preprocessing#standard()}) lowered cross-laboratory accuracy on the
   * shipped library (see {@code docs/spectra.md}): many low-energy spectra hold little but the
   * precursor, which that cleaning removes.
   */
  public static SearchSettings of(Similarity similarity, double toleranceMz) {
    boolean composite = similarity == Similarity.COMPOSITE;
    return new SearchSettings(
        similarity,
        toleranceMz,
        null,
        false,
        composite ? 3.0 : 0.0,
        composite ? 0.6 : 1.0,
        true,
        Preprocessing.none(),
        1);
  }

  /** The same settings with a precursor filter of {@code toleranceMz} Da ({@code null}: none). */
  public SearchSettings withPrecursorTolerance(@Nullable Double toleranceMz) {
    return new SearchSettings(
        similarity,
        this.toleranceMz,
        toleranceMz,
        reverse,
        mzPower,
        intensityPower,
        entropyWeighting,
        preprocessing,
        minMatchedPeaks);
  }

  /** The same settings, searching in reverse or not. */
  public SearchSettings withReverse(boolean reverseSearch) {
    return new SearchSettings(
        similarity,
        toleranceMz,
        precursorToleranceMz,
        reverseSearch,
        mzPower,
        intensityPower,
        entropyWeighting,
        preprocessing,
        minMatchedPeaks);
  }

  /** The same settings with other cleaning. */
  public SearchSettings withPreprocessing(Preprocessing cleaning) {
    return new SearchSettings(
        similarity,
        toleranceMz,
        precursorToleranceMz,
        reverse,
        mzPower,
        intensityPower,
        entropyWeighting,
        cleaning,
        minMatchedPeaks);
  }

  /** The same settings with other peak-weight exponents. */
  public SearchSettings withWeights(double mzExponent, double intensityExponent) {
    return new SearchSettings(
        similarity,
        toleranceMz,
        precursorToleranceMz,
        reverse,
        mzExponent,
        intensityExponent,
        entropyWeighting,
        preprocessing,
        minMatchedPeaks);
  }

  /** The same settings with or without entropy weighting. */
  public SearchSettings withEntropyWeighting(boolean weighting) {
    return new SearchSettings(
        similarity,
        toleranceMz,
        precursorToleranceMz,
        reverse,
        mzPower,
        intensityPower,
        weighting,
        preprocessing,
        minMatchedPeaks);
  }

  /** Whether the precursor filter applies to {@code query}: only MS/MS with a precursor. */
  boolean filtersPrecursor(Spectrum query) {
    return precursorToleranceMz != null && query.msLevel() >= 2 && query.hasPrecursor();
  }

  /**
   * Spectra are merged at this distance so that every peak has at most one partner within the
   * tolerance; the small excess keeps that true despite rounding.
   */
  double mergeWithinMz() {
    return 2 * toleranceMz + 1e-6;
  }
}
