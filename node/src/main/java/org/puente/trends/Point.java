package org.puente.trends;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One point of a series, or one region of a map, as published to its reader.
 *
 * @param period {@code 2026-W14} or {@code 2026-04}; the region code on a map
 * @param start first day of the period
 * @param value the measure, or {@code null} when nothing may be published
 * @param n reports (or measured values) behind it
 * @param suppressed whether records the reader may only count were withheld below the threshold
 * @param q1 first quartile, for distributions
 * @param median median, for distributions
 * @param q3 third quartile, for distributions
 */
public record Point(
    String period,
    LocalDate start,
    @Nullable Double value,
    long n,
    boolean suppressed,
    @Nullable Double q1,
    @Nullable Double median,
    @Nullable Double q3) {}
