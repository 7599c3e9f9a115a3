package org.puente.intelligence.demo;

import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.DemoMode;
import org.puente.intelligence.Entities;
import org.puente.intelligence.ScreeningRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening scenario of the demo, all synthetic: FGR watch-lists {@value #PERSON} (born
 * 1984-02-01), labelled for Mexico only with a pointer for outsiders, so that when {@code
 * ntc.officer} screens a driver at Nogales as "Chuy Guzman Jimenez, 01/02/1984" the officer gets a
 * pointer and the hit waits in FGR's liaison queue for {@code fgr.analyst}. CBP-NTC also has one
 * risk rule for cargo.
 */
@Component
@Order(55)
class DemoScreening implements ApplicationRunner {

  static final String PERSON = "Jesús Guzmán Ximénez";

  private static final Logger log = LoggerFactory.getLogger(DemoScreening.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DemoMode demo;
  private final Accounts accounts;
  private final Entities entities;
  private final ScreeningRules rules;

  DemoScreening(DemoMode demo, Accounts accounts, Entities entities, ScreeningRules rules) {
    this.demo = demo;
    this.accounts = accounts;
    this.entities = entities;
    this.rules = rules;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.firstLoad("screening")) {
      return;
    }
    entities.create(
        caller("fgr.analyst"),
        JSON.readTree(
            """
            {"type": "PERSON", "watchlisted": true,
             "givenNames": "Jesús", "paternalSurname": "Guzmán", "maternalSurname": "Ximénez",
             "aliases": ["El Chuy"], "dateOfBirth": "1984-02-01", "nationality": ["MEX"],
             "gender": "M",
             "label": {"releasableTo": ["MEX"], "communities": ["LE"], "tlp": "AMBER",
                       "outsiders": "POINTER"}}
            """));
    entities.create(
        caller("fgr.analyst"),
        JSON.readTree(
            """
            {"type": "VEHICLE", "watchlisted": true, "plate": "VTR-45-12",
             "plateJurisdiction": "MX-SON", "make": "Freightliner", "model": "Cascadia",
             "label": {"releasableTo": ["MEX", "USA"], "communities": ["LE"], "tlp": "AMBER",
                       "outsiders": "POINTER"}}
            """));
    rules.create(
        caller("ntc.officer"),
        JSON.readTree(
            """
            {"name": "Auto parts from Sinaloa through Sonora", "kind": "CARGO",
             "clauses": [{"field": "commodity", "op": "CONTAINS", "value": "auto parts"},
                         {"field": "origin", "op": "IN", "values": ["Culiacán", "Los Mochis"]}]}
            """));
    log.info("demo mode: screening scenario stored (FGR watchlist entry {})", PERSON);
  }

  private Caller caller(String username) {
    return new Caller(
        accounts
            .byUsername(username)
            .orElseThrow(() -> new IllegalStateException("no demo account " + username)),
        "demo-data",
        "demo data");
  }
}
