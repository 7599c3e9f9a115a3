package org.puente.protocol.log;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON values the log's documents use: no floating-point numbers, integers in the signed 64-bit
 * range only.
 */
sealed interface JsonValue {

  /** An object; members keep the order they were read or put in, and names are unique. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
  }

  record JsonArray(List<JsonValue> elements) implements JsonValue {
    public JsonArray {
      elements = List.copyOf(elements);
    }
  }

  record JsonString(String value) implements JsonValue {}

  record JsonNumber(long value) implements JsonValue {}

  record JsonBoolean(boolean value) implements JsonValue {}

  enum JsonNull implements JsonValue {
    NULL
  }

  /** What a value is called in error messages. */
  static String kind(JsonValue value) {
    return switch (value) {
      case JsonObject o -> "an object";
      case JsonArray a -> "an array";
      case JsonString s -> "a string";
      case JsonNumber n -> "a number";
      case JsonBoolean b -> "a boolean";
      case JsonNull n -> "null";
    };
  }
}
