package org.puente.transparency;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened and must be provable later: who did what to which records, under which
 * label, in which request and for what stated purpose. Becomes one leaf of the log.
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
    List<Subject> objects,
    @Nullable String labelDigest,
    @Nullable String requestId,
    @Nullable String purpose,
    Map<String, String> details) {

  public Event {
    time = time.truncatedTo(ChronoUnit.MILLIS);
    Objects.requireNonNull(actor, "actor");
    if (action.isBlank()) {
      throw new IllegalArgumentException("an event has an action");
    }
    objects = List.copyOf(objects);
    details = Map.copyOf(new TreeMap<>(details));
  }

  /** An event about the given records, at this instant. */
  public static Event of(Actor actor, String action, List<Subject> objects) {
    return new Event(Instant.now(), actor, action, objects, null, null, null, Map.of());
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

  /**
   * Who acted: a user of an agency in a country, or the node itself (all parts absent).
   *
   * @param user username, if a person acted
   * @param agency the agency acting or the person's agency
   * @param country the agency's country code
   */
  public record Actor(@Nullable String user, @Nullable String agency, @Nullable String country) {

    /** The node acting on its own, for example purging expired records. */
    public static Actor node() {
      return new Actor(null, null, null);
    }
  }

  /**
   * A record an event is about.
   *
   * @param type record type, for example {@code bulletin}
   * @param id the record's id
   * @param owner the owning agency, when the record has one
   */
  public record Subject(String type, String id, @Nullable String owner) {}
}
