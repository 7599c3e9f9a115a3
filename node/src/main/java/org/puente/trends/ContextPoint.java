package org.puente.trends;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of a context series, at the period the source publishes.
 *
 * @param period {@code 2024-01}, {@code 2024-Q1} or {@code 2024}
 * @param start first day of the period
 * @param periodKind MONTH, QUARTER or YEAR
 * @param value the figure from the source, summed over places and breakdowns when several match
 * @param unit what the value counts, for example {@code lb} or {@code deaths}
 * @param observations source figures behind it
 */
public record ContextPoint(
    String period,
    LocalDate start,
    String periodKind,
    BigDecimal value,
    String unit,
    long observations) {}
