package org.puente.intelligence.resolution;

/** String similarities for names, numbers and address words, written for short strings. */
final class Similarity {

  private Similarity() {}

  /**
   * The Jaro–Winkler similarity, 0 to 1: the share of characters the two strings have in common
   * near the same place, raised for a common beginning, because typing errors are rarer at the
   * start of a name.
   */
  static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] usedB = new boolean[lb];
    char[] matchedA = new char[Math.min(la, lb)];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!usedB[j] && b.charAt(j) == c) {
          usedB[j] = true;
          matchedA[matches++] = c;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transposed = 0;
    int k = 0;
    for (int j = 0; j < lb; j++) {
      if (usedB[j]) {
        if (b.charAt(j) != matchedA[k]) {
          transposed++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transposed / 2.0) / m) / 3.0;
    int prefix = 0;
    int maxPrefix = Math.min(4, Math.min(la, lb));
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  /**
   * Whether two strings differ by at most one edit: one character replaced, inserted or deleted, or
   * two neighbours exchanged. This is the usual size of a typing error in a number.
   */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      // replaced: the rest after i agrees; exchanged: i and i+1 are crossed and the rest agrees
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }
    if (la > lb) {
      return a.regionMatches(i + 1, b, i, lb - i);
    }
    return b.regionMatches(i + 1, a, i, la - i);
  }
}
