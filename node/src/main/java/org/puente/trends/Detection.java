package org.puente.trends;

import java.util.List;

/** Runs the configured detector over a weekly series and says where it alarms. */
interface Detection {

  /**
   * One alarm.
   *
   * @param index the week
   * @param detector the detector's name
   * @param statistic its statistic that week
   * @param threshold its threshold
   * @param baseline the baseline mean it compared against
   */
  record Alarm(int index, String detector, double statistic, double threshold, double baseline) {}

  /** The weeks where the series alarms, oldest first; the first alarm of each run only. */
  List<Alarm> alarms(double[] weekly);
}
