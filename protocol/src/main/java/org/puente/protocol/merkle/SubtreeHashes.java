package org.puente.protocol.merkle;

import java.util.Map;
import java.util.Set;

/**
 * Where a log keeps the hashes of its complete subtrees; proofs and roots read it through this
 * port.
 */
@FunctionalInterface
public interface SubtreeHashes {

  /**
   * Returns the hash of each requested subtree, all in one round trip.
   *
   * <p>The computations in {@link Proofs} and {@link CompactRange} call this at most once each and
   * never with an empty set, so an implementation backed by a database answers with one query.
   *
   * @param subtrees complete subtrees, each at or left of the current tree size
   * @return a map holding a 32-byte hash for every requested subtree; more entries are ignored
   */
  Map<Subtree, byte[]> fetch(Set<Subtree> subtrees);
}
