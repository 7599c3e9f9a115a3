package org.puente.web.intelligence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.puente.intelligence.Entities;
import org.puente.intelligence.EntityRecord;
import org.puente.intelligence.EntityType;
import org.puente.intelligence.Graph;
import org.puente.intelligence.Relationship;
import org.puente.intelligence.Relationships;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Entities, relationships, search and graph over HTTP. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Intelligence", description = "Entities, relationships, search and graph")
class IntelligenceApi {

  private final Entities entities;
  private final Relationships relationships;
  private final Graph graph;
  private final EntityViews views;

  IntelligenceApi(Entities entities, Relationships relationships, Graph graph, EntityViews views) {
    this.entities = entities;
    this.relationships = relationships;
    this.graph = graph;
    this.views = views;
  }

  @PostMapping(path = "/entities", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Record an entity owned by the caller's agency, with field-level labels")
  ResponseEntity<Map<String, Object>> create(Caller caller, @RequestBody JsonNode request) {
    Disclosed.Shown<EntityRecord> created = entities.create(caller, request);
    return ResponseEntity.created(URI.create("/api/v1/entities/" + created.id()))
        .body(views.entity(created));
  }

  @GetMapping("/entities/{id}")
  @Operation(summary = "An entity with the fields the caller may see, a pointer, or 404")
  Map<String, Object> get(Caller caller, @PathVariable UUID id) {
    return entities.find(caller, id).map(views::entity).orElseThrow(() -> new NotFound("entity"));
  }

  @PutMapping(path = "/entities/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Write a new version of an entity the caller's agency owns, saying why")
  Map<String, Object> update(Caller caller, @PathVariable UUID id, @RequestBody JsonNode request) {
    return views.entity(entities.update(caller, id, request));
  }

  @GetMapping("/entities/{id}/history")
  @Operation(summary = "Every version the caller may see, under each version's own labels")
  Map<String, Object> history(Caller caller, @PathVariable UUID id) {
    return views.history(entities.history(caller, id));
  }

  @PostMapping(path = "/relationships", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Record a typed, dated, evaluated relationship between two entities")
  ResponseEntity<Map<String, Object>> relate(Caller caller, @RequestBody JsonNode request) {
    Disclosed.Shown<Relationship> created = relationships.create(caller, request);
    return ResponseEntity.created(URI.create("/api/v1/relationships/" + created.id()))
        .body(views.relationship(created));
  }

  @GetMapping("/relationships/{id}")
  @Operation(summary = "A relationship, a pointer, or 404")
  Map<String, Object> relationship(Caller caller, @PathVariable UUID id) {
    return relationships
        .find(caller, id)
        .map(views::relationship)
        .orElseThrow(() -> new NotFound("relationship"));
  }

  @GetMapping("/search")
  @Operation(
      summary =
          "Entities and pointers matching names (folded, phonetic), aliases and identifiers;"
              + " hidden records are never matched, counted or faceted")
  Map<String, Object> search(
      Caller caller,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "25") int limit) {
    EntityType entityType = type(type);
    if (q.isBlank()) {
      throw new Rejected(Violation.of("/q", "search.q.required"));
    }
    if (q.length() > 200) {
      throw new Rejected(Violation.of("/q", "field.tooLong", 200));
    }
    Entities.SearchPage page = entities.search(caller, q, entityType, limit);
    List<Map<String, Object>> items = new ArrayList<>();
    for (Disclosed<EntityRecord> d : page.items()) {
      items.add(views.entity(d, page.types().get(d.id())));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", items);
    m.put("total", page.total());
    m.put("totalExact", page.exact());
    m.put("byType", page.byType());
    return m;
  }

  @GetMapping(
      path = "/export/entities",
      produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  @Operation(
      summary =
          "Export search results (format=json or csv) with exactly the fields the caller may see;"
              + " each record exported is logged")
  ResponseEntity<String> export(
      Caller caller,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "json") String format,
      @RequestParam(defaultValue = "1000") int limit) {
    EntityType entityType = type(type);
    if (q.isBlank()) {
      throw new Rejected(Violation.of("/q", "search.q.required"));
    }
    if (!format.equals("json") && !format.equals("csv")) {
      throw new Rejected(Violation.of("/format", "export.format.unknown", format));
    }
    Entities.SearchPage page = entities.export(caller, q, entityType, limit);
    if (format.equals("json")) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Disclosed<EntityRecord> d : page.items()) {
        items.add(views.entity(d, page.types().get(d.id())));
      }
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .header("Content-Disposition", "attachment; filename=\"entities.json\"")
          .body(JSON.writeValueAsString(Map.of("items", items)));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"entities.csv\"")
        .body(views.csv(page.items()));
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  @GetMapping("/graph/neighbourhood")
  @Operation(summary = "Entities and relationships within depth steps, over what the caller sees")
  Map<String, Object> neighbourhood(
      Caller caller, @RequestParam UUID id, @RequestParam(defaultValue = "1") int depth) {
    if (depth < 1 || depth > Graph.MAX_DEPTH) {
      throw new Rejected(Violation.of("/depth", "graph.depth.range", Graph.MAX_DEPTH));
    }
    return views.graph(graph.neighbourhood(caller, id, depth));
  }

  @GetMapping("/graph/paths")
  @Operation(summary = "Shortest paths between two entities through what the caller sees")
  Map<String, Object> paths(
      Caller caller,
      @RequestParam UUID from,
      @RequestParam UUID to,
      @RequestParam(defaultValue = "4") int maxLength) {
    if (maxLength < 1 || maxLength > Graph.MAX_PATH) {
      throw new Rejected(Violation.of("/maxLength", "graph.maxLength.range", Graph.MAX_PATH));
    }
    return views.graph(graph.paths(caller, from, to, maxLength));
  }

  static @Nullable EntityType type(@Nullable String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    return EntityType.parse(type)
        .orElseThrow(() -> new Rejected(Violation.of("/type", "entity.type.unknown", type)));
  }
}
