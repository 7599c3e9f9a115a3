package org.puente.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.puente.protocol.merkle.CompactRange;
import org.puente.protocol.merkle.SubtreeHash;

/**
 * Appending a batch of 10,000 leaves to a log that already holds 10,000,000, as the node does in
 * one transaction, reported in leaves per second.
 *
 * <p>Each batch resumes from the same stored frontier, so every invocation does the same work, and
 * the completed subtrees the node would store are consumed. Run: {@code java -cp <classpath>
 * org.openjdk.jmh.Main CompactRangeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompactRangeBenchmark {

  static final int BATCH = 10_000;
  static final long START = 10_000_000L;

  private final byte[][] leaves = new byte[BATCH][];
  private List<byte[]> frontier = List.of();

  @Setup
  public void leavesAndFrontier() {
    var random = new SplittableRandom(7);
    for (int i = 0; i < BATCH; i++) {
      leaves[i] = new byte[32];
      random.nextBytes(leaves[i]);
    }
    var hashes = new java.util.ArrayList<byte[]>();
    for (int i = 0; i < Long.bitCount(START); i++) {
      byte[] hash = new byte[32];
      random.nextBytes(hash);
      hashes.add(hash);
    }
    frontier = hashes;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public byte[] appendBatch(Blackhole stored) {
    CompactRange range = CompactRange.resume(START, frontier);
    for (byte[] leaf : leaves) {
      List<SubtreeHash> completed = range.append(leaf);
      stored.consume(completed);
    }
    return range.root();
  }
}
