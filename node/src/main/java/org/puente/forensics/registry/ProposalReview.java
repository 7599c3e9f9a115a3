package org.puente.forensics.registry;

import java.util.List;
import java.util.Objects;

/**
 * A proposal that passed the registry's checks, with what the registry computed for the reviewer.
 *
 * @param proposal the proposal as submitted
 * @param classification the structure's InChIKey and detected class
 * @param similarNames known names that resemble the proposed one, so a reviewer can spot a synonym
 */
public record ProposalReview(
    SubstanceProposal proposal,
    StructureClassification classification,
    List<Suggestion> similarNames) {

  public ProposalReview {
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(classification, "classification");
    similarNames = List.copyOf(similarNames);
  }
}
