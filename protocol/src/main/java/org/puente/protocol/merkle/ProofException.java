package org.puente.protocol.merkle;

/**
 * A Merkle proof did not verify; the message says which check failed.
 *
 * <p>Checked, because a failed proof is the expected answer to a dishonest log and an auditor's
 * code must decide what to do with it.
 */
public final class ProofException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProofException(String reason) {
    super(reason);
  }
}
