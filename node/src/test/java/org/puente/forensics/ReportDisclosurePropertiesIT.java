package org.puente.forensics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.puente.Api;
import org.puente.RunningNode;
import org.puente.governance.DisclosurePropertiesIT;
import org.puente.governance.DisclosurePropertiesIT.Person;
import org.puente.governance.DisclosurePropertiesIT.Planned;
import tools.jackson.databind.JsonNode;

/**
 * The security property for DSAP reports: for random laboratories' labels and random readers, no
 * read path — get, list, linked seizures and their cluster — returns what a label forbids. All the
 * reports of one try share one impurity profile, so each is linked to every other: the links of a
 * report the reader may see must show exactly the other reports she may see, pointers where the
 * owner chose them, and nothing of the rest (the leak through relationship views that shared
 * systems are known for). The expected outcome comes from the reference model of {@link
 * DisclosurePropertiesIT}.
 */
class ReportDisclosurePropertiesIT {

  /** The demo laboratories and their chemists. */
  private static final Map<String, String> CHEMISTS =
      Map.of("DEA-LAB", "dea.chemist", "FGR-SP", "fgr.chemist", "HC-DAS", "hc.chemist");

  private static final Map<String, String> SUBDIVISIONS =
      Map.of("DEA-LAB", "US-AZ", "FGR-SP", "MX-SON", "HC-DAS", "CA-BC");

  private static RunningNode node;

  @BeforeContainer
  static void start() {
    node = RunningNode.get();
  }

  @Provide
  Arbitrary<List<Planned>> reports() {
    return DisclosurePropertiesIT.plans()
        .filter(p -> CHEMISTS.containsKey(p.owner()))
        .list()
        .ofMinSize(2)
        .ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Person>> readers() {
    return DisclosurePropertiesIT.people().list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Integer> days() {
    // A seizure date of the try's own: the demo's and other tests' reports are from 2023 on.
    return Arbitraries.integers().between(0, 3000);
  }

  @Property(tries = 20)
  void noReadPathOfReportsReturnsWhatTheLabelForbids(
      @ForAll("reports") List<Planned> plans,
      @ForAll("readers") List<Person> readers,
      @ForAll("days") int day) {
    LocalDate seized = LocalDate.of(2012, 1, 1).plusDays(day);
    double batch = 1.0 + 5 * Math.random();
    Map<String, Planned> filed = new HashMap<>();
    Map<String, String> samples = new HashMap<>();
    for (Planned plan : plans) {
      String sample = plan.owner() + "-P-" + UUID.randomUUID().toString().substring(0, 13);
      String chemist = CHEMISTS.get(plan.owner());
      String json =
          ReportsApiIT.pillReport(
                  plan.owner(),
                  chemist,
                  sample,
                  DisclosurePropertiesIT.AGENCIES.get(plan.owner()).name(),
                  SUBDIVISIONS.get(plan.owner()),
                  batch,
                  DisclosurePropertiesIT.label(plan).toString())
              .replace("\"date\": \"2025-03-02\"", "\"date\": \"" + seized + "\"");
      Api.Response created = node.as(chemist).post("/api/v1/forensics/reports", json);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String id = created.json().get("id").asString();
      filed.put(id, plan);
      samples.put(id, sample);
    }

    for (Person reader : readers) {
      Api api = node.as(DisclosurePropertiesIT.account(reader));
      String never = UUID.randomUUID().toString();
      Api.Response missing = api.get("/api/v1/forensics/reports/" + never);
      assertThat(missing.status()).isEqualTo(404);
      String missingShape = DisclosurePropertiesIT.shape(missing, never);
      Api.Response missingLinks = api.get("/api/v1/forensics/reports/" + never + "/links");
      assertThat(missingLinks.status()).isEqualTo(404);
      String missingLinksShape = DisclosurePropertiesIT.shape(missingLinks, never);

      Set<String> visible = select(filed, p -> p.visibleTo(reader));
      Set<String> pointed = select(filed, p -> p.pointerFor(reader));
      Set<String> hiddenSamples =
          filed.keySet().stream()
              .filter(id -> !visible.contains(id))
              .map(samples::get)
              .collect(Collectors.toSet());

      for (Map.Entry<String, Planned> e : filed.entrySet()) {
        String id = e.getKey();
        Planned plan = e.getValue();
        Api.Response got = api.get("/api/v1/forensics/reports/" + id);
        Api.Response links = api.get("/api/v1/forensics/reports/" + id + "/links");
        if (plan.visibleTo(reader)) {
          assertThat(got.status()).as("%s reading %s", reader, plan).isEqualTo(200);
          assertThat(got.json().at("/summary/sampleId").asString()).isEqualTo(samples.get(id));
          assertThat(links.status()).isEqualTo(200);
          Set<String> shown = new HashSet<>();
          Set<String> pointers = new HashSet<>();
          List<JsonNode> linked = new java.util.ArrayList<>();
          links.json().get("links").forEach(l -> linked.add(l.get("report")));
          links.json().get("cluster").forEach(linked::add);
          for (JsonNode item : linked) {
            String other = item.get("id").asString();
            if (!filed.containsKey(other)) {
              continue;
            }
            if (item.has("pointer")) {
              pointers.add(other);
              DisclosurePropertiesIT.assertPointer(item, filed.get(other));
            } else {
              shown.add(other);
            }
          }
          assertThat(shown).as("%s: links of %s", reader, plan).isEqualTo(minus(visible, id));
          assertThat(pointers).as("%s: pointers of %s", reader, plan).isEqualTo(pointed);
          for (String hidden : hiddenSamples) {
            assertThat(links.body()).doesNotContain(hidden);
          }
        } else {
          if (plan.pointerFor(reader)) {
            assertThat(got.status()).isEqualTo(200);
            DisclosurePropertiesIT.assertPointer(got.json(), plan);
            assertThat(got.body()).doesNotContain(samples.get(id));
          } else {
            assertThat(got.status()).as("%s reading %s", reader, plan).isEqualTo(404);
            assertThat(DisclosurePropertiesIT.shape(got, id)).isEqualTo(missingShape);
          }
          // Links are the report's content: a pointer has none to show.
          assertThat(links.status()).isEqualTo(404);
          assertThat(DisclosurePropertiesIT.shape(links, id)).isEqualTo(missingLinksShape);
        }
      }

      // The list for the try's seizure date holds exactly what the reader may see, and pointers.
      JsonNode list =
          api.get("/api/v1/forensics/reports?limit=200&from=" + seized + "&to=" + seized).json();
      Set<String> shown = new HashSet<>();
      Set<String> pointers = new HashSet<>();
      for (JsonNode item : list.get("items").values()) {
        String id = item.get("id").asString();
        if (!filed.containsKey(id)) {
          continue;
        }
        if (item.has("pointer")) {
          pointers.add(id);
          DisclosurePropertiesIT.assertPointer(item, filed.get(id));
        } else {
          shown.add(id);
        }
      }
      assertThat(shown).isEqualTo(visible);
      assertThat(pointers).isEqualTo(pointed);
      for (String hidden : hiddenSamples) {
        assertThat(list.toString()).doesNotContain(hidden);
      }
    }
  }

  private static Set<String> select(
      Map<String, Planned> filed, java.util.function.Predicate<Planned> which) {
    return filed.entrySet().stream()
        .filter(e -> which.test(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static Set<String> minus(Set<String> set, String id) {
    Set<String> out = new HashSet<>(set);
    out.remove(id);
    return out;
  }
}
