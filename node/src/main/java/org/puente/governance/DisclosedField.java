package org.puente.governance;

import java.util.UUID;

/** What the enforcement point lets a caller have of one field of a record it sees. */
public sealed interface DisclosedField<T> {

  /** The field row's id, to quote in a release request. */
  UUID id();

  /** The id of the parent row the field belongs to. */
  UUID parent();

  /** The field's name. */
  String name();

  /**
   * The field's value, with its label.
   *
   * @param id the field row
   * @param parent the parent row
   * @param name the field's name
   * @param value the field
   * @param label the field's own label
   */
  record Shown<T>(UUID id, UUID parent, String name, T value, StoredLabel label)
      implements DisclosedField<T> {}

  /**
   * That the field has a value the caller may not see, and whom to ask for it.
   *
   * @param id the field row
   * @param parent the parent row
   * @param name the field's name
   * @param owner the owning agency's code
   * @param contact the owning agency's contact point
   */
  record Withheld<T>(UUID id, UUID parent, String name, String owner, String contact)
      implements DisclosedField<T> {}
}
