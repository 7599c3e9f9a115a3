package org.puente.forensics.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A canonical substance in the registry.
 *
 * @param id stable identifier, lower case, for example {@code fentanyl} or {@code 4-anpp}
 * @param nameEn English name
 * @param nameEs Spanish name (the English one where no Spanish name is curated)
 * @param nameFr French name (the English one where no French name is curated)
 * @param synonyms other names in any of the three languages
 * @param deaCode the DEA controlled-substance code, where one exists
 * @param smiles structure, where the substance has a single one
 * @param inchiKey standard InChIKey computed from {@code smiles} with CDK
 * @param substanceClass the class, from structure where the registry detects it
 * @param controls control status per country
 * @param provenance where the entry's data came from
 */
public record Substance(
    String id,
    String nameEn,
    String nameEs,
    String nameFr,
    List<String> synonyms,
    @Nullable Integer deaCode,
    @Nullable String smiles,
    @Nullable String inchiKey,
    SubstanceClass substanceClass,
    Map<Country, Control> controls,
    String provenance) {

  public Substance {
    if (id.isBlank() || nameEn.isBlank() || nameEs.isBlank() || nameFr.isBlank()) {
      throw new IllegalArgumentException("a substance needs an id and names in en, es and fr");
    }
    Objects.requireNonNull(substanceClass, "substanceClass");
    synonyms = List.copyOf(synonyms);
    controls = Map.copyOf(controls);
    if (!controls.keySet().containsAll(List.of(Country.values()))) {
      throw new IllegalArgumentException(id + " needs a control status for every country");
    }
    if ((smiles == null) != (inchiKey == null)) {
      throw new IllegalArgumentException(id + ": a structure and its InChIKey go together");
    }
  }

  /** The name in the given language (English, Spanish or French; English otherwise). */
  public String name(Locale locale) {
    return switch (locale.getLanguage()) {
      case "es" -> nameEs;
      case "fr" -> nameFr;
      default -> nameEn;
    };
  }

  public Optional<Integer> dea() {
    return Optional.ofNullable(deaCode);
  }

  public Optional<String> structure() {
    return Optional.ofNullable(smiles);
  }

  public Control control(Country country) {
    return Objects.requireNonNull(controls.get(country));
  }
}
