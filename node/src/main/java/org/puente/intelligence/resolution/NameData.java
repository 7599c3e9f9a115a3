package org.puente.intelligence.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The name tables, loaded once from the classpath and never changed: nicknames and cross-language
 * equivalents of given names, known given names, and the surnames of the US Census 2010 with the
 * share of their bearers who are Hispanic.
 *
 * <p>Canonical names are numbered. A word's alias set is the numbers of the canonical names it is a
 * variant of, and of theirs in turn ("Memo" is Guillermo, which is William), plus its own number
 * when it is canonical itself. Two words are aliases when their sets meet. Climbing only from
 * variant to canonical keeps an ambiguous variant ("Beto": Alberto and Roberto) from making its
 * canonical names aliases of each other.
 */
final class NameData {

  private static final String NICKNAMES = "/resolution/nicknames.tsv";
  private static final String GIVEN_NAMES = "/resolution/given_names.tsv";
  private static final String SURNAMES = "/resolution/us_census_2010_surnames_top1000.csv";

  /** Surnames at least this percent Hispanic count as Spanish surnames. */
  private static final double HISPANIC_PERCENT = 50;

  private static final int[] NONE = new int[0];

  /** Alias numbers of a folded word or of folded words joined without spaces ("josemaria"). */
  private static final Map<String, int[]> ALIASES;

  /** Canonical names by number, folded and joined. */
  private static final List<String> CANONICAL;

  /** Numbers of canonical names that are nobody's variant: the top of each climb. */
  private static final Set<Integer> TOP;

  private static final Set<String> GIVEN;
  private static final Set<String> SURNAME;
  private static final Set<String> HISPANIC;

  static {
    Map<String, Set<String>> up = new HashMap<>();
    Set<String> canonical = new LinkedHashSet<>();
    Set<String> given = new HashSet<>();
    read(
        NICKNAMES,
        columns -> {
          if (columns.length < 2) {
            return;
          }
          String name = joined(columns[0]);
          String variant = joined(columns[1]);
          if (name.isEmpty() || variant.isEmpty() || name.equals(variant)) {
            return;
          }
          canonical.add(name);
          up.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(name);
          given.addAll(Arrays.asList(NameText.fold(columns[0]).split(" ")));
          given.addAll(Arrays.asList(NameText.fold(columns[1]).split(" ")));
        });
    read(GIVEN_NAMES, columns -> given.addAll(Arrays.asList(NameText.fold(columns[0]).split(" "))));
    given.remove("");

    List<String> names = new ArrayList<>(canonical);
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      number.put(names.get(i), i);
    }
    Set<String> words = new HashSet<>(up.keySet());
    words.addAll(canonical);
    Map<String, int[]> aliases = new HashMap<>();
    for (String word : words) {
      TreeSet<Integer> ids = new TreeSet<>();
      climb(word, up, number, ids, 0);
      aliases.put(word, ids.stream().mapToInt(Integer::intValue).toArray());
    }
    Set<Integer> top = new HashSet<>();
    for (String name : names) {
      if (!up.containsKey(name)) {
        top.add(number.get(name));
      }
    }

    Set<String> surname = new HashSet<>();
    Set<String> hispanic = new HashSet<>();
    read(
        SURNAMES,
        columns -> {
          if (columns.length < 11) {
            return;
          }
          String name = NameText.fold(columns[0]);
          surname.add(name);
          if (percent(columns[10]) >= HISPANIC_PERCENT) {
            hispanic.add(name);
          }
        });

    ALIASES = Map.copyOf(aliases);
    CANONICAL = List.copyOf(names);
    TOP = Set.copyOf(top);
    GIVEN = Set.copyOf(given);
    SURNAME = Set.copyOf(surname);
    HISPANIC = Set.copyOf(hispanic);
  }

  private NameData() {}

  /** The alias numbers of a folded word (or joined words), sorted; empty when it has none. */
  static int[] aliases(String word) {
    return ALIASES.getOrDefault(word, NONE);
  }

  /** The canonical names at the top of a word's climbs: "bill" and "memo" give "william". */
  static List<String> topCanonical(int[] aliases) {
    List<String> out = new ArrayList<>(2);
    for (int id : aliases) {
      if (TOP.contains(id)) {
        out.add(CANONICAL.get(id));
      }
    }
    return out;
  }

  static boolean isGiven(String word) {
    return GIVEN.contains(word);
  }

  static boolean isSurname(String word) {
    return SURNAME.contains(word);
  }

  static boolean isHispanicSurname(String word) {
    return HISPANIC.contains(word);
  }

  /** The number of rows in each table, for tests: nicknames' words, given names, surnames. */
  static Map<String, Integer> sizes() {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    sizes.put("aliasWords", ALIASES.size());
    sizes.put("canonical", CANONICAL.size());
    sizes.put("given", GIVEN.size());
    sizes.put("surnames", SURNAME.size());
    sizes.put("hispanic", HISPANIC.size());
    return sizes;
  }

  private static void climb(
      String word,
      Map<String, Set<String>> up,
      Map<String, Integer> number,
      Set<Integer> ids,
      int depth) {
    Integer own = number.get(word);
    if (own != null) {
      ids.add(own);
    }
    // Two steps are enough for nickname, name and its equivalent in another language.
    if (depth >= 2) {
      return;
    }
    for (String name : up.getOrDefault(word, Set.of())) {
      climb(name, up, number, ids, depth + 1);
    }
  }

  private static String joined(String raw) {
    return NameText.fold(raw).replace(" ", "");
  }

  private static double percent(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      // The Census suppresses small counts as "(S)".
      return 0;
    }
  }

  private static void read(String resource, Consumer<String[]> row) {
    try (InputStream in = NameData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String separator = resource.endsWith(".csv") ? "," : "\t";
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        row.accept(line.split(separator, -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
