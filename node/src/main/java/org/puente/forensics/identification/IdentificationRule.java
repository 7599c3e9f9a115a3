package org.puente.forensics.identification;

/**
 * The rule that decided a finding's status. Techniques are counted once per correlation group, so
 * two techniques on the same principle (HPLC and UHPLC, MS and HRMS) are one technique.
 */
public enum IdentificationRule {
  /** A positive Category A technique and a positive technique from at least one other group. */
  CATEGORY_A_PLUS_ANOTHER(IdentificationStatus.IDENTIFIED),
  /**
   * No positive Category A technique decides it, but positives from at least three groups, of which
   * at least two are Category B groups (two uncorrelated Category B techniques).
   */
  THREE_WITH_TWO_UNCORRELATED_B(IdentificationStatus.IDENTIFIED),
  /** At least one counted positive technique, but neither identification rule is met. */
  INSUFFICIENT_POSITIVE_EVIDENCE(IdentificationStatus.PRESUMPTIVE),
  /** No counted positive technique at all. */
  NO_POSITIVE_RESULT(IdentificationStatus.INCONCLUSIVE);

  private final IdentificationStatus status;

  IdentificationRule(IdentificationStatus status) {
    this.status = status;
  }

  public IdentificationStatus status() {
    return status;
  }
}
