package org.puente.forensics.report;

/**
 * The laboratory that analysed the sample and the analyst who signed the analysis.
 *
 * @param id laboratory code, for example {@code FGR-SP}
 * @param analyst the analyst's username in Puente
 */
public record Lab(String id, String analyst) {

  public Lab {
    if (id.isBlank() || analyst.isBlank()) {
      throw new IllegalArgumentException("a lab needs an id and an analyst");
    }
  }
}
