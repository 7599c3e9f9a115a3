package org.puente.intelligence.resolution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses and compares names written in Spanish, English and French ways.
 *
 * <p><b>Parsing.</b> Text is folded to lower-case ASCII ({@link #fold}); other scripts are
 * transliterated to Latin first. Titles (Sr., Dr., Lic., Ing., Mme…) and suffixes (Jr., III…) are
 * dropped, particles (de, del, de la, y, van, von, du, le, saint…) are dropped without breaking the
 * name they belong to, hyphenated names are split into their words, apostrophes join (O'Brien is
 * "obrien"), and "Mc Donald" is joined. "Last, First" order is read from the comma; without one the
 * split is decided from the known given names and Census surnames (see {@link NameParser}). At most
 * eight words are kept in each part and only the first thousand characters are read.
 *
 * <p><b>Comparing.</b> {@link #compareGiven} and {@link #compareSurnames} pair the words of one
 * part of each name, best agreements first. Between two words: the same word is {@code EXACT}; a
 * nickname, diminutive or equivalent in another language (from {@code resolution/nicknames.tsv}) is
 * {@code ALIAS} (given names only); the same Spanish spelling key (X/J, B/V, LL/Y, C/S/Z, Ñ/NY/NH,
 * silent H, G/J before E and I, doubled letters), or the same Double Metaphone code and last
 * letter, or the same word but for a joined particle ("Delacruz", "Cruz") is {@code PHONETIC}; one
 * or two typing errors (optimal string alignment distance, one below eight letters, two from eight,
 * none below four) in the word or its key is {@code FUZZY}; an initial and a word starting with it
 * is {@code INITIAL}. For the whole part, the weakest pairing counts, and:
 *
 * <ul>
 *   <li>the same words in another order are {@code SWAPPED};
 *   <li>words left over on one side only (a dropped maternal surname or second given name) make it
 *       {@code PARTIAL}, as does an initial beside a full word ("José A." and "José Ángel");
 *   <li>only initials agreeing ("J. A." and "José Ángel") is {@code INITIAL};
 *   <li>words left over on both sides contradict: {@code DIFFERENT}.
 * </ul>
 *
 * <p><b>Words in the wrong part.</b> A word left over on one side that is found in the other part
 * of the other name counts as agreeing but moved, which makes the part at best {@code SWAPPED}. So
 * José | Guzmán Jiménez and José Guzmán | Jiménez (the paternal surname taken as a middle name, as
 * English-speaking agencies often record it) have given names and surnames both {@code SWAPPED}:
 * the words of the whole name are the same, only the split differs. Likewise "GUZMAN JOSE" read
 * with Guzmán as the given name, against José | Guzmán, is {@code SWAPPED} in both parts.
 *
 * <p>Comparisons allocate little: each word's derived keys are worked out once and kept in a
 * bounded cache, and the edit distance uses reused rows.
 */
public final class Names {

  /** Surnames that give blocking keys: the paternal and the maternal. */
  private static final int KEYED_SURNAMES = 2;

  /** Canonical given names that give blocking keys: "Beto" is both Alberto and Roberto. */
  private static final int KEYED_CANONICAL = 2;

  private Names() {}

  /**
   * A name given whole: "GUZMAN JIMENEZ, JOSE ANGEL", "Jose A. Guzman", "José Ángel Guzmán
   * Ximénez".
   */
  public static PersonName parse(String full) {
    return NameParser.parse(full);
  }

  /** A name given in parts, any of which may be missing. */
  public static PersonName of(
      @Nullable String given, @Nullable String paternal, @Nullable String maternal) {
    return NameParser.of(
        given == null ? "" : given,
        paternal == null ? "" : paternal,
        maternal == null ? "" : maternal);
  }

  /**
   * Lower case, Latin letters without accents: words of only {@code a-z} and {@code 0-9} separated
   * by single spaces. Other scripts are transliterated; anything else separates words, except
   * apostrophes, which join them.
   */
  public static String fold(String text) {
    return NameText.fold(text);
  }

  /** How the given names of two people agree, or null when either has none. */
  public static @Nullable NameLevel compareGiven(PersonName a, PersonName b) {
    return NameComparison.compare(a.given(), b.given(), a.surnames(), b.surnames(), true);
  }

  /** How the surnames of two people agree, or null when either has none. */
  public static @Nullable NameLevel compareSurnames(PersonName a, PersonName b) {
    return NameComparison.compare(a.surnames(), b.surnames(), a.given(), b.given(), false);
  }

  /**
   * Blocking keys of a name: strings two names that might be the same person's share. Each key
   * names what it was made from, so keys of different kinds never meet. At most eleven:
   *
   * <ul>
   *   <li>{@code s:} the Spanish spelling key of the paternal and of the maternal surname, and of a
   *       surname without a joined particle ("Delacruz" also as "Cruz"), so that spellings, a
   *       dropped or swapped surname, and "Last, First" order still meet;
   *   <li>{@code m:} their Double Metaphone codes, for English spellings;
   *   <li>{@code i:} the first initial with each surname's key;
   *   <li>{@code g:} each canonical given name (through nicknames and languages: Chuy and Jesús,
   *       Bill and Guillermo) with the paternal surname's key;
   *   <li>{@code s:} also for a last given name that is no known given name, since it is likely a
   *       surname recorded as a middle name;
   *   <li>{@code gg:} all the given names' keys, only for a name of two or more given names and no
   *       surname. A lone given name gives no key: it is shared by far too many people.
   * </ul>
   */
  public static List<String> keys(PersonName name) {
    Set<String> out = new LinkedHashSet<>();
    List<String> given = name.given();
    List<String> surnames = name.surnames();
    char initial = given.isEmpty() ? 0 : given.get(0).charAt(0);
    String paternal = null;
    int keyed = 0;
    for (int i = 0; i < surnames.size() && keyed < KEYED_SURNAMES; i++) {
      NameWord w = NameWord.of(surnames.get(i));
      if (w.isInitial()) {
        continue;
      }
      keyed++;
      out.add("s:" + w.key);
      if (!w.metaphone.isEmpty()) {
        out.add("m:" + w.metaphone);
      }
      if (w.strippedKeys.length > 0) {
        out.add("s:" + w.strippedKeys[0]);
      }
      if (initial != 0) {
        out.add("i:" + initial + ":" + w.key);
      }
      if (paternal == null) {
        paternal = w.key;
      }
    }
    if (paternal != null) {
      for (String g : given) {
        NameWord w = NameWord.of(g);
        if (w.isInitial()) {
          continue;
        }
        List<String> canonical = NameData.topCanonical(w.aliases);
        if (canonical.isEmpty()) {
          out.add("g:" + w.key + ":" + paternal);
        }
        for (int c = 0; c < canonical.size() && c < KEYED_CANONICAL; c++) {
          out.add("g:" + NameWord.spellingKey(canonical.get(c)) + ":" + paternal);
        }
        break;
      }
    }
    if (given.size() >= 2) {
      String last = given.get(given.size() - 1);
      if (last.length() > 1 && !NameData.isGiven(last)) {
        out.add("s:" + NameWord.of(last).key);
      }
    }
    if (surnames.isEmpty() && given.size() >= 2) {
      StringBuilder all = new StringBuilder("gg:");
      for (String g : given) {
        all.append(NameWord.of(g).key).append(' ');
      }
      out.add(all.toString().trim());
    }
    return List.copyOf(out);
  }
}
