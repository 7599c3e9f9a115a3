package org.puente.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Release requests: a user who gets a pointer to a record, or sees that a field of a record is
 * withheld, asks the owning agency to release it; the owner's analyst or security officer approves
 * (the record's label then also admits the requester's agency, a LABEL_CHANGE in the transparency
 * log), narrows (releases the record but keeps named fields back) or refuses.
 */
@Service
public class ReleaseRequests {

  static final int MAX_TEXT = 500;
  private static final String COLUMNS =
      "id, record_type, record_id, field_name, owner_agency, requester, requester_agency, purpose,"
          + " status, created_at, decided_by, decided_at, reason, withheld";
  private static final RowMapper<ReleaseRequest> ROW =
      (rs, n) -> {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        String withheld = rs.getString("withheld");
        return new ReleaseRequest(
            rs.getObject("id", UUID.class),
            rs.getString("record_type"),
            rs.getObject("record_id", UUID.class),
            rs.getString("field_name"),
            rs.getString("owner_agency"),
            rs.getString("requester"),
            rs.getString("requester_agency"),
            rs.getString("purpose"),
            ReleaseRequest.Status.valueOf(rs.getString("status")),
            rs.getTimestamp("created_at").toInstant(),
            rs.getString("decided_by"),
            decidedAt == null ? null : decidedAt.toInstant(),
            rs.getString("reason"),
            withheld == null || withheld.isEmpty()
                ? List.of()
                : Arrays.asList(withheld.split(",")));
      };

  private final JdbcClient jdbc;
  private final Disclosures disclosures;
  private final LabelStore labels;
  private final Transparency transparency;
  private final Clock clock;

  ReleaseRequests(
      JdbcClient jdbc,
      Disclosures disclosures,
      LabelStore labels,
      Transparency transparency,
      Clock clock) {
    this.jdbc = jdbc;
    this.disclosures = disclosures;
    this.labels = labels;
    this.transparency = transparency;
    this.clock = clock;
  }

  /**
   * Asks for a record the caller gets a pointer to, or for a withheld field of a record it sees. A
   * record the caller may not know of answers as one that does not exist; one it already sees is a
   * conflict.
   */
  @Transactional
  public ReleaseRequest request(Caller caller, JsonNode body) {
    if (!caller.account().operational()) {
      throw new Forbidden();
    }
    List<Violation> violations = new ArrayList<>();
    if (!body.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    for (String name : body.propertyNames()) {
      if (!List.of("recordType", "recordId", "purpose").contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    String recordType = text(body, "recordType", 64, violations);
    String idText = text(body, "recordId", 64, violations);
    String purpose = text(body, "purpose", MAX_TEXT, violations);
    UUID id = null;
    if (idText != null) {
      try {
        id = UUID.fromString(idText);
      } catch (IllegalArgumentException e) {
        violations.add(Violation.of("/recordId", "release.recordId.invalid", idText));
      }
    }
    Optional<LabeledTable> table =
        recordType == null ? Optional.empty() : disclosures.table(recordType);
    if (recordType != null && table.isEmpty()) {
      violations.add(Violation.of("/recordType", "release.recordType.unknown", recordType));
    }
    if (!violations.isEmpty()
        || id == null
        || purpose == null
        || recordType == null
        || table.isEmpty()) {
      throw new Rejected(violations);
    }
    String type = recordType;
    String owner;
    String field = null;
    Optional<FieldTable> fields = disclosures.fieldTable(type);
    if (fields.isPresent()) {
      List<DisclosedField<Boolean>> found =
          disclosures.fields(
              caller,
              new FieldQuery<>(
                  fields.get(),
                  "t.owner_agency",
                  "t.id = :id",
                  java.util.Map.of("id", id),
                  "t.id",
                  (rs, n) -> Boolean.TRUE),
              Actions.READ);
      if (found.isEmpty()) {
        throw new NotFound(type);
      }
      switch (found.getFirst()) {
        case DisclosedField.Shown<Boolean> shown ->
            throw new Conflict("the caller already sees this field");
        case DisclosedField.Withheld<Boolean> withheld -> {
          owner = withheld.owner();
          field = withheld.name();
        }
      }
    } else {
      Optional<Disclosed<Boolean>> found =
          disclosures.find(
              caller,
              LabeledQuery.byId(table.get(), "t.owner_agency", id, (rs, n) -> Boolean.TRUE));
      if (found.isEmpty()) {
        throw new NotFound(type);
      }
      owner =
          switch (found.get()) {
            case Disclosed.Shown<Boolean> shown ->
                throw new Conflict("the caller already sees this record");
            case Disclosed.Pointer<Boolean> pointer -> pointer.owner();
          };
    }
    boolean pending =
        jdbc.sql(
                    "SELECT COUNT(*) FROM governance.release_request WHERE record_id = :id"
                        + " AND requester_agency = :agency AND status = 'PENDING'")
                .param("id", id)
                .param("agency", caller.agency())
                .query(Long.class)
                .single()
            > 0;
    if (pending) {
      throw new Conflict("the caller's agency already has a pending request for this record");
    }
    UUID requestId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO governance.release_request
              (id, record_type, record_id, field_name, owner_agency, requester, requester_agency,
               purpose, status, created_at)
            VALUES (:id, :type, :record, :field, :owner, :requester, :agency, :purpose,
               'PENDING', :now)
            """)
        .param("id", requestId)
        .param("type", type)
        .param("record", id)
        .param("field", field)
        .param("owner", owner)
        .param("requester", caller.username())
        .param("agency", caller.agency())
        .param("purpose", purpose)
        .param("now", Timestamp.from(now))
        .update();
    transparency.append(
        Event.of(actor(caller), Actions.RELEASE, List.of(new ObjectRef(type, id.toString(), owner)))
            .with("step", "requested")
            .with("releaseRequest", requestId.toString())
            .inRequest(caller.requestId(), purpose));
    return byId(requestId).orElseThrow();
  }

  /** Requests addressed to the caller's agency, for its analysts and security officers. */
  public List<ReleaseRequest> inbox(Caller caller) {
    if (!decides(caller.account())) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM governance.release_request WHERE owner_agency = :agency"
                + " ORDER BY CASE WHEN status = 'PENDING' THEN 0 ELSE 1 END, created_at DESC"
                + " LIMIT 500")
        .param("agency", caller.agency())
        .query(ROW)
        .list();
  }

  /** Requests the caller's agency has made. */
  public List<ReleaseRequest> sent(Caller caller) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM governance.release_request WHERE requester_agency = :agency"
                + " ORDER BY created_at DESC LIMIT 500")
        .param("agency", caller.agency())
        .query(ROW)
        .list();
  }

  /**
   * One request, if the caller's agency made it or decides it; otherwise as if it did not exist.
   */
  public ReleaseRequest find(Caller caller, UUID id) {
    return byId(id)
        .filter(r ->
            r.requesterAgency().equals(caller.agency())
                || (r.owner().equals(caller.agency()) && decides(caller.account())))
        .orElseThrow(() -> new NotFound("release-request"));
  }

  /**
   * The owner's decision: {@code {"decision":"APPROVE"|"NARROW"|"REFUSE","reason":…,
   * "withhold":[field names]}}; a narrowed release names the fields kept back, a refusal says why.
   */
  @Transactional
  public ReleaseRequest decide(Caller caller, UUID id, JsonNode body) {
    ReleaseRequest request =
        byId(id)
            .filter(r -> r.owner().equals(caller.agency()))
            .orElseThrow(() -> new NotFound("release-request"));
    if (!decides(caller.account())) {
      throw new Forbidden();
    }
    List<Violation> violations = new ArrayList<>();
    if (!body.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    for (String name : body.propertyNames()) {
      if (!List.of("decision", "reason", "withhold").contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    String decision = text(body, "decision", 16, violations);
    if (decision != null && !List.of("APPROVE", "NARROW", "REFUSE").contains(decision)) {
      violations.add(Violation.of("/decision", "release.decision.unknown", decision));
    }
    String reason = null;
    JsonNode reasonNode = body.get("reason");
    if (reasonNode != null && !reasonNode.isNull()) {
      reason = text(body, "reason", MAX_TEXT, violations);
    } else if ("NARROW".equals(decision) || "REFUSE".equals(decision)) {
      violations.add(Violation.of("/reason", "release.reason.required"));
    }
    List<String> withhold = new ArrayList<>();
    JsonNode withholdNode = body.get("withhold");
    if (withholdNode != null && !withholdNode.isNull()) {
      if (!withholdNode.isArray()) {
        violations.add(Violation.of("/withhold", "field.notList"));
      } else {
        for (int i = 0; i < withholdNode.size(); i++) {
          JsonNode item = withholdNode.get(i);
          if (item == null || !item.isString() || item.asString().isBlank()) {
            violations.add(Violation.of("/withhold/" + i, "field.notText"));
          } else {
            withhold.add(item.asString().strip());
          }
        }
      }
    }
    if ("NARROW".equals(decision)) {
      if (request.field() != null) {
        violations.add(Violation.of("/decision", "release.narrow.field"));
      } else if (withhold.isEmpty()) {
        violations.add(Violation.of("/withhold", "release.withhold.required"));
      }
    } else if (!withhold.isEmpty()) {
      violations.add(Violation.of("/withhold", "release.withhold.onlyNarrow"));
    }
    if (!violations.isEmpty() || decision == null) {
      throw new Rejected(violations);
    }
    if (request.status() != ReleaseRequest.Status.PENDING) {
      throw new Conflict("the request has already been decided");
    }
    LabeledTable table =
        disclosures
            .table(request.recordType())
            .orElseThrow(() -> new IllegalStateException("requests name registered tables"));
    ReleaseRequest.Status status =
        decision.equals("APPROVE")
            ? ReleaseRequest.Status.APPROVED
            : decision.equals("NARROW")
                ? ReleaseRequest.Status.NARROWED
                : ReleaseRequest.Status.REFUSED;
    if (status != ReleaseRequest.Status.REFUSED) {
      Optional<StoredLabel> current = disclosures.labelOf(table, request.recordId());
      if (current.isEmpty()) {
        // Purged since it was asked for: nothing is left to release.
        throw new Conflict("the record no longer exists");
      }
      List<String> parts = disclosures.partNames(table, request.recordId());
      for (int i = 0; i < withhold.size(); i++) {
        if (!parts.contains(withhold.get(i))) {
          violations.add(
              Violation.of("/withhold/" + i, "release.withhold.unknown", withhold.get(i)));
        }
      }
      if (!violations.isEmpty()) {
        throw new Rejected(violations);
      }
      widen(
          caller,
          table,
          request.recordId(),
          current.get(),
          request.requesterAgency(),
          withhold,
          id.toString());
    }
    Instant now = clock.instant();
    jdbc.sql(
            """
            UPDATE governance.release_request
               SET status = :status, decided_by = :by, decided_at = :now, reason = :reason,
                   withheld = :withheld
             WHERE id = :id AND status = 'PENDING'
            """)
        .param("status", status.name())
        .param("by", caller.username())
        .param("now", Timestamp.from(now))
        .param("reason", reason)
        .param("withheld", String.join(",", withhold))
        .param("id", id)
        .update();
    transparency.append(
        Event.of(
                actor(caller),
                Actions.RELEASE,
                List.of(
                    new ObjectRef(
                        request.recordType(), request.recordId().toString(), request.owner())))
            .with("step", status.name().toLowerCase(java.util.Locale.ROOT))
            .with("releaseRequest", id.toString())
            .with("to", request.requesterAgency())
            .inRequest(caller.requestId(), caller.purpose()));
    return byId(id).orElseThrow();
  }

  /**
   * The owner releases one of its records to another agency on its own initiative, for example
   * after a screening hit on it: the record's label then also admits {@code toAgency} (a
   * LABEL_CHANGE), the named fields stay as they are, and the release is a RELEASE entry naming
   * {@code reference}. Only the owner's analysts and security officers may; a record the caller's
   * agency does not own answers as one that does not exist.
   */
  @Transactional
  public void release(
      Caller caller,
      String recordType,
      UUID recordId,
      String toAgency,
      List<String> withhold,
      String reference) {
    LabeledTable table = disclosures.table(recordType).orElseThrow(() -> new NotFound(recordType));
    Optional<StoredLabel> current = disclosures.labelOf(table, recordId);
    if (current.isEmpty() || !current.get().owner().equals(caller.agency())) {
      throw new NotFound(recordType);
    }
    if (!decides(caller.account())) {
      throw new Forbidden();
    }
    List<String> parts = disclosures.partNames(table, recordId);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < withhold.size(); i++) {
      if (!parts.contains(withhold.get(i))) {
        violations.add(Violation.of("/withhold/" + i, "release.withhold.unknown", withhold.get(i)));
      }
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    widen(caller, table, recordId, current.get(), toAgency, withhold, reference);
    transparency.append(
        Event.of(
                actor(caller),
                Actions.RELEASE,
                List.of(new ObjectRef(recordType, recordId.toString(), caller.agency())))
            .with("step", "released")
            .with("reference", reference)
            .with("to", toAgency)
            .inRequest(caller.requestId(), caller.purpose()));
  }

  /** Whether the caller may decide releases for its agency's records. */
  public static boolean decidesReleases(Account account) {
    return decides(account);
  }

  private void widen(
      Caller caller,
      LabeledTable table,
      UUID recordId,
      StoredLabel from,
      String toAgency,
      List<String> withhold,
      String reference) {
    StoredLabel to = labels.register(from.label().releasedTo(toAgency), from.owner());
    if (to.id() != from.id()) {
      disclosures.relabel(caller, table, recordId, from, to, withhold, reference);
    }
  }

  private Optional<ReleaseRequest> byId(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM governance.release_request WHERE id = :id")
        .param("id", id)
        .query(ROW)
        .optional();
  }

  /** Who decides for the owner: its analysts and security officers. */
  static boolean decides(Account account) {
    return account.enabled() && (account.has(Role.ANALYST) || account.has(Role.SECURITY_OFFICER));
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.username(), caller.agency(), caller.country().name());
  }

  private static @Nullable String text(
      JsonNode body, String member, int max, List<Violation> violations) {
    return RequestText.read(body.get(member), "/" + member, max, true, violations);
  }
}
