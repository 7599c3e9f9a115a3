package org.puente.governance;

import java.util.List;

/**
 * A request that was refused because its content is invalid; answered as 400 problem details that
 * list every violation. Nothing has been stored when this is thrown.
 */
public class Rejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public Rejected(List<Violation> violations) {
    super(violations.size() + " invalid field(s)");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a rejection names at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public Rejected(Violation violation) {
    this(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
