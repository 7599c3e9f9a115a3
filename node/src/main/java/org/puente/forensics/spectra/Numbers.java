package org.puente.forensics.spectra;

import java.util.Locale;
import java.util.Set;

/**
 * The one number syntax library files may use: an optional sign, decimal digits with an optional
 * fraction, and an optional exponent. Java's own parser also takes hexadecimal, {@code NaN}, {@code
 * Infinity} and type suffixes, none of which belongs in a spectrum.
 */
final class Numbers {

  private static final Set<String> NON_FINITE =
      Set.of("nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity");

  private Numbers() {}

  static boolean wellFormed(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  /** Whether the token spells NaN or infinity, which deserves its own message. */
  static boolean namesNonFinite(String s) {
    return NON_FINITE.contains(s.toLowerCase(Locale.ROOT));
  }

  /**
   * Parses a token or reports why it is not a finite number.
   *
   * @return the value, or NaN after reporting a problem
   */
  static double parse(ImportReport report, int line, String field, String token) {
    if (!wellFormed(token)) {
      report.error(
          line,
          field,
          namesNonFinite(token)
              ? SpectraMessage.NUMBER_NOT_FINITE
              : SpectraMessage.NUMBER_MALFORMED,
          abbreviate(token));
      return Double.NaN;
    }
    double value = Double.parseDouble(token);
    if (!Double.isFinite(value)) {
      report.error(line, field, SpectraMessage.NUMBER_NOT_FINITE, abbreviate(token));
      return Double.NaN;
    }
    return value;
  }

  /**
   * Parses a count such as {@code Num Peaks: 18}, or reports why it is not one.
   *
   * @return the count, or -1 after reporting a problem
   */
  static int parseCount(ImportReport report, int line, String field, String token) {
    boolean digitsOnly = !token.isEmpty() && token.length() <= 9;
    for (int i = 0; i < token.length() && digitsOnly; i++) {
      digitsOnly = isDigit(token.charAt(i));
    }
    if (!digitsOnly) {
      report.error(line, field, SpectraMessage.NUMBER_MALFORMED, abbreviate(token));
      return -1;
    }
    return Integer.parseInt(token);
  }

  /** Keeps echoed values short: a problem names the value, it does not copy a line back. */
  static String abbreviate(String token) {
    return token.length() <= 40 ? token : token.substring(0, 37) + "...";
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
