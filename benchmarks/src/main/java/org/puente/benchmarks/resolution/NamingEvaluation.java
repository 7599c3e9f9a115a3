package org.puente.benchmarks.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.puente.benchmarks.resolution.SpanishNamingSet.Negative;
import org.puente.benchmarks.resolution.SpanishNamingSet.NonMatch;
import org.puente.benchmarks.resolution.SpanishNamingSet.Pair;
import org.puente.benchmarks.resolution.SpanishNamingSet.Variation;
import org.puente.intelligence.resolution.Model;
import org.puente.intelligence.resolution.NameLevel;
import org.puente.intelligence.resolution.Names;
import org.puente.intelligence.resolution.Resolver;

/**
 * Recall of the resolver on Spanish and on English naming, class by class, at one threshold: the
 * score that only one in {@value #FALSE_POSITIVE_RATE_DENOMINATOR} non-matching pairs (random and
 * same-surname pairs of both sets, pooled) exceeds. The gap is the Spanish recall less the English,
 * for the classes that apply to both. It also shows how the name comparisons themselves judged each
 * class, which explains the recall.
 *
 * <p>Run: {@code java -cp "$CP" org.puente.benchmarks.resolution.NamingEvaluation [people] [seed]}
 */
public final class NamingEvaluation {

  static final int FALSE_POSITIVE_RATE_DENOMINATOR = 10_000;

  private NamingEvaluation() {}

  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_250_101L;
    // Enough non-matching pairs that the threshold rests on many of them.
    int negatives = Math.max(FALSE_POSITIVE_RATE_DENOMINATOR * 5, people * 10);

    SpanishNamingSet spanish = SpanishNamingSet.spanish(people, seed);
    SpanishNamingSet english = SpanishNamingSet.english(people, seed + 1);
    Resolver resolver = new Resolver(Model.defaults());

    List<NonMatch> nonMatching = new ArrayList<>();
    for (SpanishNamingSet set : List.of(spanish, english)) {
      nonMatching.addAll(set.nonMatching(Negative.RANDOM, negatives / 4, seed + 2));
      nonMatching.addAll(set.nonMatching(Negative.SAME_SURNAME, negatives / 4, seed + 3));
    }
    double[] negativeScores = new double[nonMatching.size()];
    for (int i = 0; i < negativeScores.length; i++) {
      NonMatch m = nonMatching.get(i);
      negativeScores[i] = resolver.explain(m.a(), m.b()).score();
    }
    double threshold = threshold(negativeScores);
    System.out.printf(
        Locale.ROOT,
        "%d people a set; %d non-matching pairs; threshold %.3f (log2 odds) for a false-positive"
            + " rate of 1 in %d%n",
        people,
        negativeScores.length,
        threshold,
        FALSE_POSITIVE_RATE_DENOMINATOR);
    for (Negative kind : Negative.values()) {
      long over = 0;
      long all = 0;
      for (int i = 0; i < negativeScores.length; i++) {
        if (nonMatching.get(i).kind() == kind) {
          all++;
          over += negativeScores[i] > threshold ? 1 : 0;
        }
      }
      System.out.printf(Locale.ROOT, "  false positives among %-12s %d of %d%n", kind, over, all);
    }

    Map<Variation, double[]> recallEs = recall(spanish, resolver, threshold);
    Map<Variation, double[]> recallEn = recall(english, resolver, threshold);
    System.out.printf(Locale.ROOT, "%n%-26s %14s %14s %8s%n", "class", "spanish", "english", "gap");
    for (Variation v : Variation.values()) {
      double[] es = recallEs.get(v);
      double[] en = recallEn.get(v);
      System.out.printf(
          Locale.ROOT,
          "%-26s %14s %14s %8s%n",
          v,
          cell(es),
          cell(en),
          es != null && en != null ? String.format(Locale.ROOT, "%+.3f", es[0] - en[0]) : "-");
    }

    System.out.printf(Locale.ROOT, "%nName comparison levels by class (given / surnames)%n");
    levels("spanish", spanish);
    levels("english", english);
  }

  /** The lowest score that at most one in the denominator of the negatives exceed. */
  static double threshold(double[] negativeScores) {
    double[] sorted = negativeScores.clone();
    Arrays.sort(sorted);
    int allowed = sorted.length / FALSE_POSITIVE_RATE_DENOMINATOR;
    return sorted[Math.max(0, sorted.length - 1 - allowed)];
  }

  /** For each class: recall (score above the threshold) and the number of pairs. */
  private static Map<Variation, double[]> recall(
      SpanishNamingSet set, Resolver resolver, double threshold) {
    Map<Variation, long[]> counts = new EnumMap<>(Variation.class);
    for (Pair p : set.pairs()) {
      long[] c = counts.computeIfAbsent(p.classOf(), k -> new long[2]);
      c[1]++;
      if (resolver.explain(p.a(), p.b()).score() > threshold) {
        c[0]++;
      }
    }
    Map<Variation, double[]> out = new EnumMap<>(Variation.class);
    counts.forEach((v, c) -> out.put(v, new double[] {c[0] / (double) c[1], c[1]}));
    return out;
  }

  private static String cell(double @Nullable [] recall) {
    return recall == null
        ? "n/a"
        : String.format(Locale.ROOT, "%.3f (%d)", recall[0], (long) recall[1]);
  }

  private static void levels(String label, SpanishNamingSet set) {
    Map<Variation, Map<String, Integer>> byClass = new EnumMap<>(Variation.class);
    for (Pair p : set.pairs()) {
      NameLevel g = Names.compareGiven(p.a().name(), p.b().name());
      NameLevel s = Names.compareSurnames(p.a().name(), p.b().name());
      byClass
          .computeIfAbsent(p.classOf(), k -> new TreeMap<>())
          .merge(
              (g == null ? "-" : g.name()) + "/" + (s == null ? "-" : s.name()), 1, Integer::sum);
    }
    System.out.println(label);
    byClass.forEach((v, levels) -> {
      int total = levels.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder line = new StringBuilder();
      levels.entrySet().stream()
          .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
          .limit(4)
          .forEach(e ->
              line.append(
                  String.format(
                      Locale.ROOT, "  %s %.1f%%", e.getKey(), 100.0 * e.getValue() / total)));
      System.out.printf(Locale.ROOT, "  %-26s%s%n", v, line);
    });
  }
}
