package org.puente.benchmarks.forensics;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.puente.forensics.linkage.Comparison;
import org.puente.forensics.linkage.Link;
import org.puente.forensics.linkage.LinkThreshold;
import org.puente.forensics.linkage.ProfileIndex;
import org.puente.forensics.linkage.SyntheticReferencePairs;

/**
 * Milliseconds to find every stored impurity profile within the learnt link threshold of one new
 * profile, over a {@link ProfileIndex} of synthetic profiles (batches of ten samples drawn from the
 * same model the threshold is learnt on, seed 20261207). This is the search the node runs for a
 * report's links; deciding what the viewer may see of each hit happens afterwards, per hit, and is
 * not part of this figure. The set-up prints the index's memory per profile and how many links a
 * query finds on average.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
public class LinkageSearchBenchmark {

  static final int QUERIES = 16;

  @Param({"1000000"})
  public int size = 1_000_000;

  @Param({"PEARSON", "COSINE"})
  public String comparison = "PEARSON";

  private ProfileIndex index = new ProfileIndex(Comparison.PEARSON);
  private float[][] queries = new float[0][];
  private double threshold;

  @Setup(Level.Trial)
  public void setUp() {
    Comparison method = Comparison.valueOf(comparison);
    LinkThreshold learnt = SyntheticReferencePairs.learn(method, 20250601L, 60, 6, 0.01);
    threshold = learnt.threshold();
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    index = new ProfileIndex(method);
    queries = new float[QUERIES][];
    float[][] stored = load(index, size);
    // New profiles from batches already stored, and from batches never seen.
    List<List<float[]>> fresh = SyntheticReferencePairs.batches(99L, QUERIES / 2, 1);
    for (int q = 0; q < QUERIES / 2; q++) {
      queries[q] = stored[q];
      queries[QUERIES / 2 + q] = fresh.get(q).get(0);
    }
    System.gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    long links = 0;
    for (float[] q : queries) {
      links += index.within(q, threshold).size();
    }
    System.out.printf(
        Locale.ROOT,
        "%n[index] %,d profiles, threshold %.4f (%s, FPR %.4f on the reference pairs),"
            + " ~%.0f bytes/profile heap incl. ids, %.1f links per query%n",
        index.size(),
        threshold,
        method,
        learnt.falsePositiveRate(),
        (after - before) / (double) index.size(),
        links / (double) QUERIES);
  }

  /**
   * Fills the index; returns one stored profile from each of {@code QUERIES / 2} spread batches.
   */
  private static float[][] load(ProfileIndex index, int size) {
    List<List<float[]>> batches = SyntheticReferencePairs.batches(20261207L, size / 10, 10);
    int n = 0;
    for (List<float[]> batch : batches) {
      for (float[] profile : batch) {
        index.add("r" + n++, profile);
      }
    }
    float[][] picked = new float[QUERIES / 2][];
    for (int q = 0; q < picked.length; q++) {
      picked[q] = batches.get(q * (batches.size() / picked.length)).get(0);
    }
    return picked;
  }

  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public void search(Blackhole hole) {
    for (float[] q : queries) {
      List<Link> links = index.within(q, threshold);
      hole.consume(links);
    }
  }
}
