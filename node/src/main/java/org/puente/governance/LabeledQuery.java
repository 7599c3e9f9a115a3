package org.puente.governance;

import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.RowMapper;

/**
 * What a module wants from one of its labeled tables; the enforcement point adds the label filter
 * and decides, row by row, what the caller gets. The table is aliased {@code t}.
 *
 * @param table the labeled table
 * @param columns the content columns to select, for example {@code t.title, t.body}
 * @param where extra conditions on {@code t} with named parameters, or {@code ""}
 * @param params values of the named parameters
 * @param orderBy ordering, for example {@code t.created_at DESC, t.id}
 * @param limit most rows returned
 * @param offset rows skipped, for paging
 * @param mapper maps a row the caller may see to the module's record (never called otherwise)
 */
public record LabeledQuery<T>(
    LabeledTable table,
    String columns,
    String where,
    Map<String, ?> params,
    String orderBy,
    int limit,
    int offset,
    RowMapper<T> mapper) {

  /** Parameter names the enforcement point uses itself. */
  static final String RESERVED_PREFIX = "puente_";

  public LabeledQuery {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(mapper, "mapper");
    params = Map.copyOf(params);
    if (params.keySet().stream().anyMatch(k -> k.startsWith(RESERVED_PREFIX))) {
      throw new IllegalArgumentException("parameter names starting with puente_ are reserved");
    }
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit is positive and offset not negative");
    }
    if (columns.isBlank() || orderBy.isBlank()) {
      throw new IllegalArgumentException("columns and ordering are required");
    }
  }

  /** The record with the given id, if the caller may see it. */
  public static <T> LabeledQuery<T> byId(
      LabeledTable table, String columns, Object id, RowMapper<T> mapper) {
    return new LabeledQuery<>(table, columns, "t.id = :id", Map.of("id", id), "t.id", 1, 0, mapper);
  }
}
