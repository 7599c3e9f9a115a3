package org.puente.forensics.report;

import java.util.List;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

/**
 * The result of reading a batch, all or nothing: every report, or every violation of every row
 * (pointers start with {@code /rows/<n>}).
 */
public sealed interface BatchReading {

  /**
   * Every row was valid.
   *
   * @param reports the reports, in batch order
   * @param locators for each report, how a violation pointing into it is located in the batch
   */
  record Accepted(List<DsapReport> reports, List<Locator> locators) implements BatchReading {
    public Accepted {
      reports = List.copyOf(reports);
      locators = List.copyOf(locators);
      if (locators.size() != reports.size()) {
        throw new IllegalArgumentException("one locator per report");
      }
    }

    /** The violation of report {@code index}, pointing at its row (and column) in the batch. */
    public Violation locate(int index, Violation relative) {
      return locators.get(index).locate(relative);
    }
  }

  /** Turns a pointer into one report into a pointer into the batch. */
  @FunctionalInterface
  interface Locator {
    Violation locate(Violation relative);
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
