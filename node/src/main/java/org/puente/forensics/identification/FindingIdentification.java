package org.puente.forensics.identification;

import java.util.Objects;

/**
 * The identification decision for one finding of a report.
 *
 * @param findingIndex index of the finding in the report
 * @param substanceId the finding's registry substance
 * @param identification the decision, its rule and techniques
 */
public record FindingIdentification(
    int findingIndex, String substanceId, Identification identification) {

  public FindingIdentification {
    Objects.requireNonNull(substanceId, "substanceId");
    Objects.requireNonNull(identification, "identification");
  }
}
