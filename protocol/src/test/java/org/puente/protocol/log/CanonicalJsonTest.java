package org.puente.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void stringsAreEscapedAsRfc8785Section3222Shows() throws Exception {
    // The string example of RFC 8785 section 3.2.2.2: its input and its canonical form.
    String input = "\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\"";
    String expected = "\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"";
    assertThat(CanonicalJson.write(JsonReader.parse(input))).isEqualTo(expected);
  }

  @Test
  void membersAreSortedByUtf16CodeUnitsAsRfc8785Section323Requires() throws Exception {
    // The property names of the sorting example in RFC 8785 section 3.2.3, in its input order.
    String input =
        "{\"\\u20ac\":1,\"\\r\":2,\"\\ufb33\":3,\"1\":4,\"\\ud83d\\ude00\":5,\"\\u0080\":6,"
            + "\"\\u00f6\":7}";
    assertThat(CanonicalJson.write(JsonReader.parse(input)))
        .isEqualTo(
            "{\"\\r\":2,\"1\":4,\"\u0080\":6,\"\u00f6\":7,\"\u20ac\":1,\"\ud83d\ude00\":5,"
                + "\"\ufb33\":3}");
  }

  @Test
  void controlCharactersUseShortEscapesOrLowercaseHex() throws Exception {
    assertThat(CanonicalJson.write(JsonReader.parse("\"\\u0000\\u001f\\b\\f\\t\\u007f\\u2028\"")))
        .isEqualTo("\"\\u0000\\u001f\\b\\f\\t\u007f\u2028\"");
  }

  @Test
  void noInsignificantWhitespaceAndNestedObjectsSortedToo() throws Exception {
    assertThat(
            CanonicalJson.write(
                JsonReader.parse("{ \"b\" : [ 1 , { \"y\":null, \"x\":true } ], \"a\" : -0 }")))
        .isEqualTo("{\"a\":0,\"b\":[1,{\"x\":true,\"y\":null}]}");
  }
}
