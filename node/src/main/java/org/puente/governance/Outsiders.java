package org.puente.governance;

/** What users outside a record's releasability get: LEXS's gray and black criteria. */
public enum Outsiders {
  /** Who holds a record of this type and whom to contact; never its content. */
  POINTER,
  /** Nothing: the record behaves exactly as if it did not exist. */
  NOTHING
}
