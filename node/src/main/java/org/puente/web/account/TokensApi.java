package org.puente.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.puente.governance.ApiTokens;
import org.puente.governance.Caller;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The caller's own API tokens and account. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Account", description = "Who you are, and your personal API tokens")
class TokensApi {

  private final ApiTokens tokens;

  TokensApi(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/me")
  @Operation(summary = "The calling account: agency, country, roles and communities")
  Map<String, Object> me(Caller caller) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", caller.username());
    m.put("displayName", caller.account().displayName());
    m.put("agency", caller.agency());
    m.put("country", caller.country().name());
    m.put("roles", caller.account().roles().stream().map(Enum::name).toList());
    m.put("communities", List.copyOf(caller.account().communities()));
    m.put("locale", caller.account().locale().toLanguageTag());
    return m;
  }

  @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Issue a personal API token; its secret is shown only in this answer")
  ResponseEntity<Map<String, Object>> issue(Caller caller, @RequestBody JsonNode request) {
    JsonNode name = request.get("name");
    JsonNode days = request.get("days");
    if (name == null || !name.isString()) {
      throw new Rejected(Violation.of("/name", "token.name.invalid"));
    }
    if (days != null && !days.isIntegralNumber()) {
      throw new Rejected(Violation.of("/days", "token.days.range", 365));
    }
    ApiTokens.Issued issued =
        tokens.issue(caller, name.asString(), days == null ? 90 : days.asInt());
    Map<String, Object> body = view(issued.token());
    body.put("secret", issued.secret());
    return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id())).body(body);
  }

  @GetMapping("/tokens")
  @Operation(summary = "The caller's tokens, without their secrets")
  Map<String, Object> list(Caller caller) {
    return Map.of("items", tokens.of(caller.account().id()).stream().map(TokensApi::view).toList());
  }

  @DeleteMapping("/tokens/{id}")
  @Operation(summary = "Revoke one of the caller's tokens")
  ResponseEntity<Void> revoke(Caller caller, @PathVariable UUID id) {
    tokens.revoke(caller, id);
    return ResponseEntity.noContent().build();
  }

  static Map<String, Object> view(ApiTokens.Token t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id().toString());
    m.put("name", t.name());
    m.put("shown", t.shown() + "…");
    m.put("createdAt", t.createdAt().toString());
    m.put("expiresAt", t.expiresAt().toString());
    m.put("revokedAt", t.revokedAt() == null ? null : t.revokedAt().toString());
    m.put("lastUsedAt", t.lastUsedAt() == null ? null : t.lastUsedAt().toString());
    return m;
  }
}
