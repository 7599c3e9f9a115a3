package org.puente.intelligence.resolution;

import java.util.Optional;

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

  /** Parses ISO dates, year-month, year, and D/M/Y or M/D/Y with slashes, dots or dashes. */
  public static Optional<BirthDate> parse(String text) {
    return Optional.empty(); // placeholder
  }
}
