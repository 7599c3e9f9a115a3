package org.puente.forensics.identification;

/**
 * A technique applied to a finding that did not count toward its identification, and why.
 *
 * @param techniqueId the report's id of the technique
 * @param reason why it was not counted
 */
public record NotCounted(String techniqueId, Reason reason) {

  /** Why a technique did not count. */
  public enum Reason {
    /** Its result was negative. */
    NEGATIVE_RESULT,
    /** Its result was inconclusive. */
    INCONCLUSIVE_RESULT,
    /** SWGDRUG accepts it only for cannabis plant material, and this finding is not that. */
    CANNABIS_ONLY,
    /** Another positive technique of the same correlation group was already counted. */
    CORRELATED_WITH_COUNTED
  }
}
