package org.puente.web.trends;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.puente.trends.ContextData;
import org.puente.trends.ContextDataset;
import org.puente.trends.ContextKind;
import org.puente.trends.ContextPoint;
import org.puente.trends.ContextQuery;
import org.puente.web.LabelForms;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The public context data page: each dataset with its provenance, a preview of one series, and the
 * upload form for administrators and security officers.
 */
@Controller
class ContextPages {

  private static final List<String> QUERY =
      List.of("kind", "measure", "unit", "country", "region", "place", "period", "from", "to");

  /** Rows of the preview table at most. */
  private static final int PREVIEW = 240;

  private final ContextData context;
  private final LabelForms forms;

  ContextPages(ContextData context, LabelForms forms) {
    this.context = context;
    this.forms = forms;
  }

  @GetMapping("/trends/context")
  String page(
      Caller caller,
      @RequestParam Map<String, String> params,
      HttpServletRequest request,
      Model model) {
    List<ContextDataset> datasets = context.datasets();
    Map<String, String> query = new LinkedHashMap<>();
    for (String name : QUERY) {
      String v = params.get(name);
      if (v != null && !v.isBlank()) {
        query.put(name, v.strip());
      }
    }
    if (!query.containsKey("kind") && !datasets.isEmpty()) {
      query.put("kind", datasets.get(0).kind().wire());
    }
    model.addAttribute("datasets", datasets);
    model.addAttribute("kinds", ContextKind.values());
    model.addAttribute("mayImport", ContextData.mayImport(caller));
    model.addAttribute("q", query);
    if (query.containsKey("kind")) {
      try {
        ContextQuery q = context.read(query);
        query.put("measure", q.measure());
        query.put("unit", q.unit());
        model.addAttribute("units", context.units(q.kind(), q.measure()));
        model.addAttribute("selected", context.dataset(q.kind()).orElse(null));
        if (context.dataset(q.kind()).isPresent()) {
          List<ContextPoint> points = context.series(q);
          model.addAttribute("pointCount", points.size());
          model.addAttribute(
              "points", points.subList(Math.max(0, points.size() - PREVIEW), points.size()));
        }
      } catch (Rejected e) {
        model.addAttribute(
            "problems", forms.texts(e.violations(), RequestContextUtils.getLocale(request)));
      }
    }
    return "trends/context";
  }

  @PostMapping("/trends/context")
  String upload(
      Caller caller,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException {
    List<Violation> violations = new ArrayList<>();
    ContextKind k = ContextKind.parse(kind).orElse(null);
    if (k == null) {
      violations.add(Violation.of("/kind", "context.kind.unknown", kind));
    }
    if (file == null || file.isEmpty()) {
      violations.add(Violation.of("/file", "context.file.required"));
    }
    String name = file == null ? "" : String.valueOf(file.getOriginalFilename());
    try {
      if (!violations.isEmpty() || k == null || file == null) {
        throw new Rejected(violations);
      }
      ContextDataset stored;
      try (InputStream in = file.getInputStream()) {
        stored = context.importDataset(k, in, caller);
      }
      return "redirect:/trends/context?kind=" + stored.kind().wire() + "&imported=" + stored.rows();
    } catch (Rejected e) {
      Locale locale = RequestContextUtils.getLocale(request);
      List<Map<String, String>> rows = new ArrayList<>();
      for (Violation v : e.violations()) {
        Map<String, String> row = new LinkedHashMap<>();
        // "/lines/12/data_value": line 12, column data_value.
        String[] parts = v.pointer().split("/", 4);
        boolean located = parts.length >= 3 && parts[1].equals("lines");
        row.put("line", located ? parts[2] : "");
        row.put(
            "column",
            located && parts.length == 4
                ? parts[3].replace("~1", "/").replace("~0", "~")
                : v.pointer());
        row.put("text", forms.texts(List.of(v), locale).values().iterator().next());
        rows.add(row);
      }
      model.addAttribute("uploadErrors", rows);
      model.addAttribute("uploadName", name);
      model.addAttribute("uploadKind", kind);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(caller, Map.of(), request, model);
    }
  }

  static Map<String, Object> dataset(ContextDataset d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", d.kind().wire());
    m.put("title", d.title());
    m.put("sourceUrl", d.sourceUrl());
    m.put("licence", d.licence());
    m.put("retrieved", d.retrieved());
    m.put("importedAt", d.importedAt().toString());
    m.put("importedBy", d.importedBy());
    m.put("importedByAgency", d.importedByAgency());
    m.put("rows", d.rows());
    m.put("sha256", d.sha256());
    m.put("country", d.kind().country());
    m.put("measures", d.measures());
    return m;
  }

  private static void putIfPresent(Map<String, Object> body, String key, @Nullable String value) {
    if (value != null) {
      body.put(key, value);
    }
  }

  static Map<String, Object> point(ContextPoint p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", p.period());
    m.put("start", p.start().toString());
    m.put("periodKind", p.periodKind());
    m.put("value", p.value());
    m.put("unit", p.unit());
    m.put("observations", p.observations());
    return m;
  }

  /** The context data as JSON, for the dashboard's context layer and for API clients. */
  @RestController
  @Tag(name = "Trends", description = "Regional drug trends and early warning")
  static class Api {

    private final ContextData context;

    Api(ContextData context) {
      this.context = context;
    }

    @GetMapping(path = "/trends/data/context", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> layer(@RequestParam Map<String, String> params) {
      return series(params);
    }

    @GetMapping(path = "/api/v1/trends/context", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The public context datasets imported, with their provenance")
    Map<String, Object> datasets() {
      return Map.of("datasets", context.datasets().stream().map(ContextPages::dataset).toList());
    }

    @GetMapping(path = "/api/v1/trends/context/series", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
        summary =
            "One context series (kind, measure, unit, country, region, place, period, from, to)"
                + " at the period its source publishes, with the dataset's provenance")
    Map<String, Object> series(@RequestParam Map<String, String> params) {
      ContextQuery q = context.read(params);
      List<ContextPoint> points = context.series(q);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("dataset", dataset(context.dataset(q.kind()).orElseThrow()));
      body.put("measure", q.measure());
      body.put("unit", q.unit());
      putIfPresent(body, "country", q.country());
      putIfPresent(body, "region", q.region());
      putIfPresent(body, "place", q.place());
      putIfPresent(
          body, "periodKind", points.isEmpty() ? q.periodKind() : points.get(0).periodKind());
      body.put("points", points.stream().map(ContextPages::point).toList());
      return body;
    }

    @PostMapping(
        path = "/api/v1/trends/context/{kind}",
        produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
        summary =
            "Import a context dataset from its publisher's CSV (text/csv, or gzip); replaces the"
                + " dataset's figures whole, for administrators and security officers")
    ResponseEntity<Map<String, Object>> importDataset(
        Caller caller, @PathVariable String kind, HttpServletRequest request) throws IOException {
      ContextKind k =
          ContextKind.parse(kind)
              .orElseThrow(() -> new Rejected(Violation.of("/kind", "context.kind.unknown", kind)));
      ContextDataset stored;
      try (InputStream in = request.getInputStream()) {
        stored = context.importDataset(k, in, caller);
      }
      return ResponseEntity.created(
              URI.create("/api/v1/trends/context/series?kind=" + stored.kind().wire()))
          .body(dataset(stored));
    }
  }
}
