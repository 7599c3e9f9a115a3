package org.puente.intelligence.identifiers;

/**
 * Vehicle identification numbers (ISO 3779, 49 CFR 565): 17 characters with the North American
 * check digit in position 9.
 *
 * <p>The check is applied to every VIN. Vehicles built for markets outside North America often
 * carry no check digit in position 9 (most European VINs among them) and are rejected with {@code
 * vin.checkDigit}; a record holding such a VIN must store it as explicitly unverified rather than
 * as a checked value. The check digit catches every single-character substitution except one
 * between characters that transliterate to the same value (A, J and 1, for example), which no check
 * on this scheme can see.
 */
public final class Vin {

  private static final int LENGTH = 17;

  private static final int CHECK_POSITION = 8;

  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  /** Values of A to Z per 49 CFR 565.15; 0 marks I, O and Q, which a VIN never contains. */
  private static final int[] LETTER_VALUES = {
    1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9
  };

  private Vin() {}

  /**
   * Checks a VIN as typed, ignoring spaces and hyphens and letter case; the normal form is the 17
   * upper-case characters.
   */
  public static Checked check(String raw) {
    String vin = Compact.upperCased(Compact.stripped(raw, "-"));
    int length = vin.codePointCount(0, vin.length());
    if (length != LENGTH) {
      return Checked.Invalid.of("vin.length", Integer.toString(length));
    }
    // Exactly 17 code points; any outside ASCII is rejected below before char indexing matters.
    for (int i = 0; i < vin.length(); i++) {
      char c = vin.charAt(i);
      if (c == 'I' || c == 'O' || c == 'Q') {
        return Checked.Invalid.of("vin.letter", String.valueOf(c), Integer.toString(i + 1));
      }
      if (!isVinCharacter(c)) {
        return Checked.Invalid.of(
            "vin.characters",
            Character.toString(vin.codePointAt(i)),
            Integer.toString(vin.codePointCount(0, i) + 1));
      }
    }
    char expected = checkDigit(vin);
    char found = vin.charAt(CHECK_POSITION);
    if (expected != found) {
      return Checked.Invalid.of("vin.checkDigit", String.valueOf(expected), String.valueOf(found));
    }
    return new Checked.Valid(vin);
  }

  private static boolean isVinCharacter(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && LETTER_VALUES[c - 'A'] != 0);
  }

  private static char checkDigit(String vin) {
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      char c = vin.charAt(i);
      int value = c <= '9' ? c - '0' : LETTER_VALUES[c - 'A'];
      sum += value * WEIGHTS[i];
    }
    int remainder = sum % 11;
    return remainder == 10 ? 'X' : (char) ('0' + remainder);
  }
}
