package org.puente.forensics.spectra;

/**
 * Bounds that keep reading an untrusted file within fixed memory. A file that exceeds a bound is
 * refused with a problem naming the bound; nothing is silently truncated.
 *
 * @param maxLineBytes longest line accepted, in bytes of UTF-8
 * @param maxPeaksPerSpectrum most peaks one spectrum may have (10,000 by default: a centroided
 *     spectrum has tens to hundreds, and a profile scan exported by mistake has far more)
 * @param maxRecords most records (spectra) one file may hold
 * @param maxTotalPeaks most peaks one file may hold over all its records
 * @param maxTextChars most characters of names, identifiers and descriptions one file may hold
 * @param maxMz highest plausible m/z; small-molecule and drug spectra end well below 5,000
 * @param maxProblems most problems listed; any further are counted in one closing problem
 */
public record ImportLimits(
    int maxLineBytes,
    int maxPeaksPerSpectrum,
    int maxRecords,
    long maxTotalPeaks,
    long maxTextChars,
    double maxMz,
    int maxProblems) {

  public ImportLimits {
    if (maxLineBytes < 256
        || maxPeaksPerSpectrum < 1
        || maxRecords < 1
        || maxTotalPeaks < 1
        || maxTextChars < 1
        || !(maxMz > 0)
        || maxProblems < 1) {
      throw new IllegalArgumentException("import limits must be positive (lines >= 256 bytes)");
    }
  }

  /** Names repeat (synonyms); more than this many in one record is not a real compound. */
  static final int MAX_NAMES_PER_RECORD = 64;

  /**
   * 16 KiB lines, 10,000 peaks a spectrum, 200,000 records, 10 million peaks (about 120 MB of peak
   * arrays) and 32 million characters of text a file, m/z up to 5,000, 1,000 listed problems.
   */
  public static ImportLimits defaults() {
    return new ImportLimits(16_384, 10_000, 200_000, 10_000_000L, 32_000_000L, 5_000.0, 1_000);
  }
}
