package org.puente.intelligence.resolution;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import org.puente.intelligence.search.Words;

/**
 * Folds the text of a name to lower-case ASCII letters and digits, keeping only the punctuation
 * that says something about a name's structure: the comma of "Last, First", the full stop of an
 * initial or abbreviation, and the hyphen of a compound name. Apostrophes join ("O'Brien" is
 * "obrien"); everything else separates words. Text in other scripts is transliterated to Latin.
 */
final class NameText {

  /** Longer text is not a name; it is cut here so that work stays bounded. */
  static final int MAX_CHARS = 1_000;

  private NameText() {}

  /** Folded text of only {@code [a-z0-9 ,.-]}. */
  static String prepare(String raw) {
    String text = raw;
    if (text.length() > MAX_CHARS) {
      int cut = MAX_CHARS;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      text = text.substring(0, cut);
    }
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    String folded = ascii ? text : foldUnicode(markPunctuation(text));
    return keep(folded);
  }

  /** Folded words separated by single spaces: only {@code [a-z0-9 ]}. */
  static String fold(String raw) {
    String prepared = prepare(raw);
    StringBuilder out = new StringBuilder(prepared.length());
    boolean space = false;
    for (int i = 0; i < prepared.length(); i++) {
      char c = prepared.charAt(i);
      if (isWordChar(c)) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Maps the many Unicode apostrophes, hyphens, commas and full stops to their ASCII forms first,
   * so that folding and transliteration cannot lose them.
   */
  private static String markPunctuation(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u2019', '\u2018', '\u02BC', '\u02BB', '\u00B4', '`', '\u2032', '\uFF07' ->
            out.append('\'');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\uFE63', '\uFF0D' ->
            out.append('-');
        case '\uFF0C', '\u3001', '\u060C' -> out.append(',');
        case '\uFF0E', '\u3002' -> out.append('.');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String foldUnicode(String text) {
    String folded = foldLatin(text);
    for (int i = 0; i < folded.length(); i++) {
      if (folded.charAt(i) >= 0x80) {
        // Some of it is in another script: transliterate the whole, then fold what is left.
        return foldLatin(spellOut(Transliteration.toLatin(text)));
      }
    }
    return folded;
  }

  /**
   * Spells out letters of scripts the transliterator does not cover (Khmer, for one) by their
   * Unicode names: "KHMER LETTER SA" is "sa", "KHMER VOWEL SIGN UU" is "uu". Crude, but ASCII and
   * the same for the same text; signs without a letter's name are dropped. It runs before accents
   * are removed, since such scripts write many vowels as combining signs.
   */
  private static String spellOut(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (out != null) {
          out.append((char) cp);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() * 2);
        out.append(text, 0, i - Character.charCount(cp));
      }
      out.append(spelling(cp));
    }
    return out == null ? text : out.toString();
  }

  private static String spelling(int cp) {
    if (Character.getType(cp) == Character.MODIFIER_LETTER) {
      // Marks of length, tone or breath, such as the ʿ of romanised Arabic.
      return "";
    }
    String name = Character.getName(cp);
    if (name == null
        || !(name.contains(" LETTER ")
            || name.contains(" VOWEL ")
            || name.contains(" SYLLABLE "))) {
      // A sign within a word keeps the word whole; anything else separates words.
      return Character.isLetter(cp) || isMark(cp) ? "" : " ";
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (last.isEmpty() || last.length() > 4) {
      return "";
    }
    for (int k = 0; k < last.length(); k++) {
      char c = last.charAt(k);
      if (c < 'A' || c > 'Z') {
        return "";
      }
    }
    return last.toLowerCase(Locale.ROOT);
  }

  private static boolean isMark(int cp) {
    int kind = Character.getType(cp);
    return kind == Character.NON_SPACING_MARK
        || kind == Character.COMBINING_SPACING_MARK
        || kind == Character.ENCLOSING_MARK;
  }

  /**
   * Decomposes, drops the accents, and folds letters such as "ß" and "Ø" that have no
   * decomposition, exactly as the search index folds words (and in lower case, as it does).
   */
  private static String foldLatin(String text) {
    return Words.fold(text);
  }

  /** Lower case; apostrophes dropped; {@code , . -} kept; anything else becomes a space. */
  private static String keep(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (isWordChar(c) || c == ',' || c == '.' || c == '-') {
        out.append(c);
      } else if (c != '\'') {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** The transliterator, built on first use: it takes tens of milliseconds to load. */
  private static final class Transliteration {

    private static final Transliterator TO_LATIN =
        Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Transliteration() {}

    static String toLatin(String text) {
      // Transliterators keep internal state while they work; names in other scripts are rare.
      synchronized (TO_LATIN) {
        try {
          return TO_LATIN.transliterate(text);
        } catch (RuntimeException refused) {
          // ICU refuses some odd sequences whole (a lone combining mark after a control, say):
          // take the text one code point at a time and keep what it still refuses for spelling
          // out, so that a name is never a failure.
          StringBuilder out = new StringBuilder(text.length());
          text.codePoints()
              .forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                  out.append(TO_LATIN.transliterate(one));
                } catch (RuntimeException again) {
                  out.append(one);
                }
              });
          return out.toString();
        }
      }
    }
  }
}
