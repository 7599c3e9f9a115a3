package org.puente.forensics.spectra;

import java.util.Arrays;

/**
 * Working copy of a spectrum's peaks in double precision, cleaned step by step in place. Every step
 * keeps m/z strictly increasing.
 */
final class PeakArrays {

  double[] mz;
  double[] intensity;
  int size;

  PeakArrays(Spectrum s) {
    size = s.size();
    mz = s.mzArray().clone();
    intensity = new double[size];
    float[] source = s.intensityArray();
    for (int i = 0; i < size; i++) {
      intensity[i] = source[i];
    }
  }

  double maxIntensity() {
    double max = 0;
    for (int i = 0; i < size; i++) {
      max = Math.max(max, intensity[i]);
    }
    return max;
  }

  /** Keeps the peaks whose intensity lies within [from, to] times the base peak. */
  void keepRelativeIntensity(double from, double to) {
    double max = maxIntensity();
    int kept = 0;
    for (int i = 0; i < size; i++) {
      double relative = max > 0 ? intensity[i] / max : 0;
      if (relative >= from && relative <= to) {
        mz[kept] = mz[i];
        intensity[kept] = intensity[i];
        kept++;
      }
    }
    size = kept;
  }

  void removeZeroIntensities() {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (intensity[i] > 0) {
        mz[kept] = mz[i];
        intensity[kept] = intensity[i];
        kept++;
      }
    }
    size = kept;
  }

  /** Keeps peaks with {@code from <= m/z <= to}. */
  void keepMz(double from, double to) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (mz[i] >= from && mz[i] <= to) {
        mz[kept] = mz[i];
        intensity[kept] = intensity[i];
        kept++;
      }
    }
    size = kept;
  }

  /** Drops peaks with {@code from <= m/z <= to}. */
  void dropMz(double from, double to) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (!(mz[i] >= from && mz[i] <= to)) {
        mz[kept] = mz[i];
        intensity[kept] = intensity[i];
        kept++;
      }
    }
    size = kept;
  }

  /** Keeps the {@code k} most intense peaks; of equal intensities, the lower m/z. */
  void keepMostIntense(int k) {
    if (size <= k) {
      return;
    }
    double[] negated = new double[size];
    for (int i = 0; i < size; i++) {
      negated[i] = -intensity[i];
    }
    int[] order = PeakList.sortedOrder(negated);
    boolean[] keep = new boolean[size];
    for (int i = 0; i < k; i++) {
      keep[order[i]] = true;
    }
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (keep[i]) {
        mz[kept] = mz[i];
        intensity[kept] = intensity[i];
        kept++;
      }
    }
    size = kept;
  }

  /**
   * Merges peaks until every two are more than {@code within} apart, as Flash entropy's cleaning
   * does: the most intense remaining peak absorbs every unabsorbed peak within {@code within} of it
   * (intensities summed, m/z averaged by intensity); the pass repeats until no two peaks are that
   * close. Zero intensities must be gone first.
   */
  void centroid(double within) {
    while (!separated(within)) {
      double[] remaining = Arrays.copyOf(intensity, size);
      double[] negated = new double[size];
      for (int i = 0; i < size; i++) {
        negated[i] = -intensity[i];
      }
      int[] order = PeakList.sortedOrder(negated);
      double[] newMz = new double[size];
      double[] newIntensity = new double[size];
      int count = 0;
      for (int idx : order) {
        if (!(remaining[idx] > 0)) {
          continue;
        }
        int left = idx;
        while (left > 0 && mz[idx] - mz[left - 1] <= within) {
          left--;
        }
        int right = idx + 1;
        while (right < size && mz[right] - mz[idx] <= within) {
          right++;
        }
        double sum = 0;
        double weighted = 0;
        for (int i = left; i < right; i++) {
          sum += remaining[i];
          weighted += remaining[i] * mz[i];
          remaining[i] = 0;
        }
        newMz[count] = weighted / sum;
        newIntensity[count] = sum;
        count++;
      }
      int[] byMz = PeakList.sortedOrder(Arrays.copyOf(newMz, count));
      for (int i = 0; i < count; i++) {
        mz[i] = newMz[byMz[i]];
        intensity[i] = newIntensity[byMz[i]];
      }
      size = count;
    }
  }

  private boolean separated(double within) {
    for (int i = 1; i < size; i++) {
      if (mz[i] - mz[i - 1] <= within) {
        return false;
      }
    }
    return true;
  }

  /** Applies a search's cleaning to a spectrum of the given acquisition. */
  void clean(Preprocessing p, Spectrum origin, double mergeWithin) {
    removeZeroIntensities();
    if (p.removePrecursor() && origin.msLevel() >= 2 && origin.hasPrecursor()) {
      keepMz(0, origin.precursorOrNaN() - p.precursorOffsetMz());
    }
    centroid(mergeWithin);
    if (p.noiseThreshold() > 0) {
      keepRelativeIntensity(p.noiseThreshold(), 1.0);
    }
    if (p.maxPeaks() > 0) {
      keepMostIntense(p.maxPeaks());
    }
  }

  Spectrum toSpectrum(Spectrum origin) {
    float[] v = new float[size];
    for (int i = 0; i < size; i++) {
      v[i] = (float) Math.min(intensity[i], Float.MAX_VALUE);
    }
    return origin.withPeaks(Arrays.copyOf(mz, size), v);
  }
}
