package org.puente.forensics.report;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.technique.SwgdrugCategory;
import org.puente.forensics.technique.Technique;
import org.puente.forensics.technique.TechniqueResult;

/**
 * One analytical technique as applied to the sample.
 *
 * @param id the report's local id, referenced by findings and spectra
 * @param technique the catalogue technique
 * @param category the SWGDRUG category the laboratory declared (always the catalogue's)
 * @param result what it showed
 * @param run links the components of one hyphenated run (GC and MS of one GC-MS injection)
 */
public record AppliedMethod(
    String id,
    Technique technique,
    SwgdrugCategory category,
    TechniqueResult result,
    @Nullable String run) {

  public AppliedMethod {
    Objects.requireNonNull(technique, "technique");
    Objects.requireNonNull(result, "result");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a technique needs an id");
    }
    if (category != technique.category()) {
      throw new IllegalArgumentException(technique.code() + " is Category " + technique.category());
    }
  }

  public Optional<String> hyphenatedRun() {
    return Optional.ofNullable(run);
  }
}
