package org.puente.transparency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the audit explorer asks of the log; absent parts do not filter.
 *
 * @param subjectId entries about this record
 * @param user entries by this user
 * @param agency entries by users of this agency
 * @param action entries with this action
 * @param from entries at or after this time
 * @param to entries before this time
 * @param concerning only entries by this agency's users or about its records
 */
public record LogFilter(
    @Nullable String subjectId,
    @Nullable String user,
    @Nullable String agency,
    @Nullable String action,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable String concerning) {

  public static LogFilter everything() {
    return new LogFilter(null, null, null, null, null, null, null);
  }

  public LogFilter concerning(String agencyCode) {
    return new LogFilter(subjectId, user, agency, action, from, to, agencyCode);
  }
}
