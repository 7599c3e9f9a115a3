package org.puente.intelligence.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * How common each given-name and surname word is, for the term-frequency adjustment: two records
 * agreeing on a rare surname are stronger evidence than two agreeing on a common one.
 *
 * <p>A word's frequency blends a published table with the records being resolved: {@code (count + K
 * × published) / (records + K)}, where {@code K} ({@link #PSEUDO_COUNT}) is how many records' worth
 * of trust the published figure gets. Surnames are seeded from the US Census 2010 surname table
 * (the 1,000 commonest); a surname outside it gets half the 1,000th's share. Given names have no
 * published table here and are seeded with the model's average chance of an exact agreement.
 *
 * <p>Counts change as records are added and removed; reads are safe at any time.
 */
final class TermFrequencies {

  static final double PSEUDO_COUNT = 1000;

  /** Bounds for a term-frequency u-probability, so one word never dominates a score. */
  static final double MIN_U = 1e-7;

  static final double MAX_U = 0.5;

  private static final Pattern COMMA = Pattern.compile(",");

  private static final Census CENSUS = Census.load();

  private final ConcurrentHashMap<String, Integer> given = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Integer> surnames = new ConcurrentHashMap<>();
  private final AtomicInteger records = new AtomicInteger();

  /** Counts a record's words; callers serialise writes. */
  void add(Prepared p) {
    change(p, 1);
  }

  /** Uncounts a record's words; callers serialise writes. */
  void remove(Prepared p) {
    change(p, -1);
  }

  private void change(Prepared p, int delta) {
    PersonName name = p.record.name();
    for (String w : distinct(name.given())) {
      given.merge(w, delta, (x, y) -> x + y == 0 ? null : x + y);
    }
    for (String w : distinct(name.surnames())) {
      surnames.merge(w, delta, (x, y) -> x + y == 0 ? null : x + y);
    }
    records.addAndGet(delta);
  }

  private static List<String> distinct(List<String> words) {
    return words.size() <= 1 ? words : words.stream().distinct().toList();
  }

  /** The chance that someone else has all these surname words. */
  double surnameU(List<String> words) {
    double u = 1;
    int n = records.get();
    for (String w : words) {
      u *= (surnames.getOrDefault(w, 0) + PSEUDO_COUNT * CENSUS.share(w)) / (n + PSEUDO_COUNT);
    }
    return clamp(u);
  }

  /** The chance that someone else has all these given-name words. */
  double givenU(List<String> words, double averagePerWord) {
    double u = 1;
    int n = records.get();
    for (String w : words) {
      u *= (given.getOrDefault(w, 0) + PSEUDO_COUNT * averagePerWord) / (n + PSEUDO_COUNT);
    }
    return clamp(u);
  }

  private static double clamp(double u) {
    return Math.max(MIN_U, Math.min(MAX_U, u));
  }

  /** The census share of a surname, for tests and reports. */
  static double censusShare(String surname) {
    return CENSUS.share(surname);
  }

  /** The US Census 2010 surname table: share of the population per surname. */
  private record Census(Map<String, Double> shares, double unlisted) {

    double share(String word) {
      Double s = shares.get(word);
      return s == null ? unlisted : s;
    }

    static Census load() {
      Map<String, Double> shares = new HashMap<>();
      double smallest = 1;
      try (InputStream in =
          TermFrequencies.class.getResourceAsStream(
              "/resolution/us_census_2010_surnames_top1000.csv")) {
        if (in == null) {
          throw new IllegalStateException("the census surname table is missing");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null) {
          throw new IllegalStateException("the census surname table is empty");
        }
        List<String> columns = List.of(COMMA.split(header, -1));
        int name = columns.indexOf("name");
        int per100k = columns.indexOf("prop100k");
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] cells = COMMA.split(line, -1);
          if (cells.length <= Math.max(name, per100k)) {
            continue;
          }
          double share = Double.parseDouble(cells[per100k]) / 100_000;
          shares.put(Names.fold(cells[name]).toLowerCase(Locale.ROOT), share);
          smallest = Math.min(smallest, share);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Census(Map.copyOf(shares), smallest / 2);
    }
  }
}
