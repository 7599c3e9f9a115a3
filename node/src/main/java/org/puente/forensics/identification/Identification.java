package org.puente.forensics.identification;

import java.util.List;
import java.util.Objects;

/**
 * The decision for one finding: its status, the rule that decided it, the techniques that counted
 * (one per correlation group, in report order) and those that did not, with the reason.
 */
public record Identification(
    IdentificationStatus status,
    IdentificationRule rule,
    List<String> countedTechniques,
    List<NotCounted> notCounted) {

  public Identification {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(rule, "rule");
    if (rule.status() != status) {
      throw new IllegalArgumentException(rule + " cannot decide " + status);
    }
    countedTechniques = List.copyOf(countedTechniques);
    notCounted = List.copyOf(notCounted);
  }
}
