package org.puente.protocol.log;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event in the transparency log: who did what to which records, when, under which label and
 * why.
 *
 * <p>The leaf the log commits to is the UTF-8 of this entry's canonical JSON, see {@link
 * LogEntries#canonicalBytes}.
 *
 * @param index the entry's position in the log, from 0; at most 2^53 - 1
 * @param time when it happened; kept to the millisecond (finer precision is cut off) and within the
 *     years 0000 to 9999
 * @param actor who acted
 * @param action what was done, usually the name of an {@link Action}
 * @param objects the records concerned, in a meaningful order (e.g. search results by rank)
 * @param labelDigest digest of the security label in force when it happened
 * @param requestId the HTTP or federation request that caused it
 * @param purpose the purpose the user stated
 * @param details further facts as short strings, e.g. a search's hit count
 */
public record LogEntry(
    long index,
    Instant time,
    Actor actor,
    String action,
    List<ObjectRef> objects,
    @Nullable String labelDigest,
    @Nullable String requestId,
    @Nullable String purpose,
    Map<String, String> details) {

  /** The largest index whose JSON integer every JCS implementation writes the same way. */
  public static final long MAX_INDEX = (1L << 53) - 1;

  private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  public LogEntry {
    if (index < 0 || index > MAX_INDEX) {
      throw new IllegalArgumentException("an entry index is 0 to 2^53 - 1, not " + index);
    }
    Objects.requireNonNull(time, "time");
    time = time.truncatedTo(ChronoUnit.MILLIS);
    if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
      throw new IllegalArgumentException("an entry time lies in the years 0000 to 9999: " + time);
    }
    Objects.requireNonNull(actor, "actor");
    LogEntries.checkNonEmpty(action, "action");
    objects = List.copyOf(objects);
    LogEntries.checkText(labelDigest, "labelDigest");
    LogEntries.checkText(requestId, "requestId");
    LogEntries.checkText(purpose, "purpose");
    details = Map.copyOf(details);
    for (Map.Entry<String, String> detail : details.entrySet()) {
      LogEntries.checkText(detail.getKey(), "details key");
      LogEntries.checkText(detail.getValue(), "details." + detail.getKey());
    }
  }

  /** An entry for a known action. */
  public LogEntry(
      long index,
      Instant time,
      Actor actor,
      Action action,
      List<ObjectRef> objects,
      @Nullable String labelDigest,
      @Nullable String requestId,
      @Nullable String purpose,
      Map<String, String> details) {
    this(index, time, actor, action.name(), objects, labelDigest, requestId, purpose, details);
  }
}
