package org.puente.protocol.log;

import java.util.Optional;

/**
 * The actions Puente records today; a log entry stores the action as a free string, so older
 * auditors still read entries with actions added later.
 */
public enum Action {
  /** A user saw a record. */
  READ,
  /** A record appeared in a user's search results. */
  SEARCH_HIT,
  /** A user was told that an agency holds a record they may not see, and whom to ask. */
  POINTER_SHOWN,
  /** Records left the node in an export or report. */
  EXPORT,
  /** A user was shown counts over records, as the records' statistics releases allow. */
  AGGREGATE,
  CREATE,
  UPDATE,
  /** An owner released a record to someone outside its label. */
  RELEASE,
  /** A record's security label changed. */
  LABEL_CHANGE,
  LOGIN,
  LOGIN_FAILED,
  LOGOUT,
  /** A record was deleted at the end of its retention. */
  PURGE,
  /** A user account, role or authorization changed. */
  ACCOUNT_CHANGE,
  TOKEN_ISSUED,
  TOKEN_REVOKED,
  /** Someone asked an owner to release a record. */
  RELEASE_REQUESTED,
  /** An owner granted or refused a release request. */
  RELEASE_DECIDED,
  /** Crossing or manifest records were screened against watchlists and risk rules. */
  SCREENING,
  /** An analyst confirmed or rejected that two records are the same person. */
  MATCH_DECISION;

  /** The known action named by an entry's {@code action} string, if it is one. */
  public static Optional<Action> of(String action) {
    for (Action known : values()) {
      if (known.name().equals(action)) {
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }
}
