package org.puente.web.intelligence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.intelligence.Imports;
import org.puente.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import of entities and relationships over HTTP: a JSON array or CSV, all or nothing, with a
 * dry run that reports every problem and stores nothing.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Intelligence", description = "Entities, relationships, search and graph")
class ImportApi {

  static final MediaType CSV = MediaType.parseMediaType("text/csv");

  private final Imports imports;
  private final Problems problems;

  ImportApi(Imports imports, Problems problems) {
    this.imports = imports;
    this.problems = problems;
  }

  @PostMapping(
      path = "/entities:batch",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  @Operation(
      summary =
          "Import up to 10,000 entities (a JSON array of entity requests, or CSV with the batch's"
              + " label in the label parameter): all or nothing; 400 names every bad row and field;"
              + " dryRun=true checks and stores nothing")
  ResponseEntity<Map<String, Object>> entities(
      Caller caller,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(required = false) @Nullable String label,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "false") boolean dryRun,
      InputStream body,
      HttpServletRequest request)
      throws IOException {
    Imports.Format format = format(contentType);
    byte[] bytes = body.readAllBytes();
    if (dryRun) {
      return checked(imports.checkEntities(caller, bytes, format, label, type), request);
    }
    return stored(imports.entities(caller, bytes, format, label, type));
  }

  @PostMapping(
      path = "/relationships:batch",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  @Operation(
      summary =
          "Import up to 10,000 relationships (a JSON array, or CSV with columns type, source,"
              + " target, from, to, evidence, evaluation and label) between entities the caller may"
              + " see or has pointers to: all or nothing; dryRun=true stores nothing")
  ResponseEntity<Map<String, Object>> relationships(
      Caller caller,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(required = false) @Nullable String label,
      @RequestParam(defaultValue = "false") boolean dryRun,
      InputStream body,
      HttpServletRequest request)
      throws IOException {
    Imports.Format format = format(contentType);
    byte[] bytes = body.readAllBytes();
    if (dryRun) {
      return checked(imports.checkRelationships(caller, bytes, format, label), request);
    }
    return stored(imports.relationships(caller, bytes, format, label));
  }

  private static Imports.Format format(String contentType) {
    return CSV.isCompatibleWith(MediaType.parseMediaType(contentType))
        ? Imports.Format.CSV
        : Imports.Format.JSON;
  }

  private static ResponseEntity<Map<String, Object>> stored(Imports.Stored stored) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("created", stored.created());
    m.put("ids", stored.ids().stream().map(UUID::toString).toList());
    return ResponseEntity.status(201).body(m);
  }

  /** The dry run's report: the errors as a refusal would list them, in the caller's language. */
  private ResponseEntity<Map<String, Object>> checked(
      Imports.Checked checked, HttpServletRequest request) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dryRun", true);
    m.put("valid", checked.valid());
    m.put("items", checked.items());
    Object errors =
        checked.valid()
            ? List.of()
            : java.util.Objects.requireNonNull(
                    problems.invalid(checked.violations(), request).getProperties())
                .get("errors");
    m.put("errors", errors == null ? List.of() : errors);
    return ResponseEntity.ok(m);
  }
}
