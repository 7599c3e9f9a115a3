package org.puente.benchmarks.spectra;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.puente.forensics.spectra.LibraryEntry;
import org.puente.forensics.spectra.PairScorer;
import org.puente.forensics.spectra.SearchSettings;
import org.puente.forensics.spectra.ShippedLibrary;
import org.puente.forensics.spectra.Similarity;
import org.puente.forensics.spectra.SpectralLibrary;
import org.puente.forensics.spectra.Spectrum;

/**
 * Spectrum-pair scores per second on one thread, over 1,024 pairs drawn with a fixed seed from the
 * shipped MS/MS spectra; and a brute-force search of the whole shipped library, which scores every
 * spectrum of the right MS level and polarity with the search kernel. Run with {@code -prof gc} to
 * see that a comparison allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class CosineKernelBenchmark {

  static final int PAIRS = 1024;

  private final Spectrum[] left = new Spectrum[PAIRS];
  private final Spectrum[] right = new Spectrum[PAIRS];
  private final PairScorer scorer = new PairScorer();
  private SpectralLibrary library = SpectralLibrary.of(List.of());
  private SearchSettings settings = SearchSettings.of(Similarity.COSINE, 0.02);
  private int next;

  @Setup
  public void setUp() {
    List<LibraryEntry> entries = ShippedLibrary.load().entries();
    List<Spectrum> tandem =
        entries.stream().map(LibraryEntry::spectrum).filter(s -> s.msLevel() == 2).toList();
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < PAIRS; i++) {
      left[i] = tandem.get(random.nextInt(tandem.size()));
      right[i] = tandem.get(random.nextInt(tandem.size()));
    }
    library = SpectralLibrary.of(entries, Integer.MAX_VALUE);
    settings = SearchSettings.of(Similarity.COSINE, 0.02);
    library.prepareFor(settings);
  }

  /** matchms CosineGreedy semantics on the spectra as they are, weights computed per pair. */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double cosinePairs() {
    double sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      sum += scorer.cosine(left[i], right[i], 0.02, 0, 1);
    }
    return sum;
  }

  /** The entropy similarity on the same pairs, for comparison. */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double entropyPairs() {
    double sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      sum += scorer.entropy(left[i], right[i], 0.02, true);
    }
    return sum;
  }

  /** One brute-force search of the 844 shipped spectra (cosine, no precursor filter). */
  @Benchmark
  public Object bruteForceSearch() {
    Spectrum query = left[next++ & (PAIRS - 1)];
    return library.search(query, settings, 10);
  }
}
