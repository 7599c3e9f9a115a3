package org.puente.protocol.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.puente.protocol.log.JsonValue.JsonArray;
import org.puente.protocol.log.JsonValue.JsonBoolean;
import org.puente.protocol.log.JsonValue.JsonNull;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;
import org.puente.protocol.log.JsonValue.JsonString;

/**
 * A strict RFC 8259 reader for the subset the log uses.
 *
 * <p>It refuses what could make two readers disagree about a log entry: duplicate member names,
 * numbers with a fraction or exponent (a double cannot hold every 64-bit integer), integers beyond
 * 64 bits, unpaired surrogates, and nesting deeper than {@link #MAX_DEPTH}, which also bounds the
 * stack an untrusted document can use.
 */
final class JsonReader {

  static final int MAX_DEPTH = 64;

  private final String text;
  private int at;

  private JsonReader(String text) {
    this.text = text;
  }

  static JsonValue parse(String text) throws InvalidJson {
    var reader = new JsonReader(text);
    reader.skipWhitespace();
    JsonValue value = reader.value(0);
    reader.skipWhitespace();
    if (reader.at < text.length()) {
      throw InvalidJson.at(reader.at, "unexpected " + reader.describe() + " after the value");
    }
    return value;
  }

  private JsonValue value(int depth) throws InvalidJson {
    if (at >= text.length()) {
      throw InvalidJson.at(at, "unexpected end of input, expected a value");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> new JsonString(string());
      case 't' -> literal("true", new JsonBoolean(true));
      case 'f' -> literal("false", new JsonBoolean(false));
      case 'n' -> literal("null", JsonNull.NULL);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw InvalidJson.at(at, "unexpected " + describe() + ", expected a value");
      }
    };
  }

  private JsonObject object(int depth) throws InvalidJson {
    checkDepth(depth);
    at++;
    var members = new LinkedHashMap<String, JsonValue>();
    skipWhitespace();
    if (peek() == '}') {
      at++;
      return new JsonObject(members);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw InvalidJson.at(at, "expected a member name in quotes, found " + describe());
      }
      int nameAt = at;
      String name = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      JsonValue value = value(depth);
      if (members.putIfAbsent(name, value) != null) {
        throw InvalidJson.at(nameAt, "duplicate member \"" + name + "\"");
      }
      skipWhitespace();
      char c = peek();
      at++;
      if (c == '}') {
        return new JsonObject(members);
      }
      if (c != ',') {
        at--;
        throw InvalidJson.at(at, "expected ',' or '}' in an object, found " + describe());
      }
    }
  }

  private JsonArray array(int depth) throws InvalidJson {
    checkDepth(depth);
    at++;
    var elements = new ArrayList<JsonValue>();
    skipWhitespace();
    if (peek() == ']') {
      at++;
      return new JsonArray(elements);
    }
    while (true) {
      skipWhitespace();
      elements.add(value(depth));
      skipWhitespace();
      char c = peek();
      at++;
      if (c == ']') {
        return new JsonArray(elements);
      }
      if (c != ',') {
        at--;
        throw InvalidJson.at(at, "expected ',' or ']' in an array, found " + describe());
      }
    }
  }

  private String string() throws InvalidJson {
    int start = at;
    at++;
    var out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw InvalidJson.at(start, "unterminated string");
      }
      char c = text.charAt(at);
      if (c == '"') {
        at++;
        return out.toString();
      }
      if (c < 0x20) {
        throw InvalidJson.at(at, String.format("unescaped control character U+%04X", (int) c));
      }
      if (c == '\\') {
        out.append(escape());
        continue;
      }
      if (Character.isHighSurrogate(c)
          && at + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(at + 1))) {
        out.append(c).append(text.charAt(at + 1));
        at += 2;
        continue;
      }
      if (Character.isSurrogate(c)) {
        throw InvalidJson.at(at, "unpaired surrogate");
      }
      out.append(c);
      at++;
    }
  }

  /** Reads one escape sequence, or an escaped surrogate pair, starting at the backslash. */
  private String escape() throws InvalidJson {
    int start = at;
    at++;
    if (at >= text.length()) {
      throw InvalidJson.at(start, "unterminated escape");
    }
    char c = text.charAt(at++);
    String simple =
        switch (c) {
          case '"' -> "\"";
          case '\\' -> "\\";
          case '/' -> "/";
          case 'b' -> "\b";
          case 'f' -> "\f";
          case 'n' -> "\n";
          case 'r' -> "\r";
          case 't' -> "\t";
          case 'u' -> "";
          default -> throw InvalidJson.at(start, "invalid escape \\" + c);
        };
    if (c != 'u') {
      return simple;
    }
    char unit = hex4(start);
    if (Character.isLowSurrogate(unit)) {
      throw InvalidJson.at(start, "unpaired surrogate escape");
    }
    if (!Character.isHighSurrogate(unit)) {
      return String.valueOf(unit);
    }
    if (!text.startsWith("\\u", at)) {
      throw InvalidJson.at(start, "unpaired surrogate escape");
    }
    int second = at;
    at += 2;
    char low = hex4(second);
    if (!Character.isLowSurrogate(low)) {
      throw InvalidJson.at(start, "unpaired surrogate escape");
    }
    return new String(new char[] {unit, low});
  }

  private char hex4(int escapeAt) throws InvalidJson {
    if (at + 4 > text.length()) {
      throw InvalidJson.at(escapeAt, "a \\u escape needs four hex digits");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      char h = text.charAt(at + i);
      int digit =
          h >= '0' && h <= '9'
              ? h - '0'
              : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (digit < 0) {
        throw InvalidJson.at(escapeAt, "a \\u escape needs four hex digits");
      }
      value = value * 16 + digit;
    }
    at += 4;
    return (char) value;
  }

  private JsonNumber number() throws InvalidJson {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    int digits = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == digits) {
      throw InvalidJson.at(start, "a number needs digits");
    }
    if (text.charAt(digits) == '0' && at - digits > 1) {
      throw InvalidJson.at(start, "a number must not have leading zeros");
    }
    if (at < text.length() && (peek() == '.' || peek() == 'e' || peek() == 'E')) {
      throw InvalidJson.at(start, "only integers are allowed, without fraction or exponent");
    }
    try {
      return new JsonNumber(Long.parseLong(text, start, at, 10));
    } catch (NumberFormatException e) {
      throw InvalidJson.at(start, "integer out of the signed 64-bit range");
    }
  }

  private JsonValue literal(String word, JsonValue value) throws InvalidJson {
    if (!text.startsWith(word, at)) {
      throw InvalidJson.at(at, "unexpected " + describe() + ", expected a value");
    }
    at += word.length();
    return value;
  }

  private void checkDepth(int depth) throws InvalidJson {
    if (depth > MAX_DEPTH) {
      throw InvalidJson.at(at, "nesting deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void expect(char c) throws InvalidJson {
    if (peek() != c) {
      throw InvalidJson.at(at, "expected '" + c + "', found " + describe());
    }
    at++;
  }

  private char peek() throws InvalidJson {
    if (at >= text.length()) {
      throw InvalidJson.at(at, "unexpected end of input");
    }
    return text.charAt(at);
  }

  private void skipWhitespace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private String describe() {
    if (at >= text.length()) {
      return "end of input";
    }
    int c = text.codePointAt(at);
    return c >= 0x20 && c < 0x7f ? "'" + (char) c + "'" : String.format("character U+%04X", c);
  }
}
