package org.puente.intelligence.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folds and splits text the same way for documents and queries, so that a query word and an indexed
 * token are equal exactly when they should be.
 */
public final class Words {

  private Words() {}

  /**
   * Lower case without accents: "José Ángel" becomes "jose angel", "Œuvre" becomes "oeuvre".
   * Decomposing first also folds text that arrives with combining accents (NFD), which the folding
   * filter alone would split in the middle of a word.
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int kind = Character.getType(c);
      if (kind != Character.NON_SPACING_MARK
          && kind != Character.COMBINING_SPACING_MARK
          && kind != Character.ENCLOSING_MARK) {
        kept.append(c);
      }
    }
    char[] in = kept.toString().toCharArray();
    // The filter's documented bound: one input char folds to at most four.
    char[] out = new char[Math.max(1, in.length * 4)];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, length).toLowerCase(Locale.ROOT);
  }

  /** The words of folded text: runs of letters and digits. */
  static List<String> split(String folded) {
    return runs(folded, Character::isLetterOrDigit);
  }

  /** The non-empty runs of code points that {@code kept} accepts. */
  static List<String> runs(String text, IntPredicate kept) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (kept.test(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  /** Folded text with everything but letters and digits removed: "GUXJ-570404" is "guxj570404". */
  static String compact(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  static boolean hasDigit(String folded) {
    return folded.chars().anyMatch(Character::isDigit);
  }

  static boolean isLetters(String word) {
    return !word.isEmpty() && word.chars().allMatch(Character::isLetter);
  }
}
