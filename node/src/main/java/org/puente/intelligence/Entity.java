package org.puente.intelligence;

import java.time.Instant;
import java.util.UUID;

/**
 * An entity's record-level facts (its fields are disclosed one by one).
 *
 * @param id the entity
 * @param type its type
 * @param owner the owning agency
 * @param version the current version, from 1
 * @param watchlisted whether its owner screens crossings and manifests against it
 * @param createdBy who first recorded it
 * @param createdAt when
 * @param updatedAt when the current version was written
 */
public record Entity(
    UUID id,
    EntityType type,
    String owner,
    int version,
    boolean watchlisted,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {}
