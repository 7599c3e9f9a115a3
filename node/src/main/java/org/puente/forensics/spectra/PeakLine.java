package org.puente.forensics.spectra;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits an MSP peak line into its numbers. NIST and its followers write peaks in many ways: one
 * {@code m/z intensity} pair a line separated by spaces or tabs, several pairs a line separated by
 * {@code ;} or {@code ,}, pairs in brackets, and quoted annotations after a pair ({@code 91 999
 * "C7H7+"}). Quoted text is dropped, brackets and separators split, and the remaining tokens taken
 * two by two.
 */
final class PeakLine {

  private PeakLine() {}

  /**
   * The tokens of a peak line, or {@code null} when a quotation is not closed.
   *
   * @param maxTokens stop collecting after this many (the caller refuses the line anyway)
   */
  static @Nullable List<String> tokens(String line, int maxTokens) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        quoted = c != '"';
        continue;
      }
      if (c == '"') {
        quoted = true;
        flush(current, tokens);
      } else if (separates(c)) {
        flush(current, tokens);
      } else {
        current.append(c);
      }
      if (tokens.size() > maxTokens) {
        return tokens;
      }
    }
    if (quoted) {
      return null;
    }
    flush(current, tokens);
    return tokens;
  }

  private static boolean separates(char c) {
    return Character.isWhitespace(c)
        || c == ';'
        || c == ','
        || c == ':'
        || c == '('
        || c == ')'
        || c == '['
        || c == ']'
        || c == '{'
        || c == '}';
  }

  private static void flush(StringBuilder current, List<String> tokens) {
    if (!current.isEmpty()) {
      tokens.add(current.toString());
      current.setLength(0);
    }
  }
}
