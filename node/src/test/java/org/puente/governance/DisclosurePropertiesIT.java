package org.puente.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.puente.Api;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The security property of the node: for random agencies' users and random labels, no read path —
 * get, list, search — returns what a label forbids, pointers show nothing but who holds what, and a
 * hidden record answers exactly like one that never existed. The expected outcome comes from a
 * reference model written here, independently of the node's expression compiler.
 */
public class DisclosurePropertiesIT {

  /** The demo agencies and their countries. */
  public static final Map<String, Country> AGENCIES =
      Map.of(
          "CBP-NTC", Country.USA,
          "DEA-LAB", Country.USA,
          "ATF-NTC", Country.USA,
          "FGR", Country.MEX,
          "FGR-SP", Country.MEX,
          "RCMP", Country.CAN,
          "CBSA", Country.CAN,
          "HC-DAS", Country.CAN);

  static final List<String> COMMUNITIES = List.of("LE", "CUSTOMS", "FORENSIC", "FIREARMS", "HT");

  private static RunningNode node;

  @BeforeContainer
  static void start() {
    node = RunningNode.get();
  }

  /** A person generated for one try. */
  public record Person(String agency, Set<String> communities) {
    public Country country() {
      return AGENCIES.get(agency);
    }
  }

  /** A bulletin's owner and label, as generated. */
  public record Planned(
      String owner,
      Set<Country> countries,
      Set<String> agencies,
      Set<String> communities,
      Tlp tlp,
      Outsiders outsiders) {

    /** The reference model: the owner always; else releasable and in a named community. */
    public boolean visibleTo(Person p) {
      if (p.agency().equals(owner)) {
        return true;
      }
      boolean releasable = countries.contains(p.country()) || agencies.contains(p.agency());
      boolean community =
          communities.isEmpty() || !Collections.disjoint(communities, p.communities());
      return releasable && community;
    }

    public boolean pointerFor(Person p) {
      return !visibleTo(p) && outsiders == Outsiders.POINTER;
    }
  }

  @Provide
  Arbitrary<List<Person>> readers() {
    return people().list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Planned>> bulletins() {
    return plans().list().ofMinSize(1).ofMaxSize(5);
  }

  public static Arbitrary<Person> people() {
    return Combinators.combine(
            Arbitraries.of(AGENCIES.keySet()), Arbitraries.subsetOf(COMMUNITIES).ofMaxSize(3))
        .as(Person::new);
  }

  public static Arbitrary<Planned> plans() {
    return Combinators.combine(
            Arbitraries.of(AGENCIES.keySet()),
            Arbitraries.subsetOf(EnumSet.allOf(Country.class)),
            Arbitraries.subsetOf(AGENCIES.keySet()).ofMaxSize(3),
            Arbitraries.subsetOf(COMMUNITIES).ofMaxSize(2),
            Arbitraries.of(Outsiders.class),
            Arbitraries.integers().between(0, 9))
        .as((owner, countries, agencies, communities, outsiders, dice) -> {
          Set<Country> c = new TreeSet<>(countries);
          Set<String> a = new TreeSet<>(agencies);
          // A label must not hide the record from its owner.
          if (!c.contains(AGENCIES.get(owner)) && !a.contains(owner)) {
            if (dice % 2 == 0) {
              c.add(AGENCIES.get(owner));
            } else {
              a.add(owner);
            }
          }
          Tlp tlp = consistentTlp(c, communities, outsiders, dice);
          return new Planned(owner, c, a, new TreeSet<>(communities), tlp, outsiders);
        });
  }

  /** A TLP that agrees with the releasability, varied by {@code dice}. */
  static Tlp consistentTlp(
      Set<Country> countries, Set<String> communities, Outsiders outsiders, int dice) {
    List<Tlp> allowed = new ArrayList<>();
    allowed.add(Tlp.AMBER);
    if (countries.size() == 3) {
      allowed.add(Tlp.GREEN);
      if (communities.isEmpty()) {
        allowed.add(Tlp.CLEAR);
      }
    }
    if (countries.isEmpty()) {
      allowed.add(Tlp.AMBER_STRICT);
      if (outsiders == Outsiders.NOTHING) {
        allowed.add(Tlp.RED);
      }
    }
    return allowed.get(dice % allowed.size());
  }

  @Property(tries = 30)
  void noReadPathReturnsWhatTheLabelForbids(
      @ForAll("bulletins") List<Planned> plans, @ForAll("readers") List<Person> readers) {
    String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Map<String, Planned> issued = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (Planned plan : plans) {
      String title = "Title " + marker + " " + UUID.randomUUID();
      Api.Response created =
          node.as(anyUserOf(plan.owner())).post("/api/v1/bulletins", request(title, plan));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String id = created.json().get("id").asString();
      issued.put(id, plan);
      titles.put(id, title);
    }
    for (Person reader : readers) {
      Api api = node.as(account(reader));
      String never = UUID.randomUUID().toString();
      Api.Response missing = api.get("/api/v1/bulletins/" + never);
      assertThat(missing.status()).isEqualTo(404);
      String missingShape = shape(missing, never);

      for (Map.Entry<String, Planned> e : issued.entrySet()) {
        String id = e.getKey();
        Planned plan = e.getValue();
        Api.Response got = api.get("/api/v1/bulletins/" + id);
        if (plan.visibleTo(reader)) {
          assertThat(got.status()).as("%s reading %s", reader, plan).isEqualTo(200);
          assertThat(got.json().get("title").asString()).isEqualTo(titles.get(id));
        } else if (plan.pointerFor(reader)) {
          assertThat(got.status()).isEqualTo(200);
          assertPointer(got.json(), plan);
          assertThat(got.body()).doesNotContain(marker);
        } else {
          assertThat(got.status()).as("%s reading %s", reader, plan).isEqualTo(404);
          assertThat(got.contentType()).isEqualTo(missing.contentType());
          assertThat(shape(got, id)).isEqualTo(missingShape);
        }
      }

      // Search by the try's marker (matches every title) and by an exact title.
      Set<String> expectedShown =
          issued.entrySet().stream()
              .filter(e -> e.getValue().visibleTo(reader))
              .map(Map.Entry::getKey)
              .collect(Collectors.toSet());
      Set<String> expectedPointers =
          issued.entrySet().stream()
              .filter(e -> e.getValue().pointerFor(reader))
              .map(Map.Entry::getKey)
              .collect(Collectors.toSet());
      JsonNode list = api.get("/api/v1/bulletins?limit=200&q=" + marker).json();
      Set<String> shown = new HashSet<>();
      Set<String> pointers = new HashSet<>();
      for (JsonNode item : list.get("items").values()) {
        String id = item.get("id").asString();
        if (item.has("pointer")) {
          pointers.add(id);
          assertPointer(item, issued.get(id));
        } else {
          shown.add(id);
          assertThat(item.get("title").asString()).isEqualTo(titles.get(id));
        }
      }
      assertThat(shown).isEqualTo(expectedShown);
      assertThat(pointers).isEqualTo(expectedPointers);
      assertThat(list.toString().contains(marker)).isEqualTo(!expectedShown.isEmpty());

      // A listing without a query shows nothing hidden either.
      JsonNode all = api.get("/api/v1/bulletins?limit=200").json();
      for (JsonNode item : all.get("items").values()) {
        Planned plan = issued.get(item.get("id").asString());
        if (plan != null) {
          assertThat(plan.visibleTo(reader) || plan.pointerFor(reader)).isTrue();
          assertThat(item.has("pointer")).isEqualTo(!plan.visibleTo(reader));
        }
      }
    }
  }

  public static void assertPointer(JsonNode pointer, Planned plan) {
    assertThat(new TreeSet<>(pointer.propertyNames()))
        .containsExactly("contact", "id", "owner", "pointer", "type");
    assertThat(pointer.at("/owner/agency").asString()).isEqualTo(plan.owner());
    assertThat(pointer.at("/owner/country").asString())
        .isEqualTo(AGENCIES.get(plan.owner()).name());
  }

  public static String shape(Api.Response response, String id) {
    ObjectNode body = (ObjectNode) response.json();
    body.remove("requestId");
    return body.toString().replace(id, "ID");
  }

  private static String request(String title, Planned plan) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("kind", "INTELLIGENCE");
    json.put("title", title);
    json.put("body", "Synthetic property-test bulletin.");
    json.set("label", label(plan));
    return json.toString();
  }

  /** The planned label as the API takes it. */
  public static ObjectNode label(Planned plan) {
    ObjectNode label = JsonNodeFactory.instance.objectNode();
    var releasable = label.putArray("releasableTo");
    plan.countries().forEach(c -> releasable.add(c.name()));
    plan.agencies().forEach(releasable::add);
    var communities = label.putArray("communities");
    plan.communities().forEach(communities::add);
    label.put("tlp", plan.tlp().code());
    label.put("outsiders", plan.outsiders().name());
    return label;
  }

  /** An operational demo user of the agency, to issue its bulletins. */
  private static String anyUserOf(String agency) {
    return switch (agency) {
      case "CBP-NTC" -> "ntc.officer";
      case "DEA-LAB" -> "dea.chemist";
      case "ATF-NTC" -> "atf.tracer";
      case "FGR" -> "fgr.analyst";
      case "FGR-SP" -> "fgr.chemist";
      case "RCMP" -> "rcmp.analyst";
      case "CBSA" -> "cbsa.officer";
      case "HC-DAS" -> "hc.chemist";
      default -> throw new IllegalArgumentException(agency);
    };
  }

  /** An account for the generated person, created once per distinct person. */
  public static String account(Person person) {
    String username =
        ("p." + person.agency() + "." + String.join(".", new TreeSet<>(person.communities())))
            .toLowerCase(Locale.ROOT);
    Accounts accounts = RunningNode.get().bean(Accounts.class);
    if (accounts.byUsername(username).isEmpty()) {
      accounts.seed(
          username,
          "Synthetic reader",
          person.agency(),
          Set.of(Role.ANALYST),
          person.communities(),
          Locale.ENGLISH,
          "synthetic-password-1");
    }
    return username;
  }
}
