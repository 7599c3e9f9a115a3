package org.puente.intelligence;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.csv.Csv;
import org.puente.forensics.csv.MalformedCsv;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Forbidden;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.RequestText;
import org.puente.governance.Role;
import org.puente.governance.Violation;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imported watchlists: an agency names a list and its label, then imports entries from CSV. Each
 * entry becomes a watch-listed entity under the list's label, so it is screened, searched and
 * disclosed like every other entity; the list only remembers which entities came from it.
 */
@Service
public class Watchlists {

  public static final int MAX_ENTRIES = 10_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The CSV columns an import may have; {@code kind} defaults to PERSON. */
  static final List<String> COLUMNS =
      List.of(
          "kind",
          "name",
          "givenNames",
          "paternalSurname",
          "maternalSurname",
          "aliases",
          "dateOfBirth",
          "nationality",
          "gender",
          "documentKind",
          "documentNumber",
          "documentCountry",
          "vin",
          "plate",
          "plateJurisdiction",
          "make",
          "model",
          "container",
          "billOfLading",
          "country");

  /** A watchlist of the caller's agency. */
  public record Watchlist(
      UUID id,
      String name,
      String owner,
      JsonNode label,
      int entries,
      String createdBy,
      Instant createdAt) {}

  private final Entities entities;
  private final JdbcClient jdbc;
  private final Transparency transparency;
  private final Clock clock;

  Watchlists(Entities entities, JdbcClient jdbc, Transparency transparency, Clock clock) {
    this.entities = entities;
    this.jdbc = jdbc;
    this.transparency = transparency;
    this.clock = clock;
  }

  /** {@code {"name","label":{…}}}: a new, empty list; the label is checked as an entity's. */
  @Transactional
  public Watchlist create(Caller caller, JsonNode body) {
    if (!caller.account().operational()
        || !(caller.account().has(Role.ANALYST) || caller.account().has(Role.TARGETING_OFFICER))) {
      throw new Forbidden();
    }
    if (!body.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    List<Violation> violations = new ArrayList<>();
    for (String member : body.propertyNames()) {
      if (!List.of("name", "label").contains(member)) {
        violations.add(Violation.of(Violation.pointer("", member), "field.unknown", member));
      }
    }
    String name = RequestText.read(body.get("name"), "/name", 200, false, violations);
    JsonNode label = body.get("label");
    if (label == null || !label.isObject()) {
      violations.add(Violation.of("/label", "field.required"));
    } else {
      // The label is checked exactly as it will be on every entry.
      ObjectNode probe = JSON.createObjectNode();
      probe.put("type", "PERSON");
      probe.put("givenNames", "probe");
      probe.set("label", label);
      for (Violation v : entities.checkAll(caller, List.of(probe))) {
        violations.add(new Violation(v.pointer().replaceFirst("^/0", ""), v.code(), v.args()));
      }
    }
    if (!violations.isEmpty() || name == null || label == null) {
      throw new Rejected(violations);
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO intelligence.watchlist
              (id, name, owner_agency, label_json, created_by, created_at)
            VALUES (:id, :name, :owner, :label, :by, :now)
            """)
        .param("id", id)
        .param("name", name)
        .param("owner", caller.agency())
        .param("label", JSON.writeValueAsString(label))
        .param("by", caller.username())
        .param("now", Timestamp.from(now))
        .update();
    transparency.append(
        Event.of(
                actor(caller),
                Actions.CREATE,
                List.of(new ObjectRef("intelligence.watchlist", id.toString(), caller.agency())))
            .inRequest(caller.requestId(), caller.purpose()));
    return find(caller, id);
  }

  /** The caller's agency's lists. */
  public List<Watchlist> list(Caller caller) {
    return jdbc.sql(
            """
            SELECT w.id, w.name, w.owner_agency, w.label_json, w.created_by, w.created_at,
                   (SELECT COUNT(*) FROM intelligence.watchlist_entry e
                     WHERE e.watchlist_id = w.id) AS entries
              FROM intelligence.watchlist w
             WHERE w.owner_agency = :agency
             ORDER BY w.created_at DESC
            """)
        .param("agency", caller.agency())
        .query((rs, n) ->
            new Watchlist(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("owner_agency"),
                JSON.readTree(rs.getString("label_json")),
                rs.getInt("entries"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  /** One list of the caller's agency; any other answers as one that does not exist. */
  public Watchlist find(Caller caller, UUID id) {
    return list(caller).stream()
        .filter(w -> w.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFound("watchlist"));
  }

  /**
   * Imports CSV entries into a list of the caller's agency, all or nothing: every problem is named
   * by its row ({@code /rows/3/dateOfBirth}, counting data rows from 1) and nothing is stored
   * unless every row is good. Returns the new entities' ids.
   */
  @Transactional
  public List<UUID> importEntries(Caller caller, UUID listId, byte[] body) {
    Watchlist list = find(caller, listId);
    Csv csv;
    try {
      csv = Csv.parse(new String(body, StandardCharsets.UTF_8));
    } catch (MalformedCsv e) {
      throw new Rejected(
          Violation.of("/rows/" + e.record(), "import.csv.malformed", e.line(), e.reason()));
    }
    List<Violation> violations = new ArrayList<>();
    for (String column : csv.header()) {
      if (!COLUMNS.contains(column)) {
        violations.add(
            Violation.of(
                "/columns/" + column,
                "watchlist.column.unknown",
                column,
                String.join(", ", COLUMNS)));
      }
    }
    if (csv.records().isEmpty()) {
      violations.add(Violation.of("/rows", "watchlist.rows.empty"));
    }
    if (csv.records().size() > MAX_ENTRIES) {
      throw new Screenings.TooManyRecords(csv.records().size(), MAX_ENTRIES);
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    List<JsonNode> items = new ArrayList<>();
    for (int i = 0; i < csv.records().size(); i++) {
      items.add(item(csv, csv.records().get(i), list.label(), "/rows/" + (i + 1), violations));
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    List<Disclosed.Shown<EntityRecord>> created;
    try {
      created = entities.createAll(caller, items);
    } catch (Rejected e) {
      List<Violation> mapped = new ArrayList<>();
      for (Violation v : e.violations()) {
        mapped.add(new Violation(rows(v.pointer()), v.code(), v.args()));
      }
      throw new Rejected(mapped);
    }
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < created.size(); i++) {
      UUID id = created.get(i).id();
      ids.add(id);
      jdbc.sql(
              "INSERT INTO intelligence.watchlist_entry (watchlist_id, entity_id, line)"
                  + " VALUES (:list, :entity, :line)")
          .param("list", listId)
          .param("entity", id)
          .param("line", i + 1)
          .update();
    }
    transparency.append(
        Event.of(
                actor(caller),
                Actions.UPDATE,
                List.of(
                    new ObjectRef("intelligence.watchlist", listId.toString(), caller.agency())))
            .with("imported", String.valueOf(ids.size()))
            .inRequest(caller.requestId(), caller.purpose()));
    return ids;
  }

  /** An entity pointer {@code /4/dateOfBirth} as the CSV row it came from, {@code /rows/5/…}. */
  private static String rows(String pointer) {
    int end = pointer.indexOf('/', 1);
    String index = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
    String rest = end < 0 ? "" : pointer.substring(end);
    try {
      return "/rows/" + (Integer.parseInt(index) + 1) + rest;
    } catch (NumberFormatException e) {
      return pointer;
    }
  }

  private static JsonNode item(
      Csv csv, List<String> record, JsonNode label, String at, List<Violation> violations) {
    ObjectNode item = JSON.createObjectNode();
    String kind = cell(csv, record, "kind");
    kind = kind == null ? "PERSON" : kind;
    item.put("type", kind);
    item.put("watchlisted", true);
    item.set("label", label);
    String name = cell(csv, record, "name");
    switch (kind) {
      case "PERSON" -> {
        if (name != null) {
          String[] parts = splitName(name);
          put(item, "givenNames", parts[0]);
          put(item, "paternalSurname", parts[1]);
          put(item, "maternalSurname", parts[2]);
        }
        for (String c :
            List.of("givenNames", "paternalSurname", "maternalSurname", "dateOfBirth", "gender")) {
          put(item, c, cell(csv, record, c));
        }
        list(item, "aliases", cell(csv, record, "aliases"));
        list(item, "nationality", cell(csv, record, "nationality"));
        documents(item, "documents", csv, record);
      }
      case "ORGANISATION" -> {
        list(item, "names", name);
        put(item, "country", cell(csv, record, "country"));
        documents(item, "identifiers", csv, record);
      }
      case "VEHICLE" -> {
        for (String c : List.of("vin", "plate", "plateJurisdiction", "make", "model")) {
          put(item, c, cell(csv, record, c));
        }
      }
      case "SHIPMENT" -> {
        for (String c : List.of("container", "billOfLading")) {
          put(item, c, cell(csv, record, c));
        }
      }
      default -> violations.add(Violation.of(at + "/kind", "watchlist.kind.unknown", kind));
    }
    return item;
  }

  /**
   * A whole name as entity fields: "Last, First" order when there is a comma; otherwise the last
   * two words of three or more are the surnames (the Spanish pattern), or the last of two.
   */
  static String[] splitName(String name) {
    String given;
    String surnames;
    int comma = name.indexOf(',');
    if (comma >= 0) {
      surnames = name.substring(0, comma).strip();
      given = name.substring(comma + 1).strip();
    } else {
      List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+", -1)));
      words.removeIf(String::isEmpty);
      int surnameCount = words.size() >= 3 ? 2 : words.size() == 2 ? 1 : 0;
      given = String.join(" ", words.subList(0, words.size() - surnameCount));
      surnames = String.join(" ", words.subList(words.size() - surnameCount, words.size()));
    }
    List<String> s = new ArrayList<>(List.of(surnames.split("\\s+", -1)));
    s.removeIf(String::isEmpty);
    String paternal = s.isEmpty() ? "" : s.getFirst();
    String maternal = s.size() > 1 ? String.join(" ", s.subList(1, s.size())) : "";
    if (given.isEmpty() && s.isEmpty()) {
      given = name.strip();
    }
    return new String[] {given, paternal, maternal};
  }

  private static void documents(ObjectNode item, String field, Csv csv, List<String> record) {
    String number = cell(csv, record, "documentNumber");
    if (number == null) {
      return;
    }
    ObjectNode doc = JSON.createObjectNode();
    String kind = cell(csv, record, "documentKind");
    doc.put("kind", kind == null ? "OTHER" : kind);
    doc.put("number", number);
    String country = cell(csv, record, "documentCountry");
    if (country != null) {
      doc.put("country", country);
    }
    ArrayNode docs = JSON.createArrayNode();
    docs.add(doc);
    item.set(field, docs);
  }

  private static void put(ObjectNode item, String field, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      item.put(field, value.strip());
    }
  }

  private static void list(ObjectNode item, String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    ArrayNode out = JSON.createArrayNode();
    for (String part : value.split(";", -1)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    item.set(field, out);
  }

  private static @Nullable String cell(Csv csv, List<String> record, String column) {
    if (!csv.has(column)) {
      return null;
    }
    String value = csv.get(record, column);
    return value.isBlank() ? null : value.strip();
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.username(), caller.agency(), caller.country().name());
  }
}
