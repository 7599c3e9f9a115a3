package org.puente.protocol.note;

/** A signed note or checkpoint does not follow its C2SP format; the message says where. */
public final class MalformedNote extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedNote(String reason) {
    super(reason);
  }
}
