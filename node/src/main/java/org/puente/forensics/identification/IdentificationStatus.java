package org.puente.forensics.identification;

/** The outcome of the SWGDRUG rules for one finding. */
public enum IdentificationStatus {
  /** The minimum SWGDRUG scheme is met by positive results. */
  IDENTIFIED,
  /** At least one counted positive result, but not enough for identification. */
  PRESUMPTIVE,
  /** No counted positive result. */
  INCONCLUSIVE
}
