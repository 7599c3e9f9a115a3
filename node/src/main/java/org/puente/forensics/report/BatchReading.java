package org.puente.forensics.report;

import java.util.List;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

/**
 * The result of reading a batch, all or nothing: every report, or every violation of every row
 * (pointers start with {@code /rows/<n>}).
 */
public sealed interface BatchReading {

  /** Every row was valid. */
  record Accepted(List<DsapReport> reports) implements BatchReading {
    public Accepted {
      reports = List.copyOf(reports);
    }
  }

  /** At least one row was invalid; nothing from the batch may be stored. */
  record Refused(List<Violation> violations) implements BatchReading {
    public Refused {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("a refused batch names its violations");
      }
    }
  }

  /**
   * The reports, or {@link Rejected} with every violation.
   *
   * @throws Rejected if any row is invalid
   */
  default List<DsapReport> orThrow() {
    return switch (this) {
      case Accepted accepted -> accepted.reports();
      case Refused refused -> throw new Rejected(refused.violations());
    };
  }
}
