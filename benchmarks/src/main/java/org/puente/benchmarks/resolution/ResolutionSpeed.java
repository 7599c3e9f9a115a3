package org.puente.benchmarks.resolution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.puente.intelligence.resolution.BirthDate;
import org.puente.intelligence.resolution.Blocking;
import org.puente.intelligence.resolution.Deduplicator;
import org.puente.intelligence.resolution.MatchMode;
import org.puente.intelligence.resolution.Model;
import org.puente.intelligence.resolution.Names;
import org.puente.intelligence.resolution.PersonName;
import org.puente.intelligence.resolution.PersonRecord;
import org.puente.intelligence.resolution.Resolver;

/**
 * Speed of the resolution engine on synthetic people (fixed seed): screening against a watchlist of
 * a million entries, and deduplication of a million records. Run from the repository root;
 * arguments: watchlist size, queries, records to deduplicate (defaults 1,000,000 / 20,000 /
 * 1,000,000).
 */
public final class ResolutionSpeed {

  private static final String[] GIVEN = {
    "jose",
    "juan",
    "luis",
    "carlos",
    "jesus",
    "miguel",
    "francisco",
    "antonio",
    "alejandro",
    "pedro",
    "manuel",
    "jorge",
    "ricardo",
    "fernando",
    "roberto",
    "eduardo",
    "javier",
    "raul",
    "sergio",
    "daniel",
    "maria",
    "guadalupe",
    "juana",
    "margarita",
    "veronica",
    "rosa",
    "patricia",
    "elizabeth",
    "leticia",
    "alejandra",
    "adriana",
    "gabriela",
    "ana",
    "laura",
    "claudia",
    "silvia",
    "james",
    "john",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "charles",
    "christopher",
    "matthew",
    "anthony",
    "mark",
    "mary",
    "jennifer",
    "linda",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "nancy",
    "lisa",
    "betty",
    "sandra",
    "ashley",
    "emily",
    "jean",
    "pierre",
    "michel",
    "andre",
    "philippe",
    "francois",
    "luc",
    "marc",
    "sylvie",
    "nathalie",
    "isabelle",
    "chantal",
    "genevieve",
    "marie",
    "josee",
    "mathieu",
    "gabriel",
    "samuel",
    "olivier",
    "felix",
    "noah",
    "liam",
    "emma",
    "olivia",
    "sofia",
    "camila",
    "valentina",
    "ximena",
    "regina",
    "fernanda",
    "diego",
    "santiago",
    "mateo",
    "sebastian",
    "emiliano",
    "leonardo"
  };

  private static final String[] STREETS = {
    "main",
    "oak",
    "pine",
    "maple",
    "cedar",
    "elm",
    "hidalgo",
    "juarez",
    "morelos",
    "reforma",
    "insurgentes",
    "madero",
    "zaragoza",
    "allende",
    "victoria",
    "king",
    "queen",
    "yonge",
    "bloor",
    "sherbrooke",
    "laurier",
    "park",
    "lake",
    "hill",
    "washington",
    "lincoln",
    "jefferson"
  };

  private static final String[] KINDS = {"st", "ave", "calle", "rd", "blvd", "rue"};

  private static final String[] COUNTRIES = {"USA", "MEX", "CAN"};

  private ResolutionSpeed() {}

  /** Surnames weighted by the census counts, with a long tail of invented rare ones. */
  private static final class Surnames {
    final String[] names;
    final long[] cumulative;

    Surnames() throws IOException {
      List<String> lines =
          Files.readAllLines(
              Path.of("node/src/main/resources/resolution/us_census_2010_surnames_top1000.csv"));
      names = new String[lines.size() - 1];
      cumulative = new long[names.length];
      long sum = 0;
      for (int i = 1; i < lines.size(); i++) {
        String[] c = lines.get(i).split(",", -1);
        names[i - 1] = c[0].toLowerCase(Locale.ROOT);
        sum += Long.parseLong(c[2]);
        cumulative[i - 1] = sum;
      }
    }

    String draw(SplittableRandom r) {
      if (r.nextInt(100) < 35) {
        // Outside the top 1,000: rare surnames, as most surnames are.
        String[] syllables = {
          "ba", "ca", "da", "fe", "go", "hu", "ja", "ki", "lo", "ma", "ne", "pi", "qui", "ra", "so",
          "ta", "ve", "xo", "ya", "zu", "rr", "ll", "ch", "n"
        };
        StringBuilder b = new StringBuilder();
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
          b.append(syllables[r.nextInt(syllables.length)]);
        }
        return b.toString();
      }
      long x = r.nextLong(cumulative[cumulative.length - 1]);
      int i = Arrays.binarySearch(cumulative, x + 1);
      return names[i >= 0 ? i : -i - 1];
    }
  }

  private static PersonRecord person(String id, Surnames s, SplittableRandom r) {
    String given = GIVEN[r.nextInt(GIVEN.length)];
    if (r.nextInt(4) == 0) {
      given += " " + GIVEN[r.nextInt(GIVEN.length)];
    }
    String paternal = s.draw(r);
    String maternal = r.nextInt(3) == 0 ? s.draw(r) : null;
    BirthDate dob =
        r.nextInt(10) == 0
            ? null
            : new BirthDate(1930 + r.nextInt(77), 1 + r.nextInt(12), 1 + r.nextInt(28), false);
    String country = COUNTRIES[r.nextInt(3)];
    List<PersonRecord.IdDocument> docs =
        r.nextInt(10) < 6
            ? List.of(new PersonRecord.IdDocument("PASSPORT", alnum(r, 9), country))
            : List.of();
    List<String> phones =
        r.nextBoolean()
            ? List.of("+" + (country.equals("MEX") ? "52" : "1") + digits(r, 10))
            : List.of();
    PersonRecord.Address address =
        r.nextBoolean()
            ? new PersonRecord.Address(
                (1 + r.nextInt(9999))
                    + " "
                    + STREETS[r.nextInt(STREETS.length)]
                    + " "
                    + KINDS[r.nextInt(KINDS.length)],
                "city" + r.nextInt(3000),
                String.valueOf(10000 + r.nextInt(80000)),
                null,
                country)
            : null;
    return new PersonRecord(
        id,
        Names.of(given, paternal, maternal),
        List.of(),
        dob,
        Set.of(country),
        docs,
        phones,
        address);
  }

  /** The same person written again with the errors clerks make. */
  private static PersonRecord variant(String id, PersonRecord p, SplittableRandom r) {
    PersonName name = p.name();
    List<String> given = new ArrayList<>(name.given());
    List<String> surnames = new ArrayList<>(name.surnames());
    switch (r.nextInt(5)) {
      case 0 -> surnames.set(0, typo(surnames.getFirst(), r));
      case 1 -> given.set(0, typo(given.getFirst(), r));
      case 2 -> {
        if (surnames.size() > 1) {
          surnames.removeLast();
        }
      }
      default -> {}
    }
    BirthDate dob = p.birthDate();
    if (dob != null && r.nextInt(5) == 0) {
      dob =
          r.nextBoolean() && dob.day() <= 12
              ? new BirthDate(dob.year(), dob.day(), dob.month(), false)
              : new BirthDate(dob.year(), dob.month(), Math.min(28, dob.day() % 28 + 1), false);
    }
    return new PersonRecord(
        id,
        new PersonName(given, surnames),
        List.of(),
        dob,
        p.nationalities(),
        r.nextInt(3) == 0 ? List.of() : p.documents(),
        r.nextInt(3) == 0 ? List.of() : p.phones(),
        r.nextInt(3) == 0 ? null : p.address());
  }

  private static String typo(String w, SplittableRandom r) {
    if (w.length() < 3) {
      return w;
    }
    int i = 1 + r.nextInt(w.length() - 1);
    char[] c = w.toCharArray();
    c[i] = (char) ('a' + r.nextInt(26));
    return new String(c);
  }

  private static String alnum(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".charAt(r.nextInt(34)));
    }
    return b.toString();
  }

  private static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  public static void main(String[] args) throws Exception {
    int watchlist = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int dedupSize = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    Surnames s = new Surnames();
    screening(watchlist, queries, s);
    System.gc();
    dedup(dedupSize, s);
  }

  private static void screening(int size, int queries, Surnames s) throws Exception {
    SplittableRandom r = new SplittableRandom(42);
    List<PersonRecord> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(person("w" + i, s, r));
    }
    Resolver index = new Resolver(Model.defaults());
    long t0 = System.nanoTime();
    for (PersonRecord p : list) {
      index.put(p);
    }
    double load = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "watchlist: %,d entries indexed in %.1f s (%,.0f puts/s, 1 thread); %d keys over the cap of %d%n",
        index.size(),
        load,
        size / load,
        index.oversizedKeys(),
        Blocking.DEFAULT_CAP);
    List<PersonRecord> q = new ArrayList<>(queries);
    List<@Nullable String> truth = new ArrayList<>(queries);
    for (int i = 0; i < queries; i++) {
      if (i % 2 == 0) {
        int target = r.nextInt(size);
        q.add(variant("q" + i, list.get(target), r));
        truth.add("w" + target);
      } else {
        q.add(person("q" + i, s, r));
        truth.add(null);
      }
    }
    double threshold = MatchMode.BALANCED.minScore();
    // Warm up the compiler before measuring.
    for (int i = 0; i < Math.min(queries, 5000); i++) {
      index.match(q.get(i), 10, threshold, Optional::of);
    }
    long[] latency = new long[queries];
    int found = 0;
    int falseHits = 0;
    t0 = System.nanoTime();
    for (int i = 0; i < queries; i++) {
      long a = System.nanoTime();
      var result = index.match(q.get(i), 10, threshold, Optional::of);
      latency[i] = System.nanoTime() - a;
      String t = truth.get(i);
      for (var c : result) {
        if (c.id().equals(t)) {
          found++;
        } else {
          falseHits++;
        }
      }
    }
    double one = (System.nanoTime() - t0) / 1e9;
    Arrays.sort(latency);
    long estimateSum = 0;
    for (int i = 0; i < Math.min(queries, 2000); i++) {
      estimateSum += index.estimate(q.get(i));
    }
    System.out.printf(
        Locale.ROOT,
        "screening, 1 thread: %,d queries, p50 %.3f ms, p99 %.3f ms, max %.3f ms, %,.0f queries/s;"
            + " mean comparisons per query (estimate) %.0f%n",
        queries,
        latency[queries / 2] / 1e6,
        latency[(int) (queries * 0.99)] / 1e6,
        latency[queries - 1] / 1e6,
        queries / one,
        (double) estimateSum / Math.min(queries, 2000));
    System.out.printf(
        Locale.ROOT,
        "  at the balanced threshold: %d of %d planted variants found (%.2f %%), %d other hits%n",
        found,
        queries / 2,
        100.0 * found / (queries / 2.0),
        falseHits);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      AtomicInteger next = new AtomicInteger();
      t0 = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        fs.add(
            pool.submit(() -> {
              for (int i = next.getAndIncrement(); i < queries; i = next.getAndIncrement()) {
                index.match(q.get(i), 10, threshold, Optional::of);
              }
            }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      double two = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "screening, 2 threads: %,.0f queries/s%n", queries / two);
    } finally {
      pool.shutdown();
    }
  }

  private static void dedup(int size, Surnames s) {
    SplittableRandom r = new SplittableRandom(7);
    int originals = size * 4 / 5;
    List<PersonRecord> records = new ArrayList<>(size);
    int[] entity = new int[size];
    for (int i = 0; i < originals; i++) {
      records.add(person("r" + i, s, r));
      entity[i] = i;
    }
    for (int i = originals; i < size; i++) {
      int of = r.nextInt(originals);
      records.add(variant("r" + i, records.get(of), r));
      entity[i] = of;
    }
    Deduplicator d =
        new Deduplicator(
            Model.defaults(),
            MatchMode.BALANCED.minScore(),
            MatchMode.BALANCED.minScore() + 10,
            Blocking.DEFAULT_CAP,
            2);
    long t0 = System.nanoTime();
    Blocking.Estimate e = d.estimate(records);
    System.out.printf(
        Locale.ROOT,
        "dedup: %,d records; estimate before running (%.1f s): %s%n",
        size,
        (System.nanoTime() - t0) / 1e9,
        e);
    t0 = System.nanoTime();
    Deduplicator.Result result = d.run(records);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long tp = 0;
    for (int i = 0; i < result.links(); i++) {
      if (entity[result.left(i)] == entity[result.right(i)]) {
        tp++;
      }
    }
    // True pairs: every duplicate with its original, and duplicates of one original with each
    // other.
    int[] copies = new int[originals];
    for (int i = originals; i < size; i++) {
      copies[entity[i]]++;
    }
    long truePairs = 0;
    for (int c : copies) {
      truePairs += (long) (c + 1) * c / 2;
    }
    System.out.printf(
        Locale.ROOT,
        "dedup, 2 threads: %.1f s (%,.0f records/min), %,d comparisons, %,d links;"
            + " link precision %.4f, recall %.4f%n",
        seconds,
        size / seconds * 60,
        result.comparisons(),
        result.links(),
        result.links() == 0 ? 1.0 : (double) tp / result.links(),
        (double) tp / truePairs);
  }
}
