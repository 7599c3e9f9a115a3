package org.puente.transparency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.puente.protocol.log.ConsistencyPath;
import org.puente.protocol.log.InclusionPath;
import org.puente.protocol.log.Leaf;
import org.puente.protocol.merkle.ConsistencyProof;
import org.puente.protocol.merkle.ProofException;
import org.puente.protocol.merkle.Proofs;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.MalformedNote;
import org.puente.protocol.note.NoteVerifier;
import org.puente.protocol.note.UnverifiedNote;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the log offers its readers: signed checkpoints and the verifier key, inclusion and
 * consistency proofs computed from stored subtree hashes, and leaves by range or by filter. Who may
 * read which entries is decided by governance's audit trail, not here.
 */
@Service
public class TransparencyLog {

  /** Most leaves one call returns. */
  public static final int MAX_PAGE = 1000;

  private final LogStore store;
  private final NodeKey key;
  private final Sequencer sequencer;

  TransparencyLog(LogStore store, NodeKey key, Sequencer sequencer) {
    this.store = store;
    this.key = key;
    this.sequencer = sequencer;
  }

  /**
   * A checkpoint as stored, with what re-checking it found.
   *
   * @param size the tree size
   * @param note the signed note
   * @param signedAt when it was signed
   * @param signatureValid whether the node's key signed exactly this text
   * @param consistentWithPrevious whether the tree at this size extends the previous checkpoint's
   *     tree and has the signed root, recomputed from the stored subtrees
   */
  public record CheckpointStatus(
      long size,
      String note,
      Instant signedAt,
      boolean signatureValid,
      boolean consistentWithPrevious) {}

  /** The newest signed checkpoint, in C2SP tlog-checkpoint signed-note form. */
  @Transactional(readOnly = true)
  public String checkpoint() {
    return store
        .latestCheckpoint()
        .map(LogStore.StoredCheckpoint::note)
        .orElseThrow(() -> new IllegalStateException("no checkpoint signed yet"));
  }

  /** The node's verifier key in C2SP vkey form. */
  public String vkey() {
    return key.vkey().toString();
  }

  /** The tree size of the newest checkpoint, the largest size proofs are given for. */
  @Transactional(readOnly = true)
  public long checkpointedSize() {
    return store.latestCheckpoint().map(LogStore.StoredCheckpoint::size).orElse(0L);
  }

  /** Entries waiting for their index; zero once the sequencer has caught up. */
  public long pending() {
    return store.pendingCount();
  }

  /** The number of leaves in the tree right now (ahead of the newest checkpoint at times). */
  public long size() {
    return sequencer.head().size();
  }

  /**
   * The RFC 6962 audit path of leaf {@code index} in the tree of {@code treeSize} leaves: one
   * statement, no transaction around it.
   */
  public InclusionPath inclusion(long index, long treeSize) {
    long available = sequencer.head().size();
    if (treeSize < 1 || treeSize > available) {
      throw new LogRangeError("treeSize", "log.treeSize.range", available);
    }
    if (index < 0 || index >= treeSize) {
      throw new LogRangeError("index", "log.index.range", treeSize - 1);
    }
    return new InclusionPath(index, treeSize, Proofs.inclusion(index, treeSize, store));
  }

  /** The RFC 6962 consistency proof between the trees of {@code from} and {@code to} leaves. */
  public ConsistencyPath consistency(long from, long to) {
    long available = sequencer.head().size();
    if (to < 1 || to > available) {
      throw new LogRangeError("to", "log.treeSize.range", available);
    }
    if (from < 1 || from > to) {
      throw new LogRangeError("from", "log.from.range", to);
    }
    List<byte[]> hashes = from == to ? List.of() : Proofs.consistency(from, to, store);
    return new ConsistencyPath(from, to, hashes);
  }

  /** Leaves {@code start} (inclusive) to {@code end} (exclusive), at most {@link #MAX_PAGE}. */
  @Transactional(readOnly = true)
  public List<Leaf> leaves(long start, long end) {
    if (start < 0) {
      throw new LogRangeError("start", "log.start.range", 0);
    }
    if (end <= start || end - start > MAX_PAGE) {
      throw new LogRangeError("end", "log.end.range", MAX_PAGE);
    }
    return store.leaves(start, Math.min(end, sequencer.head().size()));
  }

  /** Leaves matching the filter, newest first. */
  @Transactional(readOnly = true)
  public List<Leaf> find(LogFilter filter, int limit, int offset) {
    return store.find(filter, Math.min(Math.max(limit, 1), MAX_PAGE), Math.max(offset, 0));
  }

  /**
   * The newest checkpoints, each re-verified: its signature against the node's key, and its root
   * and consistency with the previous one recomputed from the stored tree.
   */
  @Transactional(readOnly = true)
  public List<CheckpointStatus> checkpoints(int limit) {
    List<LogStore.StoredCheckpoint> stored =
        store.checkpoints(Math.min(limit, 200) + 1, Long.MAX_VALUE);
    NoteVerifier verifier = NoteVerifier.of(key.vkey());
    List<CheckpointStatus> statuses = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, stored.size()); i++) {
      LogStore.StoredCheckpoint c = stored.get(i);
      boolean signed;
      try {
        Checkpoint parsed = Checkpoint.verify(c.note(), verifier);
        signed = parsed.size() == c.size() && Arrays.equals(parsed.root(), c.root());
      } catch (MalformedNote | UnverifiedNote e) {
        signed = false;
      }
      boolean consistent = Arrays.equals(Proofs.root(c.size(), store), c.root());
      if (consistent && i + 1 < stored.size()) {
        LogStore.StoredCheckpoint previous = stored.get(i + 1);
        try {
          if (previous.size() > 0 && previous.size() < c.size()) {
            ConsistencyProof.verify(
                previous.size(),
                c.size(),
                previous.root(),
                c.root(),
                Proofs.consistency(previous.size(), c.size(), store));
          }
        } catch (ProofException e) {
          consistent = false;
        }
      }
      statuses.add(new CheckpointStatus(c.size(), c.note(), c.signedAt(), signed, consistent));
    }
    return statuses;
  }

  /** Signed checkpoints from oldest to newest, for an export. */
  @Transactional(readOnly = true)
  public List<String> checkpointNotes(int limit, long maxSize) {
    List<String> notes = new ArrayList<>();
    store.checkpoints(limit, maxSize).forEach(c -> notes.add(0, c.note()));
    return notes;
  }
}
