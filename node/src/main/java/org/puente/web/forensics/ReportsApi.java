package org.puente.web.forensics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.ReportQuery;
import org.puente.forensics.Reports;
import org.puente.forensics.StoredReport;
import org.puente.forensics.Substances;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;

/** DSAP reports over HTTP: submit, amend, import a batch, read, list, and follow links. */
@RestController
@RequestMapping(path = "/api/v1/forensics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Forensics", description = "DSAP seized-drug reports and the substance registry")
class ReportsApi {

  static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
  static final MediaType CSV = MediaType.parseMediaType("text/csv");

  private final Reports reports;
  private final Substances substances;
  private final ReportViews views;
  private final ReportSpectra reportSpectra;

  ReportsApi(
      Reports reports, Substances substances, ReportViews views, ReportSpectra reportSpectra) {
    this.reports = reports;
    this.reportSpectra = reportSpectra;
    this.substances = substances;
    this.views = views;
  }

  @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Submit one DSAP v1 report from the caller's laboratory; 201 with identification and"
              + " attribution, 409 if the sample was already reported")
  ResponseEntity<Map<String, Object>> submit(Caller caller, @RequestBody byte[] body) {
    Disclosed.Shown<StoredReport> stored = reports.submit(caller, body);
    return ResponseEntity.created(URI.create("/api/v1/forensics/reports/" + stored.id()))
        .body(views.report(stored));
  }

  @PostMapping(path = "/reports:validate", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Check a report without storing it: every problem with its JSON Pointer")
  Map<String, Object> validate(Caller caller, @RequestBody byte[] body) {
    List<Violation> violations = reports.check(caller, body);
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    return Map.of("valid", true);
  }

  @PutMapping(path = "/reports/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Amend a report: a new version of the same laboratory sample")
  Map<String, Object> amend(Caller caller, @PathVariable UUID id, @RequestBody byte[] body) {
    return views.report(reports.amend(caller, id, body));
  }

  @PostMapping(
      path = "/reports:batch",
      consumes = {"text/csv", "application/x-ndjson"})
  @Operation(
      summary =
          "Import a batch (CSV as the template, or NDJSON): all or nothing; 400 names every bad"
              + " row and field")
  ResponseEntity<Map<String, Object>> batch(
      Caller caller, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
      throws IOException {
    MediaType type = MediaType.parseMediaType(contentType);
    Reports.BatchFormat format =
        CSV.isCompatibleWith(type) ? Reports.BatchFormat.CSV : Reports.BatchFormat.NDJSON;
    Reports.Imported imported = reports.importBatch(caller, body.readAllBytes(), format);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reports", imported.reports());
    m.put("findings", imported.findings());
    m.put("ids", imported.ids().stream().map(UUID::toString).toList());
    return ResponseEntity.status(201).body(m);
  }

  @GetMapping("/reports/{id}")
  @Operation(summary = "A report, a pointer to it, or 404 exactly as for an id that never existed")
  Map<String, Object> get(Caller caller, @PathVariable UUID id) {
    return reports.find(caller, id).map(views::report).orElseThrow(() -> new NotFound("report"));
  }

  @GetMapping("/reports")
  @Operation(summary = "Reports the caller may see, and pointers, newest seizure first")
  Map<String, Object> list(
      Caller caller,
      @RequestParam(required = false) @Nullable String substance,
      @RequestParam(name = "class", required = false) @Nullable String substanceClass,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return Map.of(
        "items",
        reports
            .search(
                caller,
                new ReportQuery(substance, substanceClass, country, from, to, limit, offset))
            .stream()
            .map(views::listed)
            .toList());
  }

  @GetMapping("/reports/{id}/spectra")
  @Operation(
      summary =
          "Library candidates for each spectrum attached to the report, from the libraries the"
              + " caller may see; evidence for one Category A technique, never an identification")
  Map<String, Object> spectra(Caller caller, @PathVariable UUID id, HttpServletRequest request) {
    Disclosed.Shown<StoredReport> shown =
        reports
            .find(caller, id)
            .filter(d -> d instanceof Disclosed.Shown<StoredReport>)
            .map(d -> (Disclosed.Shown<StoredReport>) d)
            .orElseThrow(() -> new NotFound("report"));
    List<Map<String, Object>> spectra =
        reportSpectra.candidates(
            caller, shown.record().document(), RequestContextUtils.getLocale(request), false);
    return Map.of("spectra", spectra, "note", SpectraViews.EVIDENCE_NOTE);
  }

  @GetMapping("/reports/{id}/links")
  @Operation(
      summary =
          "Seizures linked by impurity profile, each as its own label decides, with the learnt"
              + " threshold and its false-positive rate")
  Map<String, Object> links(Caller caller, @PathVariable UUID id) {
    return views.links(reports.links(caller, id));
  }

  @GetMapping(path = "/schema", produces = "application/schema+json")
  @Operation(summary = "The DSAP v1 JSON Schema")
  ResponseEntity<byte[]> schema() throws IOException {
    return resource("/dsap/dsap-v1.schema.json", "application/schema+json");
  }

  @GetMapping(path = "/template.csv", produces = "text/csv")
  @Operation(summary = "The DSAP v1 CSV template for bulk work")
  ResponseEntity<byte[]> template() throws IOException {
    return resource("/dsap/dsap-v1-template.csv", "text/csv; charset=UTF-8");
  }

  @GetMapping("/substances")
  @Operation(summary = "Substances whose names or synonyms, in en, es or fr, match q")
  Map<String, Object> substances(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "20") int limit,
      jakarta.servlet.http.HttpServletRequest request) {
    Locale locale = RequestContextUtils.getLocale(request);
    return Map.of(
        "items",
        substances.search(q, limit).stream().map(s -> ReportViews.substance(s, locale)).toList());
  }

  @GetMapping("/substances/{id}")
  @Operation(summary = "One registry substance")
  Map<String, Object> substance(
      @PathVariable String id, jakarta.servlet.http.HttpServletRequest request) {
    return substances
        .byId(id)
        .map(s -> ReportViews.substance(s, RequestContextUtils.getLocale(request)))
        .orElseThrow(() -> new NotFound("substance"));
  }

  private static ResponseEntity<byte[]> resource(String path, String type) throws IOException {
    try (InputStream in = ReportsApi.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new NotFound("resource");
      }
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(type))
          .body(in.readAllBytes());
    }
  }
}
