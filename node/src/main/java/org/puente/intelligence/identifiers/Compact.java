package org.puente.intelligence.identifiers;

/** The characters of an identifier as typed, without the separators people put between groups. */
final class Compact {

  private Compact() {}

  /** Drops whitespace of any kind and the given separators. */
  static String stripped(String raw, String separators) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints()
        .filter(c ->
            !Character.isWhitespace(c) && !Character.isSpaceChar(c) && separators.indexOf(c) < 0)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Upper-cases ASCII letters only, so that no locale or Unicode case mapping (ß to SS, say) can
   * change the length of what was typed or turn a foreign letter into an accepted one.
   */
  static String upperCased(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .map(c -> c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
