package org.puente.trends;

import java.time.Clock;
import java.time.LocalDate;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early-warning processing cycle for increases: for each subscription to increases, runs the
 * detector over what its subscriber may count and notifies them of each new alarm once.
 */
@Component
class IncreaseCycle {

  private static final Logger log = LoggerFactory.getLogger(IncreaseCycle.class);

  private final Subscriptions subscriptions;
  private final Increases increases;
  private final Accounts accounts;
  private final Clock clock;
  private final int lookbackDays;

  IncreaseCycle(
      Subscriptions subscriptions,
      Increases increases,
      Accounts accounts,
      Clock clock,
      @Value("${puente.trends.increase-lookback-days:14}") int lookbackDays) {
    this.subscriptions = subscriptions;
    this.increases = increases;
    this.accounts = accounts;
    this.clock = clock;
    this.lookbackDays = lookbackDays;
  }

  @Scheduled(
      initialDelayString = "${puente.trends.cycle-delay:PT2M}",
      fixedDelayString = "${puente.trends.cycle:PT15M}")
  @Transactional
  public void run() {
    LocalDate since = LocalDate.now(clock).minusDays(lookbackDays);
    int notified = 0;
    for (Subscription s : subscriptions.toIncreases()) {
      var account = accounts.byUsername(s.username()).filter(a -> a.enabled());
      if (account.isEmpty()) {
        continue;
      }
      Caller subscriber = new Caller(account.get(), "increase-cycle", "early-warning notification");
      for (Alert alert : increases.of(subscriber, since)) {
        if (s.matches(alert) && subscriptions.notify(account.get(), s, alert)) {
          notified++;
        }
      }
    }
    if (notified > 0) {
      log.info("early warning: {} increase notifications", notified);
    }
  }
}
