package org.puente.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to an owning agency to release a record, or one withheld field of it, to the
 * requester's agency, and the owner's decision.
 *
 * @param id the request
 * @param recordType the type of the record (or field) asked for
 * @param recordId its id
 * @param field the withheld field's name, when a field is asked for
 * @param owner the owning agency, which decides
 * @param requester the user who asked
 * @param requesterAgency the agency the release would go to
 * @param purpose why the requester needs it
 * @param status where the request stands
 * @param createdAt when it was asked
 * @param decidedBy who decided, once decided
 * @param decidedAt when, once decided
 * @param reason the decider's reason, if given
 * @param withheld fields the owner kept back when it narrowed the release
 */
public record ReleaseRequest(
    UUID id,
    String recordType,
    UUID recordId,
    @Nullable String field,
    String owner,
    String requester,
    String requesterAgency,
    String purpose,
    Status status,
    Instant createdAt,
    @Nullable String decidedBy,
    @Nullable Instant decidedAt,
    @Nullable String reason,
    List<String> withheld) {

  public ReleaseRequest {
    withheld = List.copyOf(withheld);
  }

  /** Where a request stands. */
  public enum Status {
    PENDING,
    APPROVED,
    NARROWED,
    REFUSED
  }
}
