package org.puente.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/**
 * A rising weekly share of fentanyl among a lab's reports raises an {@code INCREASE} alert, with
 * the detector's evidence, for the readers who may count those reports, and for no one else.
 */
class IncreaseAlertIT {

  private final RunningNode node = RunningNode.get();

  private static final String NATIONAL =
      """
      {"releasableTo": ["CAN"], "tlp": "AMBER", "outsiders": "NOTHING"}\
      """;

  private void submit(LocalDate seized, boolean fentanyl) {
    String sample = "HC-DAS-I-" + UUID.randomUUID().toString().substring(0, 12);
    String report = TrendsApiIT.report(sample, seized, "CA-YT", "", TrendsApiIT.POWDER, NATIONAL);
    if (!fentanyl) {
      report = report.replace("\"substance\": \"fentanyl\"", "\"substance\": \"cocaine\"");
    }
    Api.Response created = node.as("hc.chemist").post("/api/v1/forensics/reports", report);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  private List<JsonNode> increases(String user, LocalDate since) {
    Api.Response r = node.as(user).get("/api/v1/alerts?since=" + since);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode a : r.json().get("alerts")) {
      if (a.get("kind").asString().equals("INCREASE")
          && a.get("value").asString().equals("fentanyl")
          && a.at("/scope/country").asString().equals("CAN")
          && LocalDate.parse(a.get("since").asString()).getYear() == since.getYear()) {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void aRisingShareRaisesAnIncreaseWithinTwoWeeksForThoseWhoMayCountTheReports() {
    // Weeks of their own, long before any other test's or the demo's reports.
    LocalDate first = LocalDate.of(1952, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    // Thirty weeks in which one report in five names fentanyl, then two in which four do.
    for (int week = 0; week < 32; week++) {
      int fentanyl = week < 30 ? 1 : 4;
      for (int i = 0; i < 5; i++) {
        submit(first.plusWeeks(week).plusDays(i), i < fentanyl);
      }
    }
    LocalDate outbreak = first.plusWeeks(30);
    // Rollups run after each report commits: wait until all 160 are counted.
    String all =
        "/api/v1/trends/series?measure=share&substance=fentanyl&region=CA-YT&interval=month&from="
            + first
            + "&to="
            + first.plusWeeks(32);
    long counted = 0;
    for (int tries = 0; counted < 160 && tries < 100; tries++) {
      if (tries > 0) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      counted = 0;
      for (JsonNode p : node.as("hc.chemist").get(all).json().get("points")) {
        counted += p.get("n").asLong();
      }
    }
    assertThat(counted).isEqualTo(160);
    List<JsonNode> seen = increases("hc.chemist", outbreak);
    assertThat(seen).as("increase alerts of hc.chemist").hasSize(1);
    JsonNode alert = seen.get(0);
    assertThat(LocalDate.parse(alert.get("since").asString()))
        .isBetween(outbreak, outbreak.plusWeeks(1));
    assertThat(alert.get("dimension").asString()).isEqualTo("SUBSTANCE");
    JsonNode evidence = alert.get("evidence");
    assertThat(evidence.get("detector").asString()).isEqualTo("P-CUSUM");
    assertThat(evidence.get("statistic").asDouble())
        .isGreaterThan(evidence.get("threshold").asDouble());
    assertThat(evidence.get("baseline").asDouble()).isEqualTo(0.2);
    assertThat(evidence.get("share").asDouble()).isEqualTo(0.8);
    assertThat(evidence.get("n").asLong()).isEqualTo(5);

    // The reports are national to Canada and released to no one for statistics: a US or Mexican
    // chemist counts none of them, so sees no increase at all.
    assertThat(increases("dea.chemist", outbreak)).isEmpty();
    assertThat(increases("fgr.chemist", outbreak)).isEmpty();
  }
}
