package org.puente.trends.detection;

/**
 * A detector's verdict on one period of a series.
 *
 * @param index the period
 * @param statistic the detector's statistic for it
 * @param threshold the threshold the statistic is compared with
 * @param baseline the baseline mean the period was compared against
 * @param alarm whether the statistic exceeded the threshold
 * @param ready whether the baseline was long enough to judge; when not, there is no alarm
 */
public record Signal(
    int index, double statistic, double threshold, double baseline, boolean alarm, boolean ready) {

  static Signal notReady(int index, double threshold) {
    return new Signal(index, 0, threshold, 0, false, false);
  }
}
