package org.puente.protocol.verifier;

/** What was checked is false; the verifier exits with status 1. */
final class VerificationFailed extends Exception {

  private static final long serialVersionUID = 1L;

  VerificationFailed(String reason) {
    super(reason);
  }
}
