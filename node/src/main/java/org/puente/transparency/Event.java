package org.puente.transparency;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.ObjectRef;

/**
 * Something that happened and must be provable later: who did what to which records, under which
 * label, in which request and for what stated purpose. It becomes one leaf of the log once the
 * sequencer gives it its index; until then it is a {@link LogEntry} without one.
 *
 * @param time when it happened, to the millisecond
 * @param actor who did it
 * @param action what was done, for example {@code READ}
 * @param objects the records concerned
 * @param labelDigest digest of the label in force on the records, if they are labeled
 * @param requestId the request it happened in
 * @param purpose the purpose the actor stated
 * @param details further string facts, never record contents or personal data
 */
public record Event(
    Instant time,
    Actor actor,
    String action,
    List<ObjectRef> objects,
    @Nullable String labelDigest,
    @Nullable String requestId,
    @Nullable String purpose,
    Map<String, String> details) {

  public Event {
    // The protocol's entry checks every part; an event that would not make a valid leaf is a bug.
    LogEntry entry =
        new LogEntry(0, time, actor, action, objects, labelDigest, requestId, purpose, details);
    time = entry.time();
    objects = entry.objects();
    details = Map.copyOf(new TreeMap<>(details));
  }

  /** An event about the given records, at this instant. */
  public static Event of(Actor actor, String action, List<ObjectRef> objects) {
    return new Event(Instant.now(), actor, action, objects, null, null, null, Map.of());
  }

  /** The node acting on its own, for example purging expired records. */
  public static Actor node() {
    return new Actor(null, null, null);
  }

  public Event withLabel(@Nullable String digest) {
    return new Event(time, actor, action, objects, digest, requestId, purpose, details);
  }

  public Event inRequest(@Nullable String id, @Nullable String statedPurpose) {
    return new Event(time, actor, action, objects, labelDigest, id, statedPurpose, details);
  }

  public Event with(String key, String value) {
    Map<String, String> more = new TreeMap<>(details);
    more.put(key, value);
    return new Event(time, actor, action, objects, labelDigest, requestId, purpose, more);
  }

  /** The entry this event becomes at the given index. */
  LogEntry at(long index) {
    return new LogEntry(
        index, time, actor, action, objects, labelDigest, requestId, purpose, details);
  }
}
