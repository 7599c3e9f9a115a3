package org.puente.protocol.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 6962 audit paths, consistency proofs and tree roots from stored complete subtrees.
 *
 * <p>Each method first works out which O(log n) complete subtrees it needs, fetches them from the
 * {@link SubtreeHashes} in a single call, and hashes the incomplete right-edge nodes together from
 * their complete parts; nothing else of the log is read or rehashed.
 */
public final class Proofs {

  private Proofs() {}

  /**
   * The audit path {@code PATH(index, D[0:treeSize])} of RFC 6962 section 2.1.1, nearest the leaf
   * first.
   *
   * @throws IllegalArgumentException unless {@code 0 <= index < treeSize}
   * @throws IllegalStateException if the store lacks a subtree hash the proof needs
   */
  public static List<byte[]> inclusion(long index, long treeSize, SubtreeHashes store) {
    if (index < 0 || index >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + index + " is not in a tree of size " + treeSize);
    }
    // Walk down from the root; each step keeps the half holding the leaf and records the other
    // half, so the siblings come out root first and are reversed at the end.
    var siblings = new ArrayList<Span>(64);
    long lo = 0;
    long hi = treeSize;
    while (hi - lo > 1) {
      long k = Span.split(hi - lo);
      if (index < lo + k) {
        siblings.add(new Span(lo + k, hi));
        hi = lo + k;
      } else {
        siblings.add(new Span(lo, lo + k));
        lo += k;
      }
    }
    Collections.reverse(siblings);
    return hashes(siblings, store);
  }

  /**
   * The consistency proof {@code PROOF(from, D[0:to])} of RFC 6962 section 2.1.2, deepest node
   * first; empty when {@code from == to}.
   *
   * @throws IllegalArgumentException unless {@code 0 < from <= to}; a proof from the empty tree
   *     would prove nothing, and verifiers reject it
   * @throws IllegalStateException if the store lacks a subtree hash the proof needs
   */
  public static List<byte[]> consistency(long from, long to, SubtreeHashes store) {
    if (from <= 0 || from > to) {
      throw new IllegalArgumentException(
          "a consistency proof needs 0 < from <= to, not from " + from + " to " + to);
    }
    // SUBPROOF(m, D[lo:hi], b) unrolled: "whole" is the flag b, true while the old tree's root is
    // still the left edge of the current node and so known to the verifier already.
    var nodes = new ArrayList<Span>(64);
    long lo = 0;
    long hi = to;
    long m = from;
    boolean whole = true;
    while (m != hi - lo) {
      long k = Span.split(hi - lo);
      if (m <= k) {
        nodes.add(new Span(lo + k, hi));
        hi = lo + k;
      } else {
        nodes.add(new Span(lo, lo + k));
        lo += k;
        m -= k;
        whole = false;
      }
    }
    if (!whole) {
      nodes.add(new Span(lo, hi));
    }
    Collections.reverse(nodes);
    return hashes(nodes, store);
  }

  /**
   * The Merkle tree hash {@code MTH(D[0:treeSize])}, the empty-tree hash for size 0.
   *
   * @throws IllegalArgumentException if {@code treeSize} is negative
   * @throws IllegalStateException if the store lacks a subtree hash the root needs
   */
  public static byte[] root(long treeSize, SubtreeHashes store) {
    if (treeSize < 0) {
      throw new IllegalArgumentException("negative tree size " + treeSize);
    }
    if (treeSize == 0) {
      return Hashes.emptyRoot();
    }
    return hashes(List.of(new Span(0, treeSize)), store).getFirst();
  }

  /** The hash of every span, in order, from a single fetch of their complete parts. */
  private static List<byte[]> hashes(List<Span> spans, SubtreeHashes store) {
    if (spans.isEmpty()) {
      return List.of();
    }
    var parts = new ArrayList<List<Subtree>>(spans.size());
    var needed = new HashSet<Subtree>();
    for (Span span : spans) {
      List<Subtree> subtrees = span.subtrees();
      parts.add(subtrees);
      needed.addAll(subtrees);
    }
    Map<Subtree, byte[]> fetched = store.fetch(Collections.unmodifiableSet(needed));
    MessageDigest digest = Hashes.digest();
    var result = new ArrayList<byte[]>(spans.size());
    for (List<Subtree> subtrees : parts) {
      result.add(fold(subtrees, fetched, digest));
    }
    return Collections.unmodifiableList(result);
  }

  /** Hashes complete subtrees, largest first, into the RFC 6962 node over all of them. */
  static byte[] fold(List<Subtree> subtrees, Map<Subtree, byte[]> hashes, MessageDigest digest) {
    byte[] hash = stored(subtrees.getLast(), hashes);
    for (int i = subtrees.size() - 2; i >= 0; i--) {
      hash = Hashes.nodeHash(digest, stored(subtrees.get(i), hashes), hash);
    }
    return subtrees.size() == 1 ? hash.clone() : hash;
  }

  private static byte[] stored(Subtree subtree, Map<Subtree, byte[]> hashes) {
    byte[] hash = hashes.get(subtree);
    if (hash == null) {
      throw new IllegalStateException(
          "the subtree store returned no hash for level "
              + subtree.level()
              + " index "
              + subtree.index());
    }
    if (hash.length != Hashes.LENGTH) {
      throw new IllegalStateException(
          "the subtree store returned a "
              + hash.length
              + "-byte hash for level "
              + subtree.level()
              + " index "
              + subtree.index());
    }
    return hash;
  }
}
