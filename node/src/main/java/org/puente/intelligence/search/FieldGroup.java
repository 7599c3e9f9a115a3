package org.puente.intelligence.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fields of one entity that carry the same label.
 *
 * @param label id of the label these fields carry
 * @param values field name to values, e.g. {@code "aliases" -> ["El Güero", "Pepe"]} or {@code
 *     "documents" -> ["CURP:GUXJ570404HSLZMS09"]}
 */
public record FieldGroup(long label, Map<String, List<String>> values) {

  public FieldGroup {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> {
      Objects.requireNonNull(name, "field name");
      copy.put(name, List.copyOf(list));
    });
    values = Collections.unmodifiableMap(copy);
  }
}
