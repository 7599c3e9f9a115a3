package org.puente.forensics;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which reports a list asks for; every part optional.
 *
 * @param substance a substance name or id in any of the three languages
 * @param substanceClass a registry class, for example {@code NITAZENE}
 * @param country the seizure country: {@code USA}, {@code MEX} or {@code CAN}
 * @param from seizures on or after this date
 * @param to seizures on or before this date
 * @param limit most reports returned
 * @param offset reports skipped, for paging
 */
public record ReportQuery(
    @Nullable String substance,
    @Nullable String substanceClass,
    @Nullable String country,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    int limit,
    int offset) {}
