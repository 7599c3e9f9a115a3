package org.puente.governance;

/**
 * Nothing the caller may see has this id. Raised alike for records that do not exist and records
 * the caller may not see, so that the two cannot be told apart.
 */
public class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String recordType;

  public NotFound(String recordType) {
    super("no such " + recordType);
    this.recordType = recordType;
  }

  public String recordType() {
    return recordType;
  }
}
