package org.puente.intelligence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Label;

/**
 * A checked request to store an entity: every field normalised, every label checked; nothing of it
 * has been stored yet.
 *
 * @param type the entity's type
 * @param label the record's label
 * @param fields the fields with values, in the type's order
 * @param watchlisted whether the owner puts the entity on its watchlist
 * @param reason why this version was written, required when changing an entity
 */
record EntityDraft(
    EntityType type,
    Label label,
    List<Field> fields,
    boolean watchlisted,
    @Nullable String reason) {

  EntityDraft {
    fields = List.copyOf(fields);
  }

  /**
   * One field: its canonical JSON value, whether an identifier is stored unverified, and its own
   * label when stricter than the record's.
   */
  record Field(String name, String json, boolean unverified, @Nullable Label label) {}
}
