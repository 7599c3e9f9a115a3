package org.puente.forensics.spectra;

/** The cleaning and weighting a search applies to query and library spectra alike. */
final class Preparation {

  private Preparation() {}

  /** Fills {@code out} with the weights the settings' similarity compares. */
  static void weigh(PeakArrays peaks, SearchSettings settings, double[] out) {
    if (settings.similarity() == Similarity.ENTROPY) {
      Weighting.entropyWeights(peaks.intensity, peaks.size, settings.entropyWeighting(), out);
    } else {
      Weighting.unitWeights(
          peaks.mz,
          peaks.intensity,
          peaks.size,
          settings.mzPower(),
          settings.intensityPower(),
          out);
    }
  }

  /** Full-scan spectra (1) are compared with full-scan spectra, MS/MS (2) with MS/MS. */
  static int msClass(Spectrum s) {
    return s.msLevel() >= 2 ? 2 : 1;
  }

  /** Cleans and weighs one spectrum into single-precision arrays for a library. */
  static float[][] library(Spectrum s, SearchSettings settings) {
    PeakArrays peaks = new PeakArrays(s);
    peaks.clean(settings.preprocessing(), s, settings.mergeWithinMz());
    double[] w = new double[peaks.size];
    weigh(peaks, settings, w);
    float[] mz = new float[peaks.size];
    float[] weight = new float[peaks.size];
    for (int i = 0; i < peaks.size; i++) {
      mz[i] = (float) peaks.mz[i];
      weight[i] = (float) w[i];
    }
    return new float[][] {mz, weight};
  }
}
