package org.puente.governance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A count over a labeled rollup table that the enforcement point answers as the caller's labels and
 * the records' statistics releases allow. The table is aliased {@code t}; each row holds a count
 * ({@link #countColumn}) of records sharing one label.
 *
 * <p>The <em>leaf</em> columns name the smallest cell the threshold is applied to (for example
 * subdivision, port and week): every published figure is a sum of leaf cells, so no two queries can
 * be differenced into a cell the threshold withheld. The <em>key</em> columns say what is counted
 * in a leaf (for example the substance). The <em>published-by</em> columns, some of the leaf
 * columns, say how the published leaf values are summed before they leave the database (for example
 * by week, for a series); the threshold has then already been applied to every leaf.
 *
 * @param table the labeled rollup table
 * @param leafColumns columns of {@code t} naming the leaf cell
 * @param publishedBy leaf columns by which the published leaf values are summed (may be empty: one
 *     total per key)
 * @param keyColumns columns of {@code t} naming what is counted; in a distribution the last one is
 *     the histogram bin
 * @param countColumn the column holding each row's count
 * @param where extra conditions on {@code t} with named parameters, or {@code ""}
 * @param params values of the named parameters
 * @param distribution whether the last key column is a histogram bin of one measured value
 * @param name what the query is, as recorded in the transparency log
 */
public record AggregateQuery(
    LabeledTable table,
    List<String> leafColumns,
    List<String> publishedBy,
    List<String> keyColumns,
    String countColumn,
    String where,
    Map<String, ?> params,
    boolean distribution,
    String name) {

  private static final Pattern COLUMN = Pattern.compile("t\\.[a-z_]{1,40}");

  public AggregateQuery {
    Objects.requireNonNull(table, "table");
    leafColumns = List.copyOf(leafColumns);
    publishedBy = List.copyOf(publishedBy);
    keyColumns = List.copyOf(keyColumns);
    params = Map.copyOf(params);
    if (leafColumns.isEmpty()) {
      throw new IllegalArgumentException("an aggregate names its leaf cells");
    }
    if (!leafColumns.containsAll(publishedBy)) {
      throw new IllegalArgumentException("published figures are sums over leaf columns only");
    }
    if (distribution && keyColumns.isEmpty()) {
      throw new IllegalArgumentException("a distribution's last key column is its bin");
    }
    for (String column : concat(leafColumns, keyColumns, List.of(countColumn))) {
      if (!COLUMN.matcher(column).matches()) {
        throw new IllegalArgumentException("aggregate columns are plain columns of t: " + column);
      }
    }
    if (params.keySet().stream().anyMatch(k -> k.startsWith(LabeledQuery.RESERVED_PREFIX))) {
      throw new IllegalArgumentException("parameter names starting with puente_ are reserved");
    }
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
  }
}
