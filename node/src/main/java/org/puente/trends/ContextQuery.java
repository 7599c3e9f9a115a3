package org.puente.trends;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A checked query for one context series.
 *
 * @param kind the dataset
 * @param measure the measure, for example {@code fentanyl} or {@code synthetic-opioids}
 * @param unit the unit, for example {@code lb}, {@code events} or {@code deaths}
 * @param country ISO 3166-1 alpha-3 country, if limited to one
 * @param region ISO 3166-2 subdivision, if limited to one
 * @param place a place label of the source (a CBP area of responsibility), if limited to one
 * @param periodKind MONTH, QUARTER or YEAR; {@code null} for the finest the series has
 * @param from first day of the range, if bounded
 * @param to last day of the range, if bounded
 */
public record ContextQuery(
    ContextKind kind,
    String measure,
    String unit,
    @Nullable String country,
    @Nullable String region,
    @Nullable String place,
    @Nullable String periodKind,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {}
