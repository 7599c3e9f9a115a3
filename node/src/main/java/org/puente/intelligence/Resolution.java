package org.puente.intelligence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.DisclosedField;
import org.puente.governance.Disclosures;
import org.puente.governance.Forbidden;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.RequestText;
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

/**
 * Matching one person against everyone the caller may compare with, and analysts' decisions on
 * proposed matches.
 *
 * <p>Candidates come from the in-memory resolution index, compared only on the fields the caller's
 * labels admit. Each candidate is then read through the enforcement point (a SEARCH_HIT or a
 * POINTER_SHOWN in the log), and a shown candidate is scored again on exactly the fields the
 * enforcement point returned, so the score and its explanation never rest on a withheld field. A
 * pointer carries neither score nor explanation: only that the owner holds a possible match.
 */
@Service
public class Resolution {

  public static final int MAX_LIMIT = 50;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Entities entities;
  private final ResolutionIndex index;
  private final Disclosures disclosures;
  private final Transparency transparency;
  private final JdbcClient jdbc;
  private final Clock clock;

  Resolution(
      Entities entities,
      ResolutionIndex index,
      Disclosures disclosures,
      Transparency transparency,
      JdbcClient jdbc,
      Clock clock) {
    this.entities = entities;
    this.index = index;
    this.disclosures = disclosures;
    this.transparency = transparency;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * One candidate: a person the caller sees, with the explanation of its score, or a pointer to a
   * person an agency holds (then {@code explanation} is null).
   */
  public record Match(Disclosed<EntityRecord> entity, @Nullable Explanation explanation) {}

  /**
   * {@code {"record":{…person…},"limit":10,"mode":"HIGH_RECALL"}}: the best candidates, shown ones
   * first, best first.
   */
  @Transactional
  public List<Match> match(Caller caller, JsonNode body) {
    if (!caller.account().operational()) {
      throw new Forbidden();
    }
    List<Violation> violations = new ArrayList<>();
    if (!body.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    for (String name : body.propertyNames()) {
      if (!List.of("record", "limit", "mode").contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    int limit = limit(body.get("limit"), violations);
    MatchMode mode = mode(body.get("mode"), MatchMode.HIGH_RECALL, violations);
    JsonNode record = body.get("record");
    PersonRecord query = null;
    if (record == null || record.isNull()) {
      violations.add(Violation.of("/record", "field.required"));
    } else {
      query = PersonRecords.read("query", record, "/record", List.of(), violations);
    }
    if (!violations.isEmpty() || query == null) {
      throw new Rejected(violations);
    }
    return match(caller, query, limit, mode, Set.of());
  }

  /** Candidates for an entity the caller sees: proposals of the same person in other records. */
  @Transactional
  public List<Match> proposals(Caller caller, UUID id, int limit) {
    Disclosed<EntityRecord> found = entities.find(caller, id).orElseThrow(() -> notFound());
    if (!(found instanceof Disclosed.Shown<EntityRecord> shown)
        || shown.record().entity().type() != EntityType.PERSON) {
      throw notFound();
    }
    PersonRecord query = PersonRecords.ofFields(id.toString(), shownFields(shown.record()));
    Set<UUID> skip = new HashSet<>(decided(caller, id));
    skip.add(id);
    return match(caller, query, Math.clamp(limit, 1, MAX_LIMIT), MatchMode.HIGH_RECALL, skip);
  }

  private List<Match> match(
      Caller caller, PersonRecord query, int limit, MatchMode mode, Set<UUID> skip) {
    var labels = disclosures.labels(caller);
    // Ask for more than the limit: some candidates may drop once scored on what is shown.
    List<Candidate> found =
        index
            .everyone()
            .match(query, limit * 3 + skip.size(), mode.minScore(), index.viewFor(labels));
    List<UUID> ids = new ArrayList<>();
    for (Candidate c : found) {
      UUID id = UUID.fromString(c.id());
      if (!skip.contains(id)) {
        ids.add(id);
      }
    }
    List<Match> shown = new ArrayList<>();
    List<Match> pointers = new ArrayList<>();
    for (Disclosed<EntityRecord> d : entities.byIds(caller, ids, Actions.SEARCH_HIT)) {
      switch (d) {
        case Disclosed.Shown<EntityRecord> s -> {
          PersonRecord view = PersonRecords.ofFields(s.id().toString(), shownFields(s.record()));
          Explanation e = index.everyone().explain(query, view);
          if (e.score() >= mode.minScore()) {
            shown.add(new Match(s, e));
          }
        }
        case Disclosed.Pointer<EntityRecord> p -> pointers.add(new Match(p, null));
      }
    }
    shown.sort(
        Comparator.comparingDouble(
            (Match m) -> m.explanation() == null ? 0 : -m.explanation().score()));
    List<Match> out = new ArrayList<>(shown);
    out.addAll(pointers);
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  /** A decision on a proposed match. */
  public record Decision(
      UUID id,
      UUID entityA,
      UUID entityB,
      String decision,
      double score,
      List<FeatureWeight> explanation,
      String agency,
      String decidedBy,
      @Nullable String reason,
      Instant decidedAt) {}

  /**
   * {@code {"entityA","entityB","decision":"CONFIRM"|"REJECT","reason"}}: the caller must see both
   * people in full; the explanation in view (scored on what the caller sees) is kept with the
   * decision, and the decision is a MATCH_DECISION entry in the transparency log.
   */
  @Transactional
  public Decision decide(Caller caller, JsonNode body) {
    if (!caller.account().operational()) {
      throw new Forbidden();
    }
    if (!body.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    List<Violation> violations = new ArrayList<>();
    for (String name : body.propertyNames()) {
      if (!List.of("entityA", "entityB", "decision", "reason").contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    UUID a = uuid(body, "entityA", violations);
    UUID b = uuid(body, "entityB", violations);
    String decision = RequestText.read(body.get("decision"), "/decision", 10, false, violations);
    if (decision != null && !List.of("CONFIRM", "REJECT").contains(decision)) {
      violations.add(Violation.of("/decision", "resolution.decision.unknown", decision));
    }
    String reason = PersonRecords.optional(body.get("reason"), "/reason", 500, violations);
    if ("REJECT".equals(decision) && reason == null && body.get("reason") == null) {
      violations.add(Violation.of("/reason", "resolution.reason.required"));
    }
    if (a != null && a.equals(b)) {
      violations.add(Violation.of("/entityB", "resolution.decision.same"));
    }
    if (!violations.isEmpty() || a == null || b == null || decision == null) {
      throw new Rejected(violations);
    }
    EntityRecord first = person(caller, a);
    EntityRecord second = person(caller, b);
    Explanation e =
        index
            .everyone()
            .explain(
                PersonRecords.ofFields(a.toString(), shownFields(first)),
                PersonRecords.ofFields(b.toString(), shownFields(second)));
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    String stored = decision.equals("CONFIRM") ? "CONFIRMED" : "REJECTED";
    jdbc.sql(
            """
            INSERT INTO intelligence.match_decision
              (id, entity_a, entity_b, decision, score, explanation, agency, decided_by, reason,
               decided_at)
            VALUES (:id, :a, :b, :decision, :score, :explanation, :agency, :by, :reason, :now)
            """)
        .param("id", id)
        .param("a", a)
        .param("b", b)
        .param("decision", stored)
        .param("score", e.score())
        .param("explanation", JSON.writeValueAsString(e.features()))
        .param("agency", caller.agency())
        .param("by", caller.username())
        .param("reason", reason)
        .param("now", Timestamp.from(now))
        .update();
    transparency.append(
        Event.of(
                new Actor(caller.username(), caller.agency(), caller.country().name()),
                Actions.MATCH_DECISION,
                List.of(
                    new ObjectRef(
                        Entities.ENTITY.recordType(), a.toString(), first.entity().owner()),
                    new ObjectRef(
                        Entities.ENTITY.recordType(), b.toString(), second.entity().owner())))
            .with("decision", stored)
            .with("score", String.format(java.util.Locale.ROOT, "%.3f", e.score()))
            .with("matchDecision", id.toString())
            .inRequest(caller.requestId(), reason == null ? caller.purpose() : reason));
    recluster(caller.agency());
    return new Decision(
        id, a, b, stored, e.score(), e.features(), caller.agency(), caller.username(), reason, now);
  }

  /**
   * Recomputes the agency's clusters: people linked by pairs whose latest decision is a
   * confirmation are one cluster; ids carry over from the previous clustering (a merged cluster
   * keeps its largest part's id, the largest part of a split keeps the old one).
   */
  private void recluster(String agency) {
    Map<UUID, Set<UUID>> edges = new HashMap<>();
    Map<String, String> latest = new HashMap<>();
    jdbc.sql(
            """
            SELECT entity_a, entity_b, decision FROM intelligence.match_decision
             WHERE agency = :agency ORDER BY decided_at, id
            """)
        .param("agency", agency)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  UUID x = rs.getObject(1, UUID.class);
                  UUID y = rs.getObject(2, UUID.class);
                  latest.put(x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x, rs.getString(3));
                });
    latest.forEach((pair, decision) -> {
      if (decision.equals("CONFIRMED")) {
        UUID x = UUID.fromString(pair.substring(0, 36));
        UUID y = UUID.fromString(pair.substring(37));
        edges.computeIfAbsent(x, k -> new HashSet<>()).add(y);
        edges.computeIfAbsent(y, k -> new HashSet<>()).add(x);
      }
    });
    List<Set<String>> clusters = new ArrayList<>();
    Set<UUID> done = new HashSet<>();
    for (UUID start : edges.keySet()) {
      if (!done.add(start)) {
        continue;
      }
      Set<String> members = new HashSet<>();
      java.util.ArrayDeque<UUID> queue = new java.util.ArrayDeque<>(List.of(start));
      while (!queue.isEmpty()) {
        UUID at = queue.poll();
        members.add(at.toString());
        for (UUID next : edges.getOrDefault(at, Set.of())) {
          if (done.add(next)) {
            queue.add(next);
          }
        }
      }
      clusters.add(members);
    }
    Map<String, String> previous = new HashMap<>();
    jdbc.sql("SELECT entity_id, cluster_id FROM intelligence.match_cluster WHERE agency = :agency")
        .param("agency", agency)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> previous.put(rs.getString(1), rs.getString(2)));
    Map<String, String> next =
        org.puente.intelligence.resolution.ClusterIds.assign(
            previous, clusters, () -> UUID.randomUUID().toString());
    jdbc.sql("DELETE FROM intelligence.match_cluster WHERE agency = :agency")
        .param("agency", agency)
        .update();
    next.forEach((entity, cluster) ->
        jdbc.sql(
                "INSERT INTO intelligence.match_cluster (agency, entity_id, cluster_id)"
                    + " VALUES (:agency, :entity, :cluster)")
            .param("agency", agency)
            .param("entity", UUID.fromString(entity))
            .param("cluster", cluster)
            .update());
  }

  /**
   * A cluster of the caller's agency: its stable id and its members as the caller may have them.
   */
  public record Cluster(String id, List<Disclosed<EntityRecord>> members) {}

  /** The caller's agency's cluster holding an entity the caller sees, if it is in one. */
  @Transactional
  public Optional<Cluster> cluster(Caller caller, UUID id) {
    Disclosed<EntityRecord> found = entities.find(caller, id).orElseThrow(() -> notFound());
    if (!(found instanceof Disclosed.Shown<EntityRecord>)) {
      throw notFound();
    }
    Optional<String> cluster =
        jdbc.sql(
                "SELECT cluster_id FROM intelligence.match_cluster"
                    + " WHERE agency = :agency AND entity_id = :id")
            .param("agency", caller.agency())
            .param("id", id)
            .query((rs, n) -> java.util.Objects.requireNonNull(rs.getString(1)))
            .optional();
    if (cluster.isEmpty()) {
      return Optional.empty();
    }
    List<UUID> members =
        jdbc.sql(
                "SELECT entity_id FROM intelligence.match_cluster"
                    + " WHERE agency = :agency AND cluster_id = :cluster ORDER BY entity_id")
            .param("agency", caller.agency())
            .param("cluster", cluster.get())
            .query((rs, n) -> java.util.Objects.requireNonNull(rs.getObject(1, UUID.class)))
            .list();
    return Optional.of(new Cluster(cluster.get(), entities.byIds(caller, members, Actions.READ)));
  }

  /** The caller's agency's decisions about an entity the caller sees, newest first. */
  @Transactional
  public List<Decision> decisions(Caller caller, UUID id) {
    Disclosed<EntityRecord> found = entities.find(caller, id).orElseThrow(() -> notFound());
    if (!(found instanceof Disclosed.Shown<EntityRecord>)) {
      throw notFound();
    }
    return jdbc.sql(
            """
            SELECT id, entity_a, entity_b, decision, score, explanation, agency, decided_by,
                   reason, decided_at
              FROM intelligence.match_decision
             WHERE agency = :agency AND (entity_a = :id OR entity_b = :id)
             ORDER BY decided_at DESC
            """)
        .param("agency", caller.agency())
        .param("id", id)
        .query((rs, n) ->
            new Decision(
                rs.getObject("id", UUID.class),
                rs.getObject("entity_a", UUID.class),
                rs.getObject("entity_b", UUID.class),
                rs.getString("decision"),
                rs.getDouble("score"),
                List.of(JSON.readValue(rs.getString("explanation"), FeatureWeight[].class)),
                rs.getString("agency"),
                rs.getString("decided_by"),
                rs.getString("reason"),
                rs.getTimestamp("decided_at").toInstant()))
        .list();
  }

  /** Ids of entities the caller's agency has already decided about together with this one. */
  private List<UUID> decided(Caller caller, UUID id) {
    return jdbc.sql(
            """
            SELECT CASE WHEN entity_a = :id THEN entity_b ELSE entity_a END
              FROM intelligence.match_decision
             WHERE agency = :agency AND (entity_a = :id OR entity_b = :id)
            """)
        .param("agency", caller.agency())
        .param("id", id)
        .query((rs, n) -> java.util.Objects.requireNonNull(rs.getObject(1, UUID.class)))
        .list();
  }

  private EntityRecord person(Caller caller, UUID id) {
    Disclosed<EntityRecord> found = entities.find(caller, id).orElseThrow(() -> notFound());
    if (!(found instanceof Disclosed.Shown<EntityRecord> shown)) {
      // A pointer says the record exists, but a decision needs the record itself.
      throw new Forbidden();
    }
    if (shown.record().entity().type() != EntityType.PERSON) {
      throw new Rejected(Violation.of("/entityA", "resolution.decision.notPerson"));
    }
    return shown.record();
  }

  /** The fields the enforcement point showed, by name. */
  static Map<String, JsonNode> shownFields(EntityRecord record) {
    Map<String, JsonNode> out = new HashMap<>();
    for (DisclosedField<FieldValue> f : record.fields()) {
      if (f instanceof DisclosedField.Shown<FieldValue> s) {
        out.put(s.name(), s.value().value());
      }
    }
    return out;
  }

  static int limit(@Nullable JsonNode node, List<Violation> violations) {
    if (node == null || node.isNull()) {
      return 10;
    }
    if (!node.isInt() || node.asInt() < 1 || node.asInt() > MAX_LIMIT) {
      violations.add(Violation.of("/limit", "resolution.limit", MAX_LIMIT));
      return 10;
    }
    return node.asInt();
  }

  static MatchMode mode(@Nullable JsonNode node, MatchMode otherwise, List<Violation> violations) {
    if (node == null || node.isNull()) {
      return otherwise;
    }
    for (MatchMode m : MatchMode.values()) {
      if (node.isString() && m.name().equals(node.asString())) {
        return m;
      }
    }
    violations.add(
        Violation.of(
            "/mode",
            "resolution.mode.unknown",
            node.isString() ? node.asString() : node.toString()));
    return otherwise;
  }

  private static @Nullable UUID uuid(JsonNode body, String member, List<Violation> violations) {
    String text = RequestText.read(body.get(member), "/" + member, 64, false, violations);
    if (text == null) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      violations.add(Violation.of("/" + member, "resolution.id.invalid", text));
      return null;
    }
  }

  private static NotFound notFound() {
    return new NotFound("entity");
  }

  Optional<ResolutionIndex.Held> held(UUID id) {
    return index.held(id);
  }
}
