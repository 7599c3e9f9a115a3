package org.puente.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.protocol.log.JsonValue.JsonArray;
import org.puente.protocol.log.JsonValue.JsonBoolean;
import org.puente.protocol.log.JsonValue.JsonNull;
import org.puente.protocol.log.JsonValue.JsonNumber;
import org.puente.protocol.log.JsonValue.JsonObject;
import org.puente.protocol.log.JsonValue.JsonString;

class JsonReaderTest {

  @Test
  void readsTheWholeSubset() throws Exception {
    JsonValue value =
        JsonReader.parse(
            " {\"a\" : [1, -2, 0, true, false, null, \"x\"],\r\n\t\"b\":{}, \"c\":[],"
                + " \"d\":9223372036854775807, \"e\":-9223372036854775808}\n");
    assertThat(value)
        .isEqualTo(
            new JsonObject(
                Map.of(
                    "a",
                    new JsonArray(
                        List.of(
                            new JsonNumber(1),
                            new JsonNumber(-2),
                            new JsonNumber(0),
                            new JsonBoolean(true),
                            new JsonBoolean(false),
                            JsonNull.NULL,
                            new JsonString("x"))),
                    "b",
                    new JsonObject(Map.of()),
                    "c",
                    new JsonArray(List.of()),
                    "d",
                    new JsonNumber(Long.MAX_VALUE),
                    "e",
                    new JsonNumber(Long.MIN_VALUE))));
  }

  @Test
  void decodesEveryEscape() throws Exception {
    assertThat(
            JsonReader.parse(
                "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC \\ud83d\\ude00\""))
        .isEqualTo(new JsonString("\" \\ / \b \f \n \r \t \u00e9 \u20ac \ud83d\ude00"));
    assertThat(JsonReader.parse("\"raw \ud83d\ude00 \u00e9\""))
        .isEqualTo(new JsonString("raw \ud83d\ude00 \u00e9"));
  }

  @Test
  void membersKeepTheirOrderAsRead() throws Exception {
    var object = (JsonObject) JsonReader.parse("{\"z\":1,\"a\":2,\"m\":3}");
    assertThat(object.members().keySet()).containsExactly("z", "a", "m");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`1.5`|at offset 0: only integers are allowed",
        "`1e3`|at offset 0: only integers are allowed",
        "`[1, 2E-1]`|at offset 4: only integers are allowed",
        "`-`|at offset 0: a number needs digits",
        "`012`|at offset 0: a number must not have leading zeros",
        "`9223372036854775808`|at offset 0: integer out of the signed 64-bit range",
        "`{\"a\":1,\"a\":2}`|at offset 7: duplicate member \"a\"",
        "`{\"a\":1,}`|at offset 7: expected a member name",
        "`[1,]`|at offset 3: unexpected ']'",
        "`{\"a\" 1}`|at offset 5: expected ':'",
        "`{a:1}`|at offset 1: expected a member name",
        "`[1 2]`|at offset 3: expected ',' or ']'",
        "`\"tab\there\"`|at offset 4: unescaped control character U+0009",
        "`\"\\x\"`|at offset 1: invalid escape \\x",
        "`\"\\u12\"`|at offset 1: a \\u escape needs four hex digits",
        "`\"\\ud800\"`|at offset 1: unpaired surrogate escape",
        "`\"\\udc00\\ud800\"`|at offset 1: unpaired surrogate escape",
        "`\"open`|at offset 0: unterminated string",
        "`tru`|at offset 0: unexpected 't'",
        "`nul`|at offset 0: unexpected 'n'",
        "`{} {}`|at offset 3: unexpected '{' after the value",
        "``|at offset 0: unexpected end of input",
        "`\ufeff{}`|at offset 0: unexpected character U+FEFF",
        "`'a'`|at offset 0: unexpected '''"
      })
  void rejectsWithTheOffset(String json, String message) {
    assertThatThrownBy(() -> JsonReader.parse(json))
        .isInstanceOf(InvalidJson.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void rejectsARawUnpairedSurrogate() {
    assertThatThrownBy(() -> JsonReader.parse("\"a\ud800b\""))
        .isInstanceOf(InvalidJson.class)
        .hasMessage("at offset 2: unpaired surrogate");
  }

  @Test
  void boundsTheNesting() throws Exception {
    String deep = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    assertThat(JsonReader.parse(deep)).isInstanceOf(JsonArray.class);
    String tooDeep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
    assertThatThrownBy(() -> JsonReader.parse(tooDeep))
        .isInstanceOf(InvalidJson.class)
        .hasMessageContaining("nesting deeper than 64");
    String bomb = "{\"a\":".repeat(100_000);
    assertThatThrownBy(() -> JsonReader.parse(bomb)).isInstanceOf(InvalidJson.class);
  }
}
