package org.puente.governance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one text value of a JSON request, the same way for every module: present, a non-blank
 * string, at most so long, without control characters (line breaks and tabs only where the text may
 * have lines), stripped. Each problem is added to the violations under the given pointer.
 */
public final class RequestText {

  private RequestText() {}

  /**
   * The text at {@code node}, or null with a violation when it is missing or not acceptable.
   *
   * @param lines whether line breaks and tabs are allowed
   */
  public static @Nullable String read(
      @Nullable JsonNode node, String pointer, int max, boolean lines, List<Violation> violations) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      violations.add(Violation.of(pointer, "field.required"));
      return null;
    }
    if (!node.isString() || node.asString().isBlank()) {
      violations.add(Violation.of(pointer, "field.notText"));
      return null;
    }
    String value = node.asString().strip();
    if (value.length() > max) {
      violations.add(Violation.of(pointer, "field.tooLong", max));
      return null;
    }
    if (value
        .chars()
        .anyMatch(
            c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
      violations.add(Violation.of(pointer, "field.controlCharacters"));
      return null;
    }
    return value;
  }
}
