package org.puente.governance;

import java.util.List;
import java.util.Objects;

/**
 * One problem with a request: where it is (a JSON Pointer, or {@code /rows/3/purity} for a row and
 * column of a batch) and what it is (a message code resolved in the caller's language).
 *
 * @param pointer RFC 6901 JSON Pointer to the offending field, {@code ""} for the whole document
 * @param code message code, for example {@code label.tlp.contradicts}; resolved from the {@code
 *     i18n} bundles in English, Spanish and French
 * @param args values substituted into the message ({@code {0}}, {@code {1}} …)
 */
public record Violation(String pointer, String code, List<String> args) {

  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    args = List.copyOf(args);
  }

  public static Violation of(String pointer, String code, Object... args) {
    return new Violation(
        pointer, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The pointer of a member of the object at {@code parent}, escaped as RFC 6901 requires. */
  public static String pointer(String parent, String member) {
    return parent + "/" + member.replace("~", "~0").replace("/", "~1");
  }
}
