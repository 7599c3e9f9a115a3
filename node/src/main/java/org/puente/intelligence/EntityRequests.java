package org.puente.intelligence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Label;
import org.puente.governance.Labels;
import org.puente.governance.Violation;
import org.puente.intelligence.identifiers.Checked;
import org.puente.intelligence.identifiers.ContainerNumber;
import org.puente.intelligence.identifiers.Curp;
import org.puente.intelligence.identifiers.Phones;
import org.puente.intelligence.identifiers.Vin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an entity request ({@code {"type":"PERSON","givenNames":…,"label":{…},"fieldLabels":{…}}})
 * into a checked {@link EntityDraft}, naming every problem by its JSON Pointer.
 */
final class EntityRequests {

  static final int MAX_TEXT = 200;
  static final int MAX_ITEMS = 50;
  static final Set<String> RESERVED =
      Set.of("type", "label", "fieldLabels", "unverified", "watchlisted", "reason", "id");
  static final List<String> DOCUMENT_KINDS =
      List.of(
          "CURP",
          "PASSPORT",
          "DRIVERS_LICENCE",
          "NATIONAL_ID",
          "VOTER_ID",
          "TAX_ID",
          "COMPANY_REGISTRATION",
          "OTHER");
  private static final Set<String> ISO_COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Labels labels;

  EntityRequests(Labels labels) {
    this.labels = labels;
  }

  /**
   * Checks a request for an entity owned by {@code owner} (whose country is the default for
   * national phone numbers); adds every problem to {@code violations} and returns null when there
   * is one. {@code today} bounds dates of birth and other past dates.
   */
  @Nullable EntityDraft read(
      JsonNode request,
      String pointer,
      String owner,
      String ownerCountry,
      LocalDate today,
      @Nullable EntityType fixedType,
      List<Violation> violations) {
    int before = violations.size();
    if (!request.isObject()) {
      violations.add(Violation.of(pointer, "request.notObject"));
      return null;
    }
    EntityType type = fixedType;
    JsonNode typeNode = request.get("type");
    if (typeNode == null || typeNode.isNull()) {
      if (fixedType == null) {
        violations.add(Violation.of(pointer + "/type", "field.required"));
        return null;
      }
    } else {
      EntityType named =
          typeNode.isString() ? EntityType.parse(typeNode.asString()).orElse(null) : null;
      if (named == null) {
        violations.add(Violation.of(pointer + "/type", "entity.type.unknown", typeNode.toString()));
        return null;
      }
      if (fixedType != null && named != fixedType) {
        violations.add(Violation.of(pointer + "/type", "entity.type.changed", fixedType.name()));
        return null;
      }
      type = named;
    }
    if (type == null) {
      violations.add(Violation.of(pointer + "/type", "field.required"));
      return null;
    }
    for (String name : request.propertyNames()) {
      if (!RESERVED.contains(name) && type.field(name).isEmpty()) {
        violations.add(
            Violation.of(Violation.pointer(pointer, name), "entity.field.unknown", name, type));
      }
    }
    Set<String> unverified = new HashSet<>();
    JsonNode unverifiedNode = request.get("unverified");
    if (unverifiedNode != null && !unverifiedNode.isNull()) {
      if (!unverifiedNode.isArray()) {
        violations.add(Violation.of(pointer + "/unverified", "field.notList"));
      } else {
        for (int i = 0; i < unverifiedNode.size(); i++) {
          JsonNode item = unverifiedNode.get(i);
          String name = item != null && item.isString() ? item.asString() : "";
          var spec = type.field(name);
          if (spec.isEmpty() || !spec.get().verifiable()) {
            violations.add(
                Violation.of(
                    pointer + "/unverified/" + i, "entity.unverified.notIdentifier", name));
          } else if (request.get(name) == null || request.get(name).isNull()) {
            violations.add(
                Violation.of(pointer + "/unverified/" + i, "entity.unverified.noValue", name));
          } else {
            unverified.add(name);
          }
        }
      }
    }
    Label label = labels.read(request.get("label"), pointer + "/label", owner, violations);
    List<EntityDraft.Field> fields = new ArrayList<>();
    for (EntityType.FieldSpec spec : type.fields()) {
      JsonNode value = request.get(spec.name());
      if (value == null || value.isNull()) {
        continue;
      }
      String at = Violation.pointer(pointer, spec.name());
      JsonNode normal =
          normalise(
              spec, value, at, ownerCountry, today, unverified.contains(spec.name()), violations);
      if (normal != null) {
        fields.add(
            new EntityDraft.Field(
                spec.name(),
                JSON.writeValueAsString(normal),
                unverified.contains(spec.name()),
                null));
      }
    }
    if (type.identifying().stream()
        .noneMatch(f -> request.get(f) != null && !request.get(f).isNull())) {
      violations.add(
          Violation.of(
              pointer, "entity.identifying.required", String.join(", ", type.identifying())));
    }
    JsonNode fieldLabels = request.get("fieldLabels");
    if (fieldLabels != null && !fieldLabels.isNull()) {
      if (!fieldLabels.isObject()) {
        violations.add(Violation.of(pointer + "/fieldLabels", "field.notObject"));
      } else {
        for (String name : fieldLabels.propertyNames()) {
          String at = Violation.pointer(pointer + "/fieldLabels", name);
          if (type.field(name).isEmpty()) {
            violations.add(Violation.of(at, "entity.field.unknown", name, type));
            continue;
          }
          int index = indexOf(fields, name);
          if (request.get(name) == null || request.get(name).isNull()) {
            violations.add(Violation.of(at, "entity.fieldLabel.noValue", name));
            continue;
          }
          Label fieldLabel = labels.read(fieldLabels.get(name), at, owner, violations);
          if (fieldLabel == null || label == null) {
            continue;
          }
          if (!labels.within(fieldLabel, label)) {
            violations.add(Violation.of(at, "entity.fieldLabel.looser", name));
            continue;
          }
          if (index >= 0) {
            EntityDraft.Field f = fields.get(index);
            fields.set(
                index, new EntityDraft.Field(f.name(), f.json(), f.unverified(), fieldLabel));
          }
        }
      }
    }
    boolean watchlisted = false;
    JsonNode watch = request.get("watchlisted");
    if (watch != null && !watch.isNull()) {
      if (!watch.isBoolean()) {
        violations.add(Violation.of(pointer + "/watchlisted", "field.notBoolean"));
      } else {
        watchlisted = watch.asBoolean();
      }
    }
    String reason = null;
    JsonNode reasonNode = request.get("reason");
    if (reasonNode != null && !reasonNode.isNull()) {
      reason = text(reasonNode, pointer + "/reason", 500, violations);
    }
    if (violations.size() > before || label == null) {
      return null;
    }
    return new EntityDraft(type, label, fields, watchlisted, reason);
  }

  private static int indexOf(List<EntityDraft.Field> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static @Nullable JsonNode normalise(
      EntityType.FieldSpec spec,
      JsonNode value,
      String at,
      String ownerCountry,
      LocalDate today,
      boolean unverified,
      List<Violation> violations) {
    return switch (spec.kind()) {
      case TEXT -> {
        String s = text(value, at, MAX_TEXT, violations);
        yield s == null ? null : NODES.stringNode(s);
      }
      case TEXTS -> {
        if (!value.isArray() || value.isEmpty()) {
          violations.add(Violation.of(at, "field.notList"));
          yield null;
        }
        if (value.size() > MAX_ITEMS) {
          violations.add(Violation.of(at, "field.tooMany", MAX_ITEMS));
          yield null;
        }
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < value.size(); i++) {
          String s = text(value.get(i), at + "/" + i, MAX_TEXT, violations);
          if (s != null) {
            out.add(s);
          }
        }
        yield out.size() == value.size() ? out : null;
      }
      case DATE -> {
        String s = text(value, at, 10, violations);
        yield s == null ? null : date(s, at, today, violations);
      }
      case COUNTRY -> {
        String s = text(value, at, 3, violations);
        if (s != null && !ISO_COUNTRIES.contains(s)) {
          violations.add(Violation.of(at, "country.unknown", s));
          yield null;
        }
        yield s == null ? null : NODES.stringNode(s);
      }
      case COUNTRIES -> {
        if (!value.isArray() || value.isEmpty()) {
          violations.add(Violation.of(at, "field.notList"));
          yield null;
        }
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < value.size() && i < MAX_ITEMS; i++) {
          String s = text(value.get(i), at + "/" + i, 3, violations);
          if (s != null && !ISO_COUNTRIES.contains(s)) {
            violations.add(Violation.of(at + "/" + i, "country.unknown", s));
          } else if (s != null) {
            out.add(s);
          }
        }
        yield out.size() == value.size() ? out : null;
      }
      case CODE -> {
        String s = text(value, at, 40, violations);
        if (s != null && !spec.codes().contains(s)) {
          violations.add(
              Violation.of(at, "entity.code.unknown", s, String.join(", ", spec.codes())));
          yield null;
        }
        yield s == null ? null : NODES.stringNode(s);
      }
      case INTEGER -> {
        if (!value.isIntegralNumber() || value.asLong() < 1800 || value.asLong() > 2100) {
          violations.add(Violation.of(at, "entity.year.invalid", value.toString()));
          yield null;
        }
        yield NODES.numberNode(value.asInt());
      }
      case VIN -> identifier(value, at, unverified, violations, Vin::check);
      case CONTAINER -> identifier(value, at, unverified, violations, ContainerNumber::check);
      case PHONE ->
          identifier(value, at, unverified, violations, raw -> Phones.check(raw, ownerCountry));
      case SUBDIVISION -> {
        String s = text(value, at, 6, violations);
        if (s != null && !SUBDIVISION.matcher(s).matches()) {
          violations.add(Violation.of(at, "entity.subdivision.invalid", s));
          yield null;
        }
        yield s == null ? null : NODES.stringNode(s);
      }
      case COORDINATES -> {
        JsonNode lat = value.isObject() ? value.get("lat") : null;
        JsonNode lon = value.isObject() ? value.get("lon") : null;
        if (lat == null
            || lon == null
            || !lat.isNumber()
            || !lon.isNumber()
            || value.size() != 2
            || Math.abs(lat.asDouble()) > 90
            || Math.abs(lon.asDouble()) > 180) {
          violations.add(Violation.of(at, "entity.coordinates.invalid"));
          yield null;
        }
        ObjectNode out = NODES.objectNode();
        out.put("lat", lat.asDouble());
        out.put("lon", lon.asDouble());
        yield out;
      }
      case REPORTS -> {
        if (!value.isArray() || value.isEmpty() || value.size() > MAX_ITEMS) {
          violations.add(Violation.of(at, "field.notList"));
          yield null;
        }
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < value.size(); i++) {
          String s = text(value.get(i), at + "/" + i, 36, violations);
          if (s == null) {
            continue;
          }
          try {
            out.add(UUID.fromString(s).toString());
          } catch (IllegalArgumentException e) {
            violations.add(Violation.of(at + "/" + i, "entity.report.invalid", s));
          }
        }
        yield out.size() == value.size() ? out : null;
      }
      case DOCUMENTS -> documents(value, at, unverified, violations);
    };
  }

  private static @Nullable JsonNode documents(
      JsonNode value, String at, boolean unverified, List<Violation> violations) {
    if (!value.isArray() || value.isEmpty() || value.size() > MAX_ITEMS) {
      violations.add(Violation.of(at, "field.notList"));
      return null;
    }
    ArrayNode out = NODES.arrayNode();
    int before = violations.size();
    for (int i = 0; i < value.size(); i++) {
      JsonNode doc = value.get(i);
      String p = at + "/" + i;
      if (doc == null || !doc.isObject()) {
        violations.add(Violation.of(p, "field.notObject"));
        continue;
      }
      for (String name : doc.propertyNames()) {
        if (!List.of("kind", "number", "country").contains(name)) {
          violations.add(Violation.of(Violation.pointer(p, name), "field.unknown", name));
        }
      }
      String kind = required(doc, "kind", p, 30, violations);
      String number = required(doc, "number", p, 40, violations);
      String country = null;
      if (doc.get("country") != null && !doc.get("country").isNull()) {
        country = text(doc.get("country"), p + "/country", 3, violations);
        if (country != null && !ISO_COUNTRIES.contains(country)) {
          violations.add(Violation.of(p + "/country", "country.unknown", country));
        }
      }
      if (kind != null && !DOCUMENT_KINDS.contains(kind)) {
        violations.add(
            Violation.of(
                p + "/kind", "entity.document.kind", kind, String.join(", ", DOCUMENT_KINDS)));
        continue;
      }
      if (kind == null || number == null) {
        continue;
      }
      String normal = number.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
      if (kind.equals("CURP") && !unverified) {
        switch (Curp.check(normal)) {
          case Checked.Valid v -> normal = v.normalised();
          case Checked.Invalid bad -> {
            violations.add(Violation.of(p + "/number", bad.reason(), bad.args().toArray()));
            continue;
          }
        }
      }
      ObjectNode d = NODES.objectNode();
      d.put("kind", kind);
      d.put("number", normal);
      if (country != null) {
        d.put("country", country);
      }
      out.add(d);
    }
    return violations.size() > before ? null : out;
  }

  private static @Nullable JsonNode identifier(
      JsonNode value,
      String at,
      boolean unverified,
      List<Violation> violations,
      java.util.function.Function<String, Checked> check) {
    String s = text(value, at, 40, violations);
    if (s == null) {
      return null;
    }
    if (unverified) {
      return NODES.stringNode(s);
    }
    return switch (check.apply(s)) {
      case Checked.Valid v -> NODES.stringNode(v.normalised());
      case Checked.Invalid bad -> {
        violations.add(Violation.of(at, bad.reason(), bad.args().toArray()));
        yield null;
      }
    };
  }

  private static @Nullable JsonNode date(
      String s, String at, LocalDate today, List<Violation> violations) {
    try {
      if (YEAR.matcher(s).matches()) {
        int year = Integer.parseInt(s);
        if (year < 1900 || year > today.getYear()) {
          violations.add(Violation.of(at, "entity.date.range", s));
          return null;
        }
      } else if (YEAR_MONTH.matcher(s).matches()) {
        YearMonth ym = YearMonth.parse(s);
        if (ym.getYear() < 1900 || ym.isAfter(YearMonth.from(today))) {
          violations.add(Violation.of(at, "entity.date.range", s));
          return null;
        }
      } else {
        LocalDate d = LocalDate.parse(s);
        if (d.getYear() < 1900 || d.isAfter(today)) {
          violations.add(Violation.of(at, "entity.date.range", s));
          return null;
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      violations.add(Violation.of(at, "date.invalid", s));
      return null;
    }
    return NODES.stringNode(s);
  }

  private static @Nullable String required(
      JsonNode node, String member, String at, int max, List<Violation> violations) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      violations.add(Violation.of(at + "/" + member, "field.required"));
      return null;
    }
    return text(value, at + "/" + member, max, violations);
  }

  static @Nullable String text(
      @Nullable JsonNode node, String at, int max, List<Violation> violations) {
    return org.puente.governance.RequestText.read(node, at, max, false, violations);
  }
}
