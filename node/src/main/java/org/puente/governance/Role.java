package org.puente.governance;

/** What a person does at their agency; decides which capabilities they may use. */
public enum Role {
  ANALYST,
  CHEMIST,
  TARGETING_OFFICER,
  TRACE_OFFICER,
  SECURITY_OFFICER,
  ADMIN;

  /** Whether this role works with operational records (everything but pure administration). */
  public boolean operational() {
    return this != ADMIN;
  }
}
