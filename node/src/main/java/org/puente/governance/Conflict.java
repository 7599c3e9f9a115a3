package org.puente.governance;

/** The request clashes with what is stored, for example a resubmission of the same sample. */
public class Conflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public Conflict(String message) {
    super(message);
  }
}
