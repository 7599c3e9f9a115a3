package org.puente.governance;

/** The caller's roles do not allow this action (never raised for reads of labeled records). */
public class Forbidden extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public Forbidden() {
    super("not allowed for this account");
  }
}
