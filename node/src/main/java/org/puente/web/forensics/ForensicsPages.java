package org.puente.web.forensics;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.ReportQuery;
import org.puente.forensics.Reports;
import org.puente.forensics.StoredReport;
import org.puente.forensics.Substances;
import org.puente.forensics.registry.SubstanceClass;
import org.puente.forensics.technique.TechniqueCatalogue;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Labels;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Role;
import org.puente.governance.Violation;
import org.puente.web.LabelForms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
 * The laboratory pages: reports (list, view with identification, attribution and links), the report
 * form with live validation, bulk upload, the registry browser and the review queue.
 */
@Controller
class ForensicsPages {

  /** Rows the report form offers for techniques, findings and impurity markers. */
  static final int TECHNIQUE_ROWS = 6;

  static final int FINDING_ROWS = 6;
  static final int MARKER_ROWS = 6;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> NUMBERS =
      Set.of(
          "value",
          "uncertainty",
          "k",
          "percent",
          "count",
          "mgPerTablet",
          "units",
          "latitude",
          "longitude");
  private static final Set<String> BOOLEANS = Set.of("counterfeit", "pharmaceutical");

  private final Reports reports;
  private final Substances substances;
  private final Labels labels;
  private final LabelForms forms;
  private final ReportViews views;
  private final ReportSpectra reportSpectra;

  ForensicsPages(
      Reports reports,
      Substances substances,
      Labels labels,
      LabelForms forms,
      ReportViews views,
      ReportSpectra reportSpectra) {
    this.reports = reports;
    this.reportSpectra = reportSpectra;
    this.substances = substances;
    this.labels = labels;
    this.forms = forms;
    this.views = views;
  }

  // ---- reports --------------------------------------------------------------------------------

  @GetMapping("/forensics")
  String list(
      Caller caller,
      @RequestParam(required = false) @Nullable String substance,
      @RequestParam(name = "class", required = false) @Nullable String substanceClass,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("substance", substance == null ? "" : substance);
    model.addAttribute("selectedClass", substanceClass == null ? "" : substanceClass);
    model.addAttribute("country", country == null ? "" : country);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("classes", SubstanceClass.values());
    model.addAttribute("chemist", caller.account().has(Role.CHEMIST));
    model.addAttribute("names", substanceNames(RequestContextUtils.getLocale(request)));
    try {
      model.addAttribute(
          "items",
          reports.search(
              caller, new ReportQuery(substance, substanceClass, country, from, to, 100, 0)));
    } catch (Rejected e) {
      model.addAttribute("items", List.of());
      model.addAttribute(
          "problems", forms.texts(e.violations(), RequestContextUtils.getLocale(request)));
    }
    return "forensics/list";
  }

  @GetMapping("/forensics/reports/{id}")
  String view(Caller caller, @PathVariable UUID id, HttpServletRequest request, Model model) {
    Disclosed<StoredReport> disclosed =
        reports.find(caller, id).orElseThrow(() -> new NotFound("report"));
    model.addAttribute("item", disclosed);
    if (disclosed instanceof Disclosed.Shown<StoredReport> shown) {
      Locale locale = RequestContextUtils.getLocale(request);
      model.addAttribute(
          "labelLines", labels.describe(shown.label().label(), shown.label().owner(), locale));
      model.addAttribute("view", views.report(shown));
      model.addAttribute("links", reports.links(caller, id));
      model.addAttribute(
          "spectra", reportSpectra.candidates(caller, shown.record().document(), locale, true));
      model.addAttribute("names", substanceNames(locale));
      Map<String, String> techniques = new LinkedHashMap<>();
      TechniqueCatalogue.standard().all().forEach(t -> techniques.put(t.code(), t.name(locale)));
      model.addAttribute("techniqueNames", techniques);
    }
    return "forensics/view";
  }

  @GetMapping("/forensics/reports/new")
  String form(Caller caller, HttpServletRequest request, Model model) {
    String country = caller.country().name();
    Map<String, String[]> defaults = new LinkedHashMap<>();
    defaults.put("releasableTo", new String[] {country});
    defaults.put("statistics", new String[] {"USA", "MEX", "CAN"});
    defaults.put("communities", new String[] {"FORENSIC"});
    defaults.put("tlp", new String[] {"AMBER"});
    defaults.put("handling", new String[] {"H1"});
    defaults.put("outsiders", new String[] {"POINTER"});
    defaults.put("/seizure/country", new String[] {country});
    defaults.put("/netQuantity/unit", new String[] {"g"});
    defaults.put("/netQuantity/k", new String[] {"2"});
    prepareForm(caller, defaults, request, model);
    return "forensics/new";
  }

  @PostMapping("/forensics/reports/check")
  String check(Caller caller, HttpServletRequest request, Model model) {
    ObjectNode json = reportJson(caller, request.getParameterMap());
    List<Violation> violations =
        reports.check(caller, json.toString().getBytes(StandardCharsets.UTF_8));
    model.addAttribute("checked", true);
    model.addAttribute("problems", forms.texts(violations, RequestContextUtils.getLocale(request)));
    return "forensics/new :: problems";
  }

  @PostMapping("/forensics/reports")
  String submit(Caller caller, HttpServletRequest request, Model model) {
    ObjectNode json = reportJson(caller, request.getParameterMap());
    try {
      Disclosed.Shown<StoredReport> stored =
          reports.submit(caller, json.toString().getBytes(StandardCharsets.UTF_8));
      return "redirect:/forensics/reports/" + stored.id();
    } catch (Rejected e) {
      prepareForm(caller, request.getParameterMap(), request, model);
      model.addAttribute("checked", true);
      model.addAttribute(
          "problems", forms.texts(e.violations(), RequestContextUtils.getLocale(request)));
      return "forensics/new";
    } catch (org.puente.forensics.ReportExists e) {
      prepareForm(caller, request.getParameterMap(), request, model);
      model.addAttribute("checked", true);
      model.addAttribute(
          "problems",
          forms.texts(
              List.of(Violation.of("/sampleId", "report.sample.exists", e.sampleId())),
              RequestContextUtils.getLocale(request)));
      return "forensics/new";
    }
  }

  @GetMapping("/forensics/upload")
  String upload(Caller caller, Model model) {
    model.addAttribute("chemist", caller.account().has(Role.CHEMIST));
    return "forensics/upload";
  }

  @PostMapping("/forensics/upload")
  String uploaded(
      Caller caller,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      HttpServletRequest request,
      Model model)
      throws IOException {
    model.addAttribute("chemist", caller.account().has(Role.CHEMIST));
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    Reports.BatchFormat format =
        name.toLowerCase(Locale.ROOT).endsWith(".csv")
                || String.valueOf(file.getContentType()).startsWith("text/csv")
            ? Reports.BatchFormat.CSV
            : Reports.BatchFormat.NDJSON;
    model.addAttribute("fileName", name);
    model.addAttribute("format", format.name());
    Locale locale = RequestContextUtils.getLocale(request);
    try {
      if (dryRun) {
        List<Violation> violations = reports.checkBatch(caller, file.getBytes(), format);
        if (!violations.isEmpty()) {
          throw new Rejected(violations);
        }
        model.addAttribute("checkedOnly", true);
      } else {
        model.addAttribute("imported", reports.importBatch(caller, file.getBytes(), format));
      }
    } catch (Rejected e) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (Violation v : e.violations()) {
        Map<String, String> row = new LinkedHashMap<>();
        String[] parts = v.pointer().split("/", 4);
        boolean located = parts.length >= 3 && parts[1].equals("rows");
        row.put("row", located ? String.valueOf(Integer.parseInt(parts[2]) + 1) : "");
        row.put("field", located && parts.length == 4 ? parts[3] : v.pointer());
        row.put("text", forms.texts(List.of(v), locale).values().iterator().next());
        rows.add(row);
      }
      model.addAttribute("errors", rows);
    }
    return "forensics/upload";
  }

  // ---- registry -------------------------------------------------------------------------------

  @GetMapping("/forensics/substances")
  String registry(
      Caller caller,
      @RequestParam(required = false) @Nullable String q,
      HttpServletRequest request,
      Model model) {
    Locale locale = RequestContextUtils.getLocale(request);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute(
        "items",
        substances.search(q, 100).stream().map(s -> ReportViews.substance(s, locale)).toList());
    return "forensics/substances";
  }

  @GetMapping("/forensics/substances/results")
  String registryResults(
      Caller caller,
      @RequestParam(required = false) @Nullable String q,
      HttpServletRequest request,
      Model model) {
    registry(caller, q, request, model);
    return "forensics/substances :: results";
  }

  @GetMapping("/forensics/proposals")
  String proposals(Caller caller, Model model) {
    model.addAttribute("pending", substances.proposals(Substances.Status.PENDING, 200));
    model.addAttribute("decided", decided());
    model.addAttribute("chemist", caller.account().has(Role.CHEMIST));
    model.addAttribute(
        "reviewer", caller.account().has(Role.CHEMIST) || caller.account().has(Role.ADMIN));
    return "forensics/proposals";
  }

  @PostMapping("/forensics/proposals")
  String propose(
      Caller caller,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String smiles,
      @RequestParam(defaultValue = "") String note,
      HttpServletRequest request,
      Model model) {
    ObjectNode json = NODES.objectNode();
    json.put("name", name);
    json.put("smiles", smiles);
    json.put("note", note);
    try {
      substances.propose(caller, json);
      return "redirect:/forensics/proposals";
    } catch (Rejected e) {
      proposals(caller, model);
      model.addAttribute("proposal", Map.of("name", name, "smiles", smiles, "note", note));
      model.addAttribute(
          "problems", forms.texts(e.violations(), RequestContextUtils.getLocale(request)));
      return "forensics/proposals";
    }
  }

  @PostMapping("/forensics/proposals/{id}")
  String decide(
      Caller caller,
      @PathVariable UUID id,
      @RequestParam String decision,
      @RequestParam(defaultValue = "") String note,
      HttpServletRequest request,
      Model model) {
    try {
      substances.decide(caller, id, "accept".equals(decision), note);
      return "redirect:/forensics/proposals";
    } catch (Rejected e) {
      proposals(caller, model);
      model.addAttribute(
          "problems", forms.texts(e.violations(), RequestContextUtils.getLocale(request)));
      return "forensics/proposals";
    }
  }

  private List<Substances.Proposal> decided() {
    List<Substances.Proposal> out =
        new ArrayList<>(substances.proposals(Substances.Status.ACCEPTED, 50));
    out.addAll(substances.proposals(Substances.Status.REJECTED, 50));
    out.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
    return out;
  }

  // ---- the report form ------------------------------------------------------------------------

  private void prepareForm(
      Caller caller, Map<String, String[]> values, HttpServletRequest request, Model model) {
    Locale locale = RequestContextUtils.getLocale(request);
    forms.choices(model);
    forms.explain(caller, values, request, model);
    model.addAttribute("selected", values);
    Map<String, String> v = new LinkedHashMap<>();
    values.forEach((k, a) -> v.put(k, a.length == 0 ? "" : a[0]));
    model.addAttribute("v", v);
    model.addAttribute("techniqueRows", TECHNIQUE_ROWS);
    model.addAttribute("findingRows", FINDING_ROWS);
    model.addAttribute("markerRows", MARKER_ROWS);
    List<Map<String, String>> techniques = new ArrayList<>();
    TechniqueCatalogue.standard()
        .all()
        .forEach(t ->
            techniques.add(
                Map.of(
                    "code", t.code(),
                    "category", t.category().name(),
                    "name", t.name(locale))));
    model.addAttribute("techniques", techniques);
    model.addAttribute("substanceNames", substanceNames(locale));
    model.addAttribute("lab", caller.agency());
    model.addAttribute("analyst", caller.username());
  }

  /** Registry id to the substance's name in the reader's language. */
  private Map<String, String> substanceNames(Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    substances.registry().all().forEach(s -> names.put(s.id(), s.name(locale)));
    return names;
  }

  /**
   * The DSAP document the form describes: fields are named by the JSON Pointer they fill, so that a
   * problem the reader finds points straight back at the field that caused it.
   */
  ObjectNode reportJson(Caller caller, Map<String, String[]> params) {
    ObjectNode root = NODES.objectNode();
    root.put("dsap", "1");
    root.putObject("lab").put("id", caller.agency()).put("analyst", caller.username());
    for (Map.Entry<String, String[]> e : params.entrySet()) {
      String pointer = e.getKey();
      if (!pointer.startsWith("/")
          || pointer.startsWith("/techniques/")
          || pointer.startsWith("/findings/")
          || pointer.startsWith("/impurityProfile/")
          || pointer.startsWith("/lab")
          || e.getValue().length == 0
          || e.getValue()[0].isBlank()) {
        continue;
      }
      put(root, pointer, e.getValue()[0].strip());
    }
    ObjectNode form = root.has("form") ? (ObjectNode) root.get("form") : root.putObject("form");
    String type = form.has("type") ? form.get("type").asString() : "";
    form.propertyNames().stream()
        .filter(n -> !n.equals("type") && !allowed(type).contains(n))
        .toList()
        .forEach(form::remove);
    ArrayNode techniques = root.putArray("techniques");
    for (int i = 0; i < TECHNIQUE_ROWS; i++) {
      String code = first(params, "/techniques/" + i + "/code");
      if (code.isEmpty()) {
        continue;
      }
      ObjectNode t = techniques.addObject();
      t.put("id", "t" + (i + 1));
      t.put("code", code);
      TechniqueCatalogue.standard()
          .find(code)
          .ifPresent(found -> t.put("category", found.category().name()));
      t.put("result", first(params, "/techniques/" + i + "/result"));
      String run = first(params, "/techniques/" + i + "/run");
      if (!run.isEmpty()) {
        t.put("run", run);
      }
    }
    ArrayNode findings = root.putArray("findings");
    for (int i = 0; i < FINDING_ROWS; i++) {
      String substance = first(params, "/findings/" + i + "/substance");
      if (substance.isEmpty()) {
        continue;
      }
      ObjectNode f = findings.addObject();
      f.put("substance", substance);
      f.put("role", first(params, "/findings/" + i + "/role"));
      ObjectNode purity = f.putObject("purity");
      String percent = first(params, "/findings/" + i + "/purity/percent");
      if (percent.isEmpty()) {
        purity.put("kind", "QUALITATIVE");
      } else {
        purity.put("kind", "QUANTITATIVE");
        value(purity, "percent", percent);
        value(
            purity, "uncertainty", orZero(first(params, "/findings/" + i + "/purity/uncertainty")));
        value(purity, "k", orDefault(first(params, "/findings/" + i + "/purity/k"), "2"));
      }
      ArrayNode ids = f.putArray("techniques");
      for (String id : first(params, "/findings/" + i + "/techniques").split("[\\s,;]+", -1)) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
    }
    ObjectNode profile = NODES.objectNode();
    for (int i = 0; i < MARKER_ROWS; i++) {
      String marker = first(params, "/impurityProfile/" + i + "/marker");
      String area = first(params, "/impurityProfile/" + i + "/area");
      if (!marker.isEmpty()) {
        number(profile, marker, area);
      }
    }
    if (!profile.isEmpty()) {
      root.set("impurityProfile", profile);
    }
    if (!root.has("notes")) {
      root.put("notes", "");
    }
    root.set("label", forms.json(params));
    return root;
  }

  private static Set<String> allowed(String type) {
    return switch (type) {
      case "POWDER" -> Set.of("colour");
      case "TABLET" -> Set.of("imprint", "colour", "counterfeit", "count", "mgPerTablet");
      case "LIQUID" -> Set.of("container", "pharmaceutical");
      case "BLOTTER" -> Set.of("units");
      case "OTHER" -> Set.of("description");
      default -> Set.of();
    };
  }

  private static void put(ObjectNode root, String pointer, String text) {
    String[] parts = pointer.substring(1).split("/", -1);
    ObjectNode at = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode next = at.get(parts[i]);
      at = next instanceof ObjectNode object ? object : at.putObject(parts[i]);
    }
    value(at, parts[parts.length - 1], text);
  }

  /** Numbers and booleans as JSON types when they parse, text otherwise (the reader says why). */
  private static void value(ObjectNode node, String member, String text) {
    if (NUMBERS.contains(member)) {
      number(node, member, text);
      return;
    }
    if (BOOLEANS.contains(member)) {
      node.put(member, "true".equalsIgnoreCase(text) || "on".equalsIgnoreCase(text));
      return;
    }
    node.put(member, text);
  }

  private static void number(ObjectNode node, String member, String text) {
    try {
      node.put(member, new java.math.BigDecimal(text));
    } catch (NumberFormatException e) {
      node.put(member, text);
    }
  }

  private static String first(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 ? "" : values[0].strip();
  }

  private static String orZero(String text) {
    return text.isEmpty() ? "0" : text;
  }

  private static String orDefault(String text, String fallback) {
    return text.isEmpty() ? fallback : text;
  }
}
