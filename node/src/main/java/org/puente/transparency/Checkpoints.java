package org.puente.transparency;

import java.time.Clock;
import java.util.Arrays;
import org.puente.protocol.note.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs a C2SP checkpoint of the tree at least every second while entries arrive. */
@Component
class Checkpoints {

  private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

  private final Sequencer sequencer;
  private final LogStore store;
  private final NodeKey key;
  private final String origin;
  private final Clock clock;

  Checkpoints(
      Sequencer sequencer,
      LogStore store,
      NodeKey key,
      @Value("${puente.node.origin}") String origin,
      Clock clock) {
    this.sequencer = sequencer;
    this.store = store;
    this.key = key;
    this.origin = origin;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    sequencer.resume();
    sign();
  }

  @Scheduled(initialDelay = 1000, fixedRateString = "${puente.transparency.checkpoint-every:1000}")
  void every() {
    try {
      sign();
    } catch (RuntimeException e) {
      log.error("checkpoint signing failed; retrying on the next run", e);
    }
  }

  /** Signs the committed head unless the newest checkpoint already covers it. */
  @Transactional
  synchronized void sign() {
    Sequencer.Head head = sequencer.head();
    var latest = store.latestCheckpoint();
    if (latest.isPresent() && latest.get().size() >= head.size()) {
      if (latest.get().size() == head.size() && !Arrays.equals(latest.get().root(), head.root())) {
        log.error(
            "the stored tree of size {} no longer has the signed root: the log was altered",
            head.size());
      }
      return;
    }
    Checkpoint checkpoint = new Checkpoint(origin, head.size(), head.root());
    String note = checkpoint.sign(key.key()).format();
    store.saveCheckpoint(head.size(), head.root(), note, clock.instant());
  }
}
