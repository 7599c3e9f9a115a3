package org.puente.governance;

import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.RowMapper;

/**
 * What a module wants from a labeled field table; the enforcement point adds both label filters
 * (the parent row's and the field's own). The field table is aliased {@code t}, its parent {@code
 * p}.
 *
 * @param fields the field table
 * @param columns the content columns to select, for example {@code t.value}
 * @param where extra conditions on {@code t} and {@code p} with named parameters
 * @param params values of the named parameters
 * @param orderBy ordering
 * @param mapper maps a row the caller may see (never called for a withheld field)
 */
public record FieldQuery<T>(
    FieldTable fields,
    String columns,
    String where,
    Map<String, ?> params,
    String orderBy,
    RowMapper<T> mapper) {

  /** Most field rows one query returns, to bound the work of one request. */
  public static final int MAX_ROWS = 20_000;

  public FieldQuery {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(mapper, "mapper");
    params = Map.copyOf(params);
    if (params.keySet().stream().anyMatch(k -> k.startsWith(LabeledQuery.RESERVED_PREFIX))) {
      throw new IllegalArgumentException("parameter names starting with puente_ are reserved");
    }
    if (columns.isBlank() || orderBy.isBlank() || where.isBlank()) {
      throw new IllegalArgumentException("columns, a condition and ordering are required");
    }
  }
}
