package org.puente.trends.demo;

import java.util.List;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.DemoMode;
import org.puente.trends.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * On a demo node's first start, subscribes the three labs' chemists to first detections of the
 * liquid pharmaceutical form anywhere (in-app notifications), so a newly submitted report of it at
 * a port reaches, at once, the chemists of the other countries whose labels allow it.
 */
@Component
@Order(45)
class DemoSubscriptions implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSubscriptions.class);

  private final DemoMode demo;
  private final Accounts accounts;
  private final Subscriptions subscriptions;

  DemoSubscriptions(DemoMode demo, Accounts accounts, Subscriptions subscriptions) {
    this.demo = demo;
    this.accounts = accounts;
    this.subscriptions = subscriptions;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.firstLoad("trends-subscriptions")) {
      return;
    }
    List<String> chemists = List.of("dea.chemist", "fgr.chemist", "hc.chemist");
    for (String username : chemists) {
      Caller chemist =
          new Caller(
              accounts
                  .byUsername(username)
                  .orElseThrow(() -> new IllegalStateException("no demo account " + username)),
              "demo-data",
              "demo data");
      ObjectNode request = JsonNodeFactory.instance.objectNode();
      request.put("form", "LIQUID_PHARMACEUTICAL");
      request.putArray("kinds").add("FIRST_DETECTION");
      subscriptions.subscribe(chemist, request);
    }
    log.info(
        "demo mode: {} chemists subscribed to first detections of liquid pharmaceutical forms",
        chemists.size());
  }
}
