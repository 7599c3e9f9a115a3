package org.puente.intelligence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.puente.forensics.Reports;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.DisclosedField;
import org.puente.governance.Disclosures;
import org.puente.governance.FieldQuery;
import org.puente.governance.FieldTable;
import org.puente.governance.Forbidden;
import org.puente.governance.Label;
import org.puente.governance.LabeledQuery;
import org.puente.governance.LabeledTable;
import org.puente.governance.Labels;
import org.puente.governance.NotFound;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Records entities and their new versions, and discloses them field by field through the
 * enforcement point: a caller gets the record, a pointer or nothing as the record's label decides,
 * and of a record it sees, each field as that field's own label decides.
 */
@Service
public class Entities {

  static final LabeledTable ENTITY = new LabeledTable("intelligence", "entity", "entity");
  static final FieldTable FIELDS =
      new FieldTable(
          new LabeledTable("intelligence", "entity_field", "entity_field"),
          ENTITY,
          "entity_id",
          "name");
  static final FieldTable VERSIONS =
      new FieldTable(
          new LabeledTable("intelligence", "entity_version", "entity_version"),
          ENTITY,
          "entity_id",
          "version");
  static final int MAX_PAGE = 200;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String COLUMNS =
      "t.type, t.owner_agency, t.version, t.watchlisted, t.created_by, t.created_at, t.updated_at";
  static final RowMapper<Entity> ROW =
      (rs, n) ->
          new Entity(
              rs.getObject("puente_id", UUID.class),
              EntityType.valueOf(rs.getString("type")),
              rs.getString("owner_agency"),
              rs.getInt("version"),
              rs.getBoolean("watchlisted"),
              rs.getString("created_by"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getTimestamp("updated_at").toInstant());
  private static final RowMapper<FieldValue> FIELD =
      (rs, n) ->
          new FieldValue(
              rs.getInt("version"),
              JSON.readTree(rs.getString("field_value")),
              rs.getBoolean("unverified"));
  private static final RowMapper<Version> VERSION =
      (rs, n) ->
          new Version(
              rs.getInt("version"),
              rs.getString("changed_by"),
              rs.getTimestamp("changed_at").toInstant(),
              rs.getString("reason"));

  private final JdbcClient jdbc;
  private final Disclosures disclosures;
  private final Labels labels;
  private final Transparency transparency;
  private final Reports reports;
  private final EntityIndexing search;
  private final Clock clock;
  private final EntityRequests requests;

  Entities(
      JdbcClient jdbc,
      Disclosures disclosures,
      Labels labels,
      Transparency transparency,
      Reports reports,
      EntityIndexing search,
      Clock clock) {
    this.jdbc = jdbc;
    this.disclosures = disclosures;
    this.labels = labels;
    this.transparency = transparency;
    this.reports = reports;
    this.search = search;
    this.clock = clock;
    this.requests = new EntityRequests(labels);
    disclosures.register(ENTITY);
    disclosures.registerFields(FIELDS);
    disclosures.registerFields(VERSIONS);
  }

  /** Records a new entity owned by the caller's agency; nothing is stored if anything is wrong. */
  @Transactional
  public Disclosed.Shown<EntityRecord> create(Caller caller, JsonNode request) {
    EntityDraft draft = check(caller, request, "", null);
    return store(caller, List.of(draft)).getFirst();
  }

  /**
   * Records many entities at once, all or nothing: every problem of every item is named by its
   * pointer ({@code /3/dateOfBirth}) and nothing is stored unless all are valid.
   */
  @Transactional
  public List<Disclosed.Shown<EntityRecord>> createAll(Caller caller, List<JsonNode> items) {
    if (!caller.account().operational()) {
      throw new Forbidden();
    }
    List<Violation> violations = new ArrayList<>();
    List<EntityDraft> drafts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      EntityDraft d = read(caller, items.get(i), "/" + i, null, violations);
      if (d != null) {
        drafts.add(d);
      }
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    return store(caller, drafts);
  }

  /** Checks entity items without storing anything; the problems found, or none. */
  public List<Violation> checkAll(Caller caller, List<JsonNode> items) {
    if (!caller.account().operational()) {
      throw new Forbidden();
    }
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      read(caller, items.get(i), "/" + i, null, violations);
    }
    return violations;
  }

  /**
   * Writes a new version of an entity the caller's agency owns, replacing all its fields; the
   * request states why ({@code reason}).
   */
  @Transactional
  public Disclosed.Shown<EntityRecord> update(Caller caller, UUID id, JsonNode request) {
    Disclosed<EntityRecord> current = find(caller, id).orElseThrow(() -> new NotFound("entity"));
    if (!(current instanceof Disclosed.Shown<EntityRecord> shown)) {
      throw new Forbidden();
    }
    Entity entity = shown.record().entity();
    if (!entity.owner().equals(caller.agency())) {
      throw new Forbidden();
    }
    EntityDraft draft = check(caller, request, "", entity.type());
    if (draft.reason() == null) {
      throw new Rejected(Violation.of("/reason", "entity.reason.required"));
    }
    int version = entity.version() + 1;
    Instant now = clock.instant();
    StoredLabel label = labels.register(draft.label(), caller.agency());
    int updated =
        jdbc.sql(
                """
                UPDATE intelligence.entity
                   SET version = :version, label_id = :label, watchlisted = :watch, updated_at = :now
                 WHERE id = :id AND version = :previous
                """)
            .param("version", version)
            .param("label", label.id())
            .param("watch", draft.watchlisted())
            .param("now", Timestamp.from(now))
            .param("id", id)
            .param("previous", entity.version())
            .update();
    if (updated != 1) {
      throw new org.puente.governance.Conflict("the entity changed meanwhile");
    }
    List<DisclosedField.Shown<FieldValue>> written =
        writeVersion(caller, id, version, draft, label, now);
    transparency.append(
        Event.of(
                actor(caller),
                Actions.UPDATE,
                List.of(new ObjectRef(ENTITY.recordType(), id.toString(), caller.agency())))
            .withLabel(label.digest())
            .with("version", String.valueOf(version))
            .inRequest(caller.requestId(), draft.reason()));
    search.afterCommit(indexed(id, draft, entity.owner(), label, written));
    Entity next =
        new Entity(
            id,
            entity.type(),
            entity.owner(),
            version,
            draft.watchlisted(),
            entity.createdBy(),
            entity.createdAt(),
            now);
    // The writer sees what it wrote; no read of the fields back is needed or logged.
    return new Disclosed.Shown<>(id, new EntityRecord(next, List.copyOf(written)), label);
  }

  /** The entity, a pointer to it, or nothing, as its labels decide for this caller. */
  @Transactional
  public Optional<Disclosed<EntityRecord>> find(Caller caller, UUID id) {
    Optional<Disclosed<Entity>> found =
        disclosures.find(caller, LabeledQuery.byId(ENTITY, COLUMNS, id, ROW));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(withFields(caller, List.of(found.get()), Actions.READ).getFirst());
  }

  /**
   * Entities by id, as the caller may have them, in the order given; ids the caller may not know of
   * are left out. Logged with {@code action} (for example {@code SEARCH_HIT} or {@code EXPORT}).
   */
  @Transactional
  public List<Disclosed<EntityRecord>> byIds(Caller caller, List<UUID> ids, String action) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Disclosed<Entity>> found =
        disclosures.list(
            caller,
            new LabeledQuery<>(
                ENTITY, COLUMNS, "t.id IN (:ids)", Map.of("ids", ids), "t.id", ids.size(), 0, ROW),
            action);
    Map<UUID, Disclosed<EntityRecord>> byId = new HashMap<>();
    for (Disclosed<EntityRecord> d : withFields(caller, found, action)) {
      byId.put(d.id(), d);
    }
    List<Disclosed<EntityRecord>> ordered = new ArrayList<>();
    for (UUID id : ids) {
      Disclosed<EntityRecord> d = byId.get(id);
      if (d != null) {
        ordered.add(d);
      }
    }
    return ordered;
  }

  /** Entities matching {@code q} (names, aliases, identifiers), as the caller may have them. */
  @Transactional
  public SearchPage search(
      Caller caller, String q, @org.jspecify.annotations.Nullable EntityType type, int limit) {
    return find(caller, q, type, Math.min(Math.max(limit, 1), MAX_PAGE), Actions.SEARCH_HIT);
  }

  /**
   * Entities matching {@code q} for taking away (a file the caller keeps), each logged as an
   * EXPORT: exactly what {@link #search} would show, up to {@link #MAX_EXPORT} of them.
   */
  @Transactional
  public SearchPage export(
      Caller caller, String q, @org.jspecify.annotations.Nullable EntityType type, int limit) {
    return find(caller, q, type, Math.min(Math.max(limit, 1), MAX_EXPORT), Actions.EXPORT);
  }

  /** Most entities one export holds. */
  public static final int MAX_EXPORT = 5_000;

  private SearchPage find(
      Caller caller,
      String q,
      @org.jspecify.annotations.Nullable EntityType type,
      int limit,
      String action) {
    EntityIndexing.Found found = search.search(q, type, disclosures.labels(caller), limit);
    List<Disclosed<EntityRecord>> items = byIds(caller, found.ids(), action);
    return new SearchPage(items, found.types(), found.total(), found.exact(), found.byType());
  }

  /**
   * The versions of an entity the caller sees, each with the fields that version's labels allow.
   */
  @Transactional
  public EntityHistory history(Caller caller, UUID id) {
    Disclosed<EntityRecord> current = find(caller, id).orElseThrow(() -> new NotFound("entity"));
    if (current.pointer()) {
      throw new NotFound("entity");
    }
    List<DisclosedField<Version>> versions =
        disclosures.fields(
            caller,
            new FieldQuery<>(
                VERSIONS,
                "t.version, t.changed_by, t.changed_at, t.reason",
                "t.entity_id = :id",
                Map.of("id", id),
                "t.version",
                VERSION),
            Actions.READ);
    List<DisclosedField<FieldValue>> all =
        disclosures.fields(
            caller,
            new FieldQuery<>(
                FIELDS,
                "t.version, t.field_value, t.unverified",
                "t.entity_id = :id",
                Map.of("id", id),
                "t.version, t.name",
                FIELD),
            Actions.READ);
    Map<Integer, List<DisclosedField<FieldValue>>> byVersion = new LinkedHashMap<>();
    for (DisclosedField<Version> v : versions) {
      if (v instanceof DisclosedField.Shown<Version> s) {
        byVersion.put(s.value().version(), new ArrayList<>());
      }
    }
    for (DisclosedField<FieldValue> f : all) {
      if (f instanceof DisclosedField.Shown<FieldValue> s) {
        List<DisclosedField<FieldValue>> list = byVersion.get(s.value().version());
        if (list != null) {
          list.add(f);
        }
      }
    }
    return new EntityHistory(versions, byVersion);
  }

  /** A page of search results, and counts of every match the caller may know of. */
  public record SearchPage(
      List<Disclosed<EntityRecord>> items,
      Map<UUID, EntityType> types,
      long total,
      boolean exact,
      Map<String, Long> byType) {}

  private List<Disclosed<EntityRecord>> withFields(
      Caller caller, List<Disclosed<Entity>> found, String action) {
    List<UUID> shown = new ArrayList<>();
    for (Disclosed<Entity> d : found) {
      if (d instanceof Disclosed.Shown<Entity>) {
        shown.add(d.id());
      }
    }
    Map<UUID, List<DisclosedField<FieldValue>>> fields = fields(caller, shown, action);
    List<Disclosed<EntityRecord>> out = new ArrayList<>();
    for (Disclosed<Entity> d : found) {
      switch (d) {
        case Disclosed.Shown<Entity> s ->
            out.add(
                new Disclosed.Shown<>(
                    s.id(),
                    new EntityRecord(s.record(), fields.getOrDefault(s.id(), List.of())),
                    s.label()));
        case Disclosed.Pointer<Entity> p ->
            out.add(
                new Disclosed.Pointer<>(
                    p.id(), p.recordType(), p.owner(), p.ownerCountry(), p.contact()));
      }
    }
    return out;
  }

  private Map<UUID, List<DisclosedField<FieldValue>>> fields(
      Caller caller, List<UUID> ids, String action) {
    Map<UUID, List<DisclosedField<FieldValue>>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (DisclosedField<FieldValue> f :
        disclosures.fields(
            caller,
            new FieldQuery<>(
                FIELDS,
                "t.version, t.field_value, t.unverified",
                "t.entity_id IN (:ids) AND t.version = p.version",
                Map.of("ids", ids),
                "t.entity_id, t.name",
                FIELD),
            action)) {
      out.computeIfAbsent(f.parent(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  private EntityDraft check(
      Caller caller,
      JsonNode request,
      String pointer,
      @org.jspecify.annotations.Nullable EntityType fixed) {
    if (!caller.account().operational()) {
      throw new Forbidden();
    }
    List<Violation> violations = new ArrayList<>();
    EntityDraft draft = read(caller, request, pointer, fixed, violations);
    if (!violations.isEmpty() || draft == null) {
      throw new Rejected(
          violations.isEmpty() ? List.of(Violation.of(pointer, "request.invalid")) : violations);
    }
    return draft;
  }

  private @org.jspecify.annotations.Nullable EntityDraft read(
      Caller caller,
      JsonNode request,
      String pointer,
      @org.jspecify.annotations.Nullable EntityType fixed,
      List<Violation> violations) {
    int before = violations.size();
    EntityDraft draft =
        requests.read(
            request,
            pointer,
            caller.agency(),
            caller.country().name(),
            LocalDate.now(clock),
            fixed,
            violations);
    if (draft == null) {
      return null;
    }
    // A seizure links only reports its author may see, so that a link never reveals a report.
    for (EntityDraft.Field f : draft.fields()) {
      if (draft.type().field(f.name()).map(s -> s.kind() == FieldKind.REPORTS).orElse(false)) {
        JsonNode ids = JSON.readTree(f.json());
        for (int i = 0; i < ids.size(); i++) {
          UUID report = UUID.fromString(ids.get(i).asString());
          if (reports.find(caller, report).filter(r -> !r.pointer()).isEmpty()) {
            violations.add(
                Violation.of(
                    Violation.pointer(pointer, f.name()) + "/" + i,
                    "entity.report.unknown",
                    report));
          }
        }
      }
    }
    return violations.size() > before ? null : draft;
  }

  private List<Disclosed.Shown<EntityRecord>> store(Caller caller, List<EntityDraft> drafts) {
    Instant now = clock.instant();
    List<Disclosed.Shown<EntityRecord>> out = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<EntityIndexing.Indexed> indexed = new ArrayList<>();
    for (EntityDraft draft : drafts) {
      StoredLabel label = labels.register(draft.label(), caller.agency());
      UUID id = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO intelligence.entity
                (id, type, version, watchlisted, label_id, owner_agency, created_by, created_at,
                 updated_at)
              VALUES (:id, :type, 1, :watch, :label, :owner, :by, :now, :now)
              """)
          .param("id", id)
          .param("type", draft.type().name())
          .param("watch", draft.watchlisted())
          .param("label", label.id())
          .param("owner", caller.agency())
          .param("by", caller.username())
          .param("now", Timestamp.from(now))
          .update();
      List<DisclosedField.Shown<FieldValue>> fields =
          writeVersion(caller, id, 1, draft, label, now);
      events.add(
          Event.of(
                  actor(caller),
                  Actions.CREATE,
                  List.of(new ObjectRef(ENTITY.recordType(), id.toString(), caller.agency())))
              .withLabel(label.digest())
              .inRequest(caller.requestId(), caller.purpose()));
      indexed.add(indexed(id, draft, caller.agency(), label, fields));
      Entity entity =
          new Entity(
              id,
              draft.type(),
              caller.agency(),
              1,
              draft.watchlisted(),
              caller.username(),
              now,
              now);
      out.add(new Disclosed.Shown<>(id, new EntityRecord(entity, List.copyOf(fields)), label));
    }
    transparency.appendAll(events);
    search.afterCommit(indexed);
    return out;
  }

  private List<DisclosedField.Shown<FieldValue>> writeVersion(
      Caller caller, UUID id, int version, EntityDraft draft, StoredLabel label, Instant now) {
    jdbc.sql(
            """
            INSERT INTO intelligence.entity_version
              (id, entity_id, version, label_id, owner_agency, changed_by, changed_at, reason)
            VALUES (:vid, :id, :version, :label, :owner, :by, :now, :reason)
            """)
        .param("vid", UUID.randomUUID())
        .param("id", id)
        .param("version", version)
        .param("label", label.id())
        .param("owner", caller.agency())
        .param("by", caller.username())
        .param("now", Timestamp.from(now))
        .param("reason", draft.reason())
        .update();
    List<DisclosedField.Shown<FieldValue>> shown = new ArrayList<>();
    for (EntityDraft.Field f : draft.fields()) {
      Label own = f.label();
      StoredLabel fieldLabel = own == null ? label : labels.register(own, caller.agency());
      UUID fieldId = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO intelligence.entity_field
                (id, entity_id, version, name, field_value, unverified, label_id, owner_agency)
              VALUES (:fid, :id, :version, :name, :value, :unverified, :label, :owner)
              """)
          .param("fid", fieldId)
          .param("id", id)
          .param("version", version)
          .param("name", f.name())
          .param("value", f.json())
          .param("unverified", f.unverified())
          .param("label", fieldLabel.id())
          .param("owner", caller.agency())
          .update();
      shown.add(
          new DisclosedField.Shown<>(
              fieldId,
              id,
              f.name(),
              new FieldValue(version, JSON.readTree(f.json()), f.unverified()),
              fieldLabel));
    }
    return shown;
  }

  /** The entity as the index needs it, from the fields just written with their labels. */
  private static EntityIndexing.Indexed indexed(
      UUID id,
      EntityDraft draft,
      String owner,
      StoredLabel label,
      List<DisclosedField.Shown<FieldValue>> written) {
    List<EntityIndexing.IndexedField> fields = new ArrayList<>();
    // writeVersion returns one field per draft field, in the draft's order.
    for (int i = 0; i < draft.fields().size(); i++) {
      EntityDraft.Field f = draft.fields().get(i);
      fields.add(new EntityIndexing.IndexedField(f.name(), f.json(), written.get(i).label().id()));
    }
    return new EntityIndexing.Indexed(
        id, draft.type(), owner, draft.watchlisted(), label.id(), fields);
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.username(), caller.agency(), caller.country().name());
  }
}
