package org.puente.intelligence.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.DemoMode;
import org.puente.governance.Disclosed;
import org.puente.governance.Rejected;
import org.puente.intelligence.Entities;
import org.puente.intelligence.Relationships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the {@link SyntheticNetwork} on a demo node's first start, each agency's records and
 * relationships through the same all-or-nothing batch its officers and analysts would use.
 *
 * <p>The scenario is in it: log in as {@code fgr.analyst} and search for "Quintanilla" to
 * find {@value SyntheticNetwork#SCENARIO_PERSON}, recorded by CBP-NTC: the name is shown, the date
 * of birth is withheld (releasable to USA only), and the person's graph holds a pointer to an RCMP
 * phone that FGR may ask RCMP for. Record ids are random at each load; the records, labels and
 * links are the same on every node.
 */
@Component
@Order(50)
class DemoNetwork implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

  private final DemoMode demo;
  private final Accounts accounts;
  private final Entities entities;
  private final Relationships relationships;

  DemoNetwork(DemoMode demo, Accounts accounts, Entities entities, Relationships relationships) {
    this.demo = demo;
    this.accounts = accounts;
    this.entities = entities;
    this.relationships = relationships;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.firstLoad("intelligence-network")) {
      return;
    }
    SyntheticNetwork.Network network = SyntheticNetwork.generate(SyntheticNetwork.SEED);
    Map<String, UUID> ids = new HashMap<>();
    for (String owner : SyntheticNetwork.OWNERS) {
      List<SyntheticNetwork.Item> mine =
          network.entities().stream().filter(e -> e.owner().equals(owner)).toList();
      if (mine.isEmpty()) {
        continue;
      }
      List<JsonNode> requests = new ArrayList<>();
      mine.forEach(e -> requests.add(e.json()));
      Caller caller = caller(owner);
      List<UUID> stored =
          refused(
              "entities of " + owner,
              () ->
                  entities.createAll(caller, requests).stream().map(Disclosed.Shown::id).toList());
      for (int i = 0; i < mine.size(); i++) {
        ids.put(mine.get(i).key(), stored.get(i));
      }
    }
    int links = 0;
    for (String owner : SyntheticNetwork.OWNERS) {
      List<JsonNode> requests = new ArrayList<>();
      for (SyntheticNetwork.Link link : network.relationships()) {
        if (link.owner().equals(owner)) {
          ObjectNode request = link.json().deepCopy();
          request.put("source", id(ids, link.source()).toString());
          request.put("target", id(ids, link.target()).toString());
          requests.add(request);
        }
      }
      if (requests.isEmpty()) {
        continue;
      }
      Caller caller = caller(owner);
      links +=
          refused("relationships of " + owner, () -> relationships.createAll(caller, requests, ""))
              .size();
    }
    log.info(
        "demo mode: synthetic intelligence network stored ({} entities, {} relationships)",
        ids.size(),
        links);
  }

  private Caller caller(String username) {
    return new Caller(
        accounts
            .byUsername(username)
            .orElseThrow(() -> new IllegalStateException("no demo account " + username)),
        "demo-data",
        "demo data");
  }

  private static UUID id(Map<String, UUID> ids, String key) {
    return Objects.requireNonNull(ids.get(key), key);
  }

  /** The generator and the readers disagree: a defect, named by pointer and code only. */
  private static <T> T refused(String what, Supplier<T> store) {
    try {
      return store.get();
    } catch (Rejected rejected) {
      throw new IllegalStateException(
          "demo "
              + what
              + " refused: "
              + rejected.violations().stream()
                  .limit(5)
                  .map(v -> v.pointer() + " " + v.code() + " " + v.args())
                  .toList(),
          rejected);
    }
  }
}
