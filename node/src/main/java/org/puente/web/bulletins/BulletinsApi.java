package org.puente.web.bulletins;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.bulletins.Bulletin;
import org.puente.bulletins.Bulletins;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.NotFound;
import org.puente.web.LabelViews;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Bulletins over HTTP: issue, read, list and search. */
@RestController
@RequestMapping(path = "/api/v1/bulletins", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bulletins", description = "Officer-safety and intelligence bulletins")
class BulletinsApi {

  private final Bulletins bulletins;
  private final LabelViews views;

  BulletinsApi(Bulletins bulletins, LabelViews views) {
    this.bulletins = bulletins;
    this.views = views;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Issue a bulletin owned by the caller's agency, under the given label")
  ResponseEntity<Map<String, Object>> issue(Caller caller, @RequestBody JsonNode request) {
    Disclosed.Shown<Bulletin> issued = bulletins.issue(caller, request);
    return ResponseEntity.created(URI.create("/api/v1/bulletins/" + issued.id()))
        .body(view(issued));
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A bulletin, or a pointer to it, or 404 exactly as for an id that never existed")
  Map<String, Object> get(Caller caller, @PathVariable UUID id) {
    return bulletins.find(caller, id).map(this::view).orElseThrow(() -> new NotFound("bulletin"));
  }

  @GetMapping
  @Operation(summary = "Bulletins the caller may see, and pointers, matching every word of q")
  Map<String, Object> list(
      Caller caller,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return Map.of(
        "items", bulletins.search(caller, q, limit, offset).stream().map(this::view).toList());
  }

  private Map<String, Object> view(Disclosed<Bulletin> disclosed) {
    return switch (disclosed) {
      case Disclosed.Shown<Bulletin> shown -> {
        Bulletin b = shown.record();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id().toString());
        m.put("kind", b.kind().name());
        m.put("title", b.title());
        m.put("body", b.body());
        m.put("owner", views.owner(b.owner()));
        m.put("author", b.author());
        m.put("createdAt", b.createdAt().toString());
        m.put("label", views.label(shown.label()));
        yield m;
      }
      case Disclosed.Pointer<Bulletin> pointer -> views.pointer(pointer);
    };
  }
}
