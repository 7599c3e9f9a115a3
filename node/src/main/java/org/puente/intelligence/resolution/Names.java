package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parses and compares names written in Spanish, English and French ways. (Placeholder bodies: to be
 * replaced by the full normaliser.)
 */
public final class Names {

  private Names() {}

  /**
   * A name given whole: "GUZMAN JIMENEZ, JOSE ANGEL", "Jose A. Guzman", "José Ángel Guzmán
   * Ximénez".
   */
  public static PersonName parse(String full) {
    String s = fold(full);
    int comma = s.indexOf(',');
    if (comma >= 0) {
      return new PersonName(words(s.substring(comma + 1)), words(s.substring(0, comma)));
    }
    List<String> w = words(s);
    if (w.size() <= 1) {
      return new PersonName(List.of(), w);
    }
    return new PersonName(w.subList(0, 1), w.subList(1, w.size()));
  }

  /** A name given in parts, any of which may be missing. */
  public static PersonName of(
      @Nullable String given, @Nullable String paternal, @Nullable String maternal) {
    List<String> surnames = new ArrayList<>();
    if (paternal != null) {
      surnames.addAll(words(fold(paternal)));
    }
    if (maternal != null) {
      surnames.addAll(words(fold(maternal)));
    }
    return new PersonName(given == null ? List.of() : words(fold(given)), surnames);
  }

  /** Lower case, Latin letters without accents. */
  public static String fold(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  /** How the given names of two people agree, or null when either has none. */
  public static @Nullable NameLevel compareGiven(PersonName a, PersonName b) {
    if (a.given().isEmpty() || b.given().isEmpty()) {
      return null;
    }
    return a.given().equals(b.given()) ? NameLevel.EXACT : NameLevel.DIFFERENT;
  }

  /** How the surnames of two people agree, or null when either has none. */
  public static @Nullable NameLevel compareSurnames(PersonName a, PersonName b) {
    if (a.surnames().isEmpty() || b.surnames().isEmpty()) {
      return null;
    }
    return a.surnames().equals(b.surnames()) ? NameLevel.EXACT : NameLevel.DIFFERENT;
  }

  /**
   * Blocking keys of a name: strings two names that might be the same person's share. Each key
   * names what it was made from, so keys of different kinds never meet.
   */
  public static List<String> keys(PersonName name) {
    List<String> out = new ArrayList<>();
    for (String s : name.surnames()) {
      out.add("s:" + s);
    }
    return out;
  }

  private static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      if (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
        w.append(folded.charAt(i));
      } else if (!w.isEmpty()) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }
}
