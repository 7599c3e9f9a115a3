package org.puente.transparency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.LogEntries;
import org.puente.protocol.merkle.CompactRange;
import org.puente.protocol.merkle.Hashes;
import org.puente.protocol.merkle.SubtreeHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives queued events their index: in one transaction per batch it locks the sequencer row, turns
 * each event into its canonical leaf, appends the leaf hashes to the Merkle tree, stores the leaves
 * and the newly completed subtrees, and removes the events from the queue. A crash at any point
 * leaves either the whole batch in the tree or none of it.
 */
@Component
class Sequencer {

  private static final Logger log = LoggerFactory.getLogger(Sequencer.class);

  private final LogStore store;
  private final TransactionTemplate transaction;
  private final int batchSize;
  private @Nullable CompactRange range;

  /**
   * Where the next batch starts reading the queue. Behind a backlog, reading from the start would
   * wade through the rows the last batches deleted; a window below the last id read still catches
   * transactions that committed a little late, and a drained queue sends the next read back to the
   * start, so that no event waits for long.
   */
  private long from;

  private static final long LATE_WINDOW = 50_000;
  private volatile Head head = new Head(0, Hashes.emptyRoot());

  Sequencer(
      LogStore store,
      PlatformTransactionManager transactions,
      @Value("${puente.transparency.batch:5000}") int batchSize) {
    this.store = store;
    this.transaction = new TransactionTemplate(transactions);
    this.batchSize = batchSize;
  }

  /** The tree as last committed: its size and RFC 6962 root hash. */
  static final class Head {

    private final long size;
    private final byte[] root;

    Head(long size, byte[] root) {
      this.size = size;
      this.root = root.clone();
    }

    long size() {
      return size;
    }

    byte[] root() {
      return root.clone();
    }
  }

  Head head() {
    return head;
  }

  @Scheduled(initialDelay = 200, fixedDelayString = "${puente.transparency.sequence-every:100}")
  void sequenceAll() {
    try {
      while (sequenceBatch() == batchSize) {
        // keep going while the queue is full
      }
    } catch (RuntimeException e) {
      log.error("sequencing failed; retrying on the next run", e);
    }
  }

  /** Sequences up to one batch; returns how many events got an index. */
  synchronized int sequenceBatch() {
    try {
      Integer done =
          transaction.execute(status -> {
            store.lockSequencer();
            long stored = store.size();
            CompactRange current = range;
            if (current == null || current.size() != stored) {
              current = CompactRange.resume(stored, store);
              range = current;
            }
            List<LogStore.Pending> pending = store.pending(batchSize, from);
            if (pending.size() < batchSize) {
              from = 0;
            } else {
              from = Math.max(0, pending.get(pending.size() - 1).id() - LATE_WINDOW);
            }
            if (pending.isEmpty()) {
              return 0;
            }
            List<LogStore.Placed> placed = new ArrayList<>(pending.size());
            List<SubtreeHash> subtrees = new ArrayList<>();
            List<Long> ids = new ArrayList<>(pending.size());
            long index = current.size();
            for (LogStore.Pending p : pending) {
              String canonical = LogEntries.withIndex(p.entry(), index);
              byte[] hash = Hashes.leafHash(canonical.getBytes(StandardCharsets.UTF_8));
              placed.add(new LogStore.Placed(index, canonical, hash, p));
              subtrees.addAll(current.append(hash));
              ids.add(p.id());
              index++;
            }
            store.append(placed, subtrees);
            store.removePending(ids);
            return pending.size();
          });
      CompactRange current = range;
      if (current != null) {
        head = new Head(current.size(), current.root());
      }
      return done == null ? 0 : done;
    } catch (RuntimeException e) {
      // The in-memory frontier may be ahead of what committed; read it again next time.
      range = null;
      throw e;
    }
  }

  /** Reads the tree's head from the database, for a node that just started. */
  synchronized void resume() {
    long stored = store.size();
    CompactRange current = CompactRange.resume(stored, store);
    range = current;
    head = new Head(current.size(), current.root());
  }
}
