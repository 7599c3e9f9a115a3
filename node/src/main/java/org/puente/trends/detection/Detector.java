package org.puente.trends.detection;

import java.util.List;

/**
 * Judges each period of a series against a baseline drawn only from earlier periods, so a verdict
 * never depends on the future.
 */
public sealed interface Detector permits Cusum, Ears {

  /** The detector's name: {@code CUSUM}, {@code C1}, {@code C2} or {@code C3}. */
  String name();

  /** One signal per period of the series, in order. */
  List<Signal> run(double[] values);

  /** Mean and standard deviation of {@code values[from, to)}, the deviation floored. */
  static double[] baseline(double[] values, int from, int to, double minimumSd) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    int n = to - from;
    double mean = sum / n;
    double squares = 0;
    for (int i = from; i < to; i++) {
      squares += (values[i] - mean) * (values[i] - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    return new double[] {mean, Math.max(sd, minimumSd)};
  }
}
