package org.puente.intelligence.identifiers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mexico's Clave Única de Registro de Población: four letters from the names, the birth date, sex,
 * state of birth, three consonants from the names, a character that separates homonyms and a check
 * digit.
 *
 * <p>The check digit is a weighted sum modulo 10, weights 18 down to 2, so it catches a
 * substitution only when the change in value times the weight is not a multiple of 10: never in the
 * tens of the birth day (weight 10), and only odd changes at weights 5 and 15. A CURP that passes
 * is well formed, not necessarily issued.
 */
public final class Curp {

  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]");

  /** The 32 federal entities in RENAPO's codes, and NE for those born abroad. */
  private static final Set<String> STATES =
      Set.of(
          "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC",
          "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ",
          "YN", "ZS", "NE");

  /** RENAPO's dictionary; Ñ is never in a CURP but still shifts the values of O to Z. */
  private static final String VALUES = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

  private static final int HOMONYM = 16;

  private static final int CHECK = 17;

  private Curp() {}

  /**
   * Checks a CURP as typed, ignoring spaces, hyphens and letter case; the normal form is the 18
   * upper-case characters.
   */
  public static Checked check(String raw) {
    String curp = Compact.upperCased(Compact.stripped(raw, "-"));
    if (!SHAPE.matcher(curp).matches()) {
      return Checked.Invalid.of("curp.format");
    }
    if (birthDateOf(curp).isEmpty()) {
      return Checked.Invalid.of("curp.date", curp.substring(4, 10));
    }
    String state = curp.substring(11, 13);
    if (!STATES.contains(state)) {
      return Checked.Invalid.of("curp.state", state);
    }
    char expected = checkDigit(curp);
    char found = curp.charAt(CHECK);
    if (expected != found) {
      return Checked.Invalid.of("curp.checkDigit", String.valueOf(expected), String.valueOf(found));
    }
    return new Checked.Valid(curp);
  }

  /**
   * The birth date a valid CURP encodes, the century told by the homonym character: a digit for
   * those born before 2000, a letter from 2000 on.
   */
  public static Optional<LocalDate> birthDate(String curp) {
    return check(curp) instanceof Checked.Valid(String valid)
        ? birthDateOf(valid)
        : Optional.empty();
  }

  /** The sex a valid CURP records: H (hombre), M (mujer) or X (non-binary). */
  public static Optional<Character> sex(String curp) {
    return check(curp) instanceof Checked.Valid(String valid)
        ? Optional.of(valid.charAt(10))
        : Optional.empty();
  }

  /** The date in a CURP of the right shape, or empty if no such day exists. */
  private static Optional<LocalDate> birthDateOf(String curp) {
    int century = curp.charAt(HOMONYM) <= '9' ? 1900 : 2000;
    int year = century + Integer.parseInt(curp.substring(4, 6));
    int month = Integer.parseInt(curp.substring(6, 8));
    int day = Integer.parseInt(curp.substring(8, 10));
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  private static char checkDigit(String curp) {
    int sum = 0;
    for (int i = 0; i < CHECK; i++) {
      sum += VALUES.indexOf(curp.charAt(i)) * (18 - i);
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }
}
