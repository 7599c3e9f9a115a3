package org.puente.protocol.verifier;

/** The command line or an input file cannot be understood; the verifier exits with status 2. */
final class UsageError extends Exception {

  private static final long serialVersionUID = 1L;

  UsageError(String reason) {
    super(reason);
  }
}
