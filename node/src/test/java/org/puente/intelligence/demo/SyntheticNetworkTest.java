package org.puente.intelligence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.intelligence.identifiers.Checked;
import org.puente.intelligence.identifiers.ContainerNumber;
import org.puente.intelligence.identifiers.Phones;
import org.puente.intelligence.identifiers.Vin;
import tools.jackson.databind.JsonNode;

class SyntheticNetworkTest {

  private final SyntheticNetwork.Network network = SyntheticNetwork.generate(SyntheticNetwork.SEED);

  @Test
  void theSameSeedGivesTheSameNetwork() {
    SyntheticNetwork.Network again = SyntheticNetwork.generate(SyntheticNetwork.SEED);
    assertThat(again.entities().toString()).isEqualTo(network.entities().toString());
    assertThat(again.relationships().toString()).isEqualTo(network.relationships().toString());
  }

  @Test
  void itIsAboutTheSizeTheDemoPromises() {
    long people = network.entities().stream().filter(e -> type(e).equals("PERSON")).count();
    assertThat(people).isEqualTo(40);
    assertThat(network.entities().stream().filter(e -> type(e).equals("ORGANISATION"))).hasSize(4);
    assertThat(network.relationships()).hasSizeBetween(80, 100);
    Set<String> types = new HashSet<>();
    network.relationships().forEach(l -> types.add(l.json().get("type").asString()));
    assertThat(types)
        .contains(
            "MEMBER_OF",
            "ASSOCIATE_OF",
            "USES",
            "OWNS",
            "SHIPPED_BY",
            "CARRIED_IN",
            "SEIZED_IN",
            "SUBJECT_OF");
    assertThat(SyntheticNetwork.OWNERS)
        .allMatch(o -> network.entities().stream().anyMatch(e -> e.owner().equals(o)));
  }

  @Test
  void everyIdentifierPassesItsCheck() {
    for (SyntheticNetwork.Item e : network.entities()) {
      JsonNode j = e.json();
      if (j.has("vin")) {
        assertThat(Vin.check(j.get("vin").asString())).isInstanceOf(Checked.Valid.class);
      }
      if (j.has("container")) {
        assertThat(ContainerNumber.check(j.get("container").asString()))
            .isInstanceOf(Checked.Valid.class);
      }
      if (j.has("number")) {
        String number = j.get("number").asString();
        assertThat(Phones.check(number)).as(number).isInstanceOf(Checked.Valid.class);
        assertThat(number.replace(" ", "")).containsPattern("55501\\d\\d$");
      }
    }
    assertThat(SyntheticNetwork.vinCheckDigit("1HGCM82603A004352")).isEqualTo('3');
    assertThat(SyntheticNetwork.containerCheckDigit("CSQU305438")).isEqualTo('3');
  }

  @Test
  void theScenarioIsFixed() {
    SyntheticNetwork.Item person =
        network.entities().stream()
            .filter(e -> e.key().equals("person/scenario"))
            .findFirst()
            .orElseThrow();
    assertThat(person.owner()).isEqualTo("ntc.officer");
    JsonNode j = person.json();
    assertThat(
            j.get("givenNames").asString()
                + " "
                + j.get("paternalSurname").asString()
                + " "
                + j.get("maternalSurname").asString())
        .isEqualTo(SyntheticNetwork.SCENARIO_PERSON);
    assertThat(j.at("/label/releasableTo").toString()).isEqualTo("[\"USA\",\"MEX\"]");
    assertThat(j.at("/label/outsiders").asString()).isEqualTo("POINTER");
    assertThat(j.at("/fieldLabels/dateOfBirth/releasableTo").toString()).isEqualTo("[\"USA\"]");
    SyntheticNetwork.Link uses =
        network.relationships().stream()
            .filter(
                l -> l.source().equals("person/scenario") && l.target().equals("phone/scenario"))
            .findFirst()
            .orElseThrow();
    assertThat(uses.owner()).isEqualTo("rcmp.analyst");
    assertThat(uses.json().at("/label/releasableTo").toString()).contains("MEX");
    // Evidence and case titles say the data are synthetic.
    assertThat(network.relationships())
        .allMatch(l -> l.json().get("evidence").asString().contains("synthetic"));
  }

  @Test
  void noRelationshipIsReleasableWhereAnEndIsHidden() {
    for (SyntheticNetwork.Link l : network.relationships()) {
      List<String> countries = strings(l.json().at("/label/releasableTo"));
      for (String end : List.of(l.source(), l.target())) {
        SyntheticNetwork.Lbl label =
            network.entities().stream()
                .filter(e -> e.key().equals(end))
                .findFirst()
                .orElseThrow()
                .label();
        for (String c : countries) {
          assertThat(label.names(c) || label.pointer()).as(l + " " + c).isTrue();
        }
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      out.add(array.get(i).asString());
    }
    return out;
  }

  private static String type(SyntheticNetwork.Item e) {
    return e.json().get("type").asString();
  }
}
