package org.puente.governance;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Purges records whose labels' retain-until dates have passed, every night and after a start. */
@Component
class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final Disclosures disclosures;
  private final Clock clock;

  Retention(Disclosures disclosures, Clock clock) {
    this.disclosures = disclosures;
    this.clock = clock;
  }

  @Scheduled(initialDelay = 60_000, fixedDelayString = "${puente.retention.every:PT6H}")
  void purge() {
    try {
      int purged = disclosures.purgeExpired(LocalDate.now(clock));
      if (purged > 0) {
        log.info("purged {} records past their retain-until date", purged);
      }
    } catch (RuntimeException e) {
      log.error("purge failed; retrying on the next run", e);
    }
  }
}
