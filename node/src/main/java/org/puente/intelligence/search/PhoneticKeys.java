package org.puente.intelligence.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Sound-alike keys of one folded name word, computed the same way at index and query time: Double
 * Metaphone (primary and alternate), Beider–Morse (generic names, approximate rules) and a Spanish
 * spelling key. Each key carries a prefix naming its algorithm so keys of different algorithms
 * never meet.
 */
public final class PhoneticKeys {

  /** Longer than the default 4 so that "Jiménez" and "Jiménezlópez" do not share a key. */
  private static final int METAPHONE_LENGTH = 6;

  /** Beider–Morse grows combinatorially with length; longer words keep the other keys only. */
  private static final int BEIDER_MORSE_MAX_LENGTH = 20;

  /** Names repeat heavily, and Beider–Morse costs tens of microseconds a word. */
  private static final int CACHE_LIMIT = 200_000;

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  // PhoneticEngine is immutable and thread-safe; BeiderMorseEncoder is neither.
  private static final PhoneticEngine BEIDER_MORSE =
      PhoneticEngine.builder()
          .setNameType(NameType.GENERIC)
          .setRuleType(RuleType.APPROX)
          .setConcat(true)
          .get();

  private static final ConcurrentHashMap<String, List<String>> CACHE = new ConcurrentHashMap<>();

  static {
    // Set once during class initialisation, which publishes it safely to every thread.
    METAPHONE.setMaxCodeLen(METAPHONE_LENGTH);
  }

  private PhoneticKeys() {}

  /** The keys of a folded word of letters; none for shorter than two letters or with digits. */
  static List<String> of(String word) {
    if (word.length() < 2 || !Words.isLetters(word)) {
      return List.of();
    }
    List<String> cached = CACHE.get(word);
    if (cached != null) {
      return cached;
    }
    List<String> keys = compute(word);
    if (CACHE.size() >= CACHE_LIMIT) {
      // Crude but bounded; a full cache is rebuilt from the words being indexed now.
      CACHE.clear();
    }
    CACHE.put(word, keys);
    return keys;
  }

  private static List<String> compute(String word) {
    Set<String> keys = new LinkedHashSet<>();
    String primary = METAPHONE.doubleMetaphone(word, false);
    String alternate = METAPHONE.doubleMetaphone(word, true);
    if (primary != null && !primary.isEmpty()) {
      keys.add("m_" + primary);
    }
    if (alternate != null && !alternate.isEmpty()) {
      keys.add("m_" + alternate);
    }
    if (word.length() <= BEIDER_MORSE_MAX_LENGTH) {
      // Alternatives are separated by "|", and the words of a name by "-".
      String encoded = BEIDER_MORSE.encode(word);
      for (String alternative : Words.runs(encoded, cp -> cp != '|' && cp != '-')) {
        keys.add("b_" + alternative);
      }
    }
    String spanish = spanish(word);
    if (!spanish.isEmpty()) {
      keys.add("s_" + spanish);
    }
    return List.copyOf(keys);
  }

  /**
   * A key under which common Spanish spellings of one sound agree: X/J (Ximénez, Jiménez), G before
   * E or I and J, B/V, LL/Y, C before E or I and S and Z, QU/C/K, silent H, PH/F, doubled letters.
   */
  public static String spanish(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      char next = i + 1 < n ? word.charAt(i + 1) : 0;
      char afterNext = i + 2 < n ? word.charAt(i + 2) : 0;
      switch (c) {
        case 'h' -> {
          // Silent, except in "ch", which is a sound of its own.
          if (i > 0 && word.charAt(i - 1) == 'c') {
            append(out, 'h');
          }
        }
        case 'v', 'w' -> append(out, 'b');
        case 'z' -> append(out, 's');
        case 'x', 'j' -> append(out, 'j');
        case 'k' -> append(out, 'k');
        case 'c' -> {
          if (next == 'e' || next == 'i') {
            append(out, 's');
          } else if (next == 'h') {
            append(out, 'c');
          } else {
            append(out, 'k');
          }
        }
        case 'q' -> {
          append(out, 'k');
          if (next == 'u') {
            i++;
          }
        }
        case 'g' -> {
          if (next == 'e' || next == 'i') {
            append(out, 'j');
          } else {
            append(out, 'g');
            if (next == 'u' && (afterNext == 'e' || afterNext == 'i')) {
              i++;
            }
          }
        }
        case 'p' -> {
          if (next == 'h') {
            append(out, 'f');
            i++;
          } else {
            append(out, 'p');
          }
        }
        case 'l' -> {
          if (next == 'l') {
            append(out, 'y');
            i++;
          } else {
            append(out, 'l');
          }
        }
        case 'y' -> append(out, next == 0 || !isVowel(next) ? 'i' : 'y');
        default -> append(out, c);
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** Appends unless it would double the last letter, so "rr" and "r", "ss" and "s" agree. */
  private static void append(StringBuilder out, char c) {
    if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
      out.append(c);
    }
  }
}
