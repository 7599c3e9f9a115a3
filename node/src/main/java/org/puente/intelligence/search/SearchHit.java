package org.puente.intelligence.search;

import java.util.Objects;
import java.util.UUID;

/**
 * One entity found by a search, with the best score of the documents the caller may match.
 *
 * @param id the entity's id
 * @param type the entity's type
 * @param score higher is better; comparable only within one search
 */
public record SearchHit(UUID id, String type, float score) {

  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }
}
