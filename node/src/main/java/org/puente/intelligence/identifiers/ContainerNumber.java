package org.puente.intelligence.identifiers;

/**
 * Freight container numbers (ISO 6346): a three-letter owner code, the category identifier U, J or
 * Z, a six-digit serial number and a check digit.
 *
 * <p>The check digit is the weighted sum modulo 11, with a remainder of 10 written as 0. Twenty-six
 * letters share ten residues modulo 11, so letters eleven apart (A, K and U are 10, 21 and 32)
 * count the same and a substitution between them in the owner code goes undetected; every other
 * single-character substitution is caught, except one that turns a remainder of 0 into 10 or back.
 */
public final class ContainerNumber {

  private static final int LENGTH = 11;

  /** A = 10 upwards, skipping 11, 22 and 33. */
  private static final int[] LETTER_VALUES = {
    10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36,
    37, 38
  };

  private ContainerNumber() {}

  /**
   * Checks a container number as typed, ignoring spaces, hyphens and letter case; the normal form
   * is the 11 upper-case characters, such as {@code CSQU3054383}.
   */
  public static Checked check(String raw) {
    String number = Compact.upperCased(Compact.stripped(raw, "-"));
    if (number.length() != LENGTH) {
      return Checked.Invalid.of("container.format");
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = number.charAt(i);
      boolean fits = i < 4 ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
      if (!fits) {
        return Checked.Invalid.of("container.format");
      }
    }
    char category = number.charAt(3);
    if (category != 'U' && category != 'J' && category != 'Z') {
      return Checked.Invalid.of("container.category", String.valueOf(category));
    }
    char expected = checkDigit(number);
    char found = number.charAt(LENGTH - 1);
    if (expected != found) {
      return Checked.Invalid.of(
          "container.checkDigit", String.valueOf(expected), String.valueOf(found));
    }
    return new Checked.Valid(number);
  }

  private static char checkDigit(String number) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += value(number.charAt(i)) << i;
    }
    return (char) ('0' + sum % 11 % 10);
  }

  private static int value(char c) {
    return c <= '9' ? c - '0' : LETTER_VALUES[c - 'A'];
  }
}
