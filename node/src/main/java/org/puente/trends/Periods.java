package org.puente.trends;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Weeks and months of trend series. A week is an ISO week (starting Monday); a month is the ISO
 * weeks whose Thursday falls in it, so every month is a union of whole weeks and a monthly figure
 * is always a sum of the same leaf cells as the weekly ones.
 */
final class Periods {

  private Periods() {}

  static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static LocalDate monthOf(LocalDate week) {
    return week.plusDays(3).withDayOfMonth(1);
  }

  /** The first week (its Monday) whose Thursday falls in the month of {@code day}. */
  static LocalDate firstWeekOfMonth(LocalDate day) {
    LocalDate month = day.withDayOfMonth(1);
    LocalDate week = weekOf(month);
    return monthOf(week).isBefore(month) ? week.plusWeeks(1) : week;
  }

  /** The last week (its Monday) whose Thursday falls in the month of {@code day}. */
  static LocalDate lastWeekOfMonth(LocalDate day) {
    LocalDate month = day.withDayOfMonth(1);
    LocalDate week = weekOf(month.plusMonths(1).minusDays(1));
    return monthOf(week).isAfter(month) ? week.minusWeeks(1) : week;
  }

  static String weekName(LocalDate week) {
    return String.format(
        java.util.Locale.ROOT,
        "%d-W%02d",
        week.get(IsoFields.WEEK_BASED_YEAR),
        week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String monthName(LocalDate month) {
    return String.format(java.util.Locale.ROOT, "%d-%02d", month.getYear(), month.getMonthValue());
  }

  /** Whole percent, 0 to 100. */
  static int purityBin(double percent) {
    return (int) Math.max(0, Math.min(100, Math.floor(percent)));
  }

  static double purityOf(int bin) {
    return Math.min(100, bin + 0.5);
  }

  /** Hundredths of a milligram, capped at 1 g. */
  static int strengthBin(double mg) {
    return (int) Math.max(0, Math.min(100_000, Math.round(mg * 100)));
  }

  static double strengthOf(int bin) {
    return bin / 100.0;
  }
}
