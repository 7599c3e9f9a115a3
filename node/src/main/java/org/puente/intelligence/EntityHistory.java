package org.puente.intelligence;

import java.util.List;
import java.util.Map;
import org.puente.governance.DisclosedField;

/**
 * The versions of an entity a caller may see, each with the fields of that version under that
 * version's labels.
 *
 * @param versions the versions, oldest first; withheld ones by number only
 * @param fields the fields of each shown version, by version number
 */
public record EntityHistory(
    List<DisclosedField<Version>> versions, Map<Integer, List<DisclosedField<FieldValue>>> fields) {

  public EntityHistory {
    versions = List.copyOf(versions);
    fields = Map.copyOf(fields);
  }
}
