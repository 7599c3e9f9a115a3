package org.puente.intelligence.identifiers;

import java.util.Locale;

/**
 * Telephone numbers in E.164 form ({@code +} and at most 15 digits), with the numbering plans of
 * the partner countries checked: NANP ({@code +1}, the United States and Canada) and Mexico ({@code
 * +52}).
 *
 * <p>Other country codes are checked only for length (8 to 15 digits) and a first digit other than
 * 0, since telling their country code from the national number needs the ITU's list. Spaces, dots,
 * hyphens and parentheses are ignored; anything else but digits and a leading {@code +} is
 * rejected, extensions included.
 */
public final class Phones {

  private static final int E164_MIN = 8;

  private static final int E164_MAX = 15;

  private static final int NATIONAL_LENGTH = 10;

  /** Whose national forms a number without an international prefix is read in. */
  private enum Plan {
    NANP,
    MEXICO,
    INTERNATIONAL_ONLY
  }

  private Phones() {}

  /**
   * Checks a number written in international form, after {@code +} or the international prefix
   * {@code 00}; a number without one is rejected with {@code phone.international}.
   */
  public static Checked check(String raw) {
    return check(raw, Plan.INTERNATIONAL_ONLY);
  }

  /**
   * Checks a number that may be written in the national form of {@code defaultCountry} ({@code
   * USA}, {@code CAN} or {@code MEX}, ISO 3166 alpha-3): {@code (613) 555-0142} in Canada, {@code
   * 55 1234 5678} in Mexico. Any other country reads like {@link #check(String)}, so that a country
   * from a partner's record can be passed without first being vetted.
   */
  public static Checked check(String raw, String defaultCountry) {
    return check(
        raw,
        switch (defaultCountry.strip().toUpperCase(Locale.ROOT)) {
          case "USA", "CAN" -> Plan.NANP;
          case "MEX" -> Plan.MEXICO;
          default -> Plan.INTERNATIONAL_ONLY;
        });
  }

  private static Checked check(String raw, Plan plan) {
    String number = Compact.stripped(raw, ".-()");
    boolean plus = number.startsWith("+");
    String digits = plus ? number.substring(1) : number;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return Checked.Invalid.of("phone.characters", Character.toString(digits.codePointAt(i)));
      }
    }
    if (digits.isEmpty()) {
      return Checked.Invalid.of("phone.length");
    }
    if (plus) {
      return international(digits);
    }
    if (digits.startsWith("00")) {
      return international(digits.substring(2));
    }
    return switch (plan) {
      // 011 is the NANP's international prefix; no NANP national number starts with 0.
      case NANP ->
          digits.startsWith("011") ? international(digits.substring(3)) : nanpNational(digits);
      case MEXICO -> mexicanNational(digits);
      case INTERNATIONAL_ONLY -> Checked.Invalid.of("phone.international");
    };
  }

  private static Checked international(String digits) {
    if (digits.isEmpty()) {
      return Checked.Invalid.of("phone.length");
    }
    if (digits.charAt(0) == '0') {
      return Checked.Invalid.of("phone.countryCode");
    }
    if (digits.startsWith("1")) {
      return nanp(digits.substring(1));
    }
    if (digits.startsWith("52")) {
      String national = digits.substring(2);
      // Mexican mobiles were dialled from abroad as +52 1 and ten digits until 2019.
      if (national.length() == NATIONAL_LENGTH + 1 && national.startsWith("1")) {
        national = national.substring(1);
      }
      return mexico(national);
    }
    if (digits.length() < E164_MIN || digits.length() > E164_MAX) {
      return Checked.Invalid.of("phone.length");
    }
    return new Checked.Valid("+" + digits);
  }

  private static Checked nanpNational(String digits) {
    if (digits.length() == NATIONAL_LENGTH + 1 && digits.startsWith("1")) {
      return nanp(digits.substring(1));
    }
    return nanp(digits);
  }

  /** A national number of the NANP: area code and exchange code each start with 2 to 9. */
  private static Checked nanp(String national) {
    if (national.length() != NATIONAL_LENGTH) {
      return Checked.Invalid.of("phone.length");
    }
    if (national.charAt(0) < '2' || national.charAt(3) < '2') {
      return Checked.Invalid.of("phone.nanp", national.substring(0, 3), national.substring(3, 6));
    }
    return new Checked.Valid("+1" + national);
  }

  /**
   * Drops the trunk prefixes Mexico abolished in 2019: 01 before a long-distance number, 044 and
   * 045 before a mobile one.
   */
  private static Checked mexicanNational(String digits) {
    if (digits.length() == NATIONAL_LENGTH + 2 && digits.startsWith("01")) {
      return mexico(digits.substring(2));
    }
    if (digits.length() == NATIONAL_LENGTH + 3
        && (digits.startsWith("044") || digits.startsWith("045"))) {
      return mexico(digits.substring(3));
    }
    return mexico(digits);
  }

  /** A Mexican national number: ten digits since the 2019 plan. */
  private static Checked mexico(String national) {
    if (national.length() != NATIONAL_LENGTH) {
      return Checked.Invalid.of("phone.length");
    }
    return new Checked.Valid("+52" + national);
  }
}
