package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A person record with what the comparators need worked out once: normalised numbers, address
 * words, the names and aliases in one list. Stored records are prepared when they are put, so a
 * query compares against them without redoing this work.
 */
final class Prepared {

  private static final Map<String, String> ADDRESS_WORDS =
      Map.ofEntries(
          Map.entry("st", "street"),
          Map.entry("str", "street"),
          Map.entry("rd", "road"),
          Map.entry("ave", "avenue"),
          Map.entry("av", "avenue"),
          Map.entry("avda", "avenida"),
          Map.entry("ln", "lane"),
          Map.entry("dr", "drive"),
          Map.entry("blvd", "boulevard"),
          Map.entry("ct", "court"),
          Map.entry("pl", "place"),
          Map.entry("cres", "crescent"),
          Map.entry("hwy", "highway"),
          Map.entry("pkwy", "parkway"),
          Map.entry("cir", "circle"),
          Map.entry("ter", "terrace"),
          Map.entry("apt", "apartment"),
          Map.entry("col", "colonia"),
          Map.entry("n", "north"),
          Map.entry("s", "south"),
          Map.entry("e", "east"),
          Map.entry("w", "west"));

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  final PersonRecord record;

  /** The primary name first, then the aliases. */
  final List<PersonName> names;

  final @Nullable BirthDate birthDate;
  final Set<String> nationalities;
  final String[] documentKinds;
  final String[] documentNumbers;
  final @Nullable String[] documentCountries;
  final String[] phones;
  final String[] lineWords;
  final @Nullable String streetNumber;
  final @Nullable String postcode;
  final @Nullable String locality;
  final @Nullable String region;

  private Prepared(PersonRecord r) {
    this.record = r;
    List<PersonName> all = new ArrayList<>(1 + r.aliases().size());
    if (!r.name().isEmpty()) {
      all.add(r.name());
    }
    for (PersonName alias : r.aliases()) {
      if (!alias.isEmpty()) {
        all.add(alias);
      }
    }
    this.names = List.copyOf(all);
    this.birthDate = r.birthDate();
    this.nationalities = r.nationalities();
    int n = r.documents().size();
    documentKinds = new String[n];
    documentNumbers = new String[n];
    documentCountries = new String[n];
    for (int i = 0; i < n; i++) {
      PersonRecord.IdDocument d = r.documents().get(i);
      documentKinds[i] = d.kind().strip().toUpperCase(Locale.ROOT);
      documentNumbers[i] = alphanumeric(d.number()).toUpperCase(Locale.ROOT);
      String c = d.country();
      documentCountries[i] = c == null || c.isBlank() ? null : c.strip().toUpperCase(Locale.ROOT);
    }
    List<String> ph = new ArrayList<>(r.phones().size());
    for (String p : r.phones()) {
      String digits = digits(p);
      if (digits.length() >= 7) {
        ph.add(digits);
      }
    }
    phones = ph.toArray(String[]::new);
    PersonRecord.Address a = r.address();
    if (a == null) {
      lineWords = new String[0];
      streetNumber = null;
      postcode = null;
      locality = null;
      region = null;
    } else {
      lineWords = addressWords(a.line());
      String number = null;
      for (String w : lineWords) {
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
          number = w;
          break;
        }
      }
      streetNumber = number;
      postcode = blankToNull(a.postcode() == null ? null : alphanumeric(a.postcode()));
      locality = blankToNull(a.locality() == null ? null : String.join(" ", words(a.locality())));
      region = blankToNull(a.region() == null ? null : String.join(" ", words(a.region())));
    }
  }

  static Prepared of(PersonRecord r) {
    return new Prepared(r);
  }

  private static String[] addressWords(@Nullable String line) {
    if (line == null) {
      return new String[0];
    }
    List<String> out = new ArrayList<>();
    for (String w : words(line)) {
      out.add(ADDRESS_WORDS.getOrDefault(w, w));
    }
    return out.toArray(String[]::new);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(Names.fold(text), -1)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s.toLowerCase(Locale.ROOT);
  }

  static String digits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String alphanumeric(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
