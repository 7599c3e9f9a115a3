package org.puente.forensics.registry;

import java.util.List;

/** The answer to a name lookup: one substance, several, or none with suggestions. */
public sealed interface Lookup {

  /** Exactly one substance has this name or synonym. */
  record Found(Substance substance) implements Lookup {}

  /** The name belongs to more than one substance (for example two stereoisomers' common name). */
  record Ambiguous(List<Substance> candidates) implements Lookup {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /** No substance has this name; the closest known names, best first. */
  record Unknown(List<Suggestion> suggestions) implements Lookup {
    public Unknown {
      suggestions = List.copyOf(suggestions);
    }
  }
}
