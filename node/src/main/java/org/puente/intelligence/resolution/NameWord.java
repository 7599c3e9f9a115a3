package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.puente.intelligence.search.PhoneticKeys;

/**
 * One folded word of a name with everything a comparison needs of it, worked out once: its Spanish
 * spelling key, its Double Metaphone codes, its forms without a joined particle ("leblanc" is
 * "blanc"), and its alias numbers. Words repeat heavily, so they are kept in a bounded cache.
 */
final class NameWord {

  /** As in the search index, so that "Jiménez" and "Jiménezlópez" do not share a code. */
  private static final int METAPHONE_LENGTH = 6;

  private static final int CACHE_LIMIT = 100_000;

  /** Longer words are no names; they are compared as they are, without derived keys. */
  private static final int MAX_DERIVED_LENGTH = 40;

  /**
   * Particles sometimes written joined to the surname ("Delacruz", "LeBlanc", "VanDyke"), longest
   * first so that "dela" is tried before "de".
   */
  private static final String[] JOINED_PARTICLES = {
    "saint", "delas", "delos", "dela", "del", "des", "van", "von", "de", "du", "da", "di", "la",
    "le", "st"
  };

  private static final String[] NO_FORMS = new String[0];

  // Only the Double Metaphone codes are needed here; the search index's keys also include
  // Beider–Morse, which costs tens of microseconds a word.
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private static final ConcurrentHashMap<String, NameWord> CACHE = new ConcurrentHashMap<>();

  static {
    // Set once during class initialisation, which publishes it safely to every thread.
    METAPHONE.setMaxCodeLen(METAPHONE_LENGTH);
  }

  final String text;

  /** The Spanish spelling key: "ximenez" and "jimenez" are both "jimenes". */
  final String key;

  final String metaphone;
  final String metaphoneAlternate;

  /** The word without a joined particle, and their keys: "delacruz" gives "cruz". */
  final String[] stripped;

  final String[] strippedKeys;

  /** Alias numbers from the nickname table, sorted. */
  final int[] aliases;

  private NameWord(String text) {
    this.text = text;
    if (text.length() > MAX_DERIVED_LENGTH) {
      this.key = text;
      this.metaphone = text;
      this.metaphoneAlternate = text;
      this.stripped = NO_FORMS;
      this.strippedKeys = NO_FORMS;
      this.aliases = NameData.aliases("");
      return;
    }
    this.key = spellingKey(text);
    String primary = METAPHONE.doubleMetaphone(text, false);
    String alternate = METAPHONE.doubleMetaphone(text, true);
    this.metaphone = primary == null ? "" : primary;
    this.metaphoneAlternate = alternate == null ? this.metaphone : alternate;
    List<String> forms = new ArrayList<>(2);
    for (String particle : JOINED_PARTICLES) {
      if (text.length() >= particle.length() + 3 && text.startsWith(particle)) {
        forms.add(text.substring(particle.length()));
        if (forms.size() == 2) {
          break;
        }
      }
    }
    this.stripped = forms.toArray(NO_FORMS);
    this.strippedKeys = new String[stripped.length];
    for (int i = 0; i < stripped.length; i++) {
      strippedKeys[i] = spellingKey(stripped[i]);
    }
    this.aliases = NameData.aliases(text);
  }

  static NameWord of(String word) {
    NameWord cached = CACHE.get(word);
    if (cached != null) {
      return cached;
    }
    NameWord made = new NameWord(word);
    if (CACHE.size() >= CACHE_LIMIT) {
      // Crude but bounded; the words in use come back at once.
      CACHE.clear();
    }
    CACHE.put(word, made);
    return made;
  }

  int length() {
    return text.length();
  }

  char first() {
    return text.charAt(0);
  }

  char last() {
    return text.charAt(text.length() - 1);
  }

  boolean isInitial() {
    return text.length() == 1;
  }

  /**
   * The search index's Spanish spelling key, after two further spellings of one sound: "ny" or "nh"
   * before a vowel for "ñ" (Muñoz, Munyoz, Munhoz; the "h" is silent in the key already), and "Mc"
   * for "Mac".
   */
  static String spellingKey(String word) {
    String w = word;
    if (w.startsWith("mc") && w.length() > 3) {
      w = "mac" + w.substring(2);
    }
    if (w.indexOf("ny") >= 0) {
      StringBuilder out = new StringBuilder(w.length());
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c == 'y'
            && i > 0
            && w.charAt(i - 1) == 'n'
            && i + 1 < w.length()
            && isVowel(w.charAt(i + 1))) {
          continue;
        }
        out.append(c);
      }
      w = out.toString();
    }
    return PhoneticKeys.spanish(w);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
