package org.puente.forensics.report;

/** What a substance is in the sample. */
public enum Role {
  /** The drug the exhibit is mainly made of or sold as. */
  PRIMARY,
  /** A pharmacologically active substance added to the drug (xylazine, lidocaine …). */
  ADULTERANT,
  /** An inert bulking agent (mannitol, inositol …). */
  DILUENT,
  /** A by-product or degradation product. */
  IMPURITY,
  /** A precursor left over from manufacture. */
  PRECURSOR,
  /** A compound reported because it marks a synthesis route or a batch. */
  MARKER
}
