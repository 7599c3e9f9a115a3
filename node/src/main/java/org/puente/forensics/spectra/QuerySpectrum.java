package org.puente.forensics.spectra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

/**
 * Turns the spectrum of a search request ({@code {"peaks":[[mz,intensity],…],"precursorMz":…,
 * "msLevel":2}}) into a {@link Spectrum}, or refuses it listing every invalid value with a JSON
 * Pointer into the request. Peaks may come in any order and repeat an m/z; they are sorted and
 * repeated m/z merged, as on import.
 */
public final class QuerySpectrum {

  /** The most peaks a query may have, as for a library spectrum. */
  public static final int MAX_PEAKS = 10_000;

  /** The highest m/z accepted, as for import. */
  public static final double MAX_MZ = 5_000;

  private QuerySpectrum() {}

  /**
   * The query spectrum.
   *
   * @param peaks [m/z, intensity] pairs
   * @param precursorMz the precursor m/z, {@code null} when unknown
   * @param msLevel 1 for full scan (including EI), 2 for MS/MS
   * @param ionMode the polarity, {@link IonMode#UNKNOWN} to compare with both
   * @throws Rejected listing every invalid value; nothing is searched then
   */
  public static Spectrum of(
      List<double[]> peaks, @Nullable Double precursorMz, int msLevel, IonMode ionMode) {
    List<Violation> violations = new ArrayList<>();
    if (peaks.isEmpty()) {
      violations.add(Violation.of("/peaks", SpectraMessage.QUERY_PEAKS_EMPTY.code()));
    } else if (peaks.size() > MAX_PEAKS) {
      violations.add(Violation.of("/peaks", SpectraMessage.QUERY_PEAKS_TOO_MANY.code(), MAX_PEAKS));
    } else {
      for (int i = 0; i < peaks.size(); i++) {
        if (!valid(peaks.get(i))) {
          violations.add(Violation.of("/peaks/" + i, SpectraMessage.QUERY_PEAK_MALFORMED.code()));
        }
      }
    }
    if (precursorMz != null) {
      if (!(precursorMz > 0) || !Double.isFinite(precursorMz)) {
        violations.add(
            Violation.of("/precursorMz", SpectraMessage.MZ_NOT_POSITIVE.code(), precursorMz));
      } else if (precursorMz > MAX_MZ) {
        violations.add(
            Violation.of("/precursorMz", SpectraMessage.MZ_TOO_LARGE.code(), precursorMz, MAX_MZ));
      }
    }
    if (msLevel < 1 || msLevel > Spectrum.MAX_MS_LEVEL) {
      violations.add(
          Violation.of("/msLevel", SpectraMessage.QUERY_MS_LEVEL_INVALID.code(), msLevel));
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    double[] mz = new double[peaks.size()];
    for (int i = 0; i < mz.length; i++) {
      mz[i] = peaks.get(i)[0];
    }
    int[] order = PeakList.sortedOrder(mz);
    double[] sortedMz = new double[mz.length];
    float[] sortedIntensity = new float[mz.length];
    int n = 0;
    for (int k : order) {
      float v = (float) peaks.get(k)[1];
      if (n > 0 && sortedMz[n - 1] == mz[k]) {
        sortedIntensity[n - 1] = Math.min(sortedIntensity[n - 1] + v, Float.MAX_VALUE);
      } else {
        sortedMz[n] = mz[k];
        sortedIntensity[n] = v;
        n++;
      }
    }
    return Spectrum.owning(
        java.util.Arrays.copyOf(sortedMz, n),
        java.util.Arrays.copyOf(sortedIntensity, n),
        precursorMz == null ? Double.NaN : precursorMz,
        msLevel,
        ionMode,
        Map.of());
  }

  private static boolean valid(double @Nullable [] peak) {
    return peak != null
        && peak.length == 2
        && peak[0] > 0
        && peak[0] <= MAX_MZ
        && peak[1] >= 0
        && peak[1] <= Float.MAX_VALUE;
  }
}
