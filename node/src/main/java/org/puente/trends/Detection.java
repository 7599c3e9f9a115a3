package org.puente.trends;

import java.util.List;

/** Runs the configured detector over a weekly series of counts and says where it alarms. */
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

  /**
   * The weeks where the series alarms, oldest first; the first alarm of each run only.
   *
   * @param with reports with the substance or class each week
   * @param all all reports each week
   */
  List<Alarm> alarms(long[] with, long[] all);
}
