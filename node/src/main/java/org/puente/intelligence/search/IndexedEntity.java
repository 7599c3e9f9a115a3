package org.puente.intelligence.search;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entity as the index needs it: its current field values grouped by the label each carries.
 *
 * @param id the entity's id
 * @param type the entity's type, e.g. {@code PERSON} or {@code VEHICLE}
 * @param recordLabel id of the label the record as a whole carries
 * @param groups the entity's fields, one group per label
 */
public record IndexedEntity(UUID id, String type, long recordLabel, List<FieldGroup> groups) {

  public IndexedEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank");
    }
    groups = List.copyOf(groups);
  }
}
