package org.puente.governance;

import java.util.regex.Pattern;

/**
 * A table of labeled records, which only the enforcement point ({@link Disclosures}) reads. Every
 * labeled table has the columns {@code id} (UUID), {@code label_id} (a {@code governance.label})
 * and {@code owner_agency}.
 *
 * @param schema the owning module's schema
 * @param table the table's name
 * @param recordType the record type named in pointers and in the transparency log
 */
public record LabeledTable(String schema, String table, String recordType) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  public LabeledTable {
    if (!NAME.matcher(schema).matches() || !NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("schema and table are lower-case SQL identifiers");
    }
    if (!NAME.matcher(recordType).matches()) {
      throw new IllegalArgumentException("record types are lower-case identifiers");
    }
  }

  String qualifiedName() {
    return schema + "." + table;
  }
}
