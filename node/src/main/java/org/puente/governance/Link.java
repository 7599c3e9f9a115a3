package org.puente.governance;

import java.util.UUID;

/**
 * One row of a labeled table of links between records, reduced to its id and ends, for walking a
 * graph before anything of it is disclosed.
 *
 * @param id the link's row
 * @param from the record at one end
 * @param to the record at the other end
 */
public record Link(UUID id, UUID from, UUID to) {}
