package org.puente.governance;

import java.util.List;

/**
 * One published figure of an aggregate: the sum, over the leaf cells that share its published-by
 * values, of what each leaf publishes to the caller.
 *
 * <p>{@code count} is the records the caller may see individually, plus those it may only count in
 * statistics rounded down to a multiple of the threshold (in a distribution: plus all of them, when
 * the leaf holds at least the threshold), summed over its leaves. {@code suppressed} says that in
 * at least one of those leaves records the caller may only count were left out because there were
 * fewer than the threshold.
 *
 * @param leaf the published-by columns' values
 * @param key the key columns' values
 * @param count the published count
 * @param suppressed whether statistics-only records were withheld below the threshold
 */
public record AggregateCell(List<Object> leaf, List<Object> key, long count, boolean suppressed) {

  public AggregateCell {
    leaf = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(leaf));
    key = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(key));
    if (count < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
  }
}
