package org.puente.intelligence.resolution;

import java.util.List;

/**
 * A person's name as the resolver compares it: folded words (lower case, no accents, Latin script),
 * particles such as "de la" removed, hyphenated surnames split, in their usual order.
 *
 * @param given the given names, for example {@code [jose, angel]}; an initial is one letter
 * @param surnames the surnames, paternal first, for example {@code [guzman, jimenez]}
 */
public record PersonName(List<String> given, List<String> surnames) {

  public PersonName {
    given = List.copyOf(given);
    surnames = List.copyOf(surnames);
  }

  /** Whether the name has no words at all. */
  public boolean isEmpty() {
    return given.isEmpty() && surnames.isEmpty();
  }
}
