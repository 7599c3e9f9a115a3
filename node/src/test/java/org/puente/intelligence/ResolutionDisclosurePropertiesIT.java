package org.puente.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.puente.Api;
import org.puente.RunningNode;
import org.puente.governance.DisclosurePropertiesIT;
import org.puente.governance.DisclosurePropertiesIT.Person;
import org.puente.governance.DisclosurePropertiesIT.Planned;
import org.puente.governance.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Matching and screening never leak: for random small worlds of watch-listed people who are all the
 * same man by name and date of birth (each record under a random label, its date of birth sometimes
 * under a stricter one), every generated reader must get from {@code /resolution/match} and {@code
 * /screenings} exactly the records the reference model of {@link DisclosurePropertiesIT} lets it
 * see, pointers exactly where the label gives one, no id of any other record anywhere in an answer,
 * and no score or explanation that rests on a date of birth it may not see. Every hit a reader is
 * not shown waits in the owner's liaison queue.
 */
class ResolutionDisclosurePropertiesIT {

  private static RunningNode node;

  @BeforeContainer
  static void start() {
    node = RunningNode.get();
  }

  /** One generated record: its label, and whether its date of birth is kept to the owner. */
  record Planted(Planned label, boolean strictBirth) {}

  @Provide
  Arbitrary<List<Planted>> worlds() {
    return Combinators.combine(DisclosurePropertiesIT.plans(), Arbitraries.of(true, false))
        .as(Planted::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Person>> readers() {
    return DisclosurePropertiesIT.people().list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 15)
  void matchingAndScreeningShowOnlyWhatTheLabelsAllow(
      @ForAll("worlds") List<Planted> world, @ForAll("readers") List<Person> readers) {
    String marker = ResolutionApiIT.word();
    String surname = "Qu" + marker;
    Map<String, Planted> ids = new HashMap<>();
    for (Planted p : world) {
      ids.put(create(p, surname), p);
    }
    for (Person reader : readers) {
      String user = DisclosurePropertiesIT.account(reader);
      Api api = node.as(user);
      Set<String> visible = new HashSet<>();
      Set<String> pointers = new HashSet<>();
      for (Map.Entry<String, Planted> e : ids.entrySet()) {
        if (e.getValue().label().visibleTo(reader)) {
          visible.add(e.getKey());
        } else if (e.getValue().label().pointerFor(reader)) {
          pointers.add(e.getKey());
        }
      }

      // Matching: exactly the visible records in full and the pointers as pointers.
      Api.Response matched =
          api.post(
              "/api/v1/resolution/match",
              """
              {"record":{"name":"Jesus %s Jimenez","dateOfBirth":"01/02/1984"},"limit":50}\
              """
                  .formatted(surname));
      assertThat(matched.status()).as(matched.body()).isEqualTo(200);
      Set<String> shown = new HashSet<>();
      Set<String> pointed = new HashSet<>();
      for (JsonNode c : matched.json().get("candidates")) {
        if (c.has("pointer")) {
          String id = c.at("/pointer/id").asString();
          if (ids.containsKey(id)) {
            pointed.add(id);
            DisclosurePropertiesIT.assertPointer(c.get("pointer"), ids.get(id).label());
            assertThat(c.has("explanation")).isFalse();
            assertThat(c.has("score")).isFalse();
          }
          continue;
        }
        String id = c.get("entityId").asString();
        if (!ids.containsKey(id)) {
          continue;
        }
        shown.add(id);
        boolean seesBirth = birthVisible(ids.get(id), reader);
        assertThat(c.get("explanation").toString().contains("birthDate"))
            .as("%s on %s", reader, ids.get(id))
            .isEqualTo(seesBirth);
        assertThat(c.at("/entity/fields/dateOfBirth").has("value")).isEqualTo(seesBirth);
      }
      assertThat(shown).as("%s", reader).isEqualTo(visible);
      assertThat(pointed).as("%s", reader).isEqualTo(pointers);
      assertNoOtherIds(matched.body(), ids.keySet(), visible, pointers);

      // Screening: the same, and every hit not shown is waiting for its owner's liaison.
      Api.Response screened =
          api.post(
              "/api/v1/screenings",
              """
              {"mode":"HIGH_RECALL","place":"Nogales","records":[
               {"kind":"PERSON","name":"Chuy %s Jimenez","dateOfBirth":"01/02/1984"}]}\
              """
                  .formatted(surname));
      assertThat(screened.status()).as(screened.body()).isEqualTo(201);
      assertNoOtherIds(screened.body(), ids.keySet(), visible, pointers);
      String screening = screened.json().get("id").asString();
      Set<String> shownHits = new HashSet<>();
      for (JsonNode h : screened.json().at("/results/0/hits")) {
        if (h.has("entityId") && ids.containsKey(h.get("entityId").asString())) {
          String id = h.get("entityId").asString();
          assertThat(visible).contains(id);
          assertThat(h.get("explanation").toString().contains("birthDate"))
              .isEqualTo(birthVisible(ids.get(id), reader));
          shownHits.add(id);
        } else if (h.has("pointer") && ids.containsKey(h.at("/pointer/id").asString())) {
          assertThat(pointers).contains(h.at("/pointer/id").asString());
          assertThat(h.get("status").asString()).isEqualTo("REFERRED");
        }
      }
      for (Map.Entry<String, Planted> e : ids.entrySet()) {
        if (shownHits.contains(e.getKey())) {
          continue;
        }
        String liaison = analystOf(e.getValue().label().owner());
        boolean queued = false;
        for (JsonNode h : node.as(liaison).get("/api/v1/screening-hits").json().get("hits")) {
          queued |=
              h.get("entityId").asString().equals(e.getKey())
                  && h.get("screeningId").asString().equals(screening);
        }
        assertThat(queued).as("hit on %s for %s not queued", e.getValue(), reader).isTrue();
      }
    }
  }

  /** Whether the reader sees the record's date of birth: the record, and the field's own label. */
  private static boolean birthVisible(Planted p, Person reader) {
    return p.label().visibleTo(reader) && (!p.strictBirth() || strict(p.label()).visibleTo(reader));
  }

  /** The owner-only label a strict date of birth carries: never looser than the record's. */
  private static Planned strict(Planned record) {
    Tlp tlp =
        record.tlp() == Tlp.AMBER_STRICT || record.tlp() == Tlp.RED ? record.tlp() : Tlp.AMBER;
    return new Planned(
        record.owner(),
        Set.of(),
        new TreeSet<>(Set.of(record.owner())),
        record.communities(),
        tlp,
        record.outsiders());
  }

  /** An analyst of the agency in every community, to record its people and decide its hits. */
  private static String analystOf(String agency) {
    return DisclosurePropertiesIT.account(
        new Person(agency, Set.of("LE", "CUSTOMS", "FORENSIC", "FIREARMS", "HT")));
  }

  private String create(Planted p, String surname) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("type", "PERSON");
    json.put("watchlisted", true);
    json.put("givenNames", "Jesús");
    json.put("paternalSurname", surname);
    json.put("maternalSurname", "Ximénez");
    json.put("dateOfBirth", "1984-02-01");
    json.putArray("nationality").add("MEX");
    json.set("label", DisclosurePropertiesIT.label(p.label()));
    if (p.strictBirth()) {
      json.putObject("fieldLabels")
          .set("dateOfBirth", DisclosurePropertiesIT.label(strict(p.label())));
    }
    String owner = analystOf(p.label().owner());
    Api.Response r = node.as(owner).post("/api/v1/entities", json.toString());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private static void assertNoOtherIds(
      String body, Set<String> all, Set<String> visible, Set<String> pointers) {
    for (String id : all) {
      if (!visible.contains(id) && !pointers.contains(id)) {
        assertThat(body).as("hidden record %s in the answer", id).doesNotContain(id);
      }
    }
  }
}
