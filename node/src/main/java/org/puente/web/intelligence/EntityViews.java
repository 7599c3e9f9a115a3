package org.puente.web.intelligence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Disclosed;
import org.puente.governance.DisclosedField;
import org.puente.governance.ReleaseRequest;
import org.puente.intelligence.Entity;
import org.puente.intelligence.EntityHistory;
import org.puente.intelligence.EntityRecord;
import org.puente.intelligence.EntityType;
import org.puente.intelligence.FieldValue;
import org.puente.intelligence.Graph;
import org.puente.intelligence.Relationship;
import org.puente.intelligence.Version;
import org.puente.web.LabelViews;
import org.springframework.stereotype.Component;

/** The JSON shapes of entities, fields, relationships, graphs and release requests. */
@Component
class EntityViews {

  private final LabelViews labels;

  EntityViews(LabelViews labels) {
    this.labels = labels;
  }

  Map<String, Object> entity(Disclosed<EntityRecord> disclosed) {
    return entity(disclosed, null);
  }

  /** An entity, or its pointer (with its type when a search legitimately matched it). */
  Map<String, Object> entity(Disclosed<EntityRecord> disclosed, @Nullable EntityType pointerType) {
    return switch (disclosed) {
      case Disclosed.Shown<EntityRecord> shown -> {
        Entity e = shown.record().entity();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id().toString());
        m.put("type", e.type().name());
        m.put("owner", labels.owner(e.owner()));
        m.put("version", e.version());
        m.put("watchlisted", e.watchlisted());
        m.put("createdBy", e.createdBy());
        m.put("createdAt", e.createdAt().toString());
        m.put("updatedAt", e.updatedAt().toString());
        m.put("label", labels.label(shown.label()));
        m.put("fields", fields(shown.record().fields(), shown.label().id()));
        yield m;
      }
      case Disclosed.Pointer<EntityRecord> pointer -> {
        Map<String, Object> m = labels.pointer(pointer);
        if (pointerType != null) {
          m.put("entityType", pointerType.name());
        }
        yield m;
      }
    };
  }

  /**
   * Fields by name: each shown one as {@code {"value", "label"?, "unverified"?}} (its label only
   * when stricter than the record's), each withheld one as {@code {"withheld":true, "fieldId",
   * "owner", "contact"}}.
   */
  Map<String, Object> fields(List<DisclosedField<FieldValue>> fields, long recordLabel) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (DisclosedField<FieldValue> f : fields) {
      Map<String, Object> m = new LinkedHashMap<>();
      switch (f) {
        case DisclosedField.Shown<FieldValue> s -> {
          m.put("value", s.value().value());
          if (s.value().unverified()) {
            m.put("unverified", true);
          }
          if (s.label().id() != recordLabel) {
            m.put("label", labels.label(s.label()));
          }
        }
        case DisclosedField.Withheld<FieldValue> w -> {
          m.put("withheld", true);
          m.put("fieldId", w.id().toString());
          m.put("owner", w.owner());
          m.put("contact", w.contact());
        }
      }
      out.put(f.name(), m);
    }
    return out;
  }

  Map<String, Object> history(EntityHistory history) {
    List<Map<String, Object>> versions = new ArrayList<>();
    for (DisclosedField<Version> v : history.versions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      switch (v) {
        case DisclosedField.Shown<Version> s -> {
          m.put("version", s.value().version());
          m.put("changedBy", s.value().changedBy());
          m.put("changedAt", s.value().changedAt().toString());
          if (s.value().reason() != null) {
            m.put("reason", s.value().reason());
          }
          m.put("label", labels.label(s.label()));
          m.put(
              "fields",
              fields(
                  history.fields().getOrDefault(s.value().version(), List.of()), s.label().id()));
        }
        case DisclosedField.Withheld<Version> w -> {
          m.put("version", Integer.parseInt(w.name()));
          m.put("withheld", true);
          m.put("owner", w.owner());
          m.put("contact", w.contact());
        }
      }
      versions.add(m);
    }
    return Map.of("versions", versions);
  }

  Map<String, Object> relationship(Disclosed<Relationship> disclosed) {
    return switch (disclosed) {
      case Disclosed.Shown<Relationship> shown -> {
        Relationship r = shown.record();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("type", r.type().name());
        m.put("source", r.source().toString());
        m.put("target", r.target().toString());
        if (r.from() != null) {
          m.put("from", r.from().toString());
        }
        if (r.to() != null) {
          m.put("to", r.to().toString());
        }
        if (r.evidence() != null) {
          m.put("evidence", r.evidence());
        }
        m.put("evaluation", r.evaluation().code());
        m.put("owner", labels.owner(r.owner()));
        m.put("createdBy", r.createdBy());
        m.put("createdAt", r.createdAt().toString());
        m.put("label", labels.label(shown.label()));
        yield m;
      }
      case Disclosed.Pointer<Relationship> pointer -> labels.pointer(pointer);
    };
  }

  Map<String, Object> graph(Graph.View view) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nodes", view.nodes().stream().map(this::entity).toList());
    m.put("edges", view.edges().stream().map(this::relationship).toList());
    if (!view.paths().isEmpty()) {
      m.put(
          "paths",
          view.paths().stream().map(p -> p.stream().map(Object::toString).toList()).toList());
    }
    m.put("truncated", view.truncated());
    return m;
  }

  Map<String, Object> release(ReleaseRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id().toString());
    m.put("recordType", r.recordType());
    m.put("recordId", r.recordId().toString());
    if (r.field() != null) {
      m.put("field", r.field());
    }
    m.put("owner", labels.owner(r.owner()));
    m.put("requester", r.requester());
    m.put("requesterAgency", r.requesterAgency());
    m.put("purpose", r.purpose());
    m.put("status", r.status().name());
    m.put("createdAt", r.createdAt().toString());
    if (r.decidedBy() != null) {
      m.put("decidedBy", r.decidedBy());
    }
    if (r.decidedAt() != null) {
      m.put("decidedAt", String.valueOf(r.decidedAt()));
    }
    if (r.reason() != null) {
      m.put("reason", r.reason());
    }
    if (!r.withheld().isEmpty()) {
      m.put("withheld", r.withheld());
    }
    return m;
  }

  /**
   * Entities as CSV: id, type, owner, whether a pointer, then one column per field of any type,
   * holding the value the caller may see, {@code [withheld]}, or nothing.
   */
  String csv(List<Disclosed<EntityRecord>> items) {
    List<String> columns = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      for (EntityType.FieldSpec f : t.fields()) {
        if (!columns.contains(f.name())) {
          columns.add(f.name());
        }
      }
    }
    StringBuilder out = new StringBuilder("id,type,owner,pointer");
    columns.forEach(c -> out.append(',').append(c));
    out.append("\r\n");
    for (Disclosed<EntityRecord> d : items) {
      out.append(d.id()).append(',');
      switch (d) {
        case Disclosed.Shown<EntityRecord> s -> {
          out.append(s.record().entity().type().name())
              .append(',')
              .append(s.record().entity().owner())
              .append(",false");
          Map<String, String> values = new LinkedHashMap<>();
          for (DisclosedField<FieldValue> f : s.record().fields()) {
            values.put(
                f.name(),
                switch (f) {
                  case DisclosedField.Shown<FieldValue> v ->
                      v.value().value().isString()
                          ? v.value().value().asString()
                          : v.value().value().toString();
                  case DisclosedField.Withheld<FieldValue> w -> "[withheld]";
                });
          }
          for (String c : columns) {
            out.append(',').append(cell(values.getOrDefault(c, "")));
          }
        }
        case Disclosed.Pointer<EntityRecord> p -> {
          out.append(',').append(p.owner()).append(",true");
          columns.forEach(c -> out.append(','));
        }
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** A CSV cell, quoted when needed, and never read as a formula by a spreadsheet. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /** A display name for an entity's node or title, from the fields the caller sees. */
  static String title(EntityRecord record) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (DisclosedField<FieldValue> f : record.fields()) {
      if (f instanceof DisclosedField.Shown<FieldValue> s) {
        values.put(
            s.name(),
            s.value().value().isString() ? s.value().value().asString() : s.value().value());
      }
    }
    List<String> parts = new ArrayList<>();
    for (String name :
        List.of(
            "givenNames",
            "paternalSurname",
            "maternalSurname",
            "title",
            "name",
            "number",
            "plate",
            "container",
            "billOfLading",
            "serial",
            "make",
            "model",
            "date",
            "place")) {
      Object v = values.get(name);
      if (v instanceof String s) {
        parts.add(s);
      }
    }
    if (parts.isEmpty()
        && values.get("names") instanceof tools.jackson.databind.JsonNode n
        && n.isArray()
        && !n.isEmpty()) {
      parts.add(n.get(0).asString());
    }
    if (parts.isEmpty()
        && values.get("aliases") instanceof tools.jackson.databind.JsonNode n
        && n.isArray()
        && !n.isEmpty()) {
      parts.add("“" + n.get(0).asString() + "”");
    }
    return parts.isEmpty() ? record.entity().type().name() : String.join(" ", parts);
  }
}
