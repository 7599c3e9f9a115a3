package org.puente.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.PostgresDatabase;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/**
 * The demo network on the test node (which runs in demo mode, so it loads at start): the issue's
 * scenario holds for the Mexican analyst through the API.
 */
class DemoNetworkIT {

  private final RunningNode node = RunningNode.get();

  @Test
  void theMexicanAnalystSeesTheNameNotTheBirthDateAndAPointerToRcmp() {
    Api fgr = node.as("fgr.analyst");
    JsonNode found = fgr.get("/api/v1/search?q=" + enc("rafael arturo quintanilla ybarra")).json();
    assertThat(found.get("items")).hasSize(1);
    JsonNode person = found.get("items").get(0);
    String id = person.get("id").asString();
    assertThat(person.at("/owner/agency").asString()).isEqualTo("CBP-NTC");
    assertThat(person.at("/fields/givenNames/value").asString()).isEqualTo("Rafael Arturo");
    assertThat(person.at("/fields/paternalSurname/value").asString()).isEqualTo("Quintanilla");
    assertThat(person.at("/fields/dateOfBirth/withheld").asBoolean()).isTrue();
    assertThat(person.at("/fields/documents/withheld").asBoolean()).isTrue();
    assertThat(person.toString()).doesNotContain("1978-09-14").doesNotContain("G30417825");
    // A single surname finds the person too, as the README tells a user.
    assertThat(fgr.get("/api/v1/search?q=Quintanilla").body()).contains(id);

    JsonNode graph = fgr.get("/api/v1/graph/neighbourhood?id=" + id + "&depth=1").json();
    JsonNode phone = null;
    for (JsonNode n : graph.get("nodes")) {
      if (n.path("pointer").asBoolean() && n.at("/owner/agency").asString().equals("RCMP")) {
        phone = n;
      }
    }
    assertThat(phone).as(graph.toString()).isNotNull();
    assertThat(phone.toString()).doesNotContain("604");
    String phoneId = phone.get("id").asString();
    boolean linked = false;
    for (JsonNode e : graph.get("edges")) {
      linked |=
          e.get("type").asString().equals("USES")
              && e.get("source").asString().equals(id)
              && e.get("target").asString().equals(phoneId)
              && e.at("/owner/agency").asString().equals("RCMP");
    }
    assertThat(linked).as(graph.toString()).isTrue();
    assertThat(fgr.get("/api/v1/entities/" + phoneId).json().get("pointer").asBoolean()).isTrue();

    // The owner sees the birth date; RCMP, outside the record's label, gets a pointer.
    JsonNode own = node.as("ntc.officer").get("/api/v1/entities/" + id).json();
    assertThat(own.at("/fields/dateOfBirth/value").asString()).isEqualTo("1978-09-14");
    JsonNode rcmp = node.as("rcmp.analyst").get("/api/v1/entities/" + id).json();
    assertThat(rcmp.get("pointer").asBoolean()).isTrue();
    assertThat(rcmp.toString()).doesNotContain("Quintanilla");
    JsonNode number = node.as("rcmp.analyst").get("/api/v1/entities/" + phoneId).json();
    assertThat(number.at("/fields/number/value").asString()).isEqualTo("+16045550187");
  }

  @Test
  void theNetworkIsLoadedOnceAndSpreadOverTheAgencies() throws Exception {
    try (Connection c = PostgresDatabase.admin();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM governance.demo_load WHERE part = 'intelligence-network'")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1);
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(DISTINCT owner_agency) FROM intelligence.entity"
                  + " WHERE created_by IN ('ntc.officer','fgr.analyst','rcmp.analyst',"
                  + "'cbsa.officer','atf.tracer')")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(5);
      }
    }
    // Shared records are found by every country; national silent ones by none outside.
    assertThat(node.as("rcmp.analyst").get("/api/v1/search?q=" + enc("Cañada Alta")).body())
        .contains("TRAFFICKING_NETWORK");
    assertThat(node.as("fgr.analyst").get("/api/v1/search?q=" + enc("Desert Line")).body())
        .contains("SHELL_COMPANY");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
