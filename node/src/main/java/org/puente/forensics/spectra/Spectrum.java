package org.puente.forensics.spectra;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One centroided mass spectrum: peaks in strictly increasing m/z order with non-negative
 * intensities, the precursor m/z of an MS/MS spectrum, the MS level and the ion polarity.
 *
 * <p>Peaks are kept in primitive arrays so that a library of millions of spectra costs twelve bytes
 * a peak and scoring never unboxes. Instances are immutable: arrays are copied in and out of the
 * public API.
 */
public final class Spectrum {

  /** The highest MS level accepted (MS<sup>n</sup> trees deeper than this do not occur). */
  public static final int MAX_MS_LEVEL = 10;

  private final double[] mz;
  private final float[] intensities;
  private final double precursor;
  private final int msLevel;
  private final IonMode ionMode;
  private final Map<String, String> metadata;

  /**
   * A spectrum from peak arrays of equal length.
   *
   * @param mz m/z values, finite, positive and strictly increasing
   * @param intensities intensities, finite and non-negative
   * @param precursorMz precursor m/z of an MS/MS spectrum, or {@code null} when unknown
   * @param msLevel 1 for a full-scan (including EI) spectrum, 2 for MS/MS, and so on
   * @param ionMode polarity of the detected ions
   * @param metadata descriptive values (instrument, collision energy …) that scoring ignores
   * @throws IllegalArgumentException if any of the above does not hold
   */
  public Spectrum(
      double[] mz,
      float[] intensities,
      @Nullable Double precursorMz,
      int msLevel,
      IonMode ionMode,
      Map<String, String> metadata) {
    this(
        mz.clone(),
        intensities.clone(),
        precursorMz == null ? Double.NaN : precursorMz,
        msLevel,
        ionMode,
        Map.copyOf(metadata));
  }

  /**
   * A spectrum that takes ownership of the arrays and map; only for callers that never touch them
   * again.
   *
   * @param precursorOrNaN the precursor m/z, NaN when unknown
   */
  static Spectrum owning(
      double[] mz,
      float[] intensities,
      double precursorOrNaN,
      int msLevel,
      IonMode ionMode,
      Map<String, String> metadata) {
    return new Spectrum(mz, intensities, precursorOrNaN, msLevel, ionMode, metadata);
  }

  private Spectrum(
      double[] mz,
      float[] intensities,
      double precursorOrNaN,
      int msLevel,
      IonMode ionMode,
      Map<String, String> metadata) {
    Objects.requireNonNull(ionMode, "ionMode");
    if (mz.length != intensities.length) {
      throw new IllegalArgumentException(
          "m/z and intensity arrays differ in length: " + mz.length + " vs " + intensities.length);
    }
    for (int i = 0; i < mz.length; i++) {
      if (!(mz[i] > 0) || !Double.isFinite(mz[i])) {
        throw new IllegalArgumentException("m/z must be finite and positive at peak " + i);
      }
      if (i > 0 && !(mz[i] > mz[i - 1])) {
        throw new IllegalArgumentException("m/z must increase strictly at peak " + i);
      }
      if (!(intensities[i] >= 0) || !Float.isFinite(intensities[i])) {
        throw new IllegalArgumentException("intensity must be finite and >= 0 at peak " + i);
      }
    }
    if (!Double.isNaN(precursorOrNaN) && !(precursorOrNaN > 0 && Double.isFinite(precursorOrNaN))) {
      throw new IllegalArgumentException("precursor m/z must be finite and positive");
    }
    if (msLevel < 1 || msLevel > MAX_MS_LEVEL) {
      throw new IllegalArgumentException("MS level must be between 1 and " + MAX_MS_LEVEL);
    }
    this.mz = mz;
    this.intensities = intensities;
    this.precursor = precursorOrNaN;
    this.msLevel = msLevel;
    this.ionMode = ionMode;
    this.metadata = metadata;
  }

  /** Number of peaks. */
  public int size() {
    return mz.length;
  }

  /** The m/z of peak {@code i}. */
  public double mz(int i) {
    return mz[i];
  }

  /** The intensity of peak {@code i}. */
  public float intensity(int i) {
    return intensities[i];
  }

  /** A copy of the m/z values. */
  public double[] mz() {
    return mz.clone();
  }

  /** A copy of the intensities. */
  public float[] intensities() {
    return intensities.clone();
  }

  /** The precursor m/z, or {@code null} when unknown. */
  public @Nullable Double precursorMz() {
    return Double.isNaN(precursor) ? null : precursor;
  }

  public boolean hasPrecursor() {
    return !Double.isNaN(precursor);
  }

  public int msLevel() {
    return msLevel;
  }

  public IonMode ionMode() {
    return ionMode;
  }

  /** Descriptive values such as {@code instrument_type} or {@code collision_energy}. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** The highest intensity, 0 for an empty spectrum. */
  public float basePeakIntensity() {
    float max = 0;
    for (float v : intensities) {
      max = Math.max(max, v);
    }
    return max;
  }

  double[] mzArray() {
    return mz;
  }

  float[] intensityArray() {
    return intensities;
  }

  double precursorOrNaN() {
    return precursor;
  }

  /** The same acquisition with other peaks; the arrays are taken over. */
  Spectrum withPeaks(double[] newMz, float[] newIntensities) {
    return owning(newMz, newIntensities, precursor, msLevel, ionMode, metadata);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Spectrum s
        && Arrays.equals(mz, s.mz)
        && Arrays.equals(intensities, s.intensities)
        && Double.compare(precursor, s.precursor) == 0
        && msLevel == s.msLevel
        && ionMode == s.ionMode
        && metadata.equals(s.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(mz), Arrays.hashCode(intensities), precursor, msLevel, ionMode, metadata);
  }

  /** Shape only: peak values are evidence and stay out of logs. */
  @Override
  public String toString() {
    return "Spectrum[MS" + msLevel + ", " + ionMode + ", " + mz.length + " peaks]";
  }
}
