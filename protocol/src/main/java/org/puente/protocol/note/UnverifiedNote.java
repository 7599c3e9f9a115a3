package org.puente.protocol.note;

/**
 * A note carries no valid signature by a trusted key, or a signature by a trusted key fails; its
 * text must then be ignored.
 */
public final class UnverifiedNote extends Exception {

  private static final long serialVersionUID = 1L;

  public UnverifiedNote(String reason) {
    super(reason);
  }
}
