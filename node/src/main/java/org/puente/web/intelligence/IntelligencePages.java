package org.puente.web.intelligence;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Conflict;
import org.puente.governance.Country;
import org.puente.governance.Disclosed;
import org.puente.governance.DisclosedField;
import org.puente.governance.Labels;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.ReleaseRequest;
import org.puente.governance.ReleaseRequests;
import org.puente.governance.Role;
import org.puente.governance.StoredLabel;
import org.puente.governance.Violation;
import org.puente.intelligence.Entities;
import org.puente.intelligence.Entity;
import org.puente.intelligence.EntityHistory;
import org.puente.intelligence.EntityRecord;
import org.puente.intelligence.EntityType;
import org.puente.intelligence.FieldValue;
import org.puente.intelligence.Graph;
import org.puente.intelligence.Relationship;
import org.puente.intelligence.RelationshipType;
import org.puente.intelligence.Version;
import org.puente.web.LabelForms;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The intelligence pages: search with counts by type, an entity with its fields under their own
 * labels, its relationships and history, the relationship graph, and the release-request inbox.
 * Every read goes through the intelligence module, so a page shows exactly what the API would.
 */
@Controller
class IntelligencePages {

  static final int PAGE = 50;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NAMES = Pattern.compile("[,;\\s]+");

  /** Texts the graph script shows, by the key it asks for. */
  private static final List<String> GRAPH_TEXTS =
      List.of(
          "pointer",
          "loading",
          "notFound",
          "invalid",
          "error",
          "summary",
          "truncated",
          "pathFound",
          "pathNone",
          "owner",
          "evaluation",
          "start",
          "pathTo",
          "legendPointer");

  private final Entities entities;
  private final Graph graph;
  private final ReleaseRequests releases;
  private final Labels labels;
  private final LabelForms forms;
  private final MessageSource messages;

  IntelligencePages(
      Entities entities,
      Graph graph,
      ReleaseRequests releases,
      Labels labels,
      LabelForms forms,
      MessageSource messages) {
    this.entities = entities;
    this.graph = graph;
    this.releases = releases;
    this.labels = labels;
    this.forms = forms;
    this.messages = messages;
  }

  // ---- search ---------------------------------------------------------------------------------

  @GetMapping("/intelligence")
  String search(
      Caller caller,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String type,
      HttpServletRequest request,
      Model model) {
    String query = q.strip();
    model.addAttribute("q", query);
    model.addAttribute("type", type.strip());
    model.addAttribute("types", EntityType.values());
    model.addAttribute("searched", false);
    if (query.isEmpty()) {
      return "intelligence/search";
    }
    try {
      EntityType entityType = IntelligenceApi.type(type.strip());
      if (query.length() > 200) {
        throw new Rejected(Violation.of("/q", "field.tooLong", 200));
      }
      Entities.SearchPage page = entities.search(caller, query, entityType, PAGE);
      List<Hit> hits = new ArrayList<>();
      for (Disclosed<EntityRecord> d : page.items()) {
        hits.add(
            switch (d) {
              case Disclosed.Shown<EntityRecord> s ->
                  new Hit(
                      s.id(),
                      false,
                      EntityViews.title(s.record()),
                      s.record().entity().type(),
                      s.record().entity().owner(),
                      s.label(),
                      null,
                      null);
              case Disclosed.Pointer<EntityRecord> p ->
                  new Hit(
                      p.id(),
                      true,
                      "",
                      page.types().get(p.id()),
                      p.owner(),
                      null,
                      p.ownerCountry(),
                      p.contact());
            });
      }
      model.addAttribute("searched", true);
      model.addAttribute("hits", hits);
      model.addAttribute("total", page.total());
      model.addAttribute("exact", page.exact());
      model.addAttribute("byType", page.byType());
    } catch (Rejected e) {
      model.addAttribute("problems", forms.texts(e.violations(), locale(request)));
    }
    return "intelligence/search";
  }

  /**
   * One search result: an entity the reader sees (title, type, owner, label) or a pointer (who
   * holds it, whom to ask).
   */
  record Hit(
      UUID id,
      boolean pointer,
      String title,
      @Nullable EntityType type,
      String owner,
      @Nullable StoredLabel label,
      @Nullable Country ownerCountry,
      @Nullable String contact) {}

  // ---- one entity -----------------------------------------------------------------------------

  @GetMapping("/intelligence/entities/{id}")
  String entity(Caller caller, @PathVariable UUID id, HttpServletRequest request, Model model) {
    Disclosed<EntityRecord> disclosed =
        entities.find(caller, id).orElseThrow(() -> new NotFound("entity"));
    model.addAttribute("item", disclosed);
    if (!(disclosed instanceof Disclosed.Shown<EntityRecord> shown)) {
      return "intelligence/pointer";
    }
    Locale locale = locale(request);
    Entity entity = shown.record().entity();
    StoredLabel label = shown.label();
    model.addAttribute("entity", entity);
    model.addAttribute("title", EntityViews.title(shown.record()));
    model.addAttribute("labelLines", labels.describe(label.label(), label.owner(), locale));
    model.addAttribute("fields", fields(entity.type(), shown.record().fields(), label, locale));
    Graph.View around = graph.neighbourhood(caller, id, 1);
    model.addAttribute("relations", relations(id, around));
    EntityHistory history = entities.history(caller, id);
    model.addAttribute("versions", versions(entity.type(), history, locale));
    return "intelligence/entity";
  }

  /**
   * A field as the reader has it: its value (with its own label when it is not the record's), or
   * that it is withheld and by whom.
   */
  record FieldRow(
      UUID id,
      String name,
      boolean withheld,
      String value,
      List<String> reports,
      boolean unverified,
      @Nullable StoredLabel ownLabel,
      List<String> ownLabelLines,
      @Nullable String owner,
      @Nullable String contact) {}

  /** A relationship touching the entity, seen from it. */
  record RelationRow(
      UUID id,
      RelationshipType type,
      boolean outgoing,
      UUID other,
      boolean otherPointer,
      String otherTitle,
      @Nullable EntityType otherType,
      String otherOwner,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      String evaluation,
      String source,
      String information,
      String owner,
      StoredLabel label) {}

  /** One version of the entity: who wrote it, when and why, and its fields the reader sees. */
  record VersionRow(
      int version,
      boolean withheld,
      @Nullable String changedBy,
      @Nullable Instant changedAt,
      @Nullable String reason,
      @Nullable StoredLabel label,
      List<FieldRow> fields,
      @Nullable String owner) {}

  private List<FieldRow> fields(
      EntityType type,
      List<DisclosedField<FieldValue>> fields,
      StoredLabel recordLabel,
      Locale locale) {
    List<FieldRow> rows = new ArrayList<>();
    for (DisclosedField<FieldValue> f : fields) {
      rows.add(
          switch (f) {
            case DisclosedField.Shown<FieldValue> s -> {
              boolean own = s.label().id() != recordLabel.id();
              yield new FieldRow(
                  s.id(),
                  s.name(),
                  false,
                  FieldTexts.display(type, s.name(), s.value().value(), messages, locale),
                  FieldTexts.reports(type, s.name(), s.value().value()),
                  s.value().unverified(),
                  own ? s.label() : null,
                  own ? labels.describe(s.label().label(), s.label().owner(), locale) : List.of(),
                  null,
                  null);
            }
            case DisclosedField.Withheld<FieldValue> w ->
                new FieldRow(
                    w.id(),
                    w.name(),
                    true,
                    "",
                    List.of(),
                    false,
                    null,
                    List.of(),
                    w.owner(),
                    w.contact());
          });
    }
    // In the order the type lists its fields, so that every entity of a type reads alike.
    List<String> order = type.fields().stream().map(EntityType.FieldSpec::name).toList();
    rows.sort(
        java.util.Comparator.comparingInt(
            r -> order.indexOf(r.name()) < 0 ? Integer.MAX_VALUE : order.indexOf(r.name())));
    return rows;
  }

  private static List<RelationRow> relations(UUID id, Graph.View view) {
    Map<UUID, Disclosed<EntityRecord>> nodes = new HashMap<>();
    view.nodes().forEach(n -> nodes.put(n.id(), n));
    List<RelationRow> rows = new ArrayList<>();
    for (Disclosed.Shown<Relationship> edge : view.edges()) {
      Relationship r = edge.record();
      boolean outgoing = r.source().equals(id);
      UUID other = outgoing ? r.target() : r.source();
      if (!outgoing && !r.target().equals(id)) {
        continue;
      }
      Disclosed<EntityRecord> end = nodes.get(other);
      if (end == null) {
        continue;
      }
      String title;
      EntityType otherType;
      String otherOwner;
      switch (end) {
        case Disclosed.Shown<EntityRecord> s -> {
          title = EntityViews.title(s.record());
          otherType = s.record().entity().type();
          otherOwner = s.record().entity().owner();
        }
        case Disclosed.Pointer<EntityRecord> p -> {
          title = "";
          otherType = null;
          otherOwner = p.owner();
        }
      }
      rows.add(
          new RelationRow(
              r.id(),
              r.type(),
              outgoing,
              other,
              end.pointer(),
              title,
              otherType,
              otherOwner,
              r.from(),
              r.to(),
              r.evaluation().code(),
              String.valueOf(r.evaluation().source()),
              String.valueOf(r.evaluation().information()),
              r.owner(),
              edge.label()));
    }
    return rows;
  }

  private List<VersionRow> versions(EntityType type, EntityHistory history, Locale locale) {
    List<VersionRow> rows = new ArrayList<>();
    for (DisclosedField<Version> v : history.versions()) {
      rows.add(
          switch (v) {
            case DisclosedField.Shown<Version> s ->
                new VersionRow(
                    s.value().version(),
                    false,
                    s.value().changedBy(),
                    s.value().changedAt(),
                    s.value().reason(),
                    s.label(),
                    fields(
                        type,
                        history.fields().getOrDefault(s.value().version(), List.of()),
                        s.label(),
                        locale),
                    null);
            case DisclosedField.Withheld<Version> w ->
                new VersionRow(
                    parseVersion(w.name()), true, null, null, null, null, List.of(), w.owner());
          });
    }
    // Newest first: the version in force heads the list.
    rows.sort((a, b) -> Integer.compare(b.version(), a.version()));
    return rows;
  }

  private static int parseVersion(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  // ---- graph ----------------------------------------------------------------------------------

  @GetMapping("/intelligence/graph")
  String graph(
      Caller caller,
      @RequestParam(defaultValue = "") String id,
      @RequestParam(defaultValue = "1") String depth,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "4") String maxLength,
      HttpServletRequest request,
      Model model) {
    Locale locale = locale(request);
    model.addAttribute("id", id.strip());
    model.addAttribute("depth", depth.strip());
    model.addAttribute("from", from.isBlank() ? id.strip() : from.strip());
    model.addAttribute("to", to.strip());
    model.addAttribute("maxLength", maxLength.strip());
    model.addAttribute("maxDepth", Graph.MAX_DEPTH);
    model.addAttribute("maxPath", Graph.MAX_PATH);
    if (id.isBlank()) {
      return "intelligence/graph";
    }
    List<Violation> violations = new ArrayList<>();
    UUID start = uuid(id, "id", violations);
    int d = number(depth, "/depth", "graph.depth.range", Graph.MAX_DEPTH, violations);
    UUID pathFrom = null;
    UUID pathTo = null;
    int length = 0;
    if (!to.isBlank()) {
      pathFrom = from.isBlank() ? start : uuid(from, "from", violations);
      pathTo = uuid(to, "to", violations);
      length = number(maxLength, "/maxLength", "graph.maxLength.range", Graph.MAX_PATH, violations);
    }
    if (!violations.isEmpty() || start == null) {
      model.addAttribute("problems", forms.texts(violations, locale));
      return "intelligence/graph";
    }
    ObjectNode config = NODES.objectNode();
    config.put("id", start.toString());
    config.put("depth", d);
    if (pathFrom != null && pathTo != null) {
      ObjectNode path = config.putObject("path");
      path.put("from", pathFrom.toString());
      path.put("to", pathTo.toString());
      path.put("maxLength", length);
    }
    ObjectNode texts = config.putObject("labels");
    for (String key : GRAPH_TEXTS) {
      texts.put(key, text("intel.graph.js." + key, locale));
    }
    ObjectNode typeNames = config.putObject("types");
    for (EntityType t : EntityType.values()) {
      typeNames.put(t.name(), text("intel.type." + t.name(), locale));
    }
    ObjectNode relationNames = config.putObject("relationships");
    for (RelationshipType t : RelationshipType.values()) {
      relationNames.put(t.name(), text("intel.rel.type." + t.name(), locale));
    }
    // Keep the JSON inert inside its script element.
    model.addAttribute("config", config.toString().replace("<", "\\u003c"));
    return "intelligence/graph";
  }

  /** Parses a UUID parameter, or names it as invalid; null when blank or bad. */
  static @Nullable UUID uuid(String value, String name, List<Violation> violations) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      violations.add(Violation.of("/" + name, "parameter.invalid", name));
      return null;
    }
  }

  /** Parses a whole number from 1 to {@code max}, or names it as out of range. */
  static int number(
      String value, String pointer, String code, int max, List<Violation> violations) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below with the range, as for a number out of range.
    }
    violations.add(Violation.of(pointer, code, max));
    return 1;
  }

  // ---- release requests -----------------------------------------------------------------------

  @GetMapping("/intelligence/releases")
  String releases(Caller caller, @RequestParam(required = false) @Nullable UUID sent, Model model) {
    model.addAttribute("inbox", releases.inbox(caller));
    model.addAttribute("sent", releases.sent(caller));
    model.addAttribute("justSent", sent);
    model.addAttribute(
        "decider",
        caller.account().has(Role.ANALYST) || caller.account().has(Role.SECURITY_OFFICER));
    return "intelligence/releases";
  }

  @GetMapping("/intelligence/releases/new")
  String requestForm(
      Caller caller,
      @RequestParam(defaultValue = "") String recordType,
      @RequestParam(defaultValue = "") String recordId,
      Model model) {
    model.addAttribute("form", new RequestForm(recordType.strip(), recordId.strip(), ""));
    return "intelligence/request";
  }

  @PostMapping("/intelligence/releases")
  String request(
      Caller caller,
      @RequestParam(defaultValue = "") String recordType,
      @RequestParam(defaultValue = "") String recordId,
      @RequestParam(defaultValue = "") String purpose,
      HttpServletRequest request,
      Model model) {
    ObjectNode body = NODES.objectNode();
    body.put("recordType", recordType.strip());
    body.put("recordId", recordId.strip());
    if (!purpose.isBlank()) {
      body.put("purpose", purpose.strip());
    }
    try {
      ReleaseRequest sent = releases.request(caller, body);
      return "redirect:/intelligence/releases?sent=" + sent.id() + "#sent";
    } catch (Rejected e) {
      model.addAttribute("problems", forms.texts(e.violations(), locale(request)));
    } catch (Conflict e) {
      model.addAttribute("conflict", true);
    }
    model.addAttribute("form", new RequestForm(recordType.strip(), recordId.strip(), purpose));
    return "intelligence/request";
  }

  /** What the person typed into a release request, to show again when it is refused. */
  record RequestForm(String recordType, String recordId, String purpose) {}

  @PostMapping("/intelligence/releases/{id}/decision")
  String decide(
      Caller caller,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String withhold,
      HttpServletRequest request,
      Model model) {
    ObjectNode body = NODES.objectNode();
    body.put("decision", decision.strip());
    if (!reason.isBlank()) {
      body.put("reason", reason.strip());
    }
    if (!withhold.isBlank()) {
      ArrayNode names = body.putArray("withhold");
      NAMES.splitAsStream(withhold.strip()).filter(s -> !s.isEmpty()).forEach(names::add);
    }
    try {
      releases.decide(caller, id, body);
      return "redirect:/intelligence/releases#inbox";
    } catch (Rejected e) {
      model.addAttribute("problems", forms.texts(e.violations(), locale(request)));
    } catch (Conflict e) {
      model.addAttribute("conflict", true);
    }
    model.addAttribute("failed", id);
    model.addAttribute("decision", new DecisionForm(decision, reason, withhold));
    return releases(caller, null, model);
  }

  /** What the decider typed, to show again when the decision is refused. */
  record DecisionForm(String decision, String reason, String withhold) {}

  // ---- helpers --------------------------------------------------------------------------------

  private String text(String code, Locale locale) {
    return Objects.requireNonNullElse(messages.getMessage(code, null, code, locale), code);
  }

  private static Locale locale(HttpServletRequest request) {
    return RequestContextUtils.getLocale(request);
  }

  /**
   * The graph page's data, for the signed-in page: neighbourhoods and paths as the API gives them,
   * with each visible node's display name; bad parameters are answered as problem details.
   */
  @RestController
  static class Data {

    private final Graph graph;
    private final EntityViews views;

    Data(Graph graph, EntityViews views) {
      this.graph = graph;
      this.views = views;
    }

    @GetMapping(path = "/intelligence/graph/data", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> neighbourhood(
        Caller caller,
        @RequestParam(defaultValue = "") String id,
        @RequestParam(defaultValue = "1") String depth) {
      List<Violation> violations = new ArrayList<>();
      UUID start = uuid(id, "id", violations);
      int d = number(depth, "/depth", "graph.depth.range", Graph.MAX_DEPTH, violations);
      if (!violations.isEmpty() || start == null) {
        throw new Rejected(violations);
      }
      return view(graph.neighbourhood(caller, start, d));
    }

    @GetMapping(path = "/intelligence/graph/paths", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> paths(
        Caller caller,
        @RequestParam(defaultValue = "") String from,
        @RequestParam(defaultValue = "") String to,
        @RequestParam(defaultValue = "4") String maxLength) {
      List<Violation> violations = new ArrayList<>();
      UUID a = uuid(from, "from", violations);
      UUID b = uuid(to, "to", violations);
      int length =
          number(maxLength, "/maxLength", "graph.maxLength.range", Graph.MAX_PATH, violations);
      if (!violations.isEmpty() || a == null || b == null) {
        throw new Rejected(violations);
      }
      return view(graph.paths(caller, a, b, length));
    }

    private Map<String, Object> view(Graph.View view) {
      Map<String, Object> m = new LinkedHashMap<>(views.graph(view));
      List<Map<String, Object>> nodes = new ArrayList<>();
      for (Disclosed<EntityRecord> d : view.nodes()) {
        Map<String, Object> node = new LinkedHashMap<>(views.entity(d));
        if (d instanceof Disclosed.Shown<EntityRecord> shown) {
          node.put("title", EntityViews.title(shown.record()));
        }
        nodes.add(node);
      }
      m.put("nodes", nodes);
      return m;
    }
  }

  /** Field values in words: countries, codes and documents named in the reader's language. */
  static final class FieldTexts {

    private static final Map<String, String> ALPHA3 = alpha3();

    private FieldTexts() {}

    static String display(
        EntityType type, String name, JsonNode value, MessageSource messages, Locale locale) {
      var spec = type.field(name);
      if (spec.isEmpty()) {
        return value.isString() ? value.asString() : value.toString();
      }
      return switch (spec.get().kind()) {
        case TEXT, DATE, VIN, PHONE, CONTAINER, SUBDIVISION, INTEGER -> value.asString();
        case TEXTS -> String.join("; ", strings(value));
        case COUNTRY -> country(value.asString(), locale);
        case COUNTRIES ->
            String.join(", ", strings(value).stream().map(c -> country(c, locale)).toList());
        case CODE -> message(messages, "intel.code." + value.asString(), value.asString(), locale);
        case DOCUMENTS -> {
          List<String> docs = new ArrayList<>();
          for (JsonNode doc : value) {
            String kind = doc.path("kind").asString();
            StringBuilder s =
                new StringBuilder(message(messages, "intel.document." + kind, kind, locale))
                    .append(' ')
                    .append(doc.path("number").asString());
            JsonNode country = doc.get("country");
            if (country != null && country.isString()) {
              s.append(" (").append(country(country.asString(), locale)).append(')');
            }
            docs.add(s.toString());
          }
          yield String.join("; ", docs);
        }
        case COORDINATES -> value.path("lat").asString() + ", " + value.path("lon").asString();
        case REPORTS -> "";
      };
    }

    static List<String> reports(EntityType type, String name, JsonNode value) {
      boolean reports =
          type.field(name)
              .map(s -> s.kind() == org.puente.intelligence.FieldKind.REPORTS)
              .orElse(false);
      return reports ? strings(value) : List.of();
    }

    private static List<String> strings(JsonNode value) {
      List<String> out = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(v -> out.add(v.asString()));
      } else {
        out.add(value.asString());
      }
      return out;
    }

    private static String country(String alpha3, Locale locale) {
      String alpha2 = ALPHA3.get(alpha3);
      if (alpha2 == null) {
        return alpha3;
      }
      return Locale.of("", alpha2).getDisplayCountry(locale) + " (" + alpha3 + ")";
    }

    private static String message(
        MessageSource messages, String code, String fallback, Locale locale) {
      return Objects.requireNonNullElse(
          messages.getMessage(code, null, fallback, locale), fallback);
    }

    private static Map<String, String> alpha3() {
      Map<String, String> m = new HashMap<>();
      for (String alpha2 : Locale.getISOCountries()) {
        try {
          m.put(Locale.of("", alpha2).getISO3Country(), alpha2);
        } catch (java.util.MissingResourceException e) {
          // A country without a three-letter code is shown by the code given.
        }
      }
      return Map.copyOf(m);
    }
  }
}
