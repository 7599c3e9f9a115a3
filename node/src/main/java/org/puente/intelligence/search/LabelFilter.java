package org.puente.intelligence.search;

import java.util.Arrays;

/**
 * What a caller may match on, as decided by the governance module: ids of the labels it sees in
 * full and of the labels that give it only a pointer to a record.
 *
 * <p>The arrays are copied, sorted and deduplicated on the way in and copied on the way out, so a
 * filter cannot change after the governance module has handed it over.
 *
 * @param visible labels the caller sees in full
 * @param pointers labels under which the caller learns only that a record exists
 */
@SuppressWarnings("ArrayRecordComponent") // The port's callers hold label ids as long[]; see above.
public record LabelFilter(long[] visible, long[] pointers) {

  public LabelFilter {
    visible = Arrays.stream(visible).sorted().distinct().toArray();
    pointers = Arrays.stream(pointers).sorted().distinct().toArray();
  }

  /** A filter that matches nothing. */
  public static LabelFilter none() {
    return new LabelFilter(new long[0], new long[0]);
  }

  @Override
  public long[] visible() {
    return visible.clone();
  }

  @Override
  public long[] pointers() {
    return pointers.clone();
  }

  boolean isEmpty() {
    return visible.length == 0 && pointers.length == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelFilter other
        && Arrays.equals(visible, other.visible)
        && Arrays.equals(pointers, other.pointers);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(visible) + Arrays.hashCode(pointers);
  }

  @Override
  public String toString() {
    return "LabelFilter[visible="
        + Arrays.toString(visible)
        + ", pointers="
        + Arrays.toString(pointers)
        + "]";
  }
}
