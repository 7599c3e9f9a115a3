package org.puente.forensics.registry;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the registry classes a structure.
 *
 * @param inchiKey its standard InChIKey
 * @param substanceClass the class decided from structure (and registry data for a known one)
 * @param fentanyl what the fentanyl class-wide definition says about it
 * @param nitazene whether it carries the nitazene core
 * @param knownAs the registry substance with the same InChIKey, if any
 */
public record StructureClassification(
    String inchiKey,
    SubstanceClass substanceClass,
    FentanylAssessment fentanyl,
    boolean nitazene,
    @Nullable Substance knownAs) {

  public StructureClassification {
    Objects.requireNonNull(inchiKey, "inchiKey");
    Objects.requireNonNull(substanceClass, "substanceClass");
    Objects.requireNonNull(fentanyl, "fentanyl");
  }

  public Optional<Substance> known() {
    return Optional.ofNullable(knownAs);
  }
}
