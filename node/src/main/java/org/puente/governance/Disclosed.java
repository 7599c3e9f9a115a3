package org.puente.governance;

import java.util.UUID;

/** What the enforcement point lets a caller have of one record: all of it, or a pointer. */
public sealed interface Disclosed<T> {

  UUID id();

  /** Whether this is only a pointer, for views that show the two differently. */
  boolean pointer();

  /**
   * The whole record, with the label in force.
   *
   * @param id the record's id
   * @param record the record
   * @param label the record's label, with its owner and digest
   */
  record Shown<T>(UUID id, T record, StoredLabel label) implements Disclosed<T> {

    @Override
    public boolean pointer() {
      return false;
    }
  }

  /**
   * That a record of this type exists and whom to ask: the label's "outsiders see POINTER".
   *
   * @param id the record's id, to quote in a release request
   * @param recordType the record's type
   * @param owner the owning agency's code
   * @param ownerCountry the owning agency's country
   * @param contact the owning agency's contact point
   */
  record Pointer<T>(UUID id, String recordType, String owner, Country ownerCountry, String contact)
      implements Disclosed<T> {

    @Override
    public boolean pointer() {
      return true;
    }
  }
}
