package org.puente.protocol.log;

import org.jspecify.annotations.Nullable;

/**
 * A reference to the record an entry is about, never its contents.
 *
 * @param type the kind of record, e.g. {@code bulletin} or {@code person}
 * @param id the record's identifier on the node
 * @param owner the code of the agency that owns the record
 */
public record ObjectRef(String type, String id, @Nullable String owner) {

  public ObjectRef {
    LogEntries.checkNonEmpty(type, "object type");
    LogEntries.checkNonEmpty(id, "object id");
    LogEntries.checkText(owner, "object owner");
  }

  /** A reference without a known owner. */
  public ObjectRef(String type, String id) {
    this(type, id, null);
  }
}
