package org.puente.governance;

import java.util.regex.Pattern;

/**
 * A labeled table of parts of records held in a parent labeled table: each row is one field of one
 * record (or one version of it) and carries its own label, which may be stricter than the record's.
 * A row is shown only to a caller who sees both its parent record and its own label.
 *
 * @param table the labeled field table
 * @param parent the labeled table of the records the rows belong to
 * @param parentColumn the column of {@code table} holding the record's id
 * @param nameColumn the column holding the part's name, which a caller may learn of a withheld part
 *     whose label gives outsiders a pointer
 */
public record FieldTable(
    LabeledTable table, LabeledTable parent, String parentColumn, String nameColumn) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  public FieldTable {
    if (!NAME.matcher(parentColumn).matches() || !NAME.matcher(nameColumn).matches()) {
      throw new IllegalArgumentException("columns are lower-case SQL identifiers");
    }
  }
}
