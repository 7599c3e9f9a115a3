package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the text of a name into given names and surnames.
 *
 * <p>The text is folded ({@link NameText}) and cut into segments at commas and into tokens. A token
 * followed by a full stop is an abbreviation. Titles are dropped from the front of a segment and
 * suffixes from its end. A particle ("de", "de la", "van", "y", …) is joined to the word after it,
 * and that word with any hyphenated words after it make one <em>unit</em>: "de la Luz",
 * "Pérez-Gómez", "Jean-Pierre". The particles themselves are then dropped.
 *
 * <p>With a comma the first segment is the surnames and the second the given names. Without one,
 * the units are split by what is known of the words: a leading surname followed by trailing given
 * names is surname-first order ("GUZMAN JIMENEZ JOSE"); otherwise the last two units are surnames,
 * the rest given names, and then the first of the surnames moves to the given names while it is an
 * initial or a known given name and a unit is left for the surnames. A word that is both a known
 * given name and a surname ("James", "Cruz") moves only when the last unit is not a Spanish
 * surname, so "John James Smith" has surname Smith and "Juan Cruz López" surnames Cruz López.
 */
final class NameParser {

  private static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "la", "las", "los", "y", "van", "von", "der", "den", "da", "das", "dos",
          "do", "di", "du", "le", "des", "st", "ste", "saint", "sainte");

  /**
   * Particles that begin no given name, so that a name may start with them: "DE LEON GARCIA RUBEN".
   * "Van", "La" and "Le" may ("Van Morrison", "La Toya").
   */
  private static final Set<String> LEADING_PARTICLES =
      Set.of("de", "del", "des", "du", "dos", "das", "von");

  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "dra",
          "doctor",
          "doctora",
          "prof",
          "profa",
          "professor",
          "sr",
          "sra",
          "srta",
          "senor",
          "senora",
          "senorita",
          "lic",
          "licda",
          "licenciado",
          "licenciada",
          "ing",
          "ingeniero",
          "ingeniera",
          "arq",
          "mtro",
          "mtra",
          "mme",
          "mlle",
          "mgr",
          "rev",
          "sgt",
          "capt",
          "lt",
          "col",
          "hon",
          "sir",
          "dame");

  /** Titles that are also given names: dropped only before a known given name. */
  private static final Set<String> GIVEN_TITLES = Set.of("don", "dona");

  private static final Set<String> SUFFIXES =
      Set.of("jr", "jnr", "sr", "snr", "ii", "iii", "iv", "esq", "phd", "hijo");

  /** Abbreviations of given names written in records: "Ma." for María, "Wm." for William. */
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("ma", "maria"),
          Map.entry("fco", "francisco"),
          Map.entry("gpe", "guadalupe"),
          Map.entry("wm", "william"),
          Map.entry("chas", "charles"),
          Map.entry("jas", "james"),
          Map.entry("thos", "thomas"),
          Map.entry("jno", "john"),
          Map.entry("geo", "george"));

  private NameParser() {}

  /** A folded token: its text and how it was written. */
  private record Token(String text, boolean dotted, boolean hyphenated) {}

  /** Particles and words read as one: "de la Luz", "Pérez-Gómez". */
  private record Unit(List<String> words) {

    String head() {
      return words.get(0);
    }

    boolean isInitial() {
      return words.size() == 1 && words.get(0).length() == 1;
    }

    boolean isGiven() {
      return NameData.isGiven(head());
    }

    boolean isSurname() {
      return NameData.isSurname(head());
    }

    /** A known given name that is not also a known surname. */
    boolean isOnlyGiven() {
      return isGiven() && !isSurname();
    }
  }

  static PersonName parse(String full) {
    List<List<Token>> segments = segments(NameText.prepare(full));
    if (segments.isEmpty()) {
      return new PersonName(List.of(), List.of());
    }
    if (segments.size() >= 2) {
      List<Token> surnames = trimSuffixes(segments.get(0));
      List<Token> given = new ArrayList<>(segments.get(1));
      for (int s = 2; s < segments.size(); s++) {
        given.addAll(segments.get(s));
      }
      given = trimSuffixes(trimTitles(given));
      if (!given.isEmpty() && !surnames.isEmpty()) {
        return new PersonName(givenWords(units(given, false)), words(units(surnames, true)));
      }
      if (!surnames.isEmpty() && given.isEmpty()) {
        // "Guzmán, " with no given name after the comma.
        return new PersonName(List.of(), words(units(surnames, true)));
      }
    }
    List<Token> tokens = new ArrayList<>();
    for (List<Token> segment : segments) {
      tokens.addAll(segment);
    }
    return split(units(trimSuffixes(trimTitles(tokens)), false));
  }

  static PersonName of(String given, String paternal, String maternal) {
    List<Token> g = trimSuffixes(trimTitles(flatten(segments(NameText.prepare(given)))));
    List<String> surnames = new ArrayList<>();
    surnames.addAll(
        words(units(trimSuffixes(flatten(segments(NameText.prepare(paternal)))), true)));
    surnames.addAll(
        words(units(trimSuffixes(flatten(segments(NameText.prepare(maternal)))), true)));
    return new PersonName(givenWords(units(g, false)), cap(surnames));
  }

  private static PersonName split(List<Unit> units) {
    int n = units.size();
    if (n == 0) {
      return new PersonName(List.of(), List.of());
    }
    if (n == 1) {
      Unit only = units.get(0);
      return only.isOnlyGiven()
          ? new PersonName(givenWords(units), List.of())
          : new PersonName(List.of(), words(units));
    }
    Unit first = units.get(0);
    Unit last = units.get(n - 1);
    if (!first.isOnlyGiven() && !first.isInitial()) {
      // Surname-first order without a comma, as in many Mexican records: "GUZMAN JIMENEZ JOSE".
      // A word that is both a given name and a surname counts as given when the first word is no
      // given name at all ("VILLANUEVA VALENCIA MARTIN"), or while two units are left for the
      // surnames ("ROSAS HERRERA SANTIAGO PABLO").
      boolean firstNotGiven = !first.isGiven();
      int trailing = 0;
      while (trailing < n - 1) {
        Unit u = units.get(n - 1 - trailing);
        boolean left = n - 1 - trailing >= 2;
        if (u.isOnlyGiven()
            || (u.isInitial() && first.isSurname())
            || (u.isGiven() && (firstNotGiven || (left && trailing > 0)))) {
          trailing++;
        } else {
          break;
        }
      }
      if (trailing > 0 && (last.isOnlyGiven() || first.isSurname())) {
        return new PersonName(
            givenWords(units.subList(n - trailing, n)), words(units.subList(0, n - trailing)));
      }
    }
    int k = n == 2 ? 1 : n - 2;
    // Back over surnames that landed among the given names: "José Guzmán Jiménez López".
    while (k > 1) {
      Unit u = units.get(k - 1);
      if (!u.isGiven() && !u.isInitial() && u.isSurname()) {
        k--;
      } else {
        break;
      }
    }
    boolean spanishLast = NameData.isHispanicSurname(last.head());
    while (k < n - 1) {
      Unit u = units.get(k);
      if (u.isInitial() || u.isOnlyGiven() || (u.isGiven() && !spanishLast)) {
        k++;
      } else {
        break;
      }
    }
    return new PersonName(givenWords(units.subList(0, k)), words(units.subList(k, n)));
  }

  /** Tokens in comma-separated segments; empty segments are dropped. */
  private static List<List<Token>> segments(String prepared) {
    List<List<Token>> segments = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int n = prepared.length();
    int i = 0;
    boolean hyphen = false;
    while (i < n) {
      char c = prepared.charAt(i);
      if (NameText.isWordChar(c)) {
        int start = i;
        while (i < n && NameText.isWordChar(prepared.charAt(i))) {
          i++;
        }
        String text = prepared.substring(start, i);
        boolean dotted = i < n && prepared.charAt(i) == '.';
        if (hasLetter(text)) {
          current.add(new Token(text, dotted, hyphen && !current.isEmpty()));
        }
        hyphen = false;
        continue;
      }
      if (c == ',') {
        if (!current.isEmpty()) {
          segments.add(current);
          current = new ArrayList<>();
        }
        hyphen = false;
      } else if (c == '-') {
        hyphen = true;
      } else if (c == ' ' || c == '.') {
        // A space or full stop between hyphen and word still reads as a hyphenated name.
        if (c == '.') {
          hyphen = false;
        }
      }
      i++;
    }
    if (!current.isEmpty()) {
      segments.add(current);
    }
    return segments;
  }

  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  private static List<Token> flatten(List<List<Token>> segments) {
    List<Token> out = new ArrayList<>();
    for (List<Token> s : segments) {
      out.addAll(s);
    }
    return out;
  }

  private static List<Token> trimTitles(List<Token> tokens) {
    int start = 0;
    while (start < tokens.size() - 1) {
      String t = tokens.get(start).text();
      if (TITLES.contains(t)) {
        start++;
      } else if (GIVEN_TITLES.contains(t)
          && start + 2 < tokens.size()
          && NameData.isGiven(tokens.get(start + 1).text())) {
        start++;
      } else {
        break;
      }
    }
    return tokens.subList(start, tokens.size());
  }

  private static List<Token> trimSuffixes(List<Token> tokens) {
    int end = tokens.size();
    while (end > 1 && SUFFIXES.contains(tokens.get(end - 1).text())) {
      end--;
    }
    return tokens.subList(0, end);
  }

  /**
   * Joins particles and hyphenated words into units. A particle is one only before another word,
   * and as the first word of a whole name only when no given name starts so ("Van Morrison", "La
   * Toya"); it always is at the start of a surname part ("de la Cruz, Juan"). "Mc" and "Mac"
   * written apart are joined to the surname after them.
   */
  private static List<Unit> units(List<Token> written, boolean surnamePart) {
    List<Token> tokens = joinMac(written, surnamePart);
    List<Unit> units = new ArrayList<>();
    List<String> words = new ArrayList<>();
    boolean pendingParticle = false;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token token = tokens.get(i);
      String text = token.text();
      boolean particle =
          PARTICLES.contains(text)
              && (surnamePart || i > 0 || LEADING_PARTICLES.contains(text))
              && !(text.length() == 1 && token.dotted())
              && !isParticleRunToEnd(tokens, i, n);
      boolean continues = token.hyphenated() || pendingParticle;
      if (!continues && !words.isEmpty()) {
        units.add(new Unit(List.copyOf(words)));
        words.clear();
      }
      if (particle) {
        pendingParticle = true;
        continue;
      }
      pendingParticle = false;
      words.add(token.dotted() && !surnamePart ? ABBREVIATIONS.getOrDefault(text, text) : text);
    }
    if (!words.isEmpty()) {
      units.add(new Unit(List.copyOf(words)));
    }
    return units;
  }

  /** "Mc Donald" and "Mac Donald" written apart are one surname; so many tokens are enough. */
  private static List<Token> joinMac(List<Token> tokens, boolean surnamePart) {
    int n = Math.min(tokens.size(), 4 * NameComparison.MAX_WORDS);
    List<Token> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token token = tokens.get(i);
      String text = token.text();
      boolean prefix = text.equals("mc") || (text.equals("mac") && (surnamePart || i > 0));
      if (prefix && i + 1 < n && !token.dotted()) {
        Token next = tokens.get(i + 1);
        out.add(new Token(text + next.text(), next.dotted(), token.hyphenated()));
        i++;
      } else {
        out.add(token);
      }
    }
    return out;
  }

  /** Whether tokens from {@code i} to the end are all particles: then none of them is one. */
  private static boolean isParticleRunToEnd(List<Token> tokens, int i, int n) {
    for (int k = i; k < n; k++) {
      if (!PARTICLES.contains(tokens.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(List<Unit> units) {
    List<String> out = new ArrayList<>();
    for (Unit u : units) {
      out.addAll(u.words());
    }
    return cap(out);
  }

  /** Given names' words; an abbreviation such as "Ma" is expanded before another given name too. */
  private static List<String> givenWords(List<Unit> units) {
    List<String> out = words(units);
    if (out.size() >= 2 && out.get(0).equals("ma") && NameData.isGiven(out.get(1))) {
      out.set(0, "maria");
    }
    return out;
  }

  private static List<String> cap(List<String> words) {
    return words.size() > NameComparison.MAX_WORDS
        ? new ArrayList<>(words.subList(0, NameComparison.MAX_WORDS))
        : words;
  }
}
