package org.puente.bulletins.demo;

import java.util.List;
import org.puente.bulletins.Bulletins;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues a few synthetic bulletins under varied labels on a demo node's first start, so that a new
 * user sees records in full, pointers, and nothing, depending on who they log in as.
 */
@Component
@Order(20)
class DemoBulletins implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBulletins.class);

  private final DemoMode demo;
  private final Accounts accounts;
  private final Bulletins bulletins;
  private final JsonMapper json;

  DemoBulletins(DemoMode demo, Accounts accounts, Bulletins bulletins, JsonMapper json) {
    this.demo = demo;
    this.accounts = accounts;
    this.bulletins = bulletins;
    this.json = json;
  }

  private record Seed(String author, String request) {}

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.firstLoad("bulletins")) {
      return;
    }
    List<Seed> seeds =
        List.of(
            new Seed(
                "ntc.officer",
                """
                {"kind":"OFFICER_SAFETY",
                 "title":"[SYNTHETIC DEMO] Fentanyl powder in battery compartments, Nogales",
                 "body":"Synthetic demo bulletin. Officers at the Nogales port of entry found \
                vacuum-sealed packages inside hollowed vehicle batteries. Wear nitrile gloves and \
                avoid opening packages; follow your agency's exposure protocol.",
                 "label":{"releasableTo":["USA","MEX","CAN"],"communities":["LE","CUSTOMS"],
                          "handling":"H0","tlp":"GREEN","outsiders":"POINTER",
                          "statistics":["USA","MEX","CAN"]}}
                """),
            new Seed(
                "fgr.analyst",
                """
                {"kind":"INTELLIGENCE",
                 "title":"[DEMO SINTÉTICO] Tabletas falsificadas tipo M30 en Sonora",
                 "body":"Boletín sintético de demostración. Se observa un aumento de tabletas \
                azules con la impresión M30 en aseguramientos de Hermosillo y Nogales, Sonora, \
                con destino a Arizona.",
                 "label":{"releasableTo":["MEX","USA"],"communities":["LE"],
                          "handling":"H2","tlp":"AMBER","outsiders":"POINTER",
                          "statistics":["MEX","USA","CAN"],"evaluation":"B2"}}
                """),
            new Seed(
                "rcmp.analyst",
                """
                {"kind":"INTELLIGENCE",
                 "title":"[SYNTHETIC DEMO] Pill press imports through Vancouver",
                 "body":"Synthetic demo bulletin. Tableting equipment declared as food machinery \
                was examined at the port of Vancouver; three consignees are under review.",
                 "label":{"releasableTo":["CAN"],"communities":["LE"],
                          "handling":"H2","tlp":"AMBER","outsiders":"POINTER",
                          "statistics":["CAN"]}}
                """),
            new Seed(
                "dea.chemist",
                """
                {"kind":"INTELLIGENCE",
                 "title":"[SYNTHETIC DEMO] Xylazine in fentanyl powder exhibits",
                 "body":"Synthetic demo bulletin. Laboratory submissions show xylazine together \
                with fentanyl in a growing share of powder exhibits; medetomidine appears in a \
                few.",
                 "label":{"releasableTo":["USA","MEX","CAN"],"communities":["FORENSIC"],
                          "handling":"H1","tlp":"GREEN","outsiders":"NOTHING",
                          "statistics":["USA","MEX","CAN"]}}
                """),
            new Seed(
                "cbsa.officer",
                """
                {"kind":"OFFICER_SAFETY",
                 "title":"[SYNTHETIC DEMO] Carfentanil exposure risk in courier parcels",
                 "body":"Synthetic demo bulletin. A parcel declared as printer toner held a \
                white powder that field-tested positive for carfentanil. Do not open suspect \
                parcels outside a containment hood.",
                 "label":{"releasableTo":["CBSA","CBP-NTC"],
                          "handling":"H2","tlp":"AMBER+STRICT","outsiders":"NOTHING"}}
                """),
            new Seed(
                "hc.chemist",
                """
                {"kind":"INTELLIGENCE",
                 "title":"[DÉMO SYNTHÉTIQUE] Nitazènes dans des comprimés contrefaits",
                 "body":"Bulletin de démonstration synthétique. Des comprimés vendus comme \
                oxycodone contenaient du protonitazène; aucun opioïde pharmaceutique n'a été \
                détecté.",
                 "label":{"releasableTo":["CAN","USA"],"communities":["FORENSIC","LE"],
                          "handling":"H2","tlp":"AMBER","outsiders":"POINTER",
                          "statistics":["CAN","USA","MEX"]}}
                """));
    for (Seed seed : seeds) {
      Caller author =
          new Caller(accounts.byUsername(seed.author()).orElseThrow(), "demo-data", "demo data");
      JsonNode request = json.readTree(seed.request());
      bulletins.issue(author, request);
    }
    log.info("demo mode: {} synthetic bulletins issued", seeds.size());
  }
}
