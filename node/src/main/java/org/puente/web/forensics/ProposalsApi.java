package org.puente.web.forensics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.Substances;
import org.puente.governance.Caller;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
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

/** The new-substance review queue over HTTP. */
@RestController
@RequestMapping(
    path = "/api/v1/forensics/substances/proposals",
    produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Forensics")
class ProposalsApi {

  private final Substances substances;

  ProposalsApi(Substances substances) {
    this.substances = substances;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Propose a new substance with its structure (chemists)")
  ResponseEntity<Map<String, Object>> propose(Caller caller, @RequestBody JsonNode request) {
    Substances.Proposal proposal = substances.propose(caller, request);
    return ResponseEntity.created(
            URI.create("/api/v1/forensics/substances/proposals/" + proposal.id()))
        .body(view(proposal));
  }

  @GetMapping
  @Operation(summary = "Proposals by status, newest first")
  Map<String, Object> list(Caller caller, @RequestParam(defaultValue = "PENDING") String status) {
    Substances.Status wanted;
    try {
      wanted = Substances.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Rejected(Violation.of("/status", "parameter.invalid", "status"));
    }
    return Map.of(
        "items", substances.proposals(wanted, 200).stream().map(ProposalsApi::view).toList());
  }

  @GetMapping("/{id}")
  Map<String, Object> get(Caller caller, @PathVariable UUID id) {
    return substances
        .proposal(id)
        .map(ProposalsApi::view)
        .orElseThrow(() -> new NotFound("proposal"));
  }

  @PostMapping("/{id}:accept")
  @Operation(summary = "Accept a proposal into the registry (a chemist other than the proposer)")
  Map<String, Object> accept(
      Caller caller,
      @PathVariable UUID id,
      @RequestBody(required = false) @Nullable JsonNode body) {
    return view(substances.decide(caller, id, true, note(body)));
  }

  @PostMapping("/{id}:reject")
  @Operation(summary = "Reject a proposal, saying why")
  Map<String, Object> reject(
      Caller caller,
      @PathVariable UUID id,
      @RequestBody(required = false) @Nullable JsonNode body) {
    return view(substances.decide(caller, id, false, note(body)));
  }

  private static @Nullable String note(@Nullable JsonNode body) {
    if (body == null || !body.isObject() || body.get("note") == null) {
      return null;
    }
    JsonNode note = body.get("note");
    if (!note.isString()) {
      throw new Rejected(Violation.of("/note", "field.notText"));
    }
    return note.asString();
  }

  static Map<String, Object> view(Substances.Proposal p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id().toString());
    m.put("name", p.name());
    m.put("smiles", p.smiles());
    m.put("inchikey", p.inchiKey());
    m.put("detectedClass", p.detectedClass());
    m.put("note", p.note());
    m.put("proposer", p.proposer());
    m.put("agency", p.agency());
    m.put("status", p.status().name());
    if (p.reviewer() != null) {
      m.put("reviewer", p.reviewer());
      m.put("reviewNote", p.reviewNote());
    }
    m.put("createdAt", p.createdAt().toString());
    return m;
  }
}
