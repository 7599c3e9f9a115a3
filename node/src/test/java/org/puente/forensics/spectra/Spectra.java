package org.puente.forensics.spectra;

import java.util.List;
import java.util.Map;

/** Readable spectrum fixtures for tests. */
final class Spectra {

  private Spectra() {}

  /** An MS/MS spectrum of unknown polarity from alternating m/z and intensity values. */
  static Spectrum ms2(double precursor, double... mzAndIntensity) {
    return of(precursor, 2, IonMode.UNKNOWN, mzAndIntensity);
  }

  /** A full-scan spectrum from alternating m/z and intensity values. */
  static Spectrum ms1(double... mzAndIntensity) {
    return of(Double.NaN, 1, IonMode.UNKNOWN, mzAndIntensity);
  }

  static Spectrum of(double precursor, int msLevel, IonMode mode, double... mzAndIntensity) {
    int n = mzAndIntensity.length / 2;
    double[] mz = new double[n];
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      mz[i] = mzAndIntensity[2 * i];
      v[i] = (float) mzAndIntensity[2 * i + 1];
    }
    return new Spectrum(mz, v, Double.isNaN(precursor) ? null : precursor, msLevel, mode, Map.of());
  }

  static LibraryEntry entry(String id, String compound, Spectrum s) {
    return new LibraryEntry(id, compound, List.of(), null, null, null, null, "test", "test", s);
  }
}
