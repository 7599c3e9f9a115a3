package org.puente.forensics.report;

import java.util.List;

/**
 * A spectrum attached to the report as peaks, for reference (the spectral search lives elsewhere).
 *
 * @param techniqueId the technique that produced it
 * @param title a short description
 * @param peaks the peaks (m/z or wavenumber, intensity)
 */
public record SpectrumReference(String techniqueId, String title, List<Peak> peaks) {

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

  public SpectrumReference {
    peaks = List.copyOf(peaks);
    if (peaks.isEmpty()) {
      throw new IllegalArgumentException("a spectrum has peaks");
    }
  }
}
