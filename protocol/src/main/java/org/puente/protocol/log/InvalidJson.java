package org.puente.protocol.log;

/**
 * A document is not JSON, or not the JSON shape expected of it; the message gives the character
 * offset or the JSON Pointer of the problem.
 */
public final class InvalidJson extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidJson(String reason) {
    super(reason);
  }

  static InvalidJson at(int offset, String reason) {
    return new InvalidJson("at offset " + offset + ": " + reason);
  }

  static InvalidJson at(String pointer, String reason) {
    return new InvalidJson("at " + (pointer.isEmpty() ? "the top level" : pointer) + ": " + reason);
  }
}
