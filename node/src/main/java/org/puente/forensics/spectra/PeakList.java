package org.puente.forensics.spectra;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The peaks of one record as they are read: every value is checked, at most the configured number
 * is kept, and at the end the list is put into strictly increasing m/z order.
 *
 * <p>Unsorted peaks and repeated m/z values are curation warnings, not errors: a peak list is a set
 * of (m/z, intensity) pairs, so sorting loses nothing, and two intensities at one m/z are the same
 * signal split in two, which is what centroiding would sum. Both are reported so the curator sees
 * that the file was normalised.
 */
final class PeakList {

  /** Sorted, merged peak arrays, handed over to a {@link Spectrum} without copying. */
  static final class Peaks {
    private final double[] mz;
    private final float[] intensities;

    Peaks(double[] mz, float[] intensities) {
      this.mz = mz;
      this.intensities = intensities;
    }

    double[] mz() {
      return mz;
    }

    float[] intensities() {
      return intensities;
    }
  }

  private final ImportLimits limits;
  private double[] mz = new double[32];
  private float[] intensities = new float[32];
  private int size;
  private int read;
  private boolean tooMany;

  PeakList(ImportLimits limits) {
    this.limits = limits;
  }

  void clear() {
    size = 0;
    read = 0;
    tooMany = false;
  }

  /** How many peaks the record listed, valid or not: what a declared count is compared with. */
  int read() {
    return read;
  }

  /**
   * Reports an over-long peak list as soon as a declared count announces it, instead of after
   * reading every line of it.
   */
  void expect(ImportReport report, int line, String field, int declared) {
    if (declared > limits.maxPeaksPerSpectrum() && !tooMany) {
      tooMany = true;
      report.error(line, field, SpectraMessage.PEAKS_TOO_MANY, limits.maxPeaksPerSpectrum());
    }
  }

  /** Checks one peak read at {@code line} and keeps it if it is valid. */
  void add(ImportReport report, int line, String field, String mzToken, String intensityToken) {
    read++;
    double m = Numbers.parse(report, line, field, mzToken);
    double v = Numbers.parse(report, line, field, intensityToken);
    boolean valid = !Double.isNaN(m) && !Double.isNaN(v);
    if (!Double.isNaN(m)) {
      if (!(m > 0)) {
        report.error(line, field, SpectraMessage.MZ_NOT_POSITIVE, Numbers.abbreviate(mzToken));
        valid = false;
      } else if (m > limits.maxMz()) {
        report.error(
            line, field, SpectraMessage.MZ_TOO_LARGE, Numbers.abbreviate(mzToken), limits.maxMz());
        valid = false;
      }
    }
    if (!Double.isNaN(v)) {
      if (v < 0) {
        report.error(
            line, field, SpectraMessage.INTENSITY_NEGATIVE, Numbers.abbreviate(intensityToken));
        valid = false;
      } else if (v > Float.MAX_VALUE) {
        report.error(
            line, field, SpectraMessage.INTENSITY_TOO_LARGE, Numbers.abbreviate(intensityToken));
        valid = false;
      }
    }
    if (read > limits.maxPeaksPerSpectrum()) {
      if (!tooMany) {
        tooMany = true;
        report.error(line, field, SpectraMessage.PEAKS_TOO_MANY, limits.maxPeaksPerSpectrum());
      }
      return;
    }
    if (!valid) {
      return;
    }
    if (size == mz.length) {
      int grown = Math.min(limits.maxPeaksPerSpectrum(), size * 2);
      mz = Arrays.copyOf(mz, grown);
      intensities = Arrays.copyOf(intensities, grown);
    }
    mz[size] = m;
    intensities[size] = (float) v + 0.0f;
    size++;
  }

  /**
   * Ends the record's peak list: reports an empty list, sorts and merges with warnings.
   *
   * @param line where to report list-level problems (the peak header, or the record start)
   * @return the peaks, or {@code null} when the list is empty
   */
  @Nullable Peaks finish(ImportReport report, int line, String field) {
    if (read == 0) {
      report.error(line, field, SpectraMessage.PEAKS_EMPTY);
      return null;
    }
    if (size == 0) {
      return null;
    }
    double[] m = Arrays.copyOf(mz, size);
    float[] v = Arrays.copyOf(intensities, size);
    boolean sorted = true;
    for (int i = 1; i < size && sorted; i++) {
      sorted = m[i] >= m[i - 1];
    }
    if (!sorted) {
      report.warning(line, field, SpectraMessage.PEAKS_UNSORTED);
      int[] order = sortedOrder(m);
      double[] sm = new double[size];
      float[] sv = new float[size];
      for (int i = 0; i < size; i++) {
        sm[i] = m[order[i]];
        sv[i] = v[order[i]];
      }
      m = sm;
      v = sv;
    }
    int distinct = 1;
    for (int i = 1; i < size; i++) {
      if (m[i] != m[distinct - 1]) {
        m[distinct] = m[i];
        v[distinct] = v[i];
        distinct++;
      } else {
        v[distinct - 1] += v[i];
      }
    }
    if (distinct < size) {
      report.warning(line, field, SpectraMessage.PEAKS_DUPLICATE_MZ, size - distinct);
      m = Arrays.copyOf(m, distinct);
      v = Arrays.copyOf(v, distinct);
      for (float f : v) {
        if (!Float.isFinite(f)) {
          report.error(line, field, SpectraMessage.INTENSITY_TOO_LARGE, f);
          return null;
        }
      }
    }
    return new Peaks(m, v);
  }

  /** A stable ascending order of {@code values} (merge sort on indices, no boxing). */
  static int[] sortedOrder(double[] values) {
    int n = values.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] scratch = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, n);
        int a = lo;
        int b = mid;
        int k = lo;
        while (a < mid && b < hi) {
          scratch[k++] = values[order[b]] < values[order[a]] ? order[b++] : order[a++];
        }
        while (a < mid) {
          scratch[k++] = order[a++];
        }
        while (b < hi) {
          scratch[k++] = order[b++];
        }
        System.arraycopy(scratch, lo, order, lo, hi - lo);
      }
    }
    return order;
  }
}
