package org.puente.web.intelligence;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.csv.Csv;
import org.puente.forensics.csv.MalformedCsv;
import org.puente.governance.Caller;
import org.puente.governance.Conflict;
import org.puente.governance.Country;
import org.puente.governance.Disclosed;
import org.puente.governance.DisclosedField;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.ReleaseRequests;
import org.puente.governance.Role;
import org.puente.governance.StoredLabel;
import org.puente.governance.Violation;
import org.puente.intelligence.Entities;
import org.puente.intelligence.EntityRecord;
import org.puente.intelligence.EntityType;
import org.puente.intelligence.FieldValue;
import org.puente.intelligence.Resolution;
import org.puente.intelligence.ScreeningRules;
import org.puente.intelligence.Screenings;
import org.puente.intelligence.resolution.Explanation;
import org.puente.intelligence.resolution.FeatureWeight;
import org.puente.intelligence.resolution.MatchMode;
import org.puente.web.Callers;
import org.puente.web.LabelForms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resolution and screening pages: matching one person with an explanation of every score,
 * proposals for a person entity with confirm and reject, screening a batch of crossings typed or
 * uploaded as CSV, a screening's hits, and the liaison queue where an owner decides referred hits.
 * Every read and decision goes through the same services as the API, so a page shows exactly what
 * the API would.
 */
@Controller
class ResolutionPages {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The columns a screening CSV may have. */
  static final List<String> COLUMNS =
      List.of(
          "kind",
          "name",
          "dateOfBirth",
          "nationality",
          "document",
          "plate",
          "plateJurisdiction",
          "vin",
          "shipper",
          "consignee",
          "container",
          "commodity",
          "origin",
          "destination");

  /** The fields of a person shown with a candidate, in this order. */
  private static final List<String> PERSON_FIELDS =
      List.of(
          "givenNames",
          "paternalSurname",
          "maternalSurname",
          "aliases",
          "dateOfBirth",
          "nationality",
          "documents",
          "gender");

  /** The members of the match form, as the service names them under {@code /record}. */
  private static final List<String> MATCH_FIELDS =
      List.of("name", "dateOfBirth", "nationality", "document");

  private static final Pattern RECORD = Pattern.compile("^/records/(\\d+)(?:/([^/]+).*)?$");
  private static final int MATCH_LIMIT = 20;
  private static final int PROPOSALS = 10;

  private final Resolution resolution;
  private final Screenings screenings;
  private final ScreeningRules rules;
  private final Entities entities;
  private final LabelForms forms;
  private final MessageSource messages;

  ResolutionPages(
      Resolution resolution,
      Screenings screenings,
      ScreeningRules rules,
      Entities entities,
      LabelForms forms,
      MessageSource messages) {
    this.resolution = resolution;
    this.screenings = screenings;
    this.rules = rules;
    this.entities = entities;
    this.forms = forms;
    this.messages = messages;
  }

  // ---- match review ---------------------------------------------------------------------------

  /** What the person typed into the match form, to show again with the candidates. */
  record MatchForm(
      String name, String dateOfBirth, String nationality, String document, String mode) {}

  @GetMapping("/resolution")
  String matchForm(Model model) {
    model.addAttribute("form", new MatchForm("", "", "", "", MatchMode.HIGH_RECALL.name()));
    model.addAttribute("modes", MatchMode.values());
    model.addAttribute("searched", false);
    return "resolution/match";
  }

  @PostMapping("/resolution")
  String match(
      Caller caller,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String dateOfBirth,
      @RequestParam(defaultValue = "") String nationality,
      @RequestParam(defaultValue = "") String document,
      @RequestParam(defaultValue = "HIGH_RECALL") String mode,
      HttpServletRequest request,
      Model model) {
    Locale locale = locale(request);
    MatchForm form =
        new MatchForm(name.strip(), dateOfBirth.strip(), nationality.strip(), document, mode);
    model.addAttribute("form", form);
    model.addAttribute("modes", MatchMode.values());
    model.addAttribute("searched", false);
    ObjectNode body = NODES.objectNode();
    ObjectNode record = body.putObject("record");
    putIfGiven(record, "name", name);
    putIfGiven(record, "dateOfBirth", dateOfBirth);
    putIfGiven(record, "nationality", nationality);
    putIfGiven(record, "document", document);
    body.put("mode", mode.strip());
    body.put("limit", MATCH_LIMIT);
    try {
      List<CandidateView> candidates = candidates(resolution.match(caller, body), locale);
      model.addAttribute("searched", true);
      model.addAttribute("candidates", candidates);
    } catch (Rejected e) {
      Map<String, String> byField = new LinkedHashMap<>();
      List<String> other = new ArrayList<>();
      for (Map.Entry<String, String> p : forms.texts(e.violations(), locale).entrySet()) {
        String field = p.getKey().startsWith("/record/") ? p.getKey().substring(8) : "";
        if (p.getKey().equals("/mode")) {
          byField.put("mode", p.getValue());
        } else if (MATCH_FIELDS.contains(field)) {
          byField.put(field, p.getValue());
        } else {
          other.add(p.getValue());
        }
      }
      model.addAttribute("fieldProblems", byField);
      model.addAttribute("problems", other);
    }
    return "resolution/match";
  }

  private static void putIfGiven(ObjectNode into, String member, String value) {
    if (!value.isBlank()) {
      into.put(member, value.strip());
    }
  }

  /**
   * A candidate: a person the reader sees, with the fields that matter for a match and the
   * explanation of its score, or a pointer to a person an agency holds.
   */
  record CandidateView(
      UUID id,
      boolean pointer,
      String title,
      String owner,
      @Nullable StoredLabel label,
      List<KeyField> fields,
      String score,
      String probability,
      @Nullable Waterfall waterfall,
      @Nullable Country ownerCountry,
      @Nullable String contact) {}

  /** One field of a candidate, or that it is withheld and by whom. */
  record KeyField(String name, boolean withheld, String value, @Nullable String owner) {}

  private List<CandidateView> candidates(List<Resolution.Match> matches, Locale locale) {
    List<CandidateView> out = new ArrayList<>();
    for (Resolution.Match m : matches) {
      Explanation e = m.explanation();
      out.add(
          switch (m.entity()) {
            case Disclosed.Shown<EntityRecord> s ->
                new CandidateView(
                    s.id(),
                    false,
                    EntityViews.title(s.record()),
                    s.record().entity().owner(),
                    s.label(),
                    keyFields(s.record(), locale),
                    e == null ? "" : String.format(locale, "%.2f", e.score()),
                    e == null ? "" : percent(e.probability(), locale),
                    e == null
                        ? null
                        : Waterfall.of(e.prior(), e.features(), e.score(), messages, locale),
                    null,
                    null);
            case Disclosed.Pointer<EntityRecord> p ->
                new CandidateView(
                    p.id(),
                    true,
                    "",
                    p.owner(),
                    null,
                    List.of(),
                    "",
                    "",
                    null,
                    p.ownerCountry(),
                    p.contact());
          });
    }
    return out;
  }

  private List<KeyField> keyFields(EntityRecord record, Locale locale) {
    EntityType type = record.entity().type();
    Map<String, KeyField> byName = new HashMap<>();
    for (DisclosedField<FieldValue> f : record.fields()) {
      byName.put(
          f.name(),
          switch (f) {
            case DisclosedField.Shown<FieldValue> s ->
                new KeyField(
                    s.name(),
                    false,
                    IntelligencePages.FieldTexts.display(
                        type, s.name(), s.value().value(), messages, locale),
                    null);
            case DisclosedField.Withheld<FieldValue> w ->
                new KeyField(w.name(), true, "", w.owner());
          });
    }
    List<KeyField> out = new ArrayList<>();
    for (String name : type == EntityType.PERSON ? PERSON_FIELDS : List.copyOf(byName.keySet())) {
      KeyField f = byName.get(name);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  // ---- proposals for one entity ---------------------------------------------------------------

  /** A past decision of the reader's agency about the entity and another record. */
  record DecisionView(
      UUID id,
      UUID other,
      String decision,
      String score,
      String decidedBy,
      Instant decidedAt,
      @Nullable String reason,
      @Nullable Waterfall waterfall) {}

  @GetMapping("/resolution/entity/{id}")
  String proposals(
      Caller caller,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String decided,
      HttpServletRequest request,
      Model model) {
    Locale locale = locale(request);
    Disclosed<EntityRecord> found =
        entities.find(caller, id).orElseThrow(() -> new NotFound("entity"));
    if (!(found instanceof Disclosed.Shown<EntityRecord> shown)
        || shown.record().entity().type() != EntityType.PERSON) {
      throw new NotFound("entity");
    }
    model.addAttribute("entityId", id);
    model.addAttribute("title", EntityViews.title(shown.record()));
    model.addAttribute("owner", shown.record().entity().owner());
    model.addAttribute("label", shown.label());
    model.addAttribute("fields", keyFields(shown.record(), locale));
    model.addAttribute(
        "candidates", candidates(resolution.proposals(caller, id, PROPOSALS), locale));
    List<DecisionView> decisions = new ArrayList<>();
    for (Resolution.Decision d : resolution.decisions(caller, id)) {
      double sum = d.explanation().stream().mapToDouble(FeatureWeight::weight).sum();
      decisions.add(
          new DecisionView(
              d.id(),
              d.entityA().equals(id) ? d.entityB() : d.entityA(),
              d.decision(),
              String.format(locale, "%.2f", d.score()),
              d.decidedBy(),
              d.decidedAt(),
              d.reason(),
              d.explanation().isEmpty()
                  ? null
                  : Waterfall.of(d.score() - sum, d.explanation(), d.score(), messages, locale)));
    }
    model.addAttribute("decisions", decisions);
    model.addAttribute("justDecided", decided);
    if (!model.containsAttribute("failed")) {
      model.addAttribute("failed", "");
      model.addAttribute("reason", "");
    }
    return "resolution/entity";
  }

  @PostMapping("/resolution/entity/{id}/decisions")
  String decide(
      Caller caller,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String other,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(defaultValue = "") String reason,
      HttpServletRequest request,
      Model model) {
    ObjectNode body = NODES.objectNode();
    body.put("entityA", id.toString());
    body.put("entityB", other.strip());
    body.put("decision", decision.strip());
    if (!reason.isBlank()) {
      body.put("reason", reason.strip());
    }
    try {
      Resolution.Decision d = resolution.decide(caller, body);
      return "redirect:/resolution/entity/" + id + "?decided=" + d.id() + "#decisions";
    } catch (Rejected e) {
      model.addAttribute("problems", forms.texts(e.violations(), locale(request)));
    }
    model.addAttribute("failed", other.strip());
    model.addAttribute("reason", reason);
    return proposals(caller, id, "", request, model);
  }

  // ---- screening ------------------------------------------------------------------------------

  /** What the officer typed into the screening form, to show again when it is refused. */
  record ScreeningForm(String csv, String mode, String place) {}

  /** A problem with the screening, placed at its row and column when it has one. */
  record Problem(String at, String text) {}

  @GetMapping("/screening")
  String screeningForm(Caller caller, Model model) {
    model.addAttribute("form", new ScreeningForm("", MatchMode.BALANCED.name(), ""));
    return screeningPage(caller, model);
  }

  private String screeningPage(Caller caller, Model model) {
    model.addAttribute("modes", MatchMode.values());
    model.addAttribute("columns", String.join(",", COLUMNS));
    // The same roles the screening service admits; anyone else is told so instead of a form.
    boolean mayScreen = Screenings.screens(caller);
    model.addAttribute(
        "recent",
        mayScreen || caller.account().has(Role.SECURITY_OFFICER)
            ? screenings.recent(caller)
            : List.of());
    model.addAttribute("mayScreen", mayScreen);
    return "resolution/screening";
  }

  @PostMapping("/screening")
  String screen(
      Caller caller,
      @RequestParam(defaultValue = "") String csv,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(defaultValue = "BALANCED") String mode,
      @RequestParam(defaultValue = "") String place,
      HttpServletRequest request,
      Model model)
      throws IOException {
    Locale locale = locale(request);
    String text = csv;
    if (file != null && !file.isEmpty()) {
      text = new String(file.getBytes(), StandardCharsets.UTF_8);
    }
    model.addAttribute("form", new ScreeningForm(text, mode, place));
    List<Problem> problems = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    ObjectNode body = NODES.objectNode();
    body.put("mode", mode.strip());
    if (!place.isBlank()) {
      body.put("place", place.strip());
    }
    ArrayNode records = body.putArray("records");
    if (text.isBlank()) {
      problems.add(new Problem("", message("res.screening.csv.empty", locale)));
    } else {
      try {
        Csv table = Csv.parse(text);
        for (String column : table.header()) {
          if (!COLUMNS.contains(column)) {
            problems.add(
                new Problem(
                    message("res.screening.at.header", locale),
                    message(
                        "res.screening.column.unknown",
                        locale,
                        column,
                        String.join(", ", COLUMNS))));
          }
        }
        int row = 0;
        for (List<String> line : table.records()) {
          row++;
          ObjectNode record = NODES.objectNode();
          for (String column : COLUMNS) {
            if (table.has(column)) {
              table
                  .optional(line, column)
                  .ifPresent(v ->
                      record.put(column, column.equals("kind") ? v.toUpperCase(Locale.ROOT) : v));
            }
          }
          if (!record.isEmpty()) {
            records.add(record);
            rows.add(row);
          }
        }
      } catch (MalformedCsv e) {
        String why =
            Objects.requireNonNullElse(
                messages.getMessage(
                    "res.screening.csv." + e.reason(),
                    null,
                    message("res.screening.csv.malformed", locale),
                    locale),
                "");
        problems.add(new Problem(message("res.screening.at.line", locale, e.line()), why));
      }
    }
    if (problems.isEmpty()) {
      try {
        Screenings.Screening s = screenings.screen(caller, body);
        return "redirect:/screening/" + s.id();
      } catch (Rejected e) {
        for (Violation v : e.violations()) {
          problems.add(new Problem(where(v.pointer(), rows, locale), text(v, locale)));
        }
      } catch (Screenings.TooManyRecords e) {
        problems.add(new Problem("", message("res.screening.tooMany", locale, e.limit())));
      }
    }
    model.addAttribute("problems", problems);
    return screeningPage(caller, model);
  }

  /** Where a violation points, in words: "row 4, date of birth", "mode". */
  private String where(String pointer, List<Integer> rows, Locale locale) {
    Matcher m = RECORD.matcher(pointer);
    if (m.matches()) {
      int index = Integer.parseInt(m.group(1));
      int row = index < rows.size() ? rows.get(index) : index + 1;
      String column = m.group(2);
      if (column == null) {
        return message("res.screening.at.row", locale, row);
      }
      return message("res.screening.at.field", locale, row, column(column, locale));
    }
    return switch (pointer) {
      case "/mode" -> message("res.mode", locale);
      case "/place" -> message("res.screening.place", locale);
      case "/records" -> message("res.screening.csv", locale);
      default -> pointer;
    };
  }

  private String text(Violation v, Locale locale) {
    return Objects.requireNonNullElse(
        messages.getMessage(v.code(), v.args().toArray(), v.code(), locale), v.code());
  }

  /** A screened record's member in words: the CSV column's name, else the entity field's. */
  private String column(String name, Locale locale) {
    String field =
        Objects.requireNonNullElse(
            messages.getMessage("intel.field." + name, null, name, locale), name);
    return Objects.requireNonNullElse(
        messages.getMessage("res.column." + name, null, field, locale), field);
  }

  /** One screened record and the hits the officer may have of it. */
  record RecordView(int row, String kind, List<ScreenedField> screened, List<HitView> hits) {}

  /**
   * One hit, as the officer may have it: {@code entity} (a record the officer sees), {@code
   * pointer} (held by another agency, referred to its liaison) or {@code rule} (the agency's own
   * risk rule).
   */
  record HitView(
      UUID id,
      String kind,
      String status,
      @Nullable UUID entityId,
      String title,
      @Nullable EntityType type,
      String owner,
      @Nullable StoredLabel label,
      String score,
      String probability,
      List<String> clauses,
      @Nullable Waterfall waterfall,
      String rule,
      List<String> ruleClauses,
      @Nullable Country ownerCountry,
      @Nullable String contact) {}

  @GetMapping("/screening/{id}")
  String screening(Caller caller, @PathVariable UUID id, HttpServletRequest request, Model model) {
    Locale locale = locale(request);
    Screenings.Screening s = screenings.find(caller, id);
    Map<UUID, ScreeningRules.Rule> own = new HashMap<>();
    for (ScreeningRules.Rule r : rules.list(caller)) {
      own.put(r.id(), r);
    }
    List<RecordView> records = new ArrayList<>();
    int hits = 0;
    for (Screenings.RecordResult r : s.results()) {
      List<HitView> views = new ArrayList<>();
      for (Screenings.Hit h : r.hits()) {
        views.add(hit(h, own, locale));
      }
      hits += views.size();
      records.add(
          new RecordView(r.recordIndex() + 1, r.kind(), screened(r.record(), locale), views));
    }
    model.addAttribute("screening", s);
    model.addAttribute("records", records);
    model.addAttribute("hitCount", hits);
    return "resolution/screening-result";
  }

  private HitView hit(Screenings.Hit hit, Map<UUID, ScreeningRules.Rule> own, Locale locale) {
    return switch (hit) {
      case Screenings.EntityHit e -> {
        Disclosed.Shown<EntityRecord> s = e.entity();
        yield new HitView(
            e.hitId(),
            "entity",
            e.status(),
            s.id(),
            EntityViews.title(s.record()),
            s.record().entity().type(),
            s.record().entity().owner(),
            s.label(),
            String.format(locale, "%.2f", e.score()),
            percent(probability(e.score()), locale),
            clauses(e.clauses(), locale),
            waterfall(e.score(), e.explanation(), locale),
            "",
            List.of(),
            null,
            null);
      }
      case Screenings.PointerHit p ->
          new HitView(
              p.hitId(),
              "pointer",
              p.status(),
              p.pointer().id(),
              "",
              null,
              p.pointer().owner(),
              null,
              "",
              "",
              List.of(),
              null,
              "",
              List.of(),
              p.pointer().ownerCountry(),
              p.pointer().contact());
      case Screenings.RuleHit r -> {
        ScreeningRules.Rule rule = own.get(r.ruleId());
        String name = !r.rule().isEmpty() ? r.rule() : rule == null ? "" : rule.name();
        List<String> all = new ArrayList<>();
        if (rule != null) {
          for (ScreeningRules.Clause c : rule.clauses()) {
            all.add(clause(c.field() + " " + c.op() + " " + String.join("|", c.values()), locale));
          }
        }
        yield new HitView(
            r.hitId(),
            "rule",
            r.status(),
            null,
            "",
            null,
            "",
            null,
            "",
            "",
            clauses(r.clauses(), locale),
            null,
            name,
            all,
            null,
            null);
      }
    };
  }

  private @Nullable Waterfall waterfall(double score, List<FeatureWeight> features, Locale locale) {
    if (features.isEmpty()) {
      return null;
    }
    double sum = features.stream().mapToDouble(FeatureWeight::weight).sum();
    return Waterfall.of(score - sum, features, score, messages, locale);
  }

  private List<String> clauses(List<String> clauses, Locale locale) {
    return clauses.stream().map(c -> clause(c, locale)).toList();
  }

  /**
   * A clause in words: a feature that spoke for a match ({@code givenName:ALIAS}, {@code
   * PLATE:EXACT}) or a rule's clause that fired ({@code commodity CONTAINS auto parts}).
   */
  private String clause(String clause, Locale locale) {
    int space = clause.indexOf(' ');
    int colon = clause.indexOf(':');
    if (colon > 0 && (space < 0 || colon < space)) {
      return Waterfall.feature(messages, clause.substring(0, colon), locale)
          + " · "
          + Waterfall.level(messages, clause.substring(colon + 1), locale);
    }
    String[] parts = clause.split(" ", 3);
    if (parts.length < 3) {
      return clause;
    }
    String op =
        Objects.requireNonNullElse(
            messages.getMessage("res.op." + parts[1], null, parts[1], locale), parts[1]);
    return column(parts[0], locale) + " " + op + " " + parts[2].replace("|", " | ");
  }

  // ---- liaison queue --------------------------------------------------------------------------

  /** A hit in the liaison queue: what was screened, by whom, where, and the matched record. */
  record QueueView(
      UUID hitId,
      UUID screeningId,
      String screeningAgency,
      String screenedBy,
      @Nullable String place,
      Instant screenedAt,
      int row,
      List<ScreenedField> screened,
      UUID entityId,
      String title,
      @Nullable EntityType type,
      @Nullable StoredLabel label,
      String score,
      String probability,
      List<String> clauses,
      @Nullable Waterfall waterfall,
      List<String> fields,
      String status,
      @Nullable String decidedBy,
      @Nullable String reason) {}

  /** One member of a screened record, in words. */
  record ScreenedField(String name, String label, String value) {}

  /** What the liaison typed, to show again when the decision is refused. */
  record HitDecisionForm(String decision, String reason, List<String> withhold) {}

  @GetMapping("/screening/queue")
  String queue(Caller caller, HttpServletRequest request, Model model) {
    Locale locale = locale(request);
    List<QueueView> pending = new ArrayList<>();
    List<QueueView> decided = new ArrayList<>();
    for (Screenings.QueuedHit q : screenings.queue(caller, false)) {
      QueueView v = queued(q, locale);
      (q.status().equals("REFERRED") ? pending : decided).add(v);
    }
    model.addAttribute("pending", pending);
    model.addAttribute("decided", decided);
    if (!model.containsAttribute("failed")) {
      model.addAttribute("failed", "");
      model.addAttribute("decision", new HitDecisionForm("", "", List.of()));
    }
    return "resolution/queue";
  }

  @PostMapping("/screening/queue/{hitId}/decision")
  String decideHit(
      Caller caller,
      @PathVariable UUID hitId,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(name = "withhold", required = false) @Nullable List<String> withhold,
      HttpServletRequest request,
      Model model) {
    List<String> keep = withhold == null ? List.of() : withhold;
    ObjectNode body = NODES.objectNode();
    body.put("decision", decision.strip());
    if (!reason.isBlank()) {
      body.put("reason", reason.strip());
    }
    if (!keep.isEmpty()) {
      ArrayNode names = body.putArray("withhold");
      keep.forEach(names::add);
    }
    try {
      screenings.decide(caller, hitId, body);
      return "redirect:/screening/queue?decided=" + hitId + "#decided";
    } catch (Rejected e) {
      model.addAttribute("problems", forms.texts(e.violations(), locale(request)));
    } catch (Conflict e) {
      model.addAttribute("conflict", true);
    }
    model.addAttribute("failed", hitId.toString());
    model.addAttribute("decision", new HitDecisionForm(decision, reason, keep));
    return queue(caller, request, model);
  }

  /** A screened record's members in words, its kind first. */
  private List<ScreenedField> screened(JsonNode record, Locale locale) {
    List<ScreenedField> screened = new ArrayList<>();
    for (String name : record.propertyNames()) {
      JsonNode value = record.get(name);
      if (value == null || value.isNull()) {
        continue;
      }
      String text =
          name.equals("kind")
              ? Objects.requireNonNullElse(
                  messages.getMessage(
                      "intel.type." + value.asString(), null, value.asString(), locale),
                  value.asString())
              : flat(value);
      screened.add(new ScreenedField(name, column(name, locale), text));
    }
    if (!record.has("kind")) {
      screened.addFirst(
          new ScreenedField("kind", column("kind", locale), message("intel.type.PERSON", locale)));
    }
    return screened;
  }

  private QueueView queued(Screenings.QueuedHit q, Locale locale) {
    List<ScreenedField> screened = screened(q.screened(), locale);
    String title = "";
    EntityType type = null;
    StoredLabel label = null;
    List<String> fields = new ArrayList<>();
    if (q.entity() instanceof Disclosed.Shown<EntityRecord> s) {
      title = EntityViews.title(s.record());
      type = s.record().entity().type();
      label = s.label();
      for (DisclosedField<FieldValue> f : s.record().fields()) {
        if (f instanceof DisclosedField.Shown<FieldValue>) {
          fields.add(f.name());
        }
      }
      List<String> order = type.fields().stream().map(EntityType.FieldSpec::name).toList();
      fields.sort(
          java.util.Comparator.comparingInt(
              n -> order.indexOf(n) < 0 ? Integer.MAX_VALUE : order.indexOf(n)));
    }
    return new QueueView(
        q.hitId(),
        q.screeningId(),
        q.screeningAgency(),
        q.screenedBy(),
        q.place(),
        q.screenedAt(),
        q.recordIndex() + 1,
        screened,
        q.entity().id(),
        title,
        type,
        label,
        String.format(locale, "%.2f", q.score()),
        percent(probability(q.score()), locale),
        clauses(q.clauses(), locale),
        waterfall(q.score(), q.explanation(), locale),
        fields,
        q.status(),
        q.decidedBy(),
        q.reason());
  }

  /** A screened value as text: strings as they are, lists joined, objects by their number. */
  private static String flat(JsonNode value) {
    if (value.isString()) {
      return value.asString();
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(flat(v)));
      return String.join("; ", parts);
    }
    if (value.isObject() && value.has("number")) {
      return value.path("number").asString();
    }
    return value.toString();
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** The match probability of a score in log2 odds. */
  static double probability(double score) {
    return 1 / (1 + Math.pow(2, -score));
  }

  private static String percent(double p, Locale locale) {
    java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    // Never round a near-certainty up to certainty, nor a faint chance down to none.
    double shown = Math.min(Math.max(p, 0.001), 0.999);
    return format.format(shown);
  }

  private String message(String code, Locale locale, Object... args) {
    return Objects.requireNonNullElse(messages.getMessage(code, args, code, locale), code);
  }

  private static Locale locale(HttpServletRequest request) {
    return RequestContextUtils.getLocale(request);
  }

  /** Whether the reader decides hits referred to their agency, for the navigation's queue link. */
  @ControllerAdvice
  static class Navigation {

    private final Callers callers;

    Navigation(Callers callers) {
      this.callers = callers;
    }

    @ModelAttribute("liaison")
    boolean liaison(HttpServletRequest request) {
      if (request.getRequestURI().startsWith("/api/")) {
        return false;
      }
      return callers
          .current(request)
          .map(c -> ReleaseRequests.decidesReleases(c.account()))
          .orElse(false);
    }
  }
}
