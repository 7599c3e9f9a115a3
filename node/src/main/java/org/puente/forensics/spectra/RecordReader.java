package org.puente.forensics.spectra;

import java.io.IOException;

/** Turns the lines of one library file into entries and problems. */
sealed interface RecordReader permits MassBankReader, MspReader, MgfReader {

  void read(Lines lines, ImportContext context) throws IOException;

  /** Text that stands for "no value" in the formats read ({@code N/A}, {@code NA}, empty). */
  static boolean absent(String value) {
    String v = value.trim();
    return v.isEmpty() || v.equalsIgnoreCase("N/A") || v.equalsIgnoreCase("NA");
  }

  /**
   * The whitespace-separated words of a line, at most {@code max} + 1 of them (enough for the
   * caller to see that there are too many).
   */
  static java.util.List<String> words(String text, int max) {
    java.util.List<String> words = new java.util.ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n && words.size() <= max) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /** The MS level an {@code MS}, {@code MS2} … {@code MS10} or {@code MS1} label names, or -1. */
  static int msLevel(String value) {
    String v = value.trim().toUpperCase(java.util.Locale.ROOT);
    if (v.equals("MS") || v.equals("MS1")) {
      return 1;
    }
    if (v.startsWith("MS") && v.length() <= 4) {
      String digits = v.substring(2);
      if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
        int level = Integer.parseInt(digits);
        return level >= 1 && level <= Spectrum.MAX_MS_LEVEL ? level : -1;
      }
    }
    return -1;
  }
}
