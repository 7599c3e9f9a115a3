package org.puente.forensics.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A spectrum attached to the report as peaks, for reference (the spectral search lives elsewhere).
 *
 * @param techniqueId the technique that produced it
 * @param title a short description
 * @param peaks the peaks (m/z or wavenumber, intensity)
 * @param msLevel for a mass spectrum, 1 for a full scan, 2 or more for MS/MS; {@code null} when the
 *     laboratory did not say (a full scan unless a precursor is given)
 * @param precursorMz for MS/MS, the precursor ion's m/z; {@code null} when none or not given
 * @param toleranceMz the fragment m/z tolerance the instrument warrants, in Da; {@code null} when
 *     not given
 */
public record SpectrumReference(
    String techniqueId,
    String title,
    List<Peak> peaks,
    @Nullable Integer msLevel,
    @Nullable Double precursorMz,
    @Nullable Double toleranceMz) {

  /** The highest MS level a report may state. */
  public static final int MAX_MS_LEVEL = 10;

  /** The widest fragment tolerance a report may state, in Da. */
  public static final double MAX_TOLERANCE_MZ = 0.5;

  /** The largest precursor m/z a report may state. */
  public static final double MAX_PRECURSOR_MZ = 5_000;

  /** One peak: position and intensity. */
  public record Peak(double position, double intensity) {
    public Peak {
      if (!(position > 0)
          || Double.isInfinite(position)
          || !(intensity >= 0)
          || Double.isInfinite(intensity)) {
        throw new IllegalArgumentException("a peak has a positive position and intensity >= 0");
      }
    }
  }

  /** A spectrum without MS level, precursor or tolerance. */
  public SpectrumReference(String techniqueId, String title, List<Peak> peaks) {
    this(techniqueId, title, peaks, null, null, null);
  }

  public SpectrumReference {
    peaks = List.copyOf(peaks);
    if (peaks.isEmpty()) {
      throw new IllegalArgumentException("a spectrum has peaks");
    }
    if (msLevel != null && (msLevel < 1 || msLevel > MAX_MS_LEVEL)) {
      throw new IllegalArgumentException("MS level within [1, " + MAX_MS_LEVEL + "]");
    }
    if (precursorMz != null && !(precursorMz > 0 && precursorMz <= MAX_PRECURSOR_MZ)) {
      throw new IllegalArgumentException("precursor m/z within (0, " + MAX_PRECURSOR_MZ + "]");
    }
    if (precursorMz != null && msLevel != null && msLevel < 2) {
      throw new IllegalArgumentException("a full scan has no precursor");
    }
    if (toleranceMz != null && !(toleranceMz > 0 && toleranceMz <= MAX_TOLERANCE_MZ)) {
      throw new IllegalArgumentException("tolerance within (0, " + MAX_TOLERANCE_MZ + "] Da");
    }
  }
}
