package org.puente.protocol.note;

/** A verifier key or private key text does not follow its format or does not match its key ID. */
public final class MalformedKey extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedKey(String reason) {
    super(reason);
  }
}
