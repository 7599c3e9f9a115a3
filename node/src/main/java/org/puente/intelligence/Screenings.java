package org.puente.intelligence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Conflict;
import org.puente.governance.Disclosed;
import org.puente.governance.DisclosedField;
import org.puente.governance.Forbidden;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.ReleaseRequests;
import org.puente.governance.RequestText;
import org.puente.governance.Role;
import org.puente.governance.Violation;
import org.puente.intelligence.resolution.Candidate;
import org.puente.intelligence.resolution.Explanation;
import org.puente.intelligence.resolution.FeatureWeight;
import org.puente.intelligence.resolution.MatchMode;
import org.puente.intelligence.resolution.PersonRecord;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Screening of crossings and manifests: each person, vehicle or cargo line is compared with every
 * watch-listed entity of every agency and with the screening agency's own risk rules.
 *
 * <p>A hit on a record the screening officer sees in full is shown at once, explained on what the
 * officer sees. Any other hit is REFERRED to the liaison queue of the agency that owns the record:
 * the officer gets a pointer when the record's label gives one and nothing otherwise, and the
 * owner's liaison decides whether to release the record to the officer's agency. The screened
 * records themselves are shown to the owners of the records they hit; that is what a screening at a
 * shared targeting center is for.
 */
@Service
public class Screenings {

  /** The most records one screening may hold; larger batches are refused with 413. */
  public static final int MAX_RECORDS = 1_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_HITS_PER_RECORD = 10;
  private static final List<String> VEHICLE_MEMBERS =
      List.of("kind", "plate", "vin", "plateJurisdiction", "make", "model");
  private static final List<String> CARGO_MEMBERS =
      List.of(
          "kind",
          "shipper",
          "consignee",
          "shipperAddress",
          "consigneeAddress",
          "container",
          "billOfLading",
          "commodity",
          "origin",
          "destination",
          "route");

  private final Entities entities;
  private final ResolutionIndex index;
  private final ScreeningRules rules;
  private final ReleaseRequests releases;
  private final Transparency transparency;
  private final JdbcClient jdbc;
  private final Clock clock;

  Screenings(
      Entities entities,
      ResolutionIndex index,
      ScreeningRules rules,
      ReleaseRequests releases,
      Transparency transparency,
      JdbcClient jdbc,
      Clock clock) {
    this.entities = entities;
    this.index = index;
    this.rules = rules;
    this.releases = releases;
    this.transparency = transparency;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Too many records in one screening. */
  public static final class TooManyRecords extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int limit;

    TooManyRecords(int count, int limit) {
      super(count + " records; at most " + limit);
      this.limit = limit;
    }

    /** The most records allowed. */
    public int limit() {
      return limit;
    }
  }

  /** A screening and what the caller may have of its hits. */
  public record Screening(
      UUID id,
      String agency,
      String screenedBy,
      MatchMode mode,
      @Nullable String place,
      int recordCount,
      Instant createdAt,
      List<RecordResult> results) {}

  /** One screened record as submitted, and the hits of it the caller may have. */
  public record RecordResult(int recordIndex, String kind, JsonNode record, List<Hit> hits) {}

  /** One hit as the screening officer may have it. */
  public sealed interface Hit {
    String status();
  }

  /** A hit on a record the officer sees: the record, the score and why. */
  public record EntityHit(
      UUID hitId,
      Disclosed.Shown<EntityRecord> entity,
      double score,
      List<String> clauses,
      List<FeatureWeight> explanation,
      String status)
      implements Hit {}

  /** A hit on a record of which the officer gets only a pointer: whom to ask. */
  public record PointerHit(UUID hitId, Disclosed.Pointer<EntityRecord> pointer, String status)
      implements Hit {}

  /** A hit on one of the screening agency's own risk rules. */
  public record RuleHit(UUID hitId, UUID ruleId, String rule, List<String> clauses) implements Hit {
    @Override
    public String status() {
      return "SHOWN";
    }
  }

  /** A hit waiting in (or decided from) an owner's liaison queue. */
  public record QueuedHit(
      UUID hitId,
      UUID screeningId,
      String screeningAgency,
      String screenedBy,
      @Nullable String place,
      Instant screenedAt,
      int recordIndex,
      JsonNode screened,
      Disclosed<EntityRecord> entity,
      double score,
      List<String> clauses,
      List<FeatureWeight> explanation,
      String status,
      @Nullable String decidedBy,
      @Nullable String reason) {}

  /** A raw hit before the caller's view is applied. */
  private record Raw(
      int record,
      @Nullable UUID entity,
      @Nullable String owner,
      @Nullable UUID rule,
      @Nullable String ruleName,
      double score,
      List<String> clauses,
      List<FeatureWeight> explanation) {}

  /** A checked record to screen. */
  private record Item(String kind, JsonNode body, @Nullable PersonRecord person) {}

  /**
   * {@code {"mode":"BALANCED","place":"Nogales","records":[{"kind":"PERSON",…},…]}}: screens every
   * record, stores the screening and its hits, routes referred hits to their owners' liaison
   * queues, and answers with what the caller may have. Nothing is stored if any record is wrong.
   */
  @Transactional
  public Screening screen(Caller caller, JsonNode body) {
    if (!screens(caller)) {
      throw new Forbidden();
    }
    if (!body.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    List<Violation> violations = new ArrayList<>();
    for (String name : body.propertyNames()) {
      if (!List.of("mode", "place", "records").contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    MatchMode mode = Resolution.mode(body.get("mode"), MatchMode.BALANCED, violations);
    String place = PersonRecords.optional(body.get("place"), "/place", 200, violations);
    JsonNode records = body.get("records");
    if (records == null || !records.isArray() || records.isEmpty()) {
      violations.add(Violation.of("/records", "screening.records.required"));
      throw new Rejected(violations);
    }
    if (records.size() > MAX_RECORDS) {
      throw new TooManyRecords(records.size(), MAX_RECORDS);
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      items.add(read(records.get(i), "/records/" + i, violations));
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    List<ScreeningRules.Rule> own = rules.enabled(caller.agency());
    List<Raw> raw = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      raw.addAll(hits(i, items.get(i), mode));
      for (ScreeningRules.Rule rule : own) {
        List<String> fired =
            ScreeningRules.evaluate(rule, items.get(i).kind(), items.get(i).body());
        if (!fired.isEmpty()) {
          raw.add(new Raw(i, null, null, rule.id(), rule.name(), fired.size(), fired, List.of()));
        }
      }
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO intelligence.screening
              (id, agency, screened_by, mode, place, record_count, created_at)
            VALUES (:id, :agency, :by, :mode, :place, :count, :now)
            """)
        .param("id", id)
        .param("agency", caller.agency())
        .param("by", caller.username())
        .param("mode", mode.name())
        .param("place", place)
        .param("count", items.size())
        .param("now", Timestamp.from(now))
        .update();
    for (int i = 0; i < items.size(); i++) {
      jdbc.sql(
              "INSERT INTO intelligence.screening_record (screening_id, record_index, record_json)"
                  + " VALUES (:id, :i, :json)")
          .param("id", id)
          .param("i", i)
          .param("json", JSON.writeValueAsString(items.get(i).body()))
          .update();
    }
    // What the officer may see of each entity hit, through the enforcement point.
    List<UUID> hitEntities = new ArrayList<>();
    for (Raw r : raw) {
      if (r.entity() != null && !hitEntities.contains(r.entity())) {
        hitEntities.add(r.entity());
      }
    }
    Map<UUID, Disclosed<EntityRecord>> seen = new HashMap<>();
    for (Disclosed<EntityRecord> d : entities.byIds(caller, hitEntities, Actions.SEARCH_HIT)) {
      seen.put(d.id(), d);
    }
    Map<Integer, List<Hit>> shown = new LinkedHashMap<>();
    int referred = 0;
    for (Raw r : raw) {
      UUID hitId = UUID.randomUUID();
      String status = "SHOWN";
      Hit hit = null;
      if (r.entity() != null) {
        Disclosed<EntityRecord> d = seen.get(r.entity());
        EntityHit visible =
            d instanceof Disclosed.Shown<EntityRecord> s ? asSeen(hitId, s, r, items, mode) : null;
        if (visible != null) {
          hit = visible;
        } else {
          status = "REFERRED";
          referred++;
          if (d instanceof Disclosed.Pointer<EntityRecord> p) {
            hit = new PointerHit(hitId, p, status);
          }
        }
      } else if (r.rule() != null) {
        hit = new RuleHit(hitId, r.rule(), r.ruleName() == null ? "" : r.ruleName(), r.clauses());
      }
      jdbc.sql(
              """
              INSERT INTO intelligence.screening_hit
                (id, screening_id, record_index, entity_id, entity_owner, rule_id, score, clauses,
                 explanation, status)
              VALUES (:id, :screening, :i, :entity, :owner, :rule, :score, :clauses, :explanation,
                 :status)
              """)
          .param("id", hitId)
          .param("screening", id)
          .param("i", r.record())
          .param("entity", r.entity())
          .param("owner", r.owner())
          .param("rule", r.rule())
          .param("score", r.score())
          .param("clauses", JSON.writeValueAsString(r.clauses()))
          .param("explanation", JSON.writeValueAsString(r.explanation()))
          .param("status", status)
          .update();
      if (hit != null) {
        shown.computeIfAbsent(r.record(), k -> new ArrayList<>()).add(hit);
      }
    }
    transparency.append(
        Event.of(
                actor(caller),
                Actions.SCREENING,
                List.of(new ObjectRef("intelligence.screening", id.toString(), caller.agency())))
            .with("mode", mode.name())
            .with("records", String.valueOf(items.size()))
            .with("hits", String.valueOf(raw.size()))
            .with("referred", String.valueOf(referred))
            .inRequest(caller.requestId(), caller.purpose()));
    List<RecordResult> results = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      results.add(
          new RecordResult(
              i, items.get(i).kind(), items.get(i).body(), shown.getOrDefault(i, List.of())));
    }
    return new Screening(
        id, caller.agency(), caller.username(), mode, place, items.size(), now, results);
  }

  /**
   * The hit as the officer may see it, or null when the officer may not: a person is scored again
   * on the fields shown to the officer and must still reach the mode's threshold; a vehicle,
   * shipment or organisation must show the officer the identifier or name that matched.
   */
  private @Nullable EntityHit asSeen(
      UUID hitId, Disclosed.Shown<EntityRecord> s, Raw r, List<Item> items, MatchMode mode) {
    Map<String, JsonNode> fields = Resolution.shownFields(s.record());
    Item item = items.get(r.record());
    if (item.person() != null) {
      Explanation e =
          index.watched().explain(item.person(), PersonRecords.ofFields(s.id().toString(), fields));
      if (e.score() < mode.minScore()) {
        return null;
      }
      return new EntityHit(hitId, s, e.score(), clauses(e), e.features(), "SHOWN");
    }
    List<Raw> again = nonPerson(r.record(), item, mode, s.id(), fields);
    if (again.isEmpty()) {
      return null;
    }
    return new EntityHit(
        hitId, s, again.getFirst().score(), again.getFirst().clauses(), List.of(), "SHOWN");
  }

  private List<Raw> hits(int i, Item item, MatchMode mode) {
    if (item.person() != null) {
      List<Raw> out = new ArrayList<>();
      for (Candidate c :
          index
              .watched()
              .match(
                  item.person(),
                  MAX_HITS_PER_RECORD,
                  mode.minScore(),
                  ResolutionIndex.fullView())) {
        UUID entity = UUID.fromString(c.id());
        String owner = index.held(entity).map(ResolutionIndex.Held::owner).orElse(null);
        if (owner != null) {
          out.add(
              new Raw(
                  i,
                  entity,
                  owner,
                  null,
                  null,
                  c.explanation().score(),
                  clauses(c.explanation()),
                  c.explanation().features()));
        }
      }
      return out;
    }
    return nonPerson(i, item, mode, null, null);
  }

  /**
   * Hits of a vehicle or cargo line: identifiers exactly (VIN, plate in the same jurisdiction,
   * container, bill of lading) and shipper or consignee names by their distinctive words. With
   * {@code only}, the one entity is checked against {@code fields} (what the officer sees).
   */
  private List<Raw> nonPerson(
      int i,
      Item item,
      MatchMode mode,
      @Nullable UUID only,
      @Nullable Map<String, JsonNode> fields) {
    JsonNode b = item.body();
    Map<UUID, Raw> out = new LinkedHashMap<>();
    List<String[]> identifiers = new ArrayList<>();
    if (item.kind().equals("VEHICLE")) {
      identifiers.add(new String[] {"vin:", "vin", "VIN"});
      identifiers.add(new String[] {"plate:", "plate", "PLATE"});
    } else {
      identifiers.add(new String[] {"container:", "container", "CONTAINER"});
      identifiers.add(new String[] {"bol:", "billOfLading", "BILL_OF_LADING"});
    }
    for (String[] id : identifiers) {
      JsonNode value = b.get(id[1]);
      if (value == null || !value.isString()) {
        continue;
      }
      String key = id[0] + PersonRecords.compact(value.asString());
      for (ResolutionIndex.Held h : index.byIdentifier(key)) {
        if (only != null && !only.equals(h.id())) {
          continue;
        }
        if (only != null
            && (fields == null || !ResolutionIndex.identifierKeys(fields).contains(key))) {
          continue;
        }
        if (id[1].equals("plate") && !sameJurisdiction(b, h, fields)) {
          continue;
        }
        out.merge(
            h.id(),
            new Raw(i, h.id(), h.owner(), null, null, 20, List.of(id[2] + ":EXACT"), List.of()),
            Screenings::combine);
      }
    }
    if (item.kind().equals("CARGO")) {
      double least =
          switch (mode) {
            case HIGH_RECALL -> 0.5;
            case BALANCED -> 0.67;
            case HIGH_PRECISION -> 1.0;
          };
      for (String party : List.of("shipper", "consignee")) {
        JsonNode name = b.get(party);
        if (name == null || !name.isString()) {
          continue;
        }
        Set<String> words = ResolutionIndex.organisationWords(name.asString());
        if (words.isEmpty()) {
          continue;
        }
        for (ResolutionIndex.Held h : index.organisationsSharing(words)) {
          if (only != null && !only.equals(h.id())) {
            continue;
          }
          Set<String> theirs =
              only != null && fields != null
                  ? namesOf(fields.get("names"))
                  : ResolutionIndex.organisationWords(h);
          double overlap = jaccard(words, theirs);
          if (overlap >= least) {
            String clause =
                party.toUpperCase(Locale.ROOT)
                    + "_NAME:"
                    + (overlap >= 1.0
                        ? "EXACT"
                        : String.format(Locale.ROOT, "WORDS_%.2f", overlap));
            out.merge(
                h.id(),
                new Raw(i, h.id(), h.owner(), null, null, 10 * overlap, List.of(clause), List.of()),
                Screenings::combine);
          }
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static Raw combine(Raw a, Raw b) {
    List<String> clauses = new ArrayList<>(a.clauses());
    clauses.addAll(b.clauses());
    return new Raw(
        a.record(), a.entity(), a.owner(), null, null, a.score() + b.score(), clauses, List.of());
  }

  private static boolean sameJurisdiction(
      JsonNode screened, ResolutionIndex.Held h, @Nullable Map<String, JsonNode> fields) {
    JsonNode ours = screened.get("plateJurisdiction");
    ResolutionIndex.HeldField held = h.fields().get("plateJurisdiction");
    JsonNode theirs =
        fields != null ? fields.get("plateJurisdiction") : held == null ? null : held.value();
    // Plates repeat across jurisdictions; when both sides name one, they must agree.
    return ours == null
        || theirs == null
        || !ours.isString()
        || ours.asString().equalsIgnoreCase(theirs.asString());
  }

  private static Set<String> namesOf(@Nullable JsonNode names) {
    Set<String> out = new LinkedHashSet<>();
    if (names != null && names.isArray()) {
      for (JsonNode n : names) {
        out.addAll(ResolutionIndex.organisationWords(n.asString()));
      }
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  /** The features that spoke for the match, as clauses an officer can read. */
  static List<String> clauses(Explanation e) {
    List<String> out = new ArrayList<>();
    for (FeatureWeight f : e.features()) {
      if (f.weight() > 0) {
        out.add(f.feature() + ":" + f.level());
      }
    }
    return out;
  }

  private Item read(@Nullable JsonNode record, String at, List<Violation> violations) {
    if (record == null || !record.isObject()) {
      violations.add(Violation.of(at, "request.notObject"));
      return new Item("PERSON", JSON.createObjectNode(), null);
    }
    JsonNode kindNode = record.get("kind");
    String kind = kindNode == null || kindNode.isNull() ? "PERSON" : kindNode.asString("");
    if (kind.equals("PERSON")) {
      PersonRecord person = PersonRecords.read(at, record, at, List.of("kind", "role"), violations);
      JsonNode role = record.get("role");
      if (role != null && !role.isNull()) {
        PersonRecords.optional(role, at + "/role", 40, violations);
      }
      return new Item(kind, record, person);
    }
    if (!kind.equals("VEHICLE") && !kind.equals("CARGO")) {
      violations.add(Violation.of(at + "/kind", "screening.kind.unknown", kind));
      return new Item("PERSON", record, null);
    }
    List<String> allowed = kind.equals("VEHICLE") ? VEHICLE_MEMBERS : CARGO_MEMBERS;
    ObjectNode clean = JSON.createObjectNode();
    for (String name : record.propertyNames()) {
      if (!allowed.contains(name)) {
        violations.add(Violation.of(Violation.pointer(at, name), "field.unknown", name));
        continue;
      }
      String text =
          RequestText.read(record.get(name), Violation.pointer(at, name), 500, false, violations);
      if (text != null) {
        clean.put(name, text);
      }
    }
    if (clean.size() <= 1 && clean.has("kind")) {
      violations.add(Violation.of(at, "resolution.record.empty"));
    }
    return new Item(kind, clean, null);
  }

  /** Whether the caller screens: targeting officers and analysts. */
  public static boolean screens(Caller caller) {
    return caller.account().operational()
        && (caller.account().has(Role.TARGETING_OFFICER) || caller.account().has(Role.ANALYST));
  }

  /** Who may read the agency's screenings: those who screen, and its security officers. */
  private static void mayRead(Caller caller) {
    if (!screens(caller) && !caller.account().has(Role.SECURITY_OFFICER)) {
      throw new Forbidden();
    }
  }

  /** A screening by the caller's agency, with what the caller may have of its hits now. */
  @Transactional
  public Screening find(Caller caller, UUID id) {
    mayRead(caller);
    var row =
        jdbc.sql(
                "SELECT agency, screened_by, mode, place, record_count, created_at"
                    + " FROM intelligence.screening WHERE id = :id AND agency = :agency")
            .param("id", id)
            .param("agency", caller.agency())
            .query((rs, n) ->
                new Screening(
                    id,
                    rs.getString("agency"),
                    rs.getString("screened_by"),
                    MatchMode.valueOf(rs.getString("mode")),
                    rs.getString("place"),
                    rs.getInt("record_count"),
                    rs.getTimestamp("created_at").toInstant(),
                    List.of()))
            .optional()
            .orElseThrow(() -> new NotFound("screening"));
    Map<Integer, JsonNode> screened = new HashMap<>();
    jdbc.sql(
            "SELECT record_index, record_json FROM intelligence.screening_record"
                + " WHERE screening_id = :id")
        .param("id", id)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> screened.put(rs.getInt(1), JSON.readTree(rs.getString(2))));
    List<StoredHit> stored = storedHits("screening_id = :id", Map.of("id", id));
    List<UUID> ids = new ArrayList<>();
    for (StoredHit h : stored) {
      if (h.entity() != null && !ids.contains(h.entity())) {
        ids.add(h.entity());
      }
    }
    Map<UUID, Disclosed<EntityRecord>> seen = new HashMap<>();
    for (Disclosed<EntityRecord> d : entities.byIds(caller, ids, Actions.READ)) {
      seen.put(d.id(), d);
    }
    Map<UUID, String> ruleNames = new HashMap<>();
    for (ScreeningRules.Rule r : rules.list(caller)) {
      ruleNames.put(r.id(), r.name());
    }
    Map<Integer, List<Hit>> byRecord = new LinkedHashMap<>();
    for (StoredHit h : stored) {
      Hit hit = null;
      if (h.rule() != null) {
        hit = new RuleHit(h.id(), h.rule(), ruleNames.getOrDefault(h.rule(), ""), h.clauses());
      } else if (h.entity() != null) {
        Disclosed<EntityRecord> d = seen.get(h.entity());
        // A record the officer sees now is shown, whatever became of the referral: released,
        // or widened by its owner since; it is explained on what the officer sees.
        if (d instanceof Disclosed.Shown<EntityRecord> s) {
          JsonNode body = screened.get(h.record());
          List<FeatureWeight> explanation = List.of();
          double score = h.score();
          if (body != null && s.record().entity().type() == EntityType.PERSON) {
            PersonRecord query =
                PersonRecords.read("q", body, "", List.of("kind", "role"), new ArrayList<>());
            if (query != null) {
              Explanation e =
                  index
                      .watched()
                      .explain(
                          query,
                          PersonRecords.ofFields(
                              s.id().toString(), Resolution.shownFields(s.record())));
              explanation = e.features();
              score = e.score();
            }
          }
          hit = new EntityHit(h.id(), s, score, h.clauses(), explanation, h.status());
        } else if (d instanceof Disclosed.Pointer<EntityRecord> p) {
          hit = new PointerHit(h.id(), p, h.status());
        }
      }
      if (hit != null) {
        byRecord.computeIfAbsent(h.record(), k -> new ArrayList<>()).add(hit);
      }
    }
    List<RecordResult> results = new ArrayList<>();
    for (int i = 0; i < row.recordCount(); i++) {
      JsonNode body = screened.get(i);
      String kind =
          body == null || body.get("kind") == null ? "PERSON" : body.get("kind").asString();
      results.add(
          new RecordResult(
              i,
              kind,
              body == null ? JSON.createObjectNode() : body,
              byRecord.getOrDefault(i, List.of())));
    }
    return new Screening(
        id,
        row.agency(),
        row.screenedBy(),
        row.mode(),
        row.place(),
        row.recordCount(),
        row.createdAt(),
        results);
  }

  /** The caller's agency's recent screenings: id, when, where, how many records. */
  public List<Screening> recent(Caller caller) {
    mayRead(caller);
    return jdbc.sql(
            "SELECT id, agency, screened_by, mode, place, record_count, created_at"
                + " FROM intelligence.screening WHERE agency = :agency"
                + " ORDER BY created_at DESC LIMIT 50")
        .param("agency", caller.agency())
        .query((rs, n) ->
            new Screening(
                rs.getObject("id", UUID.class),
                rs.getString("agency"),
                rs.getString("screened_by"),
                MatchMode.valueOf(rs.getString("mode")),
                rs.getString("place"),
                rs.getInt("record_count"),
                rs.getTimestamp("created_at").toInstant(),
                List.of()))
        .list();
  }

  private record StoredHit(
      UUID id,
      UUID screening,
      int record,
      @Nullable UUID entity,
      @Nullable String owner,
      @Nullable UUID rule,
      double score,
      List<String> clauses,
      List<FeatureWeight> explanation,
      String status,
      @Nullable String decidedBy,
      @Nullable String reason) {}

  private List<StoredHit> storedHits(String where, Map<String, Object> params) {
    var sql =
        jdbc.sql(
            "SELECT id, screening_id, record_index, entity_id, entity_owner, rule_id, score,"
                + " clauses, explanation, status, decided_by, reason"
                + " FROM intelligence.screening_hit WHERE "
                + where
                + " ORDER BY record_index, score DESC");
    for (Map.Entry<String, Object> p : params.entrySet()) {
      sql = sql.param(p.getKey(), p.getValue());
    }
    return sql.query((rs, n) ->
            new StoredHit(
                rs.getObject("id", UUID.class),
                rs.getObject("screening_id", UUID.class),
                rs.getInt("record_index"),
                rs.getObject("entity_id", UUID.class),
                rs.getString("entity_owner"),
                rs.getObject("rule_id", UUID.class),
                rs.getDouble("score"),
                List.of(JSON.readValue(rs.getString("clauses"), String[].class)),
                List.of(JSON.readValue(rs.getString("explanation"), FeatureWeight[].class)),
                rs.getString("status"),
                rs.getString("decided_by"),
                rs.getString("reason")))
        .list();
  }

  /**
   * The liaison queue: hits on the caller's agency's records that were referred to it, pending
   * first. For the agency's analysts and security officers.
   */
  @Transactional
  public List<QueuedHit> queue(Caller caller, boolean pendingOnly) {
    if (!ReleaseRequests.decidesReleases(caller.account())) {
      throw new Forbidden();
    }
    List<StoredHit> stored =
        storedHits(
            "entity_owner = :agency AND status IN (:statuses)",
            Map.of(
                "agency",
                caller.agency(),
                "statuses",
                pendingOnly ? List.of("REFERRED") : List.of("REFERRED", "RELEASED", "DISMISSED")));
    List<QueuedHit> out = new ArrayList<>();
    for (StoredHit h : stored.size() > 500 ? stored.subList(0, 500) : stored) {
      out.add(queued(caller, h));
    }
    out.sort(
        java.util.Comparator.comparing((QueuedHit q) -> !q.status().equals("REFERRED"))
            .thenComparing(QueuedHit::screenedAt, java.util.Comparator.reverseOrder()));
    return out;
  }

  private QueuedHit queued(Caller caller, StoredHit h) {
    UUID entity = java.util.Objects.requireNonNull(h.entity());
    Disclosed<EntityRecord> record =
        entities.find(caller, entity).orElseThrow(() -> new NotFound("screening-hit"));
    record ScreeningRow(String agency, String by, @Nullable String place, Instant at) {}
    ScreeningRow s =
        jdbc.sql(
                "SELECT agency, screened_by, place, created_at FROM intelligence.screening"
                    + " WHERE id = :id")
            .param("id", h.screening())
            .query((rs, n) ->
                new ScreeningRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
            .single();
    JsonNode screened =
        jdbc.sql(
                "SELECT record_json FROM intelligence.screening_record"
                    + " WHERE screening_id = :id AND record_index = :i")
            .param("id", h.screening())
            .param("i", h.record())
            .query((rs, n) -> JSON.readTree(rs.getString(1)))
            .single();
    return new QueuedHit(
        h.id(),
        h.screening(),
        s.agency(),
        s.by(),
        s.place(),
        s.at(),
        h.record(),
        screened,
        record,
        h.score(),
        h.clauses(),
        h.explanation(),
        h.status(),
        h.decidedBy(),
        h.reason());
  }

  /** One hit in the caller's agency's queue; any other answers as one that does not exist. */
  @Transactional
  public QueuedHit queued(Caller caller, UUID hitId) {
    if (!ReleaseRequests.decidesReleases(caller.account())) {
      throw new Forbidden();
    }
    List<StoredHit> found =
        storedHits(
            "id = :id AND entity_owner = :agency AND status <> 'SHOWN'",
            Map.of("id", hitId, "agency", caller.agency()));
    if (found.isEmpty()) {
      throw new NotFound("screening-hit");
    }
    return queued(caller, found.getFirst());
  }

  /**
   * The owner's liaison decides a referred hit: {@code {"decision":"RELEASE"|"DISMISS","reason",
   * "withhold":[field names]}}. A release widens the record's label to the screening agency (a
   * RELEASE and a LABEL_CHANGE in the log), keeping back the named fields; a dismissal needs a
   * reason.
   */
  @Transactional
  public QueuedHit decide(Caller caller, UUID hitId, JsonNode body) {
    QueuedHit hit = queued(caller, hitId);
    if (!body.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    List<Violation> violations = new ArrayList<>();
    for (String name : body.propertyNames()) {
      if (!List.of("decision", "reason", "withhold").contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    String decision = RequestText.read(body.get("decision"), "/decision", 10, false, violations);
    if (decision != null && !List.of("RELEASE", "DISMISS").contains(decision)) {
      violations.add(Violation.of("/decision", "screening.decision.unknown", decision));
    }
    String reason = PersonRecords.optional(body.get("reason"), "/reason", 500, violations);
    if ("DISMISS".equals(decision) && reason == null && body.get("reason") == null) {
      violations.add(Violation.of("/reason", "screening.reason.required"));
    }
    List<String> withhold = PersonRecords.texts(body, "withhold", "", violations);
    if ("DISMISS".equals(decision) && !withhold.isEmpty()) {
      violations.add(Violation.of("/withhold", "screening.withhold.onlyRelease"));
    }
    if (!violations.isEmpty() || decision == null) {
      throw new Rejected(violations);
    }
    if (!hit.status().equals("REFERRED")) {
      throw new Conflict("the hit has already been decided");
    }
    String status = decision.equals("RELEASE") ? "RELEASED" : "DISMISSED";
    if (status.equals("RELEASED")) {
      releases.release(
          caller,
          Entities.ENTITY.recordType(),
          hit.entity().id(),
          hit.screeningAgency(),
          withhold,
          "screening-hit:" + hitId);
    } else {
      transparency.append(
          Event.of(
                  actor(caller),
                  Actions.RELEASE,
                  List.of(
                      new ObjectRef(
                          Entities.ENTITY.recordType(),
                          hit.entity().id().toString(),
                          caller.agency())))
              .with("step", "dismissed")
              .with("reference", "screening-hit:" + hitId)
              .with("to", hit.screeningAgency())
              .inRequest(caller.requestId(), reason));
    }
    jdbc.sql(
            """
            UPDATE intelligence.screening_hit
               SET status = :status, decided_by = :by, decided_at = :now, reason = :reason
             WHERE id = :id AND status = 'REFERRED'
            """)
        .param("status", status)
        .param("by", caller.username())
        .param("now", Timestamp.from(clock.instant()))
        .param("reason", reason)
        .param("id", hitId)
        .update();
    return queued(caller, hitId);
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.username(), caller.agency(), caller.country().name());
  }

  static boolean isShown(DisclosedField<FieldValue> f) {
    return f instanceof DisclosedField.Shown<FieldValue>;
  }
}
