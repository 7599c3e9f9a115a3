package org.puente.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;
import org.jspecify.annotations.Nullable;
import org.puente.Api;
import org.puente.RunningNode;
import org.puente.governance.Country;
import org.puente.governance.DisclosurePropertiesIT;
import org.puente.governance.DisclosurePropertiesIT.Person;
import org.puente.governance.DisclosurePropertiesIT.Planned;
import org.puente.governance.Outsiders;
import org.puente.governance.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Search, graph, history and export never leak: for random small worlds of entities (each field
 * with its own, possibly stricter label, some with a second version under other labels) and random
 * relationships between them, every operational demo account must get from each read path exactly
 * what the reference model of {@link DisclosurePropertiesIT} allows, and no word of a field it may
 * not see may appear anywhere in an answer. Every field value carries a unique marker word (letters
 * only, and no two with a shared phonetic key, so that a search for one can match no other), which
 * makes a leak visible as text.
 *
 * <p>The expected answers are computed here from the labels as generated: which records an account
 * sees, which it gets pointers to, which fields it sees, which it is told are withheld; a
 * neighbourhood is a breadth-first walk over relationships it sees in full, through entities it
 * sees in full, with pointers as leaves; a path query is the set of shortest such walks.
 */
class IntelligenceDisclosurePropertiesIT {

  /** The operational demo accounts, with the agency and communities each holds. */
  private static final Map<String, Person> READERS = readers();

  private static final List<String> USERS = List.copyOf(READERS.keySet());

  private static final List<String> COMMUNITIES =
      List.of("LE", "CUSTOMS", "FORENSIC", "FIREARMS", "HT");

  private static final List<EntityType> TYPES =
      List.of(EntityType.PERSON, EntityType.PHONE, EntityType.VEHICLE, EntityType.ORGANISATION);

  /** The most fields an entity of {@link #TYPES} is given. */
  private static final int MAX_FIELDS = 5;

  private static final int DEPTH = 2;
  private static final int MAX_LENGTH = 4;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AtomicInteger SERIAL = new AtomicInteger();
  private static final Random RANDOM = new Random();
  private static final Set<String> WORDS = new HashSet<>();
  private static final Set<String> KEYS = new HashSet<>();
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
  private static final PhoneticEngine BEIDER_MORSE =
      PhoneticEngine.builder()
          .setNameType(NameType.GENERIC)
          .setRuleType(RuleType.APPROX)
          .setConcat(true)
          .get();

  static {
    METAPHONE.setMaxCodeLen(6);
  }

  private static RunningNode node;

  @BeforeContainer
  static void start() {
    node = RunningNode.get();
  }

  private static Map<String, Person> readers() {
    Map<String, Person> m = new LinkedHashMap<>();
    m.put("ntc.officer", new Person("CBP-NTC", Set.of("LE", "CUSTOMS")));
    m.put("usa.security", new Person("CBP-NTC", Set.of("LE")));
    m.put("dea.chemist", new Person("DEA-LAB", Set.of("LE", "FORENSIC")));
    m.put("atf.tracer", new Person("ATF-NTC", Set.of("LE", "FIREARMS")));
    m.put("fgr.analyst", new Person("FGR", Set.of("LE")));
    m.put("fgr.chemist", new Person("FGR-SP", Set.of("FORENSIC")));
    m.put("rcmp.analyst", new Person("RCMP", Set.of("LE")));
    m.put("cbsa.officer", new Person("CBSA", Set.of("LE", "CUSTOMS")));
    m.put("hc.chemist", new Person("HC-DAS", Set.of("FORENSIC")));
    return Collections.unmodifiableMap(m);
  }

  // ---- What is generated -------------------------------------------------------------------

  /** A label before its owner is known; {@code dice} picks the TLP and how the owner is kept. */
  record Shape(
      Set<Country> countries,
      Set<String> agencies,
      Set<String> communities,
      Outsiders outsiders,
      int dice) {}

  /** Whether a field gets a stricter label of its own, and which. */
  record FieldChoice(boolean strict, Shape shape) {}

  /** A second version: its record label, field labels, and which fields get new values. */
  record Revision(Shape label, List<FieldChoice> fields, List<Boolean> renewed) {}

  record EntityPlan(
      int type, int author, Shape label, List<FieldChoice> fields, @Nullable Revision revision) {}

  /** A relationship; {@code capable} picks an author who may know both ends. */
  record RelationPlan(int source, int target, boolean capable, int author, Shape label) {}

  record WorldPlan(List<EntityPlan> entities, List<RelationPlan> relations) {}

  // ---- What was stored ---------------------------------------------------------------------

  /**
   * One field of one version: its value (as sent and as the node normalises it), the text that
   * shows it in an answer, the query that finds it, and its label.
   */
  record StoredField(
      String name, JsonNode value, @Nullable String secret, @Nullable String term, Planned label) {

    StoredField under(Planned other) {
      return new StoredField(name, value, secret, term, other);
    }
  }

  record StoredVersion(Planned label, List<StoredField> fields) {}

  record Stored(
      String id, EntityType type, String author, String owner, List<StoredVersion> versions) {

    StoredVersion current() {
      return versions.getLast();
    }
  }

  record StoredRelationship(String id, int source, int target, Planned label, String secret) {}

  record World(List<Stored> records, List<StoredRelationship> relations) {

    @Nullable Stored byId(String id) {
      return records.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
  }

  /** What a reader gets of a label: the record in full, a pointer, or nothing. */
  enum Seen {
    FULL,
    POINTER,
    NOTHING
  }

  /** An expected graph: node and edge ids by index, and paths as lists of edge ids. */
  record View(Set<Integer> nodes, Set<Integer> edges, Set<List<Integer>> paths) {}

  // ---- Generators --------------------------------------------------------------------------

  static Arbitrary<Shape> shapes() {
    return Combinators.combine(
            Arbitraries.subsetOf(EnumSet.allOf(Country.class)),
            Arbitraries.subsetOf(DisclosurePropertiesIT.AGENCIES.keySet()).ofMaxSize(3),
            Arbitraries.subsetOf(COMMUNITIES).ofMaxSize(2),
            Arbitraries.of(Outsiders.class),
            Arbitraries.integers().between(0, 11))
        .as(Shape::new);
  }

  @Provide
  Arbitrary<WorldPlan> worlds() {
    Arbitrary<FieldChoice> choice =
        Combinators.combine(Arbitraries.integers().between(0, 4).map(i -> i < 2), shapes())
            .as(FieldChoice::new);
    Arbitrary<List<FieldChoice>> choices = choice.list().ofSize(MAX_FIELDS);
    Arbitrary<Revision> revision =
        Combinators.combine(
                shapes(), choices, Arbitraries.of(true, false).list().ofSize(MAX_FIELDS))
            .as(Revision::new);
    Arbitrary<EntityPlan> entity =
        Combinators.combine(
                Arbitraries.integers().between(0, TYPES.size() - 1),
                Arbitraries.integers().between(0, USERS.size() - 1),
                shapes(),
                choices,
                revision.injectNull(0.6))
            .as(EntityPlan::new);
    // Relationships are mostly released widely, so that walks often go past a pointer or a
    // hidden entity rather than stopping at the first edge.
    Arbitrary<Shape> wide =
        Combinators.combine(
                Arbitraries.subsetOf(COMMUNITIES).ofMaxSize(1),
                Arbitraries.of(Outsiders.class),
                Arbitraries.integers().between(0, 11))
            .as((communities, outsiders, dice) ->
                new Shape(EnumSet.allOf(Country.class), Set.of(), communities, outsiders, dice));
    Arbitrary<RelationPlan> relation =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3).map(i -> i > 0),
                Arbitraries.integers().between(0, USERS.size() - 1),
                Arbitraries.frequencyOf(Tuple.of(2, wide), Tuple.of(1, shapes())))
            .as(RelationPlan::new);
    return Combinators.combine(
            entity.list().ofMinSize(2).ofMaxSize(4), relation.list().ofMaxSize(6))
        .as(WorldPlan::new);
  }

  /** The shape as a label of a record owned by {@code owner}, which must not hide it. */
  static Planned resolve(Shape s, String owner) {
    Set<Country> countries = new TreeSet<>(s.countries());
    Set<String> agencies = new TreeSet<>(s.agencies());
    Country home = DisclosurePropertiesIT.AGENCIES.get(owner);
    if (!countries.contains(home) && !agencies.contains(owner)) {
      if (s.dice() % 2 == 0) {
        countries.add(home);
      } else {
        agencies.add(owner);
      }
    }
    Set<String> communities = new TreeSet<>(s.communities());
    return new Planned(
        owner,
        countries,
        agencies,
        communities,
        tlp(countries, communities, s.outsiders(), s.dice()),
        s.outsiders());
  }

  /** The shape as a field label within {@code outer} (see {@code Labels.within}). */
  static Planned within(Shape s, Planned outer) {
    String owner = outer.owner();
    Set<Country> countries = new TreeSet<>(s.countries());
    countries.retainAll(outer.countries());
    Set<String> agencies = new TreeSet<>(s.agencies());
    agencies.retainAll(outer.agencies());
    Set<String> communities = new TreeSet<>(s.communities());
    if (!outer.communities().isEmpty()) {
      communities.retainAll(outer.communities());
      if (communities.isEmpty()) {
        List<String> theirs = List.copyOf(new TreeSet<>(outer.communities()));
        communities.add(theirs.get(s.dice() % theirs.size()));
      }
    }
    Country home = DisclosurePropertiesIT.AGENCIES.get(owner);
    if (!countries.contains(home) && !agencies.contains(owner)) {
      if (outer.countries().contains(home)) {
        countries.add(home);
      } else {
        agencies.add(owner);
      }
    }
    return new Planned(
        owner,
        countries,
        agencies,
        communities,
        tlp(countries, communities, s.outsiders(), s.dice()),
        s.outsiders());
  }

  /** A TLP that agrees with the releasability (see {@code Labels.agreement}). */
  static Tlp tlp(Set<Country> countries, Set<String> communities, Outsiders outsiders, int dice) {
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

  /**
   * A fresh marker word: six consonant–vowel pairs, capitalised, sharing no Double Metaphone or
   * Beider–Morse key with any marker made before, so that no search for one matches another.
   */
  static synchronized String marker() {
    while (true) {
      StringBuilder w = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        w.append("bdfklmnrs".charAt(RANDOM.nextInt(9))).append("aeiou".charAt(RANDOM.nextInt(5)));
      }
      String word = w.toString();
      Set<String> keys = new HashSet<>();
      keys.add("m" + METAPHONE.doubleMetaphone(word, false));
      keys.add("m" + METAPHONE.doubleMetaphone(word, true));
      for (String alternative : BEIDER_MORSE.encode(word).split("[|-]")) {
        keys.add("b" + alternative);
      }
      if (!WORDS.contains(word) && Collections.disjoint(keys, KEYS)) {
        WORDS.add(word);
        KEYS.addAll(keys);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
    }
  }

  static List<String> fieldNames(EntityType type) {
    return switch (type) {
      case PERSON ->
          List.of("givenNames", "paternalSurname", "aliases", "dateOfBirth", "documents");
      case PHONE -> List.of("number", "kind", "carrier");
      case VEHICLE -> List.of("plate", "make", "model", "year");
      case ORGANISATION -> List.of("names", "kind");
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  /** A new value for a field, in the form the node stores it. */
  static StoredField newField(EntityType type, String name, Planned label) {
    return switch (name) {
      case "givenNames", "paternalSurname", "carrier", "plate", "make", "model" -> {
        String m = marker();
        yield new StoredField(name, NODES.stringNode(m), lower(m), m, label);
      }
      case "aliases", "names" -> {
        String m = marker();
        yield new StoredField(name, NODES.arrayNode().add(m), lower(m), m, label);
      }
      case "dateOfBirth" -> {
        String d = LocalDate.of(1930, 1, 1).plusDays(SERIAL.incrementAndGet()).toString();
        yield new StoredField(name, NODES.stringNode(d), d, null, label);
      }
      case "documents" -> {
        String n = marker().toUpperCase(Locale.ROOT) + "77";
        ArrayNode docs = NODES.arrayNode();
        docs.addObject().put("kind", "PASSPORT").put("number", n).put("country", "MEX");
        yield new StoredField(name, docs, lower(n), n, label);
      }
      case "number" -> {
        String n = "+1613" + (2_000_000 + SERIAL.incrementAndGet());
        yield new StoredField(name, NODES.stringNode(n), n, n, label);
      }
      case "kind" ->
          new StoredField(
              name,
              NODES.stringNode(type == EntityType.PHONE ? "MOBILE" : "COMPANY"),
              null,
              null,
              label);
      case "year" -> new StoredField(name, NODES.numberNode(2015), null, null, label);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The fields of one version: new or kept values, each under its own or the record's label. */
  static List<StoredField> fields(
      EntityType type,
      Planned record,
      List<FieldChoice> choices,
      @Nullable List<StoredField> previous,
      List<Boolean> renewed) {
    List<String> names = fieldNames(type);
    List<StoredField> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      FieldChoice c = choices.get(i);
      Planned label = c.strict() ? within(c.shape(), record) : record;
      if (previous != null && !renewed.get(i)) {
        out.add(previous.get(i).under(label));
      } else {
        out.add(newField(type, names.get(i), label));
      }
    }
    return out;
  }

  static String request(
      EntityType type, Planned label, List<StoredField> fields, @Nullable String reason) {
    ObjectNode json = NODES.objectNode();
    json.put("type", type.name());
    ObjectNode fieldLabels = NODES.objectNode();
    for (StoredField f : fields) {
      json.set(f.name(), f.value());
      if (!f.label().equals(label)) {
        fieldLabels.set(f.name(), DisclosurePropertiesIT.label(f.label()));
      }
    }
    json.set("label", DisclosurePropertiesIT.label(label));
    json.set("fieldLabels", fieldLabels);
    if (reason != null) {
      json.put("reason", reason);
    }
    return json.toString();
  }

  // ---- The property ------------------------------------------------------------------------

  @Property(tries = 30)
  void searchGraphHistoryAndExportNeverLeak(@ForAll("worlds") WorldPlan plan) {
    World world = build(plan);
    // Readers only read, so they are checked side by side.
    try (ExecutorService pool = Executors.newFixedThreadPool(READERS.size())) {
      List<Future<?>> readings = new ArrayList<>();
      for (Map.Entry<String, Person> reader : READERS.entrySet()) {
        readings.add(
            pool.submit(() -> new Reading(world, reader.getKey(), reader.getValue()).check()));
      }
      for (Future<?> reading : readings) {
        try {
          reading.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AssertionError failed) {
            throw failed;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static World build(WorldPlan plan) {
    List<Stored> records = new ArrayList<>();
    for (EntityPlan e : plan.entities()) {
      String author = USERS.get(e.author());
      String owner = READERS.get(author).agency();
      EntityType type = TYPES.get(e.type());
      Planned label = resolve(e.label(), owner);
      List<StoredField> fields = fields(type, label, e.fields(), null, List.of());
      Api.Response r = node.as(author).post("/api/v1/entities", request(type, label, fields, null));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      List<StoredVersion> versions = new ArrayList<>();
      versions.add(new StoredVersion(label, fields));
      records.add(new Stored(r.json().get("id").asString(), type, author, owner, versions));
    }
    List<StoredRelationship> relations = new ArrayList<>();
    for (RelationPlan p : plan.relations()) {
      int source = p.source() % records.size();
      int target = p.target() % records.size();
      if (source == target) {
        continue;
      }
      Stored s = records.get(source);
      Stored t = records.get(target);
      List<String> able =
          USERS.stream()
              .filter(u ->
                  knows(s.current().label(), READERS.get(u))
                      && knows(t.current().label(), READERS.get(u)))
              .toList();
      String author =
          p.capable() && !able.isEmpty()
              ? able.get(p.author() % able.size())
              : USERS.get(p.author());
      Person who = READERS.get(author);
      Planned label = resolve(p.label(), who.agency());
      String secret = marker();
      ObjectNode json = NODES.objectNode();
      json.put("type", "ASSOCIATE_OF");
      json.put("source", s.id());
      json.put("target", t.id());
      json.put("evaluation", "B2");
      json.put("evidence", "Evidence " + secret + " (synthetic).");
      json.set("label", DisclosurePropertiesIT.label(label));
      Api.Response r = node.as(author).post("/api/v1/relationships", json.toString());
      if (!able.contains(author)) {
        // An end the author may not know of answers as one that does not exist.
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("relationship.entity.unknown");
        continue;
      }
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      relations.add(
          new StoredRelationship(
              r.json().get("id").asString(), source, target, label, lower(secret)));
    }
    for (int i = 0; i < plan.entities().size(); i++) {
      Revision revision = plan.entities().get(i).revision();
      if (revision == null) {
        continue;
      }
      Stored r = records.get(i);
      Planned label = resolve(revision.label(), r.owner());
      List<StoredField> fields =
          fields(r.type(), label, revision.fields(), r.current().fields(), revision.renewed());
      Api.Response put =
          node.as(r.author())
              .put(
                  "/api/v1/entities/" + r.id(),
                  request(r.type(), label, fields, "Revised for the property test."));
      assertThat(put.status()).as(put.body()).isEqualTo(200);
      r.versions().add(new StoredVersion(label, fields));
    }
    return new World(records, relations);
  }

  // ---- The reference model -----------------------------------------------------------------

  static Seen seen(Planned label, Person p) {
    if (label.visibleTo(p)) {
      return Seen.FULL;
    }
    return label.pointerFor(p) ? Seen.POINTER : Seen.NOTHING;
  }

  static boolean knows(Planned label, Person p) {
    return seen(label, p) != Seen.NOTHING;
  }

  /** Everything of one world as one reader may have it, checked against the node's answers. */
  private static final class Reading {

    private final World world;
    private final String user;
    private final Person person;
    private final Api api;
    private final Set<String> forbidden = new HashSet<>();

    Reading(World world, String user, Person person) {
      this.world = world;
      this.user = user;
      this.person = person;
      this.api = node.as(user);
      Set<String> allowed = new HashSet<>();
      for (Stored r : world.records()) {
        for (StoredVersion v : r.versions()) {
          for (StoredField f : v.fields()) {
            if (f.secret() != null) {
              forbidden.add(f.secret());
            }
          }
        }
        if (state(r) == Seen.FULL) {
          for (StoredField f : r.current().fields()) {
            if (f.secret() != null && seen(f.label(), person) == Seen.FULL) {
              allowed.add(f.secret());
            }
          }
        }
      }
      for (StoredRelationship e : world.relations()) {
        forbidden.add(e.secret());
        if (seen(e.label(), person) == Seen.FULL) {
          allowed.add(e.secret());
        }
      }
      forbidden.removeAll(allowed);
    }

    Seen state(Stored r) {
      return seen(r.current().label(), person);
    }

    Seen state(int index) {
      return state(world.records().get(index));
    }

    void check() {
      String ghost = UUID.randomUUID().toString();
      String ghost2 = UUID.randomUUID().toString();
      String missing = missing("/api/v1/entities/" + ghost, ghost);
      String missingHistory = missing("/api/v1/entities/" + ghost + "/history", ghost);
      String missingGraph = missing(neighbourhood(ghost), ghost);
      String missingPaths = missing(paths(ghost, ghost2), ghost, ghost2);
      List<Stored> records = world.records();
      for (int i = 0; i < records.size(); i++) {
        Stored r = records.get(i);
        checkGet(r, missing);
        checkHistory(r, missingHistory);
        checkNeighbourhood(i, missingGraph);
        for (int j = 0; j < records.size(); j++) {
          if (i != j) {
            checkPaths(i, j, missingPaths);
          }
        }
      }
      Set<String> searched = new HashSet<>();
      for (Stored r : records) {
        for (StoredVersion v : r.versions()) {
          for (StoredField f : v.fields()) {
            String term = f.term();
            // Current terms and those a second version dropped, which must find nothing.
            if (term != null && searched.add(term)) {
              checkSearch(r, term);
            }
          }
        }
      }
    }

    private String missing(String path, String... ids) {
      Api.Response r = api.get(path);
      assertThat(r.status()).as("%s %s", path, r.body()).isEqualTo(404);
      return shape(r, ids);
    }

    private String as(String what) {
      return user + " " + what;
    }

    // ---- get ----

    private void checkGet(Stored r, String missing) {
      Api.Response got = api.get("/api/v1/entities/" + r.id());
      switch (state(r)) {
        case NOTHING -> {
          assertThat(got.status()).as(as("reading a hidden entity")).isEqualTo(404);
          assertThat(shape(got, r.id()))
              .as(as("a hidden entity vs a missing one"))
              .isEqualTo(missing);
        }
        case FULL, POINTER -> {
          assertThat(got.status()).as(as("reading " + r.id())).isEqualTo(200);
          entity(got.json(), r, false);
        }
      }
      noLeak(got.body(), forbidden, "GET " + r.id());
    }

    /** An entity as this reader must see it: in full with its fields, or a pointer. */
    private void entity(JsonNode item, Stored r, boolean matched) {
      assertThat(item.get("id").asString()).isEqualTo(r.id());
      switch (state(r)) {
        case FULL -> {
          assertThat(item.has("pointer")).as(as("a full record")).isFalse();
          assertThat(item.get("type").asString()).isEqualTo(r.type().name());
          assertThat(item.at("/owner/agency").asString()).isEqualTo(r.owner());
          assertThat(item.get("version").asInt()).isEqualTo(r.versions().size());
          fields(item.get("fields"), r.current(), r, false);
        }
        case POINTER -> pointer(item, r, matched);
        case NOTHING -> throw new AssertionError(as("got a hidden entity " + r.id()));
      }
    }

    private void pointer(JsonNode item, Stored r, boolean matched) {
      Set<String> keys = new TreeSet<>(Set.of("contact", "id", "owner", "pointer", "type"));
      if (matched) {
        keys.add("entityType");
        assertThat(item.get("entityType").asString()).isEqualTo(r.type().name());
      }
      assertThat(new TreeSet<>(item.propertyNames())).as(as("a pointer's members")).isEqualTo(keys);
      assertThat(item.get("pointer").asBoolean()).isTrue();
      assertThat(item.get("type").asString()).isEqualTo("entity");
      assertThat(item.at("/owner/agency").asString()).isEqualTo(r.owner());
      assertThat(item.at("/owner/country").asString())
          .isEqualTo(DisclosurePropertiesIT.AGENCIES.get(r.owner()).name());
    }

    /**
     * The fields of a version: each whose label the reader sees with its value, each whose label
     * gives a pointer withheld without it (never in a history), and no other.
     */
    private void fields(JsonNode fields, StoredVersion version, Stored r, boolean history) {
      Map<String, Seen> expected = new TreeMap<>();
      for (StoredField f : version.fields()) {
        Seen s = seen(f.label(), person);
        if (s == Seen.FULL || (s == Seen.POINTER && !history)) {
          expected.put(f.name(), s);
        }
      }
      assertThat(new TreeSet<>(fields.propertyNames()))
          .as(as("fields of " + r.id() + " " + version))
          .isEqualTo(expected.keySet());
      for (StoredField f : version.fields()) {
        Seen s = expected.get(f.name());
        if (s == null) {
          continue;
        }
        JsonNode got = fields.get(f.name());
        if (s == Seen.FULL) {
          assertThat(got.get("value")).as(as("value of " + f.name())).isEqualTo(f.value());
          assertThat(got.has("withheld")).isFalse();
          assertThat(got.has("label")).isEqualTo(!f.label().equals(version.label()));
        } else {
          assertThat(new TreeSet<>(got.propertyNames()))
              .as(as("withheld " + f.name()))
              .containsExactly("contact", "fieldId", "owner", "withheld");
          assertThat(got.get("withheld").asBoolean()).isTrue();
        }
      }
    }

    // ---- history ----

    private void checkHistory(Stored r, String missing) {
      Api.Response got = api.get("/api/v1/entities/" + r.id() + "/history");
      if (state(r) != Seen.FULL) {
        assertThat(got.status()).as(as("history of an entity not seen in full")).isEqualTo(404);
        assertThat(shape(got, r.id())).isEqualTo(missing);
        noLeak(got.body(), forbidden, "history " + r.id());
        return;
      }
      assertThat(got.status()).as(got.body()).isEqualTo(200);
      Set<String> allowed = new HashSet<>();
      List<JsonNode> versions = new ArrayList<>();
      got.json().get("versions").forEach(versions::add);
      int at = 0;
      for (int i = 0; i < r.versions().size(); i++) {
        StoredVersion v = r.versions().get(i);
        Seen s = seen(v.label(), person);
        if (s == Seen.NOTHING) {
          continue;
        }
        assertThat(versions.size()).as(as("versions of " + r.id())).isGreaterThan(at);
        JsonNode entry = versions.get(at++);
        assertThat(entry.get("version").asInt()).isEqualTo(i + 1);
        if (s == Seen.FULL) {
          assertThat(entry.has("withheld")).isFalse();
          fields(entry.get("fields"), v, r, true);
          for (StoredField f : v.fields()) {
            if (f.secret() != null && seen(f.label(), person) == Seen.FULL) {
              allowed.add(f.secret());
            }
          }
        } else {
          assertThat(new TreeSet<>(entry.propertyNames()))
              .as(as("a withheld version"))
              .containsExactly("contact", "owner", "version", "withheld");
        }
      }
      assertThat(versions).as(as("versions of " + r.id())).hasSize(at);
      Set<String> notHere = new HashSet<>(forbidden);
      for (Stored other : world.records()) {
        for (StoredVersion v : other.versions()) {
          for (StoredField f : v.fields()) {
            if (f.secret() != null) {
              notHere.add(f.secret());
            }
          }
        }
      }
      notHere.removeAll(allowed);
      noLeak(got.body(), notHere, "history " + r.id());
    }

    // ---- search and export ----

    /** Whether a search for {@code term} may find {@code r} (see {@code LabelQuery}). */
    private boolean matches(Stored r, String term) {
      for (StoredField f : r.current().fields()) {
        if (term.equals(f.term())) {
          return switch (state(r)) {
            case FULL -> seen(f.label(), person) == Seen.FULL;
            case POINTER -> f.label().equals(r.current().label());
            case NOTHING -> false;
          };
        }
      }
      return false;
    }

    private void checkSearch(Stored r, String term) {
      boolean expected = matches(r, term);
      String q = URLEncoder.encode(term, StandardCharsets.UTF_8);
      String what = as("searching " + term + " of " + r.id() + " expecting " + expected);

      Api.Response search = api.get("/api/v1/search?q=" + q);
      assertThat(search.status()).as(search.body()).isEqualTo(200);
      JsonNode page = search.json();
      items(page.get("items"), r, expected, what);
      assertThat(page.get("total").asLong()).as(what + ": total").isEqualTo(expected ? 1 : 0);
      Map<String, Long> byType = new TreeMap<>();
      page.get("byType")
          .propertyNames()
          .forEach(t -> byType.put(t, page.at("/byType/" + t).asLong()));
      assertThat(byType)
          .as(what + ": byType")
          .isEqualTo(expected ? Map.of(r.type().name(), 1L) : Map.of());
      noLeak(search.body(), forbidden, what);

      Api.Response json = api.get("/api/v1/export/entities?format=json&q=" + q);
      assertThat(json.status()).as(json.body()).isEqualTo(200);
      items(json.json().get("items"), r, expected, what + " (JSON export)");
      noLeak(json.body(), forbidden, what + " (JSON export)");

      Api.Response csv = api.get("/api/v1/export/entities?format=csv&q=" + q);
      assertThat(csv.status()).as(csv.body()).isEqualTo(200);
      List<String> rows = new ArrayList<>(List.of(csv.body().split("\r\n")));
      rows.removeFirst();
      rows.removeIf(String::isEmpty);
      assertThat(rows).as(what + " (CSV export)").hasSize(expected ? 1 : 0);
      if (expected) {
        String[] cells = rows.getFirst().split(",", 5);
        assertThat(cells[0]).isEqualTo(r.id());
        assertThat(cells[2]).isEqualTo(r.owner());
        assertThat(cells[3]).isEqualTo(state(r) == Seen.POINTER ? "true" : "false");
      }
      noLeak(csv.body(), forbidden, what + " (CSV export)");
    }

    private void items(JsonNode items, Stored r, boolean expected, String what) {
      assertThat(items.size()).as(what).isEqualTo(expected ? 1 : 0);
      if (expected) {
        entity(items.get(0), r, true);
      }
    }

    // ---- graph ----

    private String neighbourhood(String id) {
      return "/api/v1/graph/neighbourhood?depth=" + DEPTH + "&id=" + id;
    }

    private String paths(String from, String to) {
      return "/api/v1/graph/paths?maxLength=" + MAX_LENGTH + "&from=" + from + "&to=" + to;
    }

    /** Relationships a walk may use: seen in full, between entities the reader may know of. */
    private boolean usable(StoredRelationship e) {
      return seen(e.label(), person) == Seen.FULL
          && state(e.source()) != Seen.NOTHING
          && state(e.target()) != Seen.NOTHING;
    }

    private List<Integer> touching(int n) {
      List<Integer> out = new ArrayList<>();
      for (int k = 0; k < world.relations().size(); k++) {
        StoredRelationship e = world.relations().get(k);
        if (usable(e) && (e.source() == n || e.target() == n)) {
          out.add(k);
        }
      }
      return out;
    }

    private int other(int edge, int n) {
      StoredRelationship e = world.relations().get(edge);
      return e.source() == n ? e.target() : e.source();
    }

    /** Breadth-first, expanding only entities seen in full; pointers are leaves. */
    View expectedNeighbourhood(int start) {
      Map<Integer, Integer> distance = new HashMap<>();
      distance.put(start, 0);
      Set<Integer> edges = new TreeSet<>();
      List<Integer> frontier = state(start) == Seen.FULL ? List.of(start) : List.of();
      for (int d = 0; d < DEPTH; d++) {
        List<Integer> next = new ArrayList<>();
        for (int n : frontier) {
          for (int e : touching(n)) {
            edges.add(e);
            int o = other(e, n);
            if (!distance.containsKey(o)) {
              distance.put(o, d + 1);
              if (state(o) == Seen.FULL) {
                next.add(o);
              }
            }
          }
        }
        frontier = next;
      }
      return new View(new TreeSet<>(distance.keySet()), edges, Set.of());
    }

    /** Every shortest walk from {@code from} to {@code to} through entities seen in full. */
    View expectedPaths(int from, int to) {
      Map<Integer, Integer> level = new HashMap<>();
      level.put(from, 0);
      List<Integer> frontier = state(from) == Seen.FULL ? List.of(from) : List.of();
      for (int d = 1; d <= MAX_LENGTH && !frontier.isEmpty() && !level.containsKey(to); d++) {
        List<Integer> next = new ArrayList<>();
        for (int n : frontier) {
          for (int e : touching(n)) {
            int o = other(e, n);
            if (!level.containsKey(o)) {
              level.put(o, d);
              if (state(o) == Seen.FULL && o != to) {
                next.add(o);
              }
            }
          }
        }
        frontier = next;
      }
      if (!level.containsKey(to)) {
        return new View(Set.of(from, to), Set.of(), Set.of());
      }
      Set<List<Integer>> paths = new HashSet<>();
      walkBack(to, from, level, new ArrayList<>(), paths);
      Set<Integer> nodes = new TreeSet<>();
      Set<Integer> edges = new TreeSet<>();
      for (List<Integer> p : paths) {
        for (int e : p) {
          edges.add(e);
          nodes.add(world.relations().get(e).source());
          nodes.add(world.relations().get(e).target());
        }
      }
      return new View(nodes, edges, paths);
    }

    private void walkBack(
        int n, int from, Map<Integer, Integer> level, List<Integer> tail, Set<List<Integer>> out) {
      if (n == from) {
        out.add(List.copyOf(tail));
        return;
      }
      for (int e : touching(n)) {
        int q = other(e, n);
        Integer lq = level.get(q);
        // A step back goes one level down, to an entity the walk could go on from.
        if (lq != null && lq == level.get(n) - 1 && state(q) == Seen.FULL) {
          tail.addFirst(e);
          walkBack(q, from, level, tail, out);
          tail.removeFirst();
        }
      }
    }

    private void checkNeighbourhood(int i, String missing) {
      Stored r = world.records().get(i);
      Api.Response got = api.get(neighbourhood(r.id()));
      if (state(r) == Seen.NOTHING) {
        assertThat(got.status()).as(as("neighbourhood of a hidden entity")).isEqualTo(404);
        assertThat(shape(got, r.id())).isEqualTo(missing);
        return;
      }
      assertThat(got.status()).as(got.body()).isEqualTo(200);
      graph(got, expectedNeighbourhood(i), "neighbourhood of " + i);
    }

    private void checkPaths(int i, int j, String missing) {
      Stored from = world.records().get(i);
      Stored to = world.records().get(j);
      Api.Response got = api.get(paths(from.id(), to.id()));
      if (state(from) == Seen.NOTHING || state(to) == Seen.NOTHING) {
        assertThat(got.status()).as(as("paths with a hidden end")).isEqualTo(404);
        assertThat(shape(got, from.id(), to.id())).isEqualTo(missing);
        return;
      }
      assertThat(got.status()).as(got.body()).isEqualTo(200);
      graph(got, expectedPaths(i, j), "paths from " + i + " to " + j);
    }

    private void graph(Api.Response got, View expected, String query) {
      String what = as(query + " in " + describe());
      JsonNode graph = got.json();
      Set<String> nodes = new TreeSet<>();
      for (JsonNode n : graph.get("nodes")) {
        String id = n.get("id").asString();
        nodes.add(id);
        Stored r = world.byId(id);
        assertThat(r).as(what + ": a node from elsewhere").isNotNull();
        if (r != null) {
          entity(n, r, false);
        }
      }
      assertThat(nodes).as(what + ": nodes").isEqualTo(entityIds(expected.nodes()));
      Set<String> edges = new TreeSet<>();
      for (JsonNode e : graph.get("edges")) {
        edges.add(e.get("id").asString());
      }
      assertThat(edges).as(what + ": edges").isEqualTo(edgeIds(expected.edges()));
      Set<List<String>> paths = new HashSet<>();
      if (graph.has("paths")) {
        for (JsonNode p : graph.get("paths")) {
          List<String> ids = new ArrayList<>();
          p.forEach(e -> ids.add(e.asString()));
          paths.add(ids);
        }
      }
      Set<List<String>> expectedPaths = new HashSet<>();
      for (List<Integer> p : expected.paths()) {
        expectedPaths.add(p.stream().map(e -> world.relations().get(e).id()).toList());
      }
      assertThat(paths).as(what + ": paths").isEqualTo(expectedPaths);
      assertThat(graph.get("truncated").asBoolean()).isFalse();
      noLeak(got.body(), forbidden, what);
      for (Stored r : world.records()) {
        if (state(r) == Seen.NOTHING) {
          assertThat(got.body()).as(what + ": a hidden entity's id").doesNotContain(r.id());
        }
      }
      for (StoredRelationship e : world.relations()) {
        if (seen(e.label(), person) != Seen.FULL) {
          assertThat(got.body()).as(what + ": a hidden relationship's id").doesNotContain(e.id());
        }
      }
    }

    private Set<String> entityIds(Set<Integer> indexes) {
      Set<String> out = new TreeSet<>();
      indexes.forEach(i -> out.add(world.records().get(i).id()));
      return out;
    }

    private Set<String> edgeIds(Set<Integer> indexes) {
      Set<String> out = new TreeSet<>();
      indexes.forEach(i -> out.add(world.relations().get(i).id()));
      return out;
    }

    /** The world as this reader has it, for failure messages. */
    private String describe() {
      StringBuilder s = new StringBuilder("[");
      for (int i = 0; i < world.records().size(); i++) {
        s.append(i).append('=').append(state(i)).append(' ');
      }
      for (StoredRelationship e : world.relations()) {
        s.append(e.source())
            .append('-')
            .append(e.target())
            .append(':')
            .append(seen(e.label(), person))
            .append(' ');
      }
      return s.append(']').toString();
    }
  }

  // ---- Helpers -----------------------------------------------------------------------------

  static void noLeak(String body, Set<String> forbidden, String what) {
    String lower = lower(body);
    for (String secret : forbidden) {
      assertThat(lower).as("%s: shows %s, which it may not", what, secret).doesNotContain(secret);
    }
  }

  /** A problem without what differs between any two (instance, request id, time) and the ids. */
  static String shape(Api.Response response, String... ids) {
    ObjectNode body =
        ((ObjectNode) JSON.readTree(response.body()))
            .without(List.of("instance", "requestId", "timestamp"));
    String s = response.contentType() + " " + body;
    for (String id : ids) {
      s = s.replace(id, "ID");
    }
    return s;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
