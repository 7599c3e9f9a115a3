package org.puente.protocol.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import org.puente.protocol.log.JsonValue.JsonArray;
import org.puente.protocol.log.JsonValue.JsonBoolean;
import org.puente.protocol.log.JsonValue.JsonNull;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;
import org.puente.protocol.log.JsonValue.JsonString;

/**
 * Writes the same JSON value as many different valid texts: members shuffled, white space
 * sprinkled, characters escaped at random. Every one must read back to the same canonical form.
 */
final class ScrambledJson {

  private final Random random;
  private final StringBuilder out = new StringBuilder();

  private ScrambledJson(long seed) {
    this.random = new Random(seed);
  }

  static String write(JsonValue value, long seed) {
    var writer = new ScrambledJson(seed);
    writer.space();
    writer.value(value);
    writer.space();
    return writer.out.toString();
  }

  private void value(JsonValue value) {
    switch (value) {
      case JsonObject object -> {
        var names = new ArrayList<>(object.members().keySet());
        Collections.shuffle(names, random);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          space();
          string(names.get(i));
          space();
          out.append(':');
          space();
          value(member(object.members(), names.get(i)));
          space();
        }
        out.append('}');
      }
      case JsonArray array -> {
        out.append('[');
        for (int i = 0; i < array.elements().size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          space();
          value(array.elements().get(i));
          space();
        }
        out.append(']');
      }
      case JsonString string -> string(string.value());
      case JsonNumber number -> out.append(number.value());
      case JsonBoolean bool -> out.append(bool.value());
      case JsonNull nothing -> out.append("null");
    }
  }

  private static JsonValue member(Map<String, JsonValue> members, String name) {
    JsonValue value = members.get(name);
    if (value == null) {
      throw new IllegalStateException(name);
    }
    return value;
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean mustEscape = c == '"' || c == '\\' || c < 0x20;
      if (mustEscape || random.nextInt(4) == 0) {
        // A supplementary character is escaped as its surrogate pair, both halves or neither.
        for (char unit : Character.toChars(c)) {
          out.append(String.format(random.nextBoolean() ? "\\u%04X" : "\\u%04x", (int) unit));
        }
      } else if (c == '/' && random.nextBoolean()) {
        out.append("\\/");
      } else {
        out.appendCodePoint(c);
      }
    }
    out.append('"');
  }

  private void space() {
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.append(" \t\r\n".charAt(random.nextInt(4)));
    }
  }
}
