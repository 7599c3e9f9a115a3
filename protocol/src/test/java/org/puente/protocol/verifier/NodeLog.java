package org.puente.protocol.verifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puente.protocol.log.Action;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ConsistencyPath;
import org.puente.protocol.log.InclusionPath;
import org.puente.protocol.log.Leaf;
import org.puente.protocol.log.LogEntries;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.LogExport;
import org.puente.protocol.log.ObjectRef;
import org.puente.protocol.merkle.CompactRange;
import org.puente.protocol.merkle.Proofs;
import org.puente.protocol.merkle.Subtree;
import org.puente.protocol.merkle.SubtreeHash;
import org.puente.protocol.merkle.SubtreeHashes;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.SigningKey;

/**
 * A log kept the way a node keeps one, through the protocol's public API only: leaf hashes and
 * completed subtrees stored, checkpoints signed, proofs served from the stored subtrees.
 */
final class NodeLog {

  static final String ORIGIN = "puente.example.mx/log";

  final SigningKey key;
  final List<LogEntry> entries = new ArrayList<>();
  final List<String> checkpoints = new ArrayList<>();
  private final Map<Subtree, byte[]> stored = new HashMap<>();
  private final CompactRange range = CompactRange.empty();

  private final long rewritten;

  NodeLog(SigningKey key) {
    this(key, -1);
  }

  /** A log whose entry at {@code rewritten} states another purpose: a forked history. */
  NodeLog(SigningKey key, long rewritten) {
    this.key = key;
    this.rewritten = rewritten;
  }

  /** Appends {@code n} disclosures: analysts of each country reading one another's records. */
  NodeLog append(int n) {
    for (int i = 0; i < n; i++) {
      long index = range.size();
      String country = List.of("MEX", "USA", "CAN").get((int) (index % 3));
      var entry =
          new LogEntry(
              index,
              Instant.parse("2026-11-28T10:15:30.123Z").plusSeconds(index),
              new Actor("analyst" + index % 5, "AGENCY-" + country, country),
              index % 4 == 0 ? Action.SEARCH_HIT : Action.READ,
              List.of(new ObjectRef("bulletin", "b-" + index, "CBP-NTC")),
              "sha256:label" + index % 2,
              "req-" + index,
              index == rewritten ? "nothing to see" : "case " + (index / 10),
              Map.of());
      entries.add(entry);
      byte[] leafHash = LogEntries.leafHash(entry);
      stored.put(Subtree.leaf(index), leafHash);
      for (SubtreeHash completed : range.append(leafHash)) {
        stored.put(completed.subtree(), completed.hash());
      }
    }
    return this;
  }

  /** Signs a checkpoint of the current tree and keeps it; returns the signed note. */
  String checkpoint() {
    String note = new Checkpoint(ORIGIN, range.size(), range.root()).sign(key).format();
    checkpoints.add(note);
    return note;
  }

  InclusionPath inclusion(long index, long treeSize) {
    return new InclusionPath(index, treeSize, Proofs.inclusion(index, treeSize, store()));
  }

  ConsistencyPath consistency(long from, long to) {
    return new ConsistencyPath(from, to, Proofs.consistency(from, to, store()));
  }

  List<Leaf> leaves() {
    return entries.stream().map(Leaf::of).toList();
  }

  LogExport export() {
    return LogExport.of(ORIGIN, checkpoints, leaves());
  }

  private SubtreeHashes store() {
    return subtrees -> {
      var out = new HashMap<Subtree, byte[]>();
      for (Subtree subtree : subtrees) {
        byte[] hash = stored.get(subtree);
        if (hash != null) {
          out.put(subtree, hash);
        }
      }
      return out;
    };
  }
}
