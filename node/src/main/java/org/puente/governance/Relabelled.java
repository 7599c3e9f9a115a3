package org.puente.governance;

import java.util.UUID;

/**
 * A record (or one field of it) now carries another label, because its owner released it; modules
 * that keep copies of labels, such as a search index, refresh them.
 *
 * @param recordType the type of the relabelled row, as registered with the enforcement point
 * @param id the row's id
 * @param record the id of the record the row belongs to (the row's own id for a record)
 */
public record Relabelled(String recordType, UUID id, UUID record) {}
