package org.puente.protocol.log;

import java.util.ArrayList;
import java.util.Map;
import org.puente.protocol.log.JsonValue.JsonArray;
import org.puente.protocol.log.JsonValue.JsonBoolean;
import org.puente.protocol.log.JsonValue.JsonNull;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;
import org.puente.protocol.log.JsonValue.JsonString;

/**
 * Writes JSON in the JSON Canonicalization Scheme of RFC 8785 (JCS), for the values {@link
 * JsonValue} can hold.
 *
 * <p>Members are sorted by their names' UTF-16 code units, there is no white space, strings escape
 * only {@code "}, {@code \} and control characters (as {@code \b \f \n \r \t} or lowercase {@code
 * \}{@code u00xx}) and are otherwise written as they are. Integers are written in decimal; JCS
 * formats numbers as IEEE doubles, which agrees for every integer of magnitude up to 2^53, and log
 * entries keep their integers in that range.
 */
final class CanonicalJson {

  private CanonicalJson() {}

  static String write(JsonValue value) {
    var out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  private static void write(JsonValue value, StringBuilder out) {
    switch (value) {
      case JsonObject object -> {
        var names = new ArrayList<>(object.members().keySet());
        // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 section 3.2.3
        // asks for.
        names.sort(null);
        out.append('{');
        boolean first = true;
        Map<String, JsonValue> members = object.members();
        for (String name : names) {
          if (!first) {
            out.append(',');
          }
          first = false;
          string(name, out);
          out.append(':');
          JsonValue member = members.get(name);
          if (member == null) {
            throw new IllegalStateException("member vanished while writing: " + name);
          }
          write(member, out);
        }
        out.append('}');
      }
      case JsonArray array -> {
        out.append('[');
        for (int i = 0; i < array.elements().size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(array.elements().get(i), out);
        }
        out.append(']');
      }
      case JsonString string -> string(string.value(), out);
      case JsonNumber number -> out.append(number.value());
      case JsonBoolean bool -> out.append(bool.value());
      case JsonNull nothing -> out.append("null");
    }
  }

  static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00")
                .append(Character.forDigit(c >> 4, 16))
                .append(Character.forDigit(c & 0xf, 16));
          } else if (Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)))) {
            // UTF-8 cannot encode an unpaired surrogate; values are checked before they get here.
            throw new IllegalArgumentException("unpaired surrogate in a JSON string");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
