package org.puente.protocol.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The right frontier of an append-only log: one complete subtree hash per set bit of the tree size,
 * which is all a log needs to append leaves and compute its root.
 *
 * <p>Not thread-safe; a log appends from one writer at a time.
 */
public final class CompactRange {

  // byLevel[l] holds the hash of the complete subtree of 2^l leaves on the frontier, present
  // exactly when bit l of size is set; appending is then binary addition with carries.
  private final byte[] @Nullable [] byLevel = new byte[Subtree.MAX_LEVEL + 1][];
  private final MessageDigest digest = Hashes.newDigest();
  private long size;

  private CompactRange() {}

  /** The compact range of the empty log. */
  public static CompactRange empty() {
    return new CompactRange();
  }

  /**
   * Resumes a log from a stored frontier.
   *
   * @param size the tree size
   * @param frontier the frontier hashes as {@link #frontier()} returned them, largest subtree
   *     first: one per set bit of {@code size}
   * @throws IllegalArgumentException if the number or length of the hashes does not fit the size
   */
  public static CompactRange resume(long size, List<byte[]> frontier) {
    if (size < 0) {
      throw new IllegalArgumentException("negative tree size " + size);
    }
    if (frontier.size() != Long.bitCount(size)) {
      throw new IllegalArgumentException(
          "a tree of size "
              + size
              + " has "
              + Long.bitCount(size)
              + " frontier hashes, not "
              + frontier.size());
    }
    var range = new CompactRange();
    int i = 0;
    for (int level = Subtree.MAX_LEVEL; level >= 0; level--) {
      if ((size & (1L << level)) != 0) {
        byte[] hash = frontier.get(i++);
        if (hash.length != Hashes.LENGTH) {
          throw new IllegalArgumentException(
              "frontier hash " + (i - 1) + " is " + hash.length + " bytes, not " + Hashes.LENGTH);
        }
        range.byLevel[level] = hash.clone();
      }
    }
    range.size = size;
    return range;
  }

  /**
   * Resumes a log from its stored subtrees, reading the frontier in one fetch.
   *
   * @throws IllegalStateException if the store lacks a frontier subtree
   */
  public static CompactRange resume(long size, SubtreeHashes store) {
    List<Subtree> subtrees = frontierOf(size);
    if (subtrees.isEmpty()) {
      return new CompactRange();
    }
    Map<Subtree, byte[]> fetched =
        store.fetch(Collections.unmodifiableSet(new HashSet<>(subtrees)));
    var hashes = new ArrayList<byte[]>(subtrees.size());
    for (Subtree subtree : subtrees) {
      byte[] hash = fetched.get(subtree);
      if (hash == null) {
        throw new IllegalStateException(
            "the subtree store returned no hash for level "
                + subtree.level()
                + " index "
                + subtree.index());
      }
      hashes.add(hash);
    }
    return resume(size, hashes);
  }

  /** The complete subtrees on the frontier of a tree of {@code size} leaves, largest first. */
  public static List<Subtree> frontierOf(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("negative tree size " + size);
    }
    return size == 0 ? List.of() : new Span(0, size).subtrees();
  }

  /** The number of leaves appended so far. */
  public long size() {
    return size;
  }

  /** Copies of the frontier hashes, largest subtree first; store them to {@link #resume} later. */
  public List<byte[]> frontier() {
    var hashes = new ArrayList<byte[]>(Long.bitCount(size));
    for (int level = Subtree.MAX_LEVEL; level >= 0; level--) {
      byte[] hash = byLevel[level];
      if (hash != null) {
        hashes.add(hash.clone());
      }
    }
    return Collections.unmodifiableList(hashes);
  }

  /** The RFC 6962 root of the leaves appended so far. */
  public byte[] root() {
    byte[] root = null;
    for (int level = 0; level <= Subtree.MAX_LEVEL; level++) {
      byte[] hash = byLevel[level];
      if (hash != null) {
        root = root == null ? hash.clone() : Hashes.nodeHash(digest, hash, root);
      }
    }
    return root == null ? Hashes.emptyRoot() : root;
  }

  /**
   * Appends a leaf and returns the subtrees of level 1 and up that it completes, smallest first;
   * the leaf itself (level 0) is not among them.
   *
   * @param leafHash the 32-byte RFC 6962 leaf hash
   */
  public List<SubtreeHash> append(byte[] leafHash) {
    if (leafHash.length != Hashes.LENGTH) {
      throw new IllegalArgumentException("a leaf hash has 32 bytes, not " + leafHash.length);
    }
    if (size == Long.MAX_VALUE) {
      throw new IllegalStateException("the log is full");
    }
    long position = size;
    int carries = Long.numberOfTrailingZeros(~position);
    byte[] hash = leafHash.clone();
    if (carries == 0) {
      byLevel[0] = hash;
      size++;
      return List.of();
    }
    var completed = new ArrayList<SubtreeHash>(carries);
    for (int level = 0; level < carries; level++) {
      byte[] left = byLevel[level];
      if (left == null) {
        throw new IllegalStateException("frontier lost its level " + level + " subtree");
      }
      hash = Hashes.nodeHash(digest, left, hash);
      byLevel[level] = null;
      completed.add(new SubtreeHash(new Subtree(level + 1, position >>> (level + 1)), hash));
    }
    byLevel[carries] = hash;
    size++;
    return Collections.unmodifiableList(completed);
  }
}
