package org.puente.forensics.technique;

import java.util.Locale;
import java.util.Objects;

/**
 * One analytical technique in the catalogue.
 *
 * @param code stable code used in reports, for example {@code GC} or {@code IR}
 * @param category its SWGDRUG category
 * @param correlationGroup techniques in the same group rest on the same discriminating principle
 *     and count as one technique (SWGDRUG "uncorrelated" means different groups)
 * @param cannabisOnly SWGDRUG accepts it as Category B only for cannabis plant material
 * @param nameEn English name
 * @param nameEs Spanish name
 * @param nameFr French name
 */
public record Technique(
    String code,
    SwgdrugCategory category,
    String correlationGroup,
    boolean cannabisOnly,
    String nameEn,
    String nameEs,
    String nameFr) {

  public Technique {
    Objects.requireNonNull(category, "category");
    if (code.isBlank() || correlationGroup.isBlank()) {
      throw new IllegalArgumentException("a technique needs a code and a correlation group");
    }
    if (nameEn.isBlank() || nameEs.isBlank() || nameFr.isBlank()) {
      throw new IllegalArgumentException("technique " + code + " needs names in en, es and fr");
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
}
