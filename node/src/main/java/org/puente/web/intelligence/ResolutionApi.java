package org.puente.web.intelligence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.intelligence.Resolution;
import org.puente.intelligence.ScreeningRules;
import org.puente.intelligence.Screenings;
import org.puente.intelligence.Watchlists;
import org.puente.intelligence.resolution.Explanation;
import org.puente.intelligence.resolution.FeatureWeight;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Entity resolution, screening, the liaison queue, risk rules and imported watchlists. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Resolution and screening", description = "Match people, screen crossings")
class ResolutionApi {

  private final Resolution resolution;
  private final Screenings screenings;
  private final ScreeningRules rules;
  private final Watchlists watchlists;
  private final EntityViews views;

  ResolutionApi(
      Resolution resolution,
      Screenings screenings,
      ScreeningRules rules,
      Watchlists watchlists,
      EntityViews views) {
    this.resolution = resolution;
    this.screenings = screenings;
    this.rules = rules;
    this.watchlists = watchlists;
    this.views = views;
  }

  @PostMapping(path = "/resolution/match", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Candidates for one person: {\"record\":{name|givenNames+paternalSurname+"
              + "maternalSurname, aliases, dateOfBirth, nationality, document(s), phones},"
              + " \"limit\":10, \"mode\"}; visible candidates with their explanation, then pointers")
  Map<String, Object> match(Caller caller, @RequestBody JsonNode body) {
    return Map.of("candidates", candidates(resolution.match(caller, body)));
  }

  @GetMapping("/resolution/proposals/{id}")
  @Operation(summary = "Proposed matches for a person entity the caller sees, not yet decided")
  Map<String, Object> proposals(
      Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "10") int limit) {
    return Map.of("candidates", candidates(resolution.proposals(caller, id, limit)));
  }

  @PostMapping(path = "/resolution/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Confirm or reject a proposed match: {\"entityA\",\"entityB\","
              + "\"decision\":\"CONFIRM\"|\"REJECT\",\"reason\"}")
  ResponseEntity<Map<String, Object>> decide(Caller caller, @RequestBody JsonNode body) {
    Resolution.Decision d = resolution.decide(caller, body);
    return ResponseEntity.created(URI.create("/api/v1/resolution/decisions/" + d.id()))
        .body(decision(d));
  }

  @GetMapping("/resolution/decisions")
  @Operation(summary = "The caller's agency's decisions about one entity")
  Map<String, Object> decisions(Caller caller, @RequestParam UUID entity) {
    return Map.of(
        "decisions",
        resolution.decisions(caller, entity).stream().map(ResolutionApi::decision).toList());
  }

  @GetMapping("/resolution/clusters")
  @Operation(
      summary =
          "The caller's agency's cluster of confirmed matches holding an entity: its stable id"
              + " and its members as the caller may have them (404 when in none)")
  Map<String, Object> cluster(Caller caller, @RequestParam UUID entity) {
    Resolution.Cluster c =
        resolution
            .cluster(caller, entity)
            .orElseThrow(() -> new org.puente.governance.NotFound("cluster"));
    return Map.of("clusterId", c.id(), "members", c.members().stream().map(views::entity).toList());
  }

  @PostMapping(path = "/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Screen up to 1,000 records ({\"kind\":\"PERSON\"|\"VEHICLE\"|\"CARGO\",…}) against"
              + " every agency's watchlists and the caller's risk rules: {\"mode\","
              + "\"place\",\"records\":[…]}")
  ResponseEntity<Map<String, Object>> screen(Caller caller, @RequestBody JsonNode body) {
    Screenings.Screening s = screenings.screen(caller, body);
    return ResponseEntity.created(URI.create("/api/v1/screenings/" + s.id())).body(screening(s));
  }

  @GetMapping("/screenings")
  @Operation(summary = "The caller's agency's recent screenings")
  Map<String, Object> recent(Caller caller) {
    return Map.of(
        "screenings", screenings.recent(caller).stream().map(ResolutionApi::summary).toList());
  }

  @GetMapping("/screenings/{id}")
  @Operation(summary = "A screening with what the caller may see of its hits now")
  Map<String, Object> screening(Caller caller, @PathVariable UUID id) {
    return screening(screenings.find(caller, id));
  }

  @GetMapping("/screening-hits")
  @Operation(summary = "The liaison queue: hits on the caller's agency's records, referred to it")
  Map<String, Object> queue(Caller caller, @RequestParam(defaultValue = "true") boolean pending) {
    return Map.of("hits", screenings.queue(caller, pending).stream().map(this::queued).toList());
  }

  @GetMapping("/screening-hits/{id}")
  @Operation(summary = "One hit in the caller's agency's liaison queue")
  Map<String, Object> hit(Caller caller, @PathVariable UUID id) {
    return queued(screenings.queued(caller, id));
  }

  @PostMapping(path = "/screening-hits/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "The owner's liaison decides: {\"decision\":\"RELEASE\"|\"DISMISS\",\"reason\","
              + "\"withhold\":[fields]}; a release widens the record's label to the screening"
              + " agency")
  Map<String, Object> decideHit(Caller caller, @PathVariable UUID id, @RequestBody JsonNode body) {
    return queued(screenings.decide(caller, id, body));
  }

  @PostMapping(path = "/screening-rules", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "A risk rule for the caller's agency's screenings: {\"name\",\"kind\","
              + "\"clauses\":[{\"field\",\"op\":\"EQUALS\"|\"CONTAINS\"|\"PREFIX\"|\"IN\","
              + "\"value\"|\"values\"}]}")
  ResponseEntity<Map<String, Object>> rule(Caller caller, @RequestBody JsonNode body) {
    ScreeningRules.Rule r = rules.create(caller, body);
    return ResponseEntity.created(URI.create("/api/v1/screening-rules/" + r.id())).body(rule(r));
  }

  @GetMapping("/screening-rules")
  @Operation(summary = "The caller's agency's risk rules")
  Map<String, Object> rules(Caller caller) {
    return Map.of("rules", rules.list(caller).stream().map(ResolutionApi::rule).toList());
  }

  @DeleteMapping("/screening-rules/{id}")
  @Operation(summary = "Switch off a risk rule of the caller's agency")
  ResponseEntity<Void> disable(Caller caller, @PathVariable UUID id) {
    rules.disable(caller, id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/watchlists", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A new imported watchlist: {\"name\",\"label\":{…}}")
  ResponseEntity<Map<String, Object>> watchlist(Caller caller, @RequestBody JsonNode body) {
    Watchlists.Watchlist w = watchlists.create(caller, body);
    return ResponseEntity.created(URI.create("/api/v1/watchlists/" + w.id())).body(watchlist(w));
  }

  @GetMapping("/watchlists")
  @Operation(summary = "The caller's agency's imported watchlists")
  Map<String, Object> watchlists(Caller caller) {
    return Map.of(
        "watchlists", watchlists.list(caller).stream().map(ResolutionApi::watchlist).toList());
  }

  @PostMapping(
      path = "/watchlists/{id}/entries:import",
      consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @Operation(
      summary =
          "Import up to 10,000 CSV entries (columns kind, name or givenNames/paternalSurname/"
              + "maternalSurname, aliases, dateOfBirth, nationality, documentKind, documentNumber,"
              + " documentCountry, vin, plate, plateJurisdiction, container, billOfLading),"
              + " all or nothing")
  ResponseEntity<Map<String, Object>> importEntries(
      Caller caller, @PathVariable UUID id, InputStream body) throws IOException {
    List<UUID> ids = watchlists.importEntries(caller, id, body.readAllBytes());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("created", ids.size());
    m.put("ids", ids.stream().map(UUID::toString).toList());
    return ResponseEntity.status(201).body(m);
  }

  private List<Map<String, Object>> candidates(List<Resolution.Match> matches) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Resolution.Match m : matches) {
      Map<String, Object> c = new LinkedHashMap<>();
      if (m.explanation() == null) {
        c.put("pointer", views.entity(m.entity()));
      } else {
        c.put("entityId", m.entity().id().toString());
        c.put("entity", views.entity(m.entity()));
        explanation(c, m.explanation());
      }
      out.add(c);
    }
    return out;
  }

  static void explanation(Map<String, Object> into, Explanation e) {
    into.put("score", round(e.score()));
    into.put("probability", e.probability());
    into.put("prior", round(e.prior()));
    into.put("explanation", features(e.features()));
  }

  static List<Map<String, Object>> features(List<FeatureWeight> features) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FeatureWeight f : features) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("feature", f.feature());
      m.put("level", f.level());
      m.put("weight", f.weight());
      out.add(m);
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static Map<String, Object> decision(Resolution.Decision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id().toString());
    m.put("entityA", d.entityA().toString());
    m.put("entityB", d.entityB().toString());
    m.put("decision", d.decision());
    m.put("score", round(d.score()));
    m.put("explanation", features(d.explanation()));
    m.put("agency", d.agency());
    m.put("decidedBy", d.decidedBy());
    if (d.reason() != null) {
      m.put("reason", d.reason());
    }
    m.put("decidedAt", d.decidedAt().toString());
    return m;
  }

  private static Map<String, Object> summary(Screenings.Screening s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id().toString());
    m.put("agency", s.agency());
    m.put("screenedBy", s.screenedBy());
    m.put("mode", s.mode().name());
    if (s.place() != null) {
      m.put("place", s.place());
    }
    m.put("records", s.recordCount());
    m.put("createdAt", s.createdAt().toString());
    return m;
  }

  private Map<String, Object> screening(Screenings.Screening s) {
    Map<String, Object> m = summary(s);
    List<Map<String, Object>> results = new ArrayList<>();
    for (Screenings.RecordResult r : s.results()) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("recordIndex", r.recordIndex());
      result.put("kind", r.kind());
      result.put("record", r.record());
      result.put("hits", r.hits().stream().map(this::hit).toList());
      results.add(result);
    }
    m.put("results", results);
    return m;
  }

  private Map<String, Object> hit(Screenings.Hit hit) {
    Map<String, Object> m = new LinkedHashMap<>();
    switch (hit) {
      case Screenings.EntityHit e -> {
        m.put("hitId", e.hitId().toString());
        m.put("entityId", e.entity().id().toString());
        m.put("entity", views.entity(e.entity()));
        m.put("score", round(e.score()));
        m.put("clauses", e.clauses());
        m.put("explanation", features(e.explanation()));
      }
      case Screenings.PointerHit p -> {
        m.put("hitId", p.hitId().toString());
        m.put("pointer", views.entity(p.pointer()));
      }
      case Screenings.RuleHit r -> {
        m.put("hitId", r.hitId().toString());
        m.put("ruleId", r.ruleId().toString());
        if (!r.rule().isEmpty()) {
          m.put("rule", r.rule());
        }
        m.put("clauses", r.clauses());
      }
    }
    m.put("status", hit.status());
    return m;
  }

  private Map<String, Object> queued(Screenings.QueuedHit q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hitId", q.hitId().toString());
    m.put("screeningId", q.screeningId().toString());
    m.put("screeningAgency", q.screeningAgency());
    m.put("screenedBy", q.screenedBy());
    if (q.place() != null) {
      m.put("place", q.place());
    }
    m.put("screenedAt", q.screenedAt().toString());
    m.put("recordIndex", q.recordIndex());
    m.put("screened", q.screened());
    m.put("entityId", q.entity().id().toString());
    m.put("entity", views.entity(q.entity()));
    m.put("score", round(q.score()));
    m.put("clauses", q.clauses());
    m.put("explanation", features(q.explanation()));
    m.put("status", q.status());
    putIfPresent(m, "decidedBy", q.decidedBy());
    putIfPresent(m, "reason", q.reason());
    return m;
  }

  private static void putIfPresent(Map<String, Object> m, String key, @Nullable String value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  private static Map<String, Object> rule(ScreeningRules.Rule r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id().toString());
    m.put("name", r.name());
    m.put("kind", r.kind());
    List<Map<String, Object>> clauses = new ArrayList<>();
    for (ScreeningRules.Clause c : r.clauses()) {
      clauses.add(Map.of("field", c.field(), "op", c.op(), "values", c.values()));
    }
    m.put("clauses", clauses);
    m.put("enabled", r.enabled());
    m.put("createdBy", r.createdBy());
    m.put("createdAt", r.createdAt().toString());
    return m;
  }

  private static Map<String, Object> watchlist(Watchlists.Watchlist w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.id().toString());
    m.put("name", w.name());
    m.put("owner", w.owner());
    m.put("label", w.label());
    m.put("entries", w.entries());
    m.put("createdBy", w.createdBy());
    m.put("createdAt", w.createdAt().toString());
    return m;
  }
}
