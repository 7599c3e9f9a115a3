package org.puente.protocol.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.JsonValue.JsonArray;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;
import org.puente.protocol.log.JsonValue.JsonString;
import org.puente.protocol.merkle.Hashes;

/**
 * The canonical encoding of log entries, whose bytes are the Merkle leaves, and the strict reading
 * of entries back from JSON.
 */
public final class LogEntries {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern TIME_SHAPE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

  private static final Set<String> ENTRY_MEMBERS =
      Set.of(
          "index",
          "time",
          "actor",
          "action",
          "objects",
          "labelDigest",
          "requestId",
          "purpose",
          "details");
  private static final Set<String> ACTOR_MEMBERS = Set.of("user", "agency", "country");
  private static final Set<String> OBJECT_MEMBERS = Set.of("type", "id", "owner");

  private LogEntries() {}

  /** The UTF-8 bytes of the entry's canonical JSON: exactly the data of its Merkle leaf. */
  public static byte[] canonicalBytes(LogEntry entry) {
    return canonicalJson(entry).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The canonical JSON of the same entry at another index, from the canonical JSON this class
   * wrote: only the top-level {@code index} member changes. A log queues entries before it knows
   * their index and gives each its index later without parsing and re-encoding it.
   *
   * @throws IllegalArgumentException if the text has no top-level {@code index} member
   */
  public static String withIndex(String canonical, long index) {
    if (index < 0 || index > LogEntry.MAX_INDEX) {
      throw new IllegalArgumentException("an entry index is 0 to 2^53 - 1, not " + index);
    }
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < canonical.length(); i++) {
      char c = canonical.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          if (depth == 1 && canonical.startsWith("\"index\":", i)) {
            int start = i + "\"index\":".length();
            int end = start;
            while (end < canonical.length() && Character.isDigit(canonical.charAt(end))) {
              end++;
            }
            return canonical.substring(0, start) + index + canonical.substring(end);
          }
          inString = true;
        }
        case '{', '[' -> depth++;
        case '}', ']' -> depth--;
        default -> {}
      }
    }
    throw new IllegalArgumentException("not a canonical log entry: no top-level index");
  }

  /**
   * The entry's canonical JSON (RFC 8785): members sorted, no white space, absent optional members
   * and empty {@code objects} and {@code details} left out, time in UTC to the millisecond.
   */
  public static String canonicalJson(LogEntry entry) {
    // Written directly, members already in RFC 8785 order, because this runs for every
    // disclosure the node records; the tests check it against the general canonical writer.
    var out = new StringBuilder(320);
    out.append("{\"action\":");
    CanonicalJson.string(entry.action(), out);
    out.append(",\"actor\":{");
    Actor actor = entry.actor();
    boolean first = member(out, true, "agency", actor.agency());
    first = member(out, first, "country", actor.country());
    member(out, first, "user", actor.user());
    out.append('}');
    if (!entry.details().isEmpty()) {
      out.append(",\"details\":{");
      var details = new ArrayList<>(entry.details().entrySet());
      details.sort(Map.Entry.comparingByKey());
      for (int i = 0; i < details.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        CanonicalJson.string(details.get(i).getKey(), out);
        out.append(':');
        CanonicalJson.string(details.get(i).getValue(), out);
      }
      out.append('}');
    }
    out.append(",\"index\":").append(entry.index());
    member(out, false, "labelDigest", entry.labelDigest());
    if (!entry.objects().isEmpty()) {
      out.append(",\"objects\":[");
      for (int i = 0; i < entry.objects().size(); i++) {
        ObjectRef ref = entry.objects().get(i);
        out.append(i == 0 ? "{" : ",{");
        member(out, true, "id", ref.id());
        member(out, false, "owner", ref.owner());
        member(out, false, "type", ref.type());
        out.append('}');
      }
      out.append(']');
    }
    member(out, false, "purpose", entry.purpose());
    member(out, false, "requestId", entry.requestId());
    out.append(",\"time\":\"");
    time(entry.time(), out);
    out.append("\"}");
    return out.toString();
  }

  /** Appends a string member unless absent; returns whether the object is still empty. */
  private static boolean member(
      StringBuilder out, boolean first, String name, @Nullable String value) {
    if (value == null) {
      return first;
    }
    if (!first) {
      out.append(',');
    }
    out.append('"').append(name).append("\":");
    CanonicalJson.string(value, out);
    return false;
  }

  /** {@code uuuu-MM-dd'T'HH:mm:ss.SSS'Z'} without a formatter, which costs more than the hash. */
  private static void time(Instant time, StringBuilder out) {
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano(), ZoneOffset.UTC);
    pad(out, t.getYear(), 4).append('-');
    pad(out, t.getMonthValue(), 2).append('-');
    pad(out, t.getDayOfMonth(), 2).append('T');
    pad(out, t.getHour(), 2).append(':');
    pad(out, t.getMinute(), 2).append(':');
    pad(out, t.getSecond(), 2).append('.');
    pad(out, t.getNano() / 1_000_000, 3).append('Z');
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  /** The RFC 6962 leaf hash of the entry, {@code SHA-256(0x00 || canonicalBytes(entry))}. */
  public static byte[] leafHash(LogEntry entry) {
    return Hashes.leafHash(canonicalBytes(entry));
  }

  /**
   * Reads an entry from JSON in any member order and spacing.
   *
   * <p>Strict, because an auditor must read exactly what the log committed to: unknown members,
   * {@code null} in place of an omitted member, a time not in the form {@code
   * 2026-11-28T10:15:30.123Z}, and anything the JSON reader refuses are errors.
   *
   * @throws InvalidJson naming the offset or member at fault
   */
  public static LogEntry parse(String json) throws InvalidJson {
    return fromJson(JsonReader.parse(json), "");
  }

  static JsonObject toJson(LogEntry entry) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("index", new JsonNumber(entry.index()));
    members.put("time", new JsonString(TIME.format(entry.time())));
    var actor = new LinkedHashMap<String, JsonValue>();
    putIfPresent(actor, "user", entry.actor().user());
    putIfPresent(actor, "agency", entry.actor().agency());
    putIfPresent(actor, "country", entry.actor().country());
    members.put("actor", new JsonObject(actor));
    members.put("action", new JsonString(entry.action()));
    if (!entry.objects().isEmpty()) {
      var objects = new ArrayList<JsonValue>(entry.objects().size());
      for (ObjectRef ref : entry.objects()) {
        var object = new LinkedHashMap<String, JsonValue>();
        object.put("type", new JsonString(ref.type()));
        object.put("id", new JsonString(ref.id()));
        putIfPresent(object, "owner", ref.owner());
        objects.add(new JsonObject(object));
      }
      members.put("objects", new JsonArray(objects));
    }
    putIfPresent(members, "labelDigest", entry.labelDigest());
    putIfPresent(members, "requestId", entry.requestId());
    putIfPresent(members, "purpose", entry.purpose());
    if (!entry.details().isEmpty()) {
      var details = new LinkedHashMap<String, JsonValue>();
      entry.details().forEach((k, v) -> details.put(k, new JsonString(v)));
      members.put("details", new JsonObject(details));
    }
    return new JsonObject(members);
  }

  static LogEntry fromJson(JsonValue value, String pointer) throws InvalidJson {
    JsonObject object = Members.object(value, pointer, ENTRY_MEMBERS);
    Map<String, JsonValue> m = object.members();
    long index = Members.integer(Members.required(m, "index", pointer), pointer + "/index");
    if (index < 0 || index > LogEntry.MAX_INDEX) {
      throw InvalidJson.at(pointer + "/index", "an entry index is 0 to 2^53 - 1");
    }
    Instant time = time(Members.required(m, "time", pointer), pointer + "/time");
    JsonObject actorJson =
        Members.object(Members.required(m, "actor", pointer), pointer + "/actor", ACTOR_MEMBERS);
    var actor =
        new Actor(
            Members.optionalString(actorJson.members(), "user", pointer + "/actor"),
            Members.optionalString(actorJson.members(), "agency", pointer + "/actor"),
            Members.optionalString(actorJson.members(), "country", pointer + "/actor"));
    String action = Members.string(Members.required(m, "action", pointer), pointer + "/action");
    if (action.isEmpty()) {
      throw InvalidJson.at(pointer + "/action", "the action must not be empty");
    }
    var objects = new ArrayList<ObjectRef>();
    JsonValue objectsJson = m.get("objects");
    if (objectsJson != null) {
      if (!(objectsJson instanceof JsonArray array)) {
        throw InvalidJson.at(
            pointer + "/objects", "expected an array, found " + Members.kindOf(objectsJson));
      }
      for (int i = 0; i < array.elements().size(); i++) {
        String at = pointer + "/objects/" + i;
        JsonObject ref = Members.object(array.elements().get(i), at, OBJECT_MEMBERS);
        String type = Members.string(Members.required(ref.members(), "type", at), at + "/type");
        String id = Members.string(Members.required(ref.members(), "id", at), at + "/id");
        if (type.isEmpty() || id.isEmpty()) {
          throw InvalidJson.at(at, "an object reference needs a non-empty type and id");
        }
        objects.add(new ObjectRef(type, id, Members.optionalString(ref.members(), "owner", at)));
      }
    }
    var details = new HashMap<String, String>();
    JsonValue detailsJson = m.get("details");
    if (detailsJson != null) {
      if (!(detailsJson instanceof JsonObject detailsObject)) {
        throw InvalidJson.at(
            pointer + "/details", "expected an object, found " + Members.kindOf(detailsJson));
      }
      for (Map.Entry<String, JsonValue> detail : detailsObject.members().entrySet()) {
        details.put(
            detail.getKey(),
            Members.string(
                detail.getValue(), pointer + "/details/" + Members.escape(detail.getKey())));
      }
    }
    return new LogEntry(
        index,
        time,
        actor,
        action,
        objects,
        Members.optionalString(m, "labelDigest", pointer),
        Members.optionalString(m, "requestId", pointer),
        Members.optionalString(m, "purpose", pointer),
        details);
  }

  private static Instant time(JsonValue value, String pointer) throws InvalidJson {
    String text = Members.string(value, pointer);
    if (!TIME_SHAPE.matcher(text).matches()) {
      throw InvalidJson.at(
          pointer, "a time is UTC to the millisecond, like 2026-11-28T10:15:30.123Z");
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidJson.at(pointer, "not a valid date and time: " + text);
    }
  }

  private static void putIfPresent(
      Map<String, JsonValue> members, String name, @Nullable String value) {
    if (value != null) {
      members.put(name, new JsonString(value));
    }
  }

  static void checkNonEmpty(String value, String what) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    checkText(value, what);
  }

  /** Strings must be well-formed Unicode, because UTF-8 cannot encode an unpaired surrogate. */
  static void checkText(@Nullable String value, String what) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " holds an unpaired surrogate");
      }
    }
  }
}
