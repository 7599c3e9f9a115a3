package org.puente.forensics.report;

import java.util.List;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

/** The result of reading one report: a valid report or every violation found. */
public sealed interface Reading {

  /** The report is valid. */
  record Valid(DsapReport report) implements Reading {}

  /** The report is invalid; the list names every problem, each with its JSON Pointer. */
  record Invalid(List<Violation> violations) implements Reading {
    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("an invalid reading names its violations");
      }
    }
  }

  /**
   * The report, or {@link Rejected} with every violation.
   *
   * @throws Rejected if the report is invalid
   */
  default DsapReport orThrow() {
    return switch (this) {
      case Valid valid -> valid.report();
      case Invalid invalid -> throw new Rejected(invalid.violations());
    };
  }
}
