package org.puente.protocol.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The leaves {@code [start, end)} under one node of an RFC 6962 tree: either a complete subtree or
 * a right-edge node whose leaves do not yet fill a power of two.
 */
record Span(long start, long end) {

  Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
    }
  }

  /**
   * The complete subtrees whose concatenation is this span, largest (leftmost) first.
   *
   * <p>RFC 6962 splits n leaves into the largest power of two below n and the rest, so a node's
   * left child is always complete; unrolling that split gives one complete subtree per set bit of
   * the span's size. The greedy choice below also respects the alignment of {@code start}, which
   * for any node of an RFC 6962 tree gives the same subtrees.
   */
  List<Subtree> subtrees() {
    var parts = new ArrayList<Subtree>(Long.bitCount(end - start));
    long at = start;
    while (at < end) {
      int alignment = at == 0 ? Subtree.MAX_LEVEL : Long.numberOfTrailingZeros(at);
      int fits = 63 - Long.numberOfLeadingZeros(end - at);
      int level = Math.min(Math.min(alignment, fits), Subtree.MAX_LEVEL);
      parts.add(new Subtree(level, at >> level));
      at += 1L << level;
    }
    return parts;
  }

  /** Largest power of two strictly below {@code n}, for {@code n >= 2}: the RFC 6962 split. */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }
}
