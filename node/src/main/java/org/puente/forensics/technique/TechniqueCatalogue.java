package org.puente.forensics.technique;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.puente.forensics.csv.Csv;

/**
 * The techniques a DSAP report may name, read from {@code forensics/technique/techniques.csv}, and
 * the hyphenated names ({@code GC-MS}) that a report must split into their components because
 * SWGDRUG counts each component of a hyphenated technique separately.
 */
public final class TechniqueCatalogue {

  private static final TechniqueCatalogue STANDARD =
      new TechniqueCatalogue(
          Csv.resource("/forensics/technique/techniques.csv"),
          Csv.resource("/forensics/technique/hyphenated.csv"));

  private final Map<String, Technique> byCode;
  private final Map<String, List<String>> hyphenated;
  private final List<Technique> ordered;

  private TechniqueCatalogue(Csv techniques, Csv aliases) {
    Map<String, Technique> codes = new LinkedHashMap<>();
    for (List<String> row : techniques.records()) {
      Technique technique =
          new Technique(
              techniques.get(row, "code"),
              SwgdrugCategory.valueOf(techniques.get(row, "category")),
              techniques.get(row, "correlation_group"),
              Boolean.parseBoolean(techniques.get(row, "cannabis_only")),
              techniques.get(row, "name_en"),
              techniques.get(row, "name_es"),
              techniques.get(row, "name_fr"));
      if (codes.put(technique.code(), technique) != null) {
        throw new IllegalStateException("duplicate technique " + technique.code());
      }
    }
    Map<String, List<String>> hyphens = new LinkedHashMap<>();
    for (List<String> row : aliases.records()) {
      List<String> components = List.of(aliases.get(row, "components").split("\\|"));
      for (String component : components) {
        if (!codes.containsKey(component)) {
          throw new IllegalStateException("hyphenated alias names unknown " + component);
        }
      }
      hyphens.put(key(aliases.get(row, "alias")), components);
    }
    this.byCode = Map.copyOf(codes);
    this.hyphenated = Map.copyOf(hyphens);
    this.ordered = List.copyOf(codes.values());
  }

  /** The catalogue shipped with the node. */
  public static TechniqueCatalogue standard() {
    return STANDARD;
  }

  /** Every technique, in catalogue order. */
  public List<Technique> all() {
    return ordered;
  }

  public Optional<Technique> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The component codes of a hyphenated technique name such as {@code GC-MS}, empty when the name
   * is not a known hyphenated technique.
   */
  public List<String> components(String hyphenatedName) {
    return hyphenated.getOrDefault(key(hyphenatedName), List.of());
  }

  /** Known codes closest to an unknown one, best first, at most {@code limit}. */
  public List<String> closest(String code, int limit) {
    String wanted = key(code);
    List<String> codes = new ArrayList<>(byCode.keySet());
    codes.sort(
        Comparator.comparingInt((String c) -> distance(wanted, key(c)))
            .thenComparing(Comparator.naturalOrder()));
    return codes.subList(0, Math.min(limit, codes.size()));
  }

  private static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
