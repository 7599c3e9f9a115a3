package org.puente.protocol.merkle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subtree store in memory that holds exactly what a log would store, every complete subtree of
 * its leaves, and counts how it is asked.
 */
final class MemoryStore implements SubtreeHashes {

  private final Map<Subtree, byte[]> hashes = new HashMap<>();
  private final long size;
  int fetches;
  final List<Set<Subtree>> requests = new ArrayList<>();

  MemoryStore(List<byte[]> leaves) {
    this.size = leaves.size();
    List<byte[]> level = leaves;
    for (int l = 0; !level.isEmpty(); l++) {
      var next = new ArrayList<byte[]>();
      for (int i = 0; i < level.size(); i++) {
        hashes.put(new Subtree(l, i), level.get(i));
        if (i % 2 == 1) {
          next.add(NaiveTree.sha256((byte) 1, level.get(i - 1), level.get(i)));
        }
      }
      level = next;
    }
  }

  @Override
  public Map<Subtree, byte[]> fetch(Set<Subtree> subtrees) {
    fetches++;
    requests.add(Set.copyOf(subtrees));
    var out = new HashMap<Subtree, byte[]>();
    for (Subtree subtree : subtrees) {
      if (subtree.end() > size) {
        throw new AssertionError("asked for " + subtree + " beyond tree size " + size);
      }
      out.put(subtree, java.util.Objects.requireNonNull(hashes.get(subtree)).clone());
    }
    return out;
  }
}
