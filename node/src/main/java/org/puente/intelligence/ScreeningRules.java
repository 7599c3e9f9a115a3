package org.puente.intelligence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Forbidden;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.RequestText;
import org.puente.governance.Violation;
import org.puente.intelligence.resolution.Names;
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
 * An agency's risk rules for its own screenings: each rule applies to one kind of record and holds
 * clauses that must all hold ({@code commodity CONTAINS "auto parts"}, {@code origin IN [...]}); a
 * hit names every clause that fired. Values are compared folded (no accents, any case).
 */
@Service
public class ScreeningRules {

  public static final int MAX_CLAUSES = 10;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The fields a rule may test, by kind of screened record. */
  static final Map<String, List<String>> FIELDS =
      Map.of(
          "PERSON",
          List.of("name", "nationality", "dateOfBirth", "document"),
          "VEHICLE",
          List.of("plate", "vin", "plateJurisdiction", "make", "model"),
          "CARGO",
          List.of(
              "shipper",
              "consignee",
              "shipperAddress",
              "consigneeAddress",
              "container",
              "billOfLading",
              "commodity",
              "origin",
              "destination",
              "route"));

  static final List<String> OPERATORS = List.of("EQUALS", "CONTAINS", "PREFIX", "IN");

  /** One clause: field, operator and the values it compares with (one, or several for IN). */
  public record Clause(String field, String op, List<String> values) {

    public Clause {
      values = List.copyOf(values);
    }

    String describe() {
      return field + " " + op + " " + String.join("|", values);
    }
  }

  /** A stored rule. */
  public record Rule(
      UUID id,
      String agency,
      String name,
      String kind,
      List<Clause> clauses,
      boolean enabled,
      String createdBy,
      Instant createdAt) {}

  private final JdbcClient jdbc;
  private final Transparency transparency;
  private final Clock clock;

  ScreeningRules(JdbcClient jdbc, Transparency transparency, Clock clock) {
    this.jdbc = jdbc;
    this.transparency = transparency;
    this.clock = clock;
  }

  /** {@code {"name","kind":"CARGO","clauses":[{"field","op","value"|"values"}]}}. */
  @Transactional
  public Rule create(Caller caller, JsonNode body) {
    // Rules are written by those who screen with them.
    if (!Screenings.screens(caller)) {
      throw new Forbidden();
    }
    if (!body.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    List<Violation> violations = new ArrayList<>();
    for (String name : body.propertyNames()) {
      if (!List.of("name", "kind", "clauses").contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    String name = RequestText.read(body.get("name"), "/name", 200, false, violations);
    String kind = RequestText.read(body.get("kind"), "/kind", 10, false, violations);
    if (kind != null && !FIELDS.containsKey(kind)) {
      violations.add(Violation.of("/kind", "screening.kind.unknown", kind));
      kind = null;
    }
    List<Clause> clauses = new ArrayList<>();
    JsonNode list = body.get("clauses");
    if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_CLAUSES) {
      violations.add(Violation.of("/clauses", "screening.rule.clauses", MAX_CLAUSES));
    } else if (kind != null) {
      for (int i = 0; i < list.size(); i++) {
        Clause c = clause(list.get(i), "/clauses/" + i, kind, violations);
        if (c != null) {
          clauses.add(c);
        }
      }
    }
    if (!violations.isEmpty() || name == null || kind == null) {
      throw new Rejected(violations);
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO intelligence.screening_rule
              (id, agency, name, kind, clauses, enabled, created_by, created_at)
            VALUES (:id, :agency, :name, :kind, :clauses, TRUE, :by, :now)
            """)
        .param("id", id)
        .param("agency", caller.agency())
        .param("name", name)
        .param("kind", kind)
        .param("clauses", JSON.writeValueAsString(clauses))
        .param("by", caller.username())
        .param("now", Timestamp.from(now))
        .update();
    transparency.append(
        Event.of(
                new Actor(caller.username(), caller.agency(), caller.country().name()),
                Actions.CREATE,
                List.of(
                    new ObjectRef("intelligence.screening_rule", id.toString(), caller.agency())))
            .inRequest(caller.requestId(), caller.purpose()));
    return new Rule(id, caller.agency(), name, kind, clauses, true, caller.username(), now);
  }

  private static @Nullable Clause clause(
      @Nullable JsonNode node, String at, String kind, List<Violation> violations) {
    if (node == null || !node.isObject()) {
      violations.add(Violation.of(at, "request.notObject"));
      return null;
    }
    int before = violations.size();
    for (String name : node.propertyNames()) {
      if (!List.of("field", "op", "value", "values").contains(name)) {
        violations.add(Violation.of(Violation.pointer(at, name), "field.unknown", name));
      }
    }
    String field = RequestText.read(node.get("field"), at + "/field", 40, false, violations);
    if (field != null && !FIELDS.getOrDefault(kind, List.of()).contains(field)) {
      violations.add(
          Violation.of(
              at + "/field", "screening.rule.field", field, String.join(", ", FIELDS.get(kind))));
    }
    String op = RequestText.read(node.get("op"), at + "/op", 10, false, violations);
    if (op != null && !OPERATORS.contains(op)) {
      violations.add(
          Violation.of(at + "/op", "screening.rule.op", op, String.join(", ", OPERATORS)));
    }
    List<String> values = new ArrayList<>();
    if (node.get("values") != null) {
      values.addAll(PersonRecords.texts(node, "values", at, violations));
    }
    if (node.get("value") != null) {
      String v = RequestText.read(node.get("value"), at + "/value", 200, false, violations);
      if (v != null) {
        values.add(v);
      }
    }
    if (values.isEmpty() && violations.size() == before) {
      violations.add(Violation.of(at + "/value", "field.required"));
    }
    if (violations.size() > before || field == null || op == null) {
      return null;
    }
    return new Clause(field, op, values);
  }

  /** The caller's agency's rules. */
  public List<Rule> list(Caller caller) {
    return rules("agency = :agency", caller.agency());
  }

  /** Switches a rule of the caller's agency off. */
  @Transactional
  public void disable(Caller caller, UUID id) {
    int n =
        jdbc.sql(
                "UPDATE intelligence.screening_rule SET enabled = FALSE"
                    + " WHERE id = :id AND agency = :agency")
            .param("id", id)
            .param("agency", caller.agency())
            .update();
    if (n != 1) {
      throw new NotFound("screening-rule");
    }
    transparency.append(
        Event.of(
                new Actor(caller.username(), caller.agency(), caller.country().name()),
                Actions.UPDATE,
                List.of(
                    new ObjectRef("intelligence.screening_rule", id.toString(), caller.agency())))
            .with("enabled", "false")
            .inRequest(caller.requestId(), caller.purpose()));
  }

  List<Rule> enabled(String agency) {
    return rules("agency = :agency AND enabled = TRUE", agency);
  }

  private List<Rule> rules(String where, String agency) {
    return jdbc.sql(
            "SELECT id, agency, name, kind, clauses, enabled, created_by, created_at"
                + " FROM intelligence.screening_rule WHERE "
                + where
                + " ORDER BY created_at")
        .param("agency", agency)
        .query((rs, n) ->
            new Rule(
                rs.getObject("id", UUID.class),
                rs.getString("agency"),
                rs.getString("name"),
                rs.getString("kind"),
                List.of(JSON.readValue(rs.getString("clauses"), Clause[].class)),
                rs.getBoolean("enabled"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  /** The clauses of a rule that fired for a record; empty unless every clause holds. */
  static List<String> evaluate(Rule rule, String kind, JsonNode record) {
    if (!rule.kind().equals(kind)) {
      return List.of();
    }
    List<String> fired = new ArrayList<>();
    for (Clause c : rule.clauses()) {
      List<String> values = values(record.get(c.field()));
      if (values.isEmpty() || !holds(c, values)) {
        return List.of();
      }
      fired.add(c.describe());
    }
    return fired;
  }

  private static boolean holds(Clause c, List<String> values) {
    for (String v : values) {
      String have = Names.fold(v).strip();
      for (String w : c.values()) {
        String want = Names.fold(w).strip();
        boolean ok =
            switch (c.op()) {
              case "EQUALS", "IN" -> have.equals(want);
              case "CONTAINS" -> have.contains(want);
              case "PREFIX" -> have.startsWith(want);
              default -> false;
            };
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> values(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode n : node) {
        out.add(n.isString() ? n.asString() : n.toString());
      }
    } else if (node.isObject()) {
      JsonNode number = node.get("number");
      if (number != null) {
        out.add(number.asString());
      }
    } else {
      out.add(node.asString());
    }
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
