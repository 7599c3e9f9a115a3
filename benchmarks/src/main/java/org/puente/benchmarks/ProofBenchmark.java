package org.puente.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.puente.protocol.merkle.Proofs;
import org.puente.protocol.merkle.Subtree;
import org.puente.protocol.merkle.SubtreeHashes;

/**
 * Inclusion and consistency proofs, and roots, over a 10,000,000-leaf log, measuring the proof
 * arithmetic and hashing without a database.
 *
 * <p>The store makes up each subtree's hash from its position when asked, as cheaply as a lookup,
 * so memory stays small and the figures exclude storage; the hashes form no real tree, which proof
 * generation cannot tell. Run: {@code java -cp <classpath> org.openjdk.jmh.Main ProofBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProofBenchmark {

  @Param("10000000")
  public long treeSize;

  private final SubtreeHashes store = new MadeUpSubtrees();
  private final SplittableRandom random = new SplittableRandom(42);

  @Setup
  public void check() {
    if (treeSize < 2) {
      throw new IllegalArgumentException("a proof benchmark needs at least two leaves");
    }
  }

  @Benchmark
  public List<byte[]> inclusion() {
    return Proofs.inclusion(random.nextLong(treeSize), treeSize, store);
  }

  @Benchmark
  public List<byte[]> consistency() {
    return Proofs.consistency(1 + random.nextLong(treeSize - 1), treeSize, store);
  }

  @Benchmark
  public byte[] root() {
    return Proofs.root(treeSize, store);
  }

  /** Answers every request in one pass, as the node's single query would. */
  static final class MadeUpSubtrees implements SubtreeHashes {

    @Override
    public Map<Subtree, byte[]> fetch(Set<Subtree> subtrees) {
      var hashes = new HashMap<Subtree, byte[]>(subtrees.size() * 2);
      for (Subtree subtree : subtrees) {
        hashes.put(subtree, hashOf(subtree));
      }
      return hashes;
    }

    /** 32 bytes derived from the subtree's position by a SplitMix64 sequence. */
    static byte[] hashOf(Subtree subtree) {
      long state = subtree.index() * 0x9E3779B97F4A7C15L + subtree.level();
      byte[] hash = new byte[32];
      for (int word = 0; word < 4; word++) {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        for (int b = 0; b < 8; b++) {
          hash[word * 8 + b] = (byte) (z >>> (8 * b));
        }
      }
      return hash;
    }
  }
}
