package org.puente.benchmarks.resolution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puente.intelligence.resolution.Candidate;
import org.puente.intelligence.resolution.Deduplicator;
import org.puente.intelligence.resolution.MatchMode;
import org.puente.intelligence.resolution.Model;
import org.puente.intelligence.resolution.PersonRecord;
import org.puente.intelligence.resolution.Resolver;

/**
 * Accuracy of the resolution engine on FEBRL4 (linkage), FEBRL3 (deduplication) and the Senzing
 * truth set, with the default model and with an EM-trained one. Run from the repository root.
 */
public final class ResolutionAccuracy {

  private ResolutionAccuracy() {}

  public static void main(String[] args) throws IOException {
    ResolutionData.Labelled a = ResolutionData.febrl("dataset4a.csv", "a", false);
    ResolutionData.Labelled b = ResolutionData.febrl("dataset4b.csv", "b", false);
    ResolutionData.Labelled an = ResolutionData.febrl("dataset4a.csv", "a", true);
    ResolutionData.Labelled bn = ResolutionData.febrl("dataset4b.csv", "b", true);
    ResolutionData.Labelled d3 = ResolutionData.febrl("dataset3.csv", "c", false);
    ResolutionData.Labelled sz = ResolutionData.senzing();

    Model defaults = Model.defaults();
    long t0 = System.nanoTime();
    Model trained4 = Model.train(concat(a.records(), b.records()));
    Model trained4n = Model.train(concat(an.records(), bn.records()));
    Model trained3 = Model.train(d3.records());
    Model trainedSz = Model.train(sz.records());
    System.out.printf(
        Locale.ROOT, "EM training (4 models): %.1f s%n", (System.nanoTime() - t0) / 1e9);

    double th = MatchMode.BALANCED.minScore();
    System.out.println("\n== FEBRL4 linkage, all fields (threshold " + th + ")");
    linkage("defaults", defaults, a, b, th, true);
    linkage("EM-trained", trained4, a, b, th, false);
    System.out.println("\n== FEBRL4 linkage, given name + surname + date of birth only");
    linkage("defaults", defaults, an, bn, th, true);
    linkage("EM-trained", trained4n, an, bn, th, false);
    System.out.println("\n== FEBRL3 deduplication (5,000 records)");
    dedup("defaults", defaults, d3, th);
    dedup("EM-trained", trained3, d3, th);
    System.out.println("\n== Senzing truth set, person records (" + sz.records().size() + ")");
    dedup("defaults", defaults, sz, th);
    dedup("EM-trained", trainedSz, sz, th);
    if (args.length > 0 && args[0].equals("--model")) {
      System.out.println("\n== default model\n" + defaults.describe());
      System.out.println("== EM-trained on FEBRL4\n" + trained4.describe());
    }
  }

  private static List<PersonRecord> concat(List<PersonRecord> x, List<PersonRecord> y) {
    List<PersonRecord> out = new ArrayList<>(x);
    out.addAll(y);
    return out;
  }

  private record Pair(String left, String right, double score) {}

  static void linkage(
      String label,
      Model model,
      ResolutionData.Labelled a,
      ResolutionData.Labelled b,
      double threshold,
      boolean sweep) {
    Resolver index = new Resolver(model);
    a.records().forEach(index::put);
    long t0 = System.nanoTime();
    List<Pair> pairs = new ArrayList<>();
    double lowest = -20;
    for (PersonRecord q : b.records()) {
      for (Candidate c : index.match(q, 10, lowest, Optional::of)) {
        pairs.add(new Pair(c.id(), q.id(), c.explanation().score()));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long truePairs = truePairs(a, b);
    long allPairs = (long) a.records().size() * b.records().size();
    double[] thresholds =
        sweep ? new double[] {-8, -4, -2, 0, 2, 4, 6, 8, 10} : new double[] {threshold};
    for (double t : thresholds) {
      long tp = 0;
      long fp = 0;
      for (Pair p : pairs) {
        if (p.score >= t) {
          if (java.util.Objects.equals(a.entity().get(p.left), b.entity().get(p.right))) {
            tp++;
          } else {
            fp++;
          }
        }
      }
      print(
          String.format(Locale.ROOT, "%-10s min %5.1f  all pairs   ", label, t),
          tp,
          fp,
          truePairs,
          allPairs - truePairs);
    }
    // One-to-one: best pairs first, each record used once.
    pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
    Set<String> used = new HashSet<>();
    long tp = 0;
    long fp = 0;
    for (Pair p : pairs) {
      if (p.score < threshold || used.contains(p.left) || used.contains(p.right)) {
        continue;
      }
      used.add(p.left);
      used.add(p.right);
      if (java.util.Objects.equals(a.entity().get(p.left), b.entity().get(p.right))) {
        tp++;
      } else {
        fp++;
      }
    }
    print(
        String.format(Locale.ROOT, "%-10s min %5.1f  one-to-one  ", label, threshold),
        tp,
        fp,
        truePairs,
        allPairs - truePairs);
    System.out.printf(
        Locale.ROOT,
        "%-10s %d queries in %.2f s (%.0f queries/s, 1 thread)%n",
        label,
        b.records().size(),
        seconds,
        b.records().size() / seconds);
  }

  private static long truePairs(ResolutionData.Labelled a, ResolutionData.Labelled b) {
    Map<String, Integer> countB = new HashMap<>();
    b.entity().values().forEach(e -> countB.merge(e, 1, Integer::sum));
    long n = 0;
    for (String e : a.entity().values()) {
      n += countB.getOrDefault(e, 0);
    }
    return n;
  }

  static void dedup(String label, Model model, ResolutionData.Labelled data, double threshold) {
    Deduplicator dedup =
        new Deduplicator(
            model,
            threshold,
            threshold + 10,
            org.puente.intelligence.resolution.Blocking.DEFAULT_CAP,
            2);
    Deduplicator.Result r = dedup.run(data.records());
    Map<String, String> truth = data.entity();
    Map<String, Integer> entitySize = new HashMap<>();
    truth.values().forEach(e -> entitySize.merge(e, 1, Integer::sum));
    long truePairs = 0;
    for (int s : entitySize.values()) {
      truePairs += (long) s * (s - 1) / 2;
    }
    int n = r.ids().size();
    long allPairs = (long) n * (n - 1) / 2;
    long tp = 0;
    long fp = 0;
    for (int i = 0; i < r.links(); i++) {
      if (java.util.Objects.equals(
          truth.get(r.ids().get(r.left(i))), truth.get(r.ids().get(r.right(i))))) {
        tp++;
      } else {
        fp++;
      }
    }
    print(
        String.format(Locale.ROOT, "%-10s links        ", label),
        tp,
        fp,
        truePairs,
        allPairs - truePairs);
    // Pairs implied by the clusters, and B-cubed.
    Map<Integer, List<String>> clusters = new HashMap<>();
    for (int i = 0; i < n; i++) {
      clusters.computeIfAbsent(r.cluster(i), k -> new ArrayList<>()).add(r.ids().get(i));
    }
    long ctp = 0;
    long cfp = 0;
    double bp = 0;
    double br = 0;
    for (List<String> c : clusters.values()) {
      Map<String, Integer> byEntity = new HashMap<>();
      c.forEach(id -> byEntity.merge(truth.getOrDefault(id, ""), 1, Integer::sum));
      long same = 0;
      for (int k : byEntity.values()) {
        same += (long) k * (k - 1) / 2;
      }
      long all = (long) c.size() * (c.size() - 1) / 2;
      ctp += same;
      cfp += all - same;
      for (String id : c) {
        String entity = truth.getOrDefault(id, "");
        int overlap = byEntity.getOrDefault(entity, 1);
        bp += (double) overlap / c.size();
        br += (double) overlap / entitySize.getOrDefault(entity, 1);
      }
    }
    print(
        String.format(Locale.ROOT, "%-10s cluster pairs", label),
        ctp,
        cfp,
        truePairs,
        allPairs - truePairs);
    bp /= n;
    br /= n;
    System.out.printf(
        Locale.ROOT,
        "%-10s B-cubed      P %.4f  R %.4f  F1 %.4f   (comparisons %d, estimate %s)%n",
        label,
        bp,
        br,
        2 * bp * br / (bp + br),
        r.comparisons(),
        r.estimate());
  }

  private static void print(String label, long tp, long fp, long truePairs, long falsePairs) {
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double rec = (double) tp / truePairs;
    double f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
    System.out.printf(
        Locale.ROOT,
        "%s TP %5d FP %5d FN %5d  P %.4f  R %.4f  F1 %.4f  FPR %.2e%n",
        label,
        tp,
        fp,
        truePairs - tp,
        p,
        rec,
        f1,
        (double) fp / falsePairs);
  }
}
