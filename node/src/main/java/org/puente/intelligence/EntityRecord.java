package org.puente.intelligence;

import java.util.List;
import org.puente.governance.DisclosedField;

/**
 * An entity as one caller may have it: its record-level facts and each field it may see or is told
 * is withheld; fields it may not know of are absent.
 *
 * @param entity the record-level facts
 * @param fields the current version's fields
 */
public record EntityRecord(Entity entity, List<DisclosedField<FieldValue>> fields) {

  public EntityRecord {
    fields = List.copyOf(fields);
  }
}
