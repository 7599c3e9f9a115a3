package org.puente.forensics.registry;

import java.util.Objects;

/**
 * A chemist's proposal to add a substance the registry does not know, for the review queue. It
 * never becomes a registry entry by itself.
 *
 * @param name the proposed name
 * @param smiles the proposed structure
 * @param proposer the proposing user's username
 * @param note the chemist's reason or context (free text, may be empty)
 */
public record SubstanceProposal(String name, String smiles, String proposer, String note) {

  public SubstanceProposal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(smiles, "smiles");
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(note, "note");
  }
}
