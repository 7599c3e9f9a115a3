package org.puente.intelligence.resolution;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compares one part of two names (the given names, or the surnames) word by word. Levels are
 * handled as numbers in the order of {@link NameLevel}, where a larger number is a weaker
 * agreement.
 */
final class NameComparison {

  // Levels as numbers in the enum's order, best first, so that the weaker of two is the larger.
  static final int EXACT = 0;
  static final int SWAPPED = 1;
  static final int ALIAS = 2;
  static final int PHONETIC = 3;
  static final int FUZZY = 4;
  static final int PARTIAL = 5;
  static final int INITIAL = 6;
  static final int DIFFERENT = 7;

  private static final NameLevel[] LEVELS = {
    NameLevel.EXACT,
    NameLevel.SWAPPED,
    NameLevel.ALIAS,
    NameLevel.PHONETIC,
    NameLevel.FUZZY,
    NameLevel.PARTIAL,
    NameLevel.INITIAL,
    NameLevel.DIFFERENT
  };

  /** Words of a part beyond this many are not compared; no real name has so many. */
  static final int MAX_WORDS = 8;

  /** Edit distance is only worked out for words up to this long. */
  private static final int MAX_EDIT_LENGTH = 32;

  private static final ThreadLocal<int[]> ROWS =
      ThreadLocal.withInitial(() -> new int[3 * (MAX_EDIT_LENGTH + 1)]);

  private NameComparison() {}

  /**
   * How part {@code a} of one name agrees with part {@code b} of another, given the other parts of
   * each ({@code aOther}, {@code bOther}) to recognise words recorded in the wrong part.
   */
  static @Nullable NameLevel compare(
      List<String> a, List<String> b, List<String> aOther, List<String> bOther, boolean given) {
    int m = Math.min(a.size(), MAX_WORDS);
    int n = Math.min(b.size(), MAX_WORDS);
    if (m == 0 || n == 0) {
      return null;
    }
    if (a.equals(b)) {
      return NameLevel.EXACT;
    }
    int level;
    if (m == 1 && n == 1) {
      NameWord x = NameWord.of(a.get(0));
      NameWord y = NameWord.of(b.get(0));
      level = word(x, y, given);
      if (level >= PARTIAL && !x.isInitial() && !y.isInitial()) {
        // Both words recorded in the other part: "GUZMAN JOSE" read as given name Guzmán.
        if (movedInto(x, bOther)
            && movedInto(y, aOther)
            && !movedInto(x, aOther)
            && !movedInto(y, bOther)) {
          level = SWAPPED;
        }
      }
    } else {
      level = align(a, b, m, n, aOther, bOther, given);
      if (level >= INITIAL && (m == 1) != (n == 1)) {
        level = Math.min(level, joined(m == 1 ? a.get(0) : b.get(0), m == 1 ? b : a, given));
      }
    }
    return LEVELS[level];
  }

  /**
   * Pairs the words of two parts, best agreements first, and judges the whole: every word paired
   * and in order is the weakest pair's level; pairs out of order, or words found in the other part
   * of the other name (and not also in the same name's other part), are at best {@code SWAPPED};
   * unpaired words on one side only (a dropped name) or initials make it at best {@code PARTIAL};
   * unpaired words on both sides contradict.
   */
  private static int align(
      List<String> a,
      List<String> b,
      int m,
      int n,
      List<String> aOther,
      List<String> bOther,
      boolean given) {
    NameWord[] wa = new NameWord[m];
    NameWord[] wb = new NameWord[n];
    for (int i = 0; i < m; i++) {
      wa[i] = NameWord.of(a.get(i));
    }
    for (int j = 0; j < n; j++) {
      wb[j] = NameWord.of(b.get(j));
    }
    byte[] levels = new byte[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        levels[i * n + j] = (byte) word(wa[i], wb[j], given);
      }
    }
    int usedA = 0;
    int usedB = 0;
    int[] pairedWith = new int[m];
    Arrays.fill(pairedWith, -1);
    int worst = EXACT;
    int informative = 0;
    int initials = 0;
    while (true) {
      int best = DIFFERENT;
      int bestI = -1;
      int bestJ = -1;
      int bestSkew = Integer.MAX_VALUE;
      for (int i = 0; i < m; i++) {
        if ((usedA & (1 << i)) != 0) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          if ((usedB & (1 << j)) != 0) {
            continue;
          }
          int level = levels[i * n + j];
          int skew = Math.abs(i - j);
          if (level < best || (level == best && level < DIFFERENT && skew < bestSkew)) {
            best = level;
            bestI = i;
            bestJ = j;
            bestSkew = skew;
          }
        }
      }
      if (bestI < 0) {
        break;
      }
      usedA |= 1 << bestI;
      usedB |= 1 << bestJ;
      pairedWith[bestI] = bestJ;
      if (best == INITIAL) {
        initials++;
      } else {
        informative++;
        worst = Math.max(worst, best);
      }
    }
    boolean crossed = false;
    int lastJ = -1;
    for (int i = 0; i < m; i++) {
      if (pairedWith[i] >= 0) {
        if (pairedWith[i] < lastJ) {
          crossed = true;
        }
        lastJ = pairedWith[i];
      }
    }
    int moved = 0;
    int unpairedA = 0;
    int unpairedB = 0;
    for (int i = 0; i < m; i++) {
      if ((usedA & (1 << i)) == 0) {
        if (movedInto(wa[i], bOther) && !movedInto(wa[i], aOther)) {
          moved++;
        } else {
          unpairedA++;
        }
      }
    }
    for (int j = 0; j < n; j++) {
      if ((usedB & (1 << j)) == 0) {
        if (movedInto(wb[j], aOther) && !movedInto(wb[j], bOther)) {
          moved++;
        } else {
          unpairedB++;
        }
      }
    }
    if (unpairedA > 0 && unpairedB > 0) {
      return DIFFERENT;
    }
    if (informative == 0 && moved == 0) {
      return initials > 0 ? INITIAL : DIFFERENT;
    }
    int level = worst;
    if (crossed || moved > 0) {
      level = Math.max(level, SWAPPED);
    }
    if (unpairedA > 0 || unpairedB > 0 || initials > 0) {
      level = Math.max(level, PARTIAL);
    }
    return level;
  }

  /**
   * Whether a word, not an initial, is one of the words of another part, spelt the same or alike. A
   * near spelling is not enough: "Luis" and "Ruiz" are a typing error apart.
   */
  private static boolean movedInto(NameWord word, List<String> other) {
    if (word.isInitial()) {
      return false;
    }
    int n = Math.min(other.size(), MAX_WORDS);
    for (int k = 0; k < n; k++) {
      NameWord o = NameWord.of(other.get(k));
      if (!o.isInitial() && word(word, o, false) <= PHONETIC) {
        return true;
      }
    }
    return false;
  }

  /**
   * One word against several written as one: "JB" and "Jean Baptiste", "Chema" and "José María",
   * "Mariajose" and "María José", "JA" and "José Ángel".
   */
  private static int joined(String single, List<String> several, boolean given) {
    int n = Math.min(several.size(), 4);
    StringBuilder joined = new StringBuilder(32);
    for (int k = 0; k < n; k++) {
      joined.append(several.get(k));
    }
    String whole = joined.toString();
    if (whole.equals(single)) {
      return PHONETIC;
    }
    NameWord one = NameWord.of(single);
    if (given && intersects(one.aliases, NameData.aliases(whole))) {
      return ALIAS;
    }
    if (whole.length() <= 40 && NameWord.spellingKey(whole).equals(one.key)) {
      return PHONETIC;
    }
    if (single.length() == n && n == several.size()) {
      for (int k = 0; k < n; k++) {
        if (several.get(k).charAt(0) != single.charAt(k)) {
          return DIFFERENT;
        }
      }
      return INITIAL;
    }
    return DIFFERENT;
  }

  /** How two words agree: the level of the closest relation found, cheapest tests first. */
  static int word(NameWord x, NameWord y, boolean given) {
    if (x == y || x.text.equals(y.text)) {
      return EXACT;
    }
    if (x.isInitial() || y.isInitial()) {
      return x.first() == y.first() ? INITIAL : DIFFERENT;
    }
    if (given && intersects(x.aliases, y.aliases)) {
      return ALIAS;
    }
    if (x.key.equals(y.key) || particleFree(x, y) || particleFree(y, x)) {
      return PHONETIC;
    }
    if (!x.metaphone.isEmpty()
        && x.last() == y.last()
        && (x.metaphone.equals(y.metaphone)
            || x.metaphone.equals(y.metaphoneAlternate)
            || x.metaphoneAlternate.equals(y.metaphone))) {
      // The same last letter keeps Mario and María, Louis and Louise apart: Double Metaphone
      // ignores vowels, which in Spanish and French mark a name's gender.
      return PHONETIC;
    }
    int bound = editBound(Math.max(x.length(), y.length()));
    if (bound > 0
        && (withinEdits(x.text, y.text, bound)
            || (editBound(Math.max(x.key.length(), y.key.length())) >= bound
                && withinEdits(x.key, y.key, bound)))) {
      return FUZZY;
    }
    return DIFFERENT;
  }

  /** Whether {@code x} written without a joined particle is {@code y}: "Delacruz" and "Cruz". */
  private static boolean particleFree(NameWord x, NameWord y) {
    for (int k = 0; k < x.stripped.length; k++) {
      if (x.stripped[k].equals(y.text) || x.strippedKeys[k].equals(y.key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of typing errors allowed between words, by the longer one's length: none below four
   * letters, so that a typing error that leaves three ("Cruz", "Cuz") is still found.
   */
  private static int editBound(int longer) {
    if (longer >= 8) {
      return 2;
    }
    return longer >= 4 ? 1 : 0;
  }

  static boolean intersects(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        return true;
      }
      if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /**
   * Whether the optimal string alignment distance (Damerau–Levenshtein with adjacent
   * transpositions, each substring edited once) is at most {@code bound}. Only the diagonal band
   * {@code bound} wide is filled, in three reused rows, and it stops as soon as a row exceeds the
   * bound.
   */
  static boolean withinEdits(String s, String t, int bound) {
    return editDistance(s, t, bound) <= bound;
  }

  /** The optimal string alignment distance, or {@code bound + 1} when it is larger. */
  static int editDistance(String s, String t, int bound) {
    int m = s.length();
    int n = t.length();
    int over = bound + 1;
    if (Math.abs(m - n) > bound) {
      return over;
    }
    if (m == 0 || n == 0) {
      return Math.max(m, n);
    }
    if (m > MAX_EDIT_LENGTH || n > MAX_EDIT_LENGTH) {
      return over;
    }
    int[] rows = ROWS.get();
    int width = MAX_EDIT_LENGTH + 1;
    int before = 0; // row i - 2
    int previous = width; // row i - 1
    int current = 2 * width; // row i
    for (int j = 0; j <= n; j++) {
      rows[previous + j] = Math.min(j, over);
    }
    for (int i = 1; i <= m; i++) {
      int lo = Math.max(1, i - bound);
      int hi = Math.min(n, i + bound);
      rows[current] = Math.min(i, over);
      if (lo > 1) {
        rows[current + lo - 1] = over;
      }
      int rowMin = lo == 1 ? rows[current] : over;
      char sc = s.charAt(i - 1);
      for (int j = lo; j <= hi; j++) {
        char tc = t.charAt(j - 1);
        int cost = sc == tc ? 0 : 1;
        int v = rows[previous + j - 1] + cost;
        v = Math.min(v, rows[previous + j] + 1);
        v = Math.min(v, rows[current + j - 1] + 1);
        if (i > 1 && j > 1 && sc == t.charAt(j - 2) && s.charAt(i - 2) == tc) {
          v = Math.min(v, rows[before + j - 2] + 1);
        }
        v = Math.min(v, over);
        rows[current + j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (hi < n) {
        rows[current + hi + 1] = over;
      }
      if (rowMin >= over) {
        return over;
      }
      int spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return rows[previous + n];
  }
}
