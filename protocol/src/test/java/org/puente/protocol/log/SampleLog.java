package org.puente.protocol.log;

import java.util.ArrayList;
import java.util.List;
import org.puente.protocol.merkle.CompactRange;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.SigningKey;

/** A log built in memory the way a node builds one, with checkpoints signed along the way. */
final class SampleLog {

  static final String ORIGIN = "puente.example.mx/log";

  final SigningKey key;
  final List<Leaf> leaves = new ArrayList<>();
  final List<String> checkpoints = new ArrayList<>();

  private SampleLog(SigningKey key) {
    this.key = key;
  }

  /** A log of {@code size} entries signed by {@code key} at each of {@code checkpointSizes}. */
  static SampleLog of(SigningKey key, int size, long... checkpointSizes) {
    var log = new SampleLog(key);
    var range = CompactRange.empty();
    for (int i = 0; i <= size; i++) {
      for (long at : checkpointSizes) {
        if (at == i) {
          log.checkpoints.add(new Checkpoint(ORIGIN, i, range.root()).sign(key).format());
        }
      }
      if (i < size) {
        Leaf leaf = Leaf.of(Entries.at(i));
        log.leaves.add(leaf);
        range.append(leaf.leafHash());
      }
    }
    return log;
  }

  LogExport export() {
    return LogExport.of(ORIGIN, checkpoints, leaves);
  }
}
