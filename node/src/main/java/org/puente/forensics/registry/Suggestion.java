package org.puente.forensics.registry;

/**
 * A known substance offered for an unknown name.
 *
 * @param substanceId the suggested substance
 * @param name the known name or synonym that resembled the unknown one
 * @param score similarity in [0, 1], higher is closer
 */
public record Suggestion(String substanceId, String name, double score) {

  public Suggestion {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
  }
}
