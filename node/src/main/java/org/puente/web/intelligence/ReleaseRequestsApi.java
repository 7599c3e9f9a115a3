package org.puente.web.intelligence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.puente.governance.Caller;
import org.puente.governance.ReleaseRequest;
import org.puente.governance.ReleaseRequests;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Release requests over HTTP: ask an owner for a record or a withheld field, and decide. */
@RestController
@RequestMapping(path = "/api/v1/release-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Release requests", description = "Ask an owner to release a record or field")
class ReleaseRequestsApi {

  private final ReleaseRequests releases;
  private final EntityViews views;

  ReleaseRequestsApi(ReleaseRequests releases, EntityViews views) {
    this.releases = releases;
    this.views = views;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Ask for a record the caller has a pointer to, or a withheld field:"
              + " {\"recordType\",\"recordId\",\"purpose\"}")
  ResponseEntity<Map<String, Object>> request(Caller caller, @RequestBody JsonNode body) {
    ReleaseRequest r = releases.request(caller, body);
    return ResponseEntity.created(URI.create("/api/v1/release-requests/" + r.id()))
        .body(views.release(r));
  }

  @GetMapping
  @Operation(summary = "Requests to the caller's agency (inbox) and from it (sent)")
  Map<String, Object> list(Caller caller) {
    return Map.of(
        "inbox", releases.inbox(caller).stream().map(views::release).toList(),
        "sent", releases.sent(caller).stream().map(views::release).toList());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One request, for its requester's agency and the owner's deciders")
  Map<String, Object> get(Caller caller, @PathVariable UUID id) {
    return views.release(releases.find(caller, id));
  }

  @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "The owner decides: {\"decision\":\"APPROVE\"|\"NARROW\"|\"REFUSE\",\"reason\","
              + "\"withhold\":[fields]}")
  Map<String, Object> decide(Caller caller, @PathVariable UUID id, @RequestBody JsonNode body) {
    return views.release(releases.decide(caller, id, body));
  }
}
