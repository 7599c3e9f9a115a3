package org.puente.web.trends;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.puente.trends.Alert;
import org.puente.trends.Alerts;
import org.puente.trends.Notification;
import org.puente.trends.Point;
import org.puente.trends.Subscription;
import org.puente.trends.Subscriptions;
import org.puente.trends.TrendQuery;
import org.puente.trends.Trends;
import org.puente.web.LabelViews;
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

/** Trend series and maps, early-warning alerts, subscriptions and notifications over HTTP. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Trends", description = "Regional drug trends and early warning")
class TrendsApi {

  private final Trends trends;
  private final Alerts alerts;
  private final Subscriptions subscriptions;
  private final LabelViews views;

  TrendsApi(Trends trends, Alerts alerts, Subscriptions subscriptions, LabelViews views) {
    this.trends = trends;
    this.alerts = alerts;
    this.subscriptions = subscriptions;
    this.views = views;
  }

  @GetMapping("/trends/series")
  @Operation(
      summary =
          "A weekly or monthly series of counts, shares, purity or mg per tablet, counting only"
              + " what the caller may see or count; cells below the threshold are suppressed")
  Map<String, Object> series(Caller caller, @RequestParam Map<String, String> params) {
    TrendQuery query = trends.read(params);
    Map<String, Object> body = head(query);
    body.put("points", trends.series(caller, query).stream().map(TrendsApi::point).toList());
    return body;
  }

  @GetMapping("/trends/map")
  @Operation(summary = "The measure per ISO 3166-2 subdivision over the range, with suppression")
  Map<String, Object> map(Caller caller, @RequestParam Map<String, String> params) {
    TrendQuery query = trends.read(params);
    Map<String, Object> body = head(query);
    body.put("regions", places(trends.map(caller, query)));
    return body;
  }

  @GetMapping("/trends/ports")
  @Operation(
      summary =
          "The measure per port of entry (CBP port code) over the range, with suppression; reports"
              + " without a port are not counted here")
  Map<String, Object> ports(Caller caller, @RequestParam Map<String, String> params) {
    TrendQuery query = trends.read(params);
    Map<String, Object> body = head(query);
    body.put("ports", places(trends.ports(caller, query)));
    return body;
  }

  private static List<Map<String, Object>> places(List<Point> points) {
    List<Map<String, Object>> places = new ArrayList<>();
    for (Point p : points) {
      Map<String, Object> m = point(p);
      m.remove("period");
      m.remove("start");
      m.put("code", p.period());
      places.add(m);
    }
    return places;
  }

  @GetMapping("/alerts")
  @Operation(
      summary =
          "Alerts the caller may see since a day (default 90 days ago): first detections and"
              + " statistical increases, each with kind, scope, evidence and time")
  Map<String, Object> alerts(
      Caller caller, @RequestParam(required = false) @Nullable String since) {
    LocalDate from = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(90);
    if (since != null && !since.isBlank()) {
      try {
        from = LocalDate.parse(since.strip());
      } catch (DateTimeParseException e) {
        throw new Rejected(Violation.of("/since", "trends.date.invalid", since));
      }
    }
    Alerts.Feed feed = alerts.since(caller, from);
    List<Map<String, Object>> items = new ArrayList<>();
    for (Disclosed<Alert> d : feed.firstDetections()) {
      items.add(
          switch (d) {
            case Disclosed.Shown<Alert> shown -> {
              Map<String, Object> m = alert(shown.record());
              m.put("label", views.label(shown.label()));
              yield m;
            }
            case Disclosed.Pointer<Alert> pointer -> views.pointer(pointer);
          });
    }
    feed.increases().forEach(a -> items.add(alert(a)));
    return Map.of("alerts", items, "since", from.toString());
  }

  @PostMapping(path = "/alert-subscriptions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Subscribe to alerts by substance, class, form, country or region")
  ResponseEntity<Map<String, Object>> subscribe(Caller caller, @RequestBody JsonNode request) {
    Subscription s = subscriptions.subscribe(caller, request);
    return ResponseEntity.created(URI.create("/api/v1/alert-subscriptions/" + s.id()))
        .body(subscription(s));
  }

  @GetMapping("/alert-subscriptions")
  @Operation(summary = "The caller's alert subscriptions")
  Map<String, Object> subscriptions(Caller caller) {
    return Map.of("items", subscriptions.of(caller).stream().map(TrendsApi::subscription).toList());
  }

  @DeleteMapping("/alert-subscriptions/{id}")
  @Operation(summary = "Remove one of the caller's subscriptions")
  ResponseEntity<Void> unsubscribe(Caller caller, @PathVariable UUID id) {
    if (!subscriptions.unsubscribe(caller, id)) {
      throw new NotFound("subscription");
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/notifications")
  @Operation(summary = "The caller's in-app alert notifications, newest first")
  Map<String, Object> notifications(Caller caller, @RequestParam(defaultValue = "100") int limit) {
    return Map.of(
        "items",
        subscriptions.notifications(caller, limit).stream().map(TrendsApi::notification).toList());
  }

  @PostMapping("/notifications/read")
  @Operation(summary = "Mark all of the caller's notifications read")
  Map<String, Object> read(Caller caller) {
    return Map.of("marked", subscriptions.markRead(caller));
  }

  private Map<String, Object> head(TrendQuery query) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("measure", query.measure().wire());
    body.put("interval", query.interval().name().toLowerCase(java.util.Locale.ROOT));
    body.put("from", query.from().toString());
    body.put("to", query.to().toString());
    body.put("threshold", trends.threshold());
    return body;
  }

  static Map<String, Object> point(Point p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", p.period());
    m.put("start", p.start().toString());
    m.put("value", p.value());
    m.put("n", p.n());
    m.put("suppressed", p.suppressed());
    if (p.median() != null) {
      m.put("q1", p.q1());
      m.put("median", p.median());
      m.put("q3", p.q3());
    }
    return m;
  }

  static Map<String, Object> alert(Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("kind", a.kind().name());
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("kind", a.scopeKind());
    scope.put("code", a.scopeCode());
    scope.put("country", a.country());
    m.put("scope", scope);
    m.put("dimension", a.dim());
    m.put("value", a.value());
    m.put("since", a.since().toString());
    m.put("detectedAt", a.detectedAt().toString());
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("reports", a.evidence().reports().stream().map(UUID::toString).toList());
    evidence.put("n", a.evidence().n());
    if (a.evidence().detector() != null) {
      evidence.put("detector", a.evidence().detector());
      evidence.put("statistic", a.evidence().statistic());
      evidence.put("threshold", a.evidence().threshold());
      evidence.put("share", a.evidence().share());
      evidence.put("baseline", a.evidence().baseline());
    }
    m.put("evidence", evidence);
    if (a.owner() != null) {
      m.put("owner", a.owner());
    }
    return m;
  }

  static Map<String, Object> subscription(Subscription s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id().toString());
    m.put("substance", s.substance());
    m.put("class", s.substanceClass());
    m.put("form", s.form());
    m.put("country", s.country());
    m.put("region", s.region());
    m.put("kinds", s.kinds().stream().map(Enum::name).sorted().toList());
    String url = s.webhookUrl();
    if (url != null) {
      m.put("webhook", Map.of("url", url, "secretSet", s.hasWebhookSecret()));
    }
    m.put("email", s.email());
    m.put("createdAt", s.createdAt().toString());
    return m;
  }

  static Map<String, Object> notification(Notification n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id().toString());
    m.put("alert", n.alertId());
    m.put("kind", n.kind().name());
    m.put("dimension", n.dim());
    m.put("value", n.value());
    m.put("scope", n.scopeCode());
    m.put("since", n.since().toString());
    m.put("createdAt", n.createdAt().toString());
    m.put("read", n.read());
    return m;
  }
}
