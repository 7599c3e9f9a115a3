package org.puente.intelligence.resolution;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Puts a pair of prepared records into one comparison level per feature. A feature missing on
 * either side gets level {@link #MISSING}.
 */
final class Comparators {

  static final int MISSING = -1;

  /**
   * Jaro–Winkler similarity from which two names that the name normaliser calls different are still
   * a near spelling. Chosen on FEBRL, where most corrupted names score above 0.9 against their
   * original and few different names in the same block do.
   */
  static final double FUZZY_NAME = 0.88;

  /** Jaro–Winkler similarity from which two address words are taken as the same word. */
  private static final double SAME_WORD = 0.9;

  /** Share of address-line words that must agree for the lines to agree. */
  private static final double SAME_LINE = 0.6;

  private Comparators() {}

  /** What one comparison found; reused across pairs so scoring allocates nothing. */
  static final class Result {
    final int[] levels = new int[Feature.COUNT];

    /** The name whose given names agreed exactly, for the term-frequency adjustment. */
    @Nullable PersonName exactGiven;

    /** The name whose surnames agreed exactly. */
    @Nullable PersonName exactSurname;
  }

  static void compare(Prepared a, Prepared b, Result out) {
    names(a, b, out);
    out.levels[Feature.BIRTH_DATE.index()] = birthDate(a.birthDate, b.birthDate);
    out.levels[Feature.DOCUMENT.index()] = documents(a, b);
    out.levels[Feature.NATIONALITY.index()] = nationality(a, b);
    out.levels[Feature.PHONE.index()] = phones(a, b);
    out.levels[Feature.ADDRESS.index()] = address(a, b);
  }

  // ---- names

  private static void names(Prepared a, Prepared b, Result out) {
    int given = MISSING;
    int surname = MISSING;
    out.exactGiven = null;
    out.exactSurname = null;
    for (PersonName na : a.names) {
      for (PersonName nb : b.names) {
        int g = level(Names.compareGiven(na, nb), na.given(), nb.given());
        int s = level(Names.compareSurnames(na, nb), na.surnames(), nb.surnames());
        if (g == Feature.NAME_DIFFERENT && s == Feature.NAME_DIFFERENT && crossInitials(na, nb)) {
          // Given names and surnames written in each other's fields, a common clerical error.
          int gx = crossed(na.given(), nb.surnames());
          int sx = crossed(na.surnames(), nb.given());
          if (gx <= Feature.NAME_FUZZY && sx <= Feature.NAME_FUZZY) {
            g = Feature.NAME_SWAPPED;
            s = Feature.NAME_SWAPPED;
          }
        }
        if (g != MISSING && (given == MISSING || g < given)) {
          given = g;
          out.exactGiven = g == Feature.NAME_EXACT ? na : null;
        }
        if (s != MISSING && (surname == MISSING || s < surname)) {
          surname = s;
          out.exactSurname = s == Feature.NAME_EXACT ? na : null;
        }
      }
    }
    out.levels[Feature.GIVEN_NAME.index()] = given;
    out.levels[Feature.SURNAME.index()] = surname;
  }

  private static int level(@Nullable NameLevel level, List<String> a, List<String> b) {
    if (level == null) {
      return MISSING;
    }
    if (level == NameLevel.DIFFERENT && similar(a, b)) {
      return Feature.NAME_FUZZY;
    }
    return Feature.nameIndex(level);
  }

  /**
   * Whether given name and surname start with each other's first letter, a cheap test that rules
   * out nearly every pair before the full crossed comparison.
   */
  private static boolean crossInitials(PersonName a, PersonName b) {
    return !a.given().isEmpty()
        && !a.surnames().isEmpty()
        && !b.given().isEmpty()
        && !b.surnames().isEmpty()
        && a.given().getFirst().charAt(0) == b.surnames().getFirst().charAt(0)
        && a.surnames().getFirst().charAt(0) == b.given().getFirst().charAt(0);
  }

  private static int crossed(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return MISSING;
    }
    if (a.equals(b)) {
      return Feature.NAME_EXACT;
    }
    return similar(a, b) ? Feature.NAME_FUZZY : Feature.NAME_DIFFERENT;
  }

  private static boolean similar(List<String> a, List<String> b) {
    String x = a.size() == 1 ? a.getFirst() : String.join(" ", a);
    String y = b.size() == 1 ? b.getFirst() : String.join(" ", b);
    return Similarity.jaroWinkler(x, y) >= FUZZY_NAME;
  }

  // ---- date of birth

  static int birthDate(@Nullable BirthDate a, @Nullable BirthDate b) {
    if (a == null || b == null) {
      return MISSING;
    }
    if (!a.isFull() || !b.isFull()) {
      int dy = Math.abs(a.year() - b.year());
      if (dy == 0) {
        return Feature.DOB_YEAR_ONLY;
      }
      return dy <= 3 ? Feature.DOB_WITHIN_3 : Feature.DOB_DIFFERENT;
    }
    if (a.year() == b.year() && (newYear(a) || newYear(b))) {
      // 1 January is what many systems write when only the year is known.
      return Feature.DOB_PLACEHOLDER;
    }
    if (sameDay(a, b) || sameDay(a.otherReading(), b) || sameDay(a, b.otherReading())) {
      // An ambiguous source ("01/02/1984") that reads as the other date one way round is that
      // date as written, not a swap.
      return Feature.DOB_EXACT;
    }
    if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()) {
      return Feature.DOB_SWAPPED;
    }
    if (oneDigit(a, b)) {
      return Feature.DOB_ONE_DIGIT;
    }
    return Math.abs(a.year() - b.year()) <= 3 ? Feature.DOB_WITHIN_3 : Feature.DOB_DIFFERENT;
  }

  private static boolean newYear(BirthDate d) {
    return d.month() == 1 && d.day() == 1;
  }

  private static boolean sameDay(BirthDate a, BirthDate b) {
    return a.year() == b.year() && a.month() == b.month() && a.day() == b.day();
  }

  /** One digit of YYYYMMDD replaced, or two neighbouring digits exchanged. */
  private static boolean oneDigit(BirthDate a, BirthDate b) {
    int x = a.year() * 10000 + a.month() * 100 + a.day();
    int y = b.year() * 10000 + b.month() * 100 + b.day();
    int[] dx = new int[8];
    int[] dy = new int[8];
    for (int i = 7; i >= 0; i--) {
      dx[i] = x % 10;
      dy[i] = y % 10;
      x /= 10;
      y /= 10;
    }
    int first = -1;
    int count = 0;
    for (int i = 0; i < 8; i++) {
      if (dx[i] != dy[i]) {
        if (count == 0) {
          first = i;
        }
        count++;
      }
    }
    if (count == 1) {
      return true;
    }
    return count == 2
        && first < 7
        && dx[first] == dy[first + 1]
        && dx[first + 1] == dy[first]
        && dx[first] != dx[first + 1];
  }

  // ---- identity documents

  private static int documents(Prepared a, Prepared b) {
    int best = MISSING;
    for (int i = 0; i < a.documentNumbers.length; i++) {
      for (int j = 0; j < b.documentNumbers.length; j++) {
        if (!a.documentKinds[i].equals(b.documentKinds[j])) {
          continue;
        }
        String na = a.documentNumbers[i];
        String nb = b.documentNumbers[j];
        if (na.isEmpty() || nb.isEmpty()) {
          continue;
        }
        int level;
        if (na.equals(nb)) {
          level = Feature.DOC_EXACT;
        } else if (!sameCountry(a.documentCountries[i], b.documentCountries[j])) {
          // Two passports of different countries may both be the person's: no evidence.
          continue;
        } else if (Similarity.withinOneEdit(na, nb)) {
          level = Feature.DOC_ONE_TYPO;
        } else if (isCurp(a.documentKinds[i]) && na.length() >= 16 && nb.length() >= 16) {
          level = curp(na, nb);
        } else {
          level = Feature.DOC_DIFFERENT;
        }
        if (best == MISSING || level < best) {
          best = level;
        }
      }
    }
    return best;
  }

  private static boolean isCurp(String kind) {
    return kind.equals("CURP");
  }

  /**
   * A CURP is built from the person: positions 1–4 name initials, 5–10 the birth date (YYMMDD), 11
   * sex, 12–13 state, 14–16 inner consonants of the names; 17–18 are assigned. The same first 16
   * with other assigned characters is a reissue of the same person's code; the same birth date
   * alone is a weaker sign (another person born that day, or a code garbled in its name part).
   */
  private static int curp(String a, String b) {
    if (a.regionMatches(0, b, 0, 16)) {
      return Feature.DOC_ONE_TYPO;
    }
    if (a.regionMatches(4, b, 4, 6)) {
      return Feature.DOC_CURP_BIRTH_DATE;
    }
    return Feature.DOC_DIFFERENT;
  }

  private static boolean sameCountry(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : a.equals(b);
  }

  // ---- nationality

  private static int nationality(Prepared a, Prepared b) {
    if (a.nationalities.isEmpty() || b.nationalities.isEmpty()) {
      return MISSING;
    }
    for (String n : a.nationalities) {
      if (b.nationalities.contains(n)) {
        return 0;
      }
    }
    return 1;
  }

  // ---- phones

  private static int phones(Prepared a, Prepared b) {
    if (a.phones.length == 0 || b.phones.length == 0) {
      return MISSING;
    }
    int best = Feature.PHONE_DIFFERENT;
    for (String pa : a.phones) {
      for (String pb : b.phones) {
        if (pa.equals(pb)) {
          return Feature.PHONE_EXACT;
        }
        if (pa.regionMatches(pa.length() - 7, pb, pb.length() - 7, 7)) {
          best = Feature.PHONE_LAST_7;
        }
      }
    }
    return best;
  }

  // ---- address

  private static int address(Prepared a, Prepared b) {
    String pa = a.postcode;
    String pb = b.postcode;
    String la = a.locality;
    String lb = b.locality;
    String ra = a.region;
    String rb = b.region;
    boolean lines = a.lineWords.length > 0 && b.lineWords.length > 0;
    if (!lines
        && (pa == null || pb == null)
        && (la == null || lb == null)
        && (ra == null || rb == null)) {
      return MISSING;
    }
    boolean line = lines && sameLine(a, b);
    boolean postcode = pa != null && pa.equals(pb);
    if (line && postcode) {
      return Feature.ADDR_LINE_AND_POSTCODE;
    }
    if (line) {
      return Feature.ADDR_LINE;
    }
    boolean locality =
        la != null && lb != null && (la.equals(lb) || Similarity.jaroWinkler(la, lb) >= SAME_WORD);
    if (postcode) {
      return locality ? Feature.ADDR_POSTCODE_AND_LOCALITY : Feature.ADDR_POSTCODE;
    }
    if (locality) {
      return Feature.ADDR_LOCALITY;
    }
    if (ra != null && ra.equals(rb)) {
      return Feature.ADDR_REGION;
    }
    return Feature.ADDR_DIFFERENT;
  }

  private static boolean sameLine(Prepared a, Prepared b) {
    String na = a.streetNumber;
    String nb = b.streetNumber;
    if (na != null && nb != null && !na.equals(nb)) {
      return false;
    }
    int matched = 0;
    for (String wa : a.lineWords) {
      for (String wb : b.lineWords) {
        if (wa.equals(wb)
            || (wa.length() >= 4
                && wb.length() >= 4
                && Similarity.jaroWinkler(wa, wb) >= SAME_WORD)) {
          matched++;
          break;
        }
      }
    }
    return matched >= SAME_LINE * Math.max(a.lineWords.length, b.lineWords.length);
  }
}
