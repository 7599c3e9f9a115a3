package org.puente.intelligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Evaluation;

/**
 * A typed, dated and evaluated link from one entity to another.
 *
 * @param id the relationship
 * @param type how the two are related
 * @param source the entity it is read from
 * @param target the entity it points to
 * @param from when it began, if known
 * @param to when it ended, if it has
 * @param evidence what it rests on, in words
 * @param evaluation the 4x4 evaluation of its source and information
 * @param owner the agency that recorded it
 * @param createdBy who recorded it
 * @param createdAt when
 */
public record Relationship(
    UUID id,
    RelationshipType type,
    UUID source,
    UUID target,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String evidence,
    Evaluation evaluation,
    String owner,
    String createdBy,
    Instant createdAt) {}
