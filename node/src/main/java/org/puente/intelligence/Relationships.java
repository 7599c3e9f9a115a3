package org.puente.intelligence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Disclosures;
import org.puente.governance.Evaluation;
import org.puente.governance.Forbidden;
import org.puente.governance.Label;
import org.puente.governance.LabeledQuery;
import org.puente.governance.LabeledTable;
import org.puente.governance.Labels;
import org.puente.governance.Rejected;
import org.puente.governance.StoredLabel;
import org.puente.governance.Violation;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Records relationships between entities and reads them through the enforcement point. */
@Service
public class Relationships {

  static final LabeledTable TABLE =
      new LabeledTable("intelligence", "relationship", "relationship");

  /** Most relationships read around one set of entities, to bound one request's work. */
  static final int MAX_EDGES = 5_000;

  private static final Set<String> MEMBERS =
      Set.of("type", "source", "target", "from", "to", "evidence", "evaluation", "label");
  static final String COLUMNS =
      "t.type, t.source_id, t.target_id, t.valid_from, t.valid_to, t.evidence, t.evaluation,"
          + " t.owner_agency, t.created_by, t.created_at";
  static final RowMapper<Relationship> ROW =
      (rs, n) -> {
        java.sql.Date from = rs.getDate("valid_from");
        java.sql.Date to = rs.getDate("valid_to");
        return new Relationship(
            rs.getObject("puente_id", UUID.class),
            RelationshipType.valueOf(rs.getString("type")),
            rs.getObject("source_id", UUID.class),
            rs.getObject("target_id", UUID.class),
            from == null ? null : from.toLocalDate(),
            to == null ? null : to.toLocalDate(),
            rs.getString("evidence"),
            Evaluation.parse(rs.getString("evaluation")).orElseThrow(),
            rs.getString("owner_agency"),
            rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant());
      };

  private final JdbcClient jdbc;
  private final Disclosures disclosures;
  private final Labels labels;
  private final Transparency transparency;
  private final Clock clock;

  Relationships(
      JdbcClient jdbc,
      Disclosures disclosures,
      Labels labels,
      Transparency transparency,
      Clock clock) {
    this.jdbc = jdbc;
    this.disclosures = disclosures;
    this.labels = labels;
    this.transparency = transparency;
    this.clock = clock;
    disclosures.register(TABLE);
  }

  /**
   * Records a relationship owned by the caller's agency between two entities the caller may see or
   * has pointers to; an end it may not know of answers as one that does not exist.
   */
  @Transactional
  public Disclosed.Shown<Relationship> create(Caller caller, JsonNode request) {
    return createAll(caller, List.of(request), "").getFirst();
  }

  /** Records many relationships, all or nothing, naming each problem by {@code /i/member}. */
  @Transactional
  public List<Disclosed.Shown<Relationship>> createAll(
      Caller caller, List<JsonNode> requests, String prefix) {
    if (!caller.account().operational()) {
      throw new Forbidden();
    }
    List<Violation> violations = new ArrayList<>();
    List<Draft> drafts = new ArrayList<>();
    List<UUID> ends = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      String at = requests.size() == 1 && prefix.isEmpty() ? "" : prefix + "/" + i;
      Draft d = read(caller, requests.get(i), at, violations);
      if (d != null) {
        drafts.add(d);
        ends.add(d.source());
        ends.add(d.target());
      }
    }
    Map<UUID, Boolean> reachable = disclosures.reach(caller, Entities.ENTITY, ends);
    for (Draft d : drafts) {
      for (String end : List.of("source", "target")) {
        UUID id = end.equals("source") ? d.source() : d.target();
        if (!reachable.containsKey(id)) {
          violations.add(Violation.of(d.at() + "/" + end, "relationship.entity.unknown", id));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    Instant now = clock.instant();
    List<Disclosed.Shown<Relationship>> out = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (Draft d : drafts) {
      StoredLabel label = labels.register(d.label(), caller.agency());
      UUID id = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO intelligence.relationship
                (id, type, source_id, target_id, valid_from, valid_to, evidence, evaluation,
                 label_id, owner_agency, created_by, created_at)
              VALUES (:id, :type, :source, :target, :from, :to, :evidence, :evaluation,
                 :label, :owner, :by, :now)
              """)
          .param("id", id)
          .param("type", d.type().name())
          .param("source", d.source())
          .param("target", d.target())
          .param("from", d.from() == null ? null : java.sql.Date.valueOf(d.from()))
          .param("to", d.to() == null ? null : java.sql.Date.valueOf(d.to()))
          .param("evidence", d.evidence())
          .param("evaluation", d.evaluation().code())
          .param("label", label.id())
          .param("owner", caller.agency())
          .param("by", caller.username())
          .param("now", Timestamp.from(now))
          .update();
      events.add(
          Event.of(
                  new Actor(caller.username(), caller.agency(), caller.country().name()),
                  Actions.CREATE,
                  List.of(
                      new ObjectRef(TABLE.recordType(), id.toString(), caller.agency()),
                      new ObjectRef(Entities.ENTITY.recordType(), d.source().toString(), null),
                      new ObjectRef(Entities.ENTITY.recordType(), d.target().toString(), null)))
              .withLabel(label.digest())
              .inRequest(caller.requestId(), caller.purpose()));
      out.add(
          new Disclosed.Shown<>(
              id,
              new Relationship(
                  id,
                  d.type(),
                  d.source(),
                  d.target(),
                  d.from(),
                  d.to(),
                  d.evidence(),
                  d.evaluation(),
                  caller.agency(),
                  caller.username(),
                  now),
              label));
    }
    transparency.appendAll(events);
    return out;
  }

  /**
   * The relationship, or nothing, as its label decides; a pointer when its label says so. One whose
   * end the caller may not know of answers as if it did not exist, since it would name that end.
   */
  @Transactional
  public Optional<Disclosed<Relationship>> find(Caller caller, UUID id) {
    // Checked before anything is read, so that nothing is logged for a relationship not shown.
    Optional<org.puente.governance.Link> link =
        disclosures.link(caller, TABLE, "source_id", "target_id", id);
    if (link.isPresent()) {
      Map<UUID, Boolean> ends =
          disclosures.reach(caller, Entities.ENTITY, List.of(link.get().from(), link.get().to()));
      if (!ends.containsKey(link.get().from()) || !ends.containsKey(link.get().to())) {
        return Optional.empty();
      }
    }
    return disclosures.find(caller, LabeledQuery.byId(TABLE, COLUMNS, id, ROW));
  }

  /**
   * Relationships the caller sees in full that touch any of these entities, logged as reads; those
   * it could only get pointers to are left out, as an edge needs both its ends.
   */
  @Transactional
  public List<Disclosed.Shown<Relationship>> touching(
      Caller caller, Collection<UUID> entities, String action) {
    if (entities.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = List.copyOf(entities);
    return disclosures.listShown(
        caller,
        new LabeledQuery<>(
            TABLE,
            COLUMNS,
            "t.source_id IN (:ids) OR t.target_id IN (:ids)",
            Map.of("ids", ids),
            "t.created_at, t.id",
            MAX_EDGES,
            0,
            ROW),
        action);
  }

  private record Draft(
      String at,
      RelationshipType type,
      UUID source,
      UUID target,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String evidence,
      Evaluation evaluation,
      Label label) {}

  private @Nullable Draft read(
      Caller caller, JsonNode request, String at, List<Violation> violations) {
    int before = violations.size();
    if (!request.isObject()) {
      violations.add(Violation.of(at, "request.notObject"));
      return null;
    }
    for (String name : request.propertyNames()) {
      if (!MEMBERS.contains(name)) {
        violations.add(Violation.of(Violation.pointer(at, name), "field.unknown", name));
      }
    }
    RelationshipType type = null;
    String typeText = EntityRequests.text(request.get("type"), at + "/type", 30, violations);
    if (typeText != null) {
      type =
          Arrays.stream(RelationshipType.values())
              .filter(t -> t.name().equals(typeText))
              .findFirst()
              .orElse(null);
      if (type == null) {
        violations.add(Violation.of(at + "/type", "relationship.type.unknown", typeText));
      }
    }
    UUID source = uuid(request, "source", at, violations);
    UUID target = uuid(request, "target", at, violations);
    if (source != null && source.equals(target)) {
      violations.add(Violation.of(at + "/target", "relationship.self"));
    }
    LocalDate from = date(request, "from", at, violations);
    LocalDate to = date(request, "to", at, violations);
    if (from != null && to != null && to.isBefore(from)) {
      violations.add(Violation.of(at + "/to", "relationship.span.reversed"));
    }
    String evidence = null;
    if (request.get("evidence") != null && !request.get("evidence").isNull()) {
      evidence = EntityRequests.text(request.get("evidence"), at + "/evidence", 2000, violations);
    }
    Evaluation evaluation = null;
    String code = EntityRequests.text(request.get("evaluation"), at + "/evaluation", 2, violations);
    if (code != null) {
      evaluation = Evaluation.parse(code).orElse(null);
      if (evaluation == null) {
        violations.add(Violation.of(at + "/evaluation", "label.evaluation.invalid", code));
      }
    }
    Label label = labels.read(request.get("label"), at + "/label", caller.agency(), violations);
    if (violations.size() > before
        || type == null
        || source == null
        || target == null
        || evaluation == null
        || label == null) {
      return null;
    }
    return new Draft(at, type, source, target, from, to, evidence, evaluation, label);
  }

  private static @Nullable UUID uuid(
      JsonNode request, String member, String at, List<Violation> violations) {
    String s = EntityRequests.text(request.get(member), at + "/" + member, 36, violations);
    if (s == null) {
      return null;
    }
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      violations.add(Violation.of(at + "/" + member, "relationship.entity.invalid", s));
      return null;
    }
  }

  private static @Nullable LocalDate date(
      JsonNode request, String member, String at, List<Violation> violations) {
    JsonNode node = request.get(member);
    if (node == null || node.isNull()) {
      return null;
    }
    String s = EntityRequests.text(node, at + "/" + member, 10, violations);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      violations.add(Violation.of(at + "/" + member, "date.invalid", s));
      return null;
    }
  }
}
