package org.puente.intelligence.resolution;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as precise as it is known: a month or day of 0 is unknown.
 *
 * @param year the year
 * @param month 1–12, or 0 when only the year is known
 * @param day 1–31, or 0 when unknown
 * @param dayMonthAmbiguous whether the source wrote it so that day and month could be either way
 *     round ("01/02/1984")
 */
public record BirthDate(int year, int month, int day, boolean dayMonthAmbiguous) {

  /** Nobody alive or in living records was born earlier; earlier years are typing errors. */
  static final int EARLIEST_YEAR = 1880;

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

  /** Whether the day is known, which implies the month is too. */
  public boolean isFull() {
    return month > 0 && day > 0;
  }

  /**
   * The other reading of an ambiguous date (month and day exchanged), or this date when the source
   * was not ambiguous.
   */
  public BirthDate otherReading() {
    return dayMonthAmbiguous ? new BirthDate(year, /* month= */ day, /* day= */ month, true) : this;
  }

  /** Parses ISO dates, year-month, year, and D/M/Y or M/D/Y with slashes, dots or dashes. */
  public static Optional<BirthDate> parse(String text) {
    String s = text.strip();
    if (s.length() > 12) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return full(num(m.group(1)), num(m.group(2)), num(m.group(3)), false);
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return full(num(m.group(1)), num(m.group(2)), num(m.group(3)), false);
    }
    m = YEAR_MONTH.matcher(s);
    if (m.matches()) {
      int year = num(m.group(1));
      int month = num(m.group(2));
      return month >= 1 && month <= 12 && plausibleYear(year) && !inFuture(year, month, 1)
          ? Optional.of(new BirthDate(year, month, 0, false))
          : Optional.empty();
    }
    if (YEAR.matcher(s).matches()) {
      int year = num(s);
      return plausibleYear(year) ? Optional.of(new BirthDate(year, 0, 0, false)) : Optional.empty();
    }
    m = NUMERIC.matcher(s);
    if (m.matches()) {
      int first = num(m.group(1));
      int second = num(m.group(3));
      int year = num(m.group(4));
      boolean dayMonth = valid(year, second, first);
      boolean monthDay = valid(year, first, second);
      if (dayMonth && monthDay && first != second) {
        // Both readings are real dates: keep the day-first one (the usual order outside the
        // United States) and say that it could be the other.
        return Optional.of(new BirthDate(year, second, first, true));
      }
      if (dayMonth) {
        return Optional.of(new BirthDate(year, second, first, false));
      }
      if (monthDay) {
        return Optional.of(new BirthDate(year, first, second, false));
      }
    }
    return Optional.empty();
  }

  private static Optional<BirthDate> full(int year, int month, int day, boolean ambiguous) {
    return valid(year, month, day)
        ? Optional.of(new BirthDate(year, month, day, ambiguous))
        : Optional.empty();
  }

  private static boolean valid(int year, int month, int day) {
    if (!plausibleYear(year) || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= LocalDate.of(year, month, 1).lengthOfMonth() && !inFuture(year, month, day);
  }

  private static boolean plausibleYear(int year) {
    return year >= EARLIEST_YEAR && year <= LocalDate.now(ZoneOffset.UTC).getYear();
  }

  private static boolean inFuture(int year, int month, int day) {
    return LocalDate.of(year, month, day).isAfter(LocalDate.now(ZoneOffset.UTC));
  }

  private static int num(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      n = n * 10 + (digits.charAt(i) - '0');
    }
    return n;
  }
}
