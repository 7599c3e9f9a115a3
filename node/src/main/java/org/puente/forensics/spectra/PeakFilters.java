package org.puente.forensics.spectra;

/**
 * Peak filters with the definitions of matchms and Flash entropy search, for callers that clean
 * spectra themselves (searches clean with {@link Preprocessing}). Each returns a new spectrum.
 */
public final class PeakFilters {

  private PeakFilters() {}

  /** Scales intensities so the base peak is 1 (matchms {@code normalize_intensities}). */
  public static Spectrum normalizeIntensities(Spectrum s) {
    float max = s.basePeakIntensity();
    if (max == 0) {
      return s;
    }
    float[] v = s.intensities();
    for (int i = 0; i < v.length; i++) {
      v[i] = v[i] / max;
    }
    return s.withPeaks(s.mz(), v);
  }

  /**
   * Keeps peaks whose intensity relative to the base peak lies within [from, to] (matchms {@code
   * select_by_relative_intensity}).
   */
  public static Spectrum selectByRelativeIntensity(Spectrum s, double from, double to) {
    PeakArrays p = new PeakArrays(s);
    p.keepRelativeIntensity(from, to);
    return p.toSpectrum(s);
  }

  /** Keeps the {@code k} most intense peaks, of equal intensities the lower m/z. */
  public static Spectrum keepMostIntense(Spectrum s, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must not be negative");
    }
    PeakArrays p = new PeakArrays(s);
    p.keepMostIntense(k);
    return p.toSpectrum(s);
  }

  /**
   * Drops peaks above {@code precursor − offsetMz} of an MS/MS spectrum with a known precursor
   * (Flash entropy search; its default offset is 1.6 Da). Other spectra are returned unchanged.
   */
  public static Spectrum removePeaksAbovePrecursor(Spectrum s, double offsetMz) {
    if (s.msLevel() < 2 || !s.hasPrecursor()) {
      return s;
    }
    PeakArrays p = new PeakArrays(s);
    p.keepMz(0, s.precursorOrNaN() - offsetMz);
    return p.toSpectrum(s);
  }

  /**
   * Drops peaks within {@code windowMz} of the precursor m/z (matchms {@code
   * remove_peaks_around_precursor_mz}, default 17 Da). Spectra without a precursor are returned
   * unchanged.
   */
  public static Spectrum removePeaksAroundPrecursor(Spectrum s, double windowMz) {
    if (!s.hasPrecursor()) {
      return s;
    }
    PeakArrays p = new PeakArrays(s);
    p.dropMz(s.precursorOrNaN() - windowMz, s.precursorOrNaN() + windowMz);
    return p.toSpectrum(s);
  }

  /**
   * Merges peaks until all are more than {@code withinMz} apart (Flash entropy's centroiding:
   * intensities summed, m/z averaged by intensity); zero-intensity peaks are dropped.
   */
  public static Spectrum centroid(Spectrum s, double withinMz) {
    PeakArrays p = new PeakArrays(s);
    p.removeZeroIntensities();
    p.centroid(withinMz);
    return p.toSpectrum(s);
  }
}
