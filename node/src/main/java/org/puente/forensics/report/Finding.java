package org.puente.forensics.report;

import java.util.List;
import java.util.Objects;
import org.puente.forensics.registry.Substance;

/**
 * A substance found in the sample.
 *
 * @param substance the registry substance
 * @param role what it is in the sample
 * @param purity how much of it there is
 * @param techniqueIds ids of the techniques that support the finding
 */
public record Finding(Substance substance, Role role, Purity purity, List<String> techniqueIds) {

  public Finding {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(purity, "purity");
    techniqueIds = List.copyOf(techniqueIds);
    if (techniqueIds.isEmpty()) {
      throw new IllegalArgumentException("a finding names the techniques that support it");
    }
  }
}
