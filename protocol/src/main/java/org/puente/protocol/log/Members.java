package org.puente.protocol.log;

import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.JsonValue.JsonNull;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;
import org.puente.protocol.log.JsonValue.JsonString;
import org.puente.protocol.merkle.Hashes;

/** Strict reading of members from the log's JSON documents, with JSON Pointers in every error. */
final class Members {

  private Members() {}

  static JsonObject object(JsonValue value, String pointer, Set<String> allowed)
      throws InvalidJson {
    if (!(value instanceof JsonObject object)) {
      throw InvalidJson.at(pointer, "expected an object, found " + kindOf(value));
    }
    for (String name : object.members().keySet()) {
      if (!allowed.contains(name)) {
        throw InvalidJson.at(pointer + "/" + escape(name), "unknown member");
      }
    }
    return object;
  }

  static JsonValue required(Map<String, JsonValue> members, String name, String pointer)
      throws InvalidJson {
    JsonValue value = members.get(name);
    if (value == null) {
      throw InvalidJson.at(pointer + "/" + escape(name), "missing");
    }
    return value;
  }

  static @Nullable String optionalString(
      Map<String, JsonValue> members, String name, String pointer) throws InvalidJson {
    JsonValue value = members.get(name);
    return value == null ? null : string(value, pointer + "/" + escape(name));
  }

  static String string(JsonValue value, String pointer) throws InvalidJson {
    if (value instanceof JsonString(String s)) {
      return s;
    }
    throw InvalidJson.at(pointer, "expected a string, found " + kindOf(value));
  }

  static long integer(JsonValue value, String pointer) throws InvalidJson {
    if (value instanceof JsonNumber(long n)) {
      return n;
    }
    throw InvalidJson.at(pointer, "expected an integer, found " + kindOf(value));
  }

  /** RFC 6901 escaping of one reference token. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  static String kindOf(JsonValue value) {
    return value == JsonNull.NULL
        ? "null (leave absent members out instead)"
        : JsonValue.kind(value);
  }

  /** A 32-byte hash in standard padded base64, accepted only in its canonical spelling. */
  static byte[] hash(JsonValue value, String pointer) throws InvalidJson {
    String text = string(value, pointer);
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw InvalidJson.at(pointer, "not base64");
    }
    if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
      throw InvalidJson.at(pointer, "not canonical padded base64");
    }
    if (bytes.length != Hashes.LENGTH) {
      throw InvalidJson.at(pointer, "a hash has 32 bytes, not " + bytes.length);
    }
    return bytes;
  }

  static JsonString base64(byte[] hash) {
    return new JsonString(Base64.getEncoder().encodeToString(hash));
  }
}
