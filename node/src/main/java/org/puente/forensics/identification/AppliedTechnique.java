package org.puente.forensics.identification;

import java.util.Objects;
import org.puente.forensics.technique.Technique;
import org.puente.forensics.technique.TechniqueResult;

/**
 * A technique as applied to one finding: the report's local id, the catalogue entry and the result.
 */
public record AppliedTechnique(String id, Technique technique, TechniqueResult result) {

  public AppliedTechnique {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(technique, "technique");
    Objects.requireNonNull(result, "result");
  }
}
