package org.puente.protocol.merkle;

/**
 * A complete, aligned subtree of the log: the {@code 2^level} leaves starting at leaf {@code index
 * * 2^level}; level 0 is a single leaf hash.
 *
 * <p>Only complete subtrees are ever stored, because their hashes never change once the last leaf
 * has arrived; every other node of a tree of any size is computed from them.
 *
 * @param level height above the leaves, 0 to 62
 * @param index position among the subtrees of the same level, counted from 0
 */
public record Subtree(int level, long index) {

  /** Highest level a subtree may have, so that every leaf position fits in a signed long. */
  public static final int MAX_LEVEL = 62;

  public Subtree {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("subtree level must be 0 to " + MAX_LEVEL + ": " + level);
    }
    if (index < 0 || index >= (Long.MAX_VALUE >> level)) {
      throw new IllegalArgumentException(
          "subtree index out of range for level " + level + ": " + index);
    }
  }

  /** The subtree that is the single leaf at {@code index}. */
  public static Subtree leaf(long index) {
    return new Subtree(0, index);
  }

  /** The first leaf the subtree covers. */
  public long start() {
    return index << level;
  }

  /** One past the last leaf the subtree covers. */
  public long end() {
    return (index + 1) << level;
  }

  /** How many leaves the subtree covers. */
  public long leafCount() {
    return 1L << level;
  }
}
