package org.puente.intelligence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of an entity: who wrote it, when and why.
 *
 * @param version the version number, from 1
 * @param changedBy who wrote it
 * @param changedAt when
 * @param reason why, as the writer stated it (absent for the first version)
 */
public record Version(int version, String changedBy, Instant changedAt, @Nullable String reason) {}
