package org.puente.forensics.spectra;

/** A query spectrum cleaned and weighted for one search's settings. */
final class PreparedQuery {

  final double[] mz;
  final double[] weight;

  /** {@code w ln w} of each weight, for the entropy similarity. */
  final double[] weightLogWeight;

  final int size;
  final double precursor;
  final IonMode ionMode;
  final int polarity;
  final int msClass;

  private PreparedQuery(PeakArrays peaks, Spectrum origin, SearchSettings settings) {
    this.size = peaks.size;
    this.mz = java.util.Arrays.copyOf(peaks.mz, size);
    this.weight = new double[size];
    Preparation.weigh(peaks, settings, weight);
    this.weightLogWeight = new double[size];
    for (int i = 0; i < size; i++) {
      weightLogWeight[i] = Weighting.xlogx(weight[i]);
    }
    this.precursor = origin.precursorOrNaN();
    this.ionMode = origin.ionMode();
    this.polarity = PreparedLibrary.polarity(ionMode);
    this.msClass = Preparation.msClass(origin);
  }

  static PreparedQuery of(Spectrum query, SearchSettings settings) {
    PeakArrays peaks = new PeakArrays(query);
    peaks.clean(settings.preprocessing(), query, settings.mergeWithinMz());
    return new PreparedQuery(peaks, query, settings);
  }
}
