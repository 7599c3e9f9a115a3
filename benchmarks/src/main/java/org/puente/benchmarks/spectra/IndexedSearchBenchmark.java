package org.puente.benchmarks.spectra;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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
import org.puente.forensics.spectra.LibraryEntry;
import org.puente.forensics.spectra.SearchSettings;
import org.puente.forensics.spectra.ShippedLibrary;
import org.puente.forensics.spectra.Similarity;
import org.puente.forensics.spectra.SpectralLibrary;
import org.puente.forensics.spectra.Spectrum;

/**
 * Milliseconds per query of an indexed search over a synthetic library (the shipped spectra
 * perturbed with seed 20260101). Every invocation searches the same {@value #QUERIES} queries
 * (shipped MS/MS spectra perturbed with seed 7), so that iterations are comparable: queries differ
 * by orders of magnitude in how many library peaks they meet. The set-up prints the index's memory
 * per spectrum and its build time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx14g", "-XX:+UseParallelGC"})
public class IndexedSearchBenchmark {

  @Param({"1000000"})
  public int size = 1_000_000;

  @Param({"ENTROPY", "COSINE"})
  public String similarity = "ENTROPY";

  /** Precursor window in Da, or "none". */
  @Param({"none", "0.02"})
  public String precursorFilter = "none";

  private SpectralLibrary library = SpectralLibrary.of(List.of());
  private SearchSettings settings = SearchSettings.of(Similarity.COSINE, 0.02);
  static final int QUERIES = 32;

  private Spectrum[] queries = new Spectrum[0];

  @Setup(Level.Trial)
  public void setUp() {
    List<LibraryEntry> shipped = ShippedLibrary.load().entries();
    List<LibraryEntry> entries = SyntheticLibrary.perturbed(shipped, size, 20260101L);
    library = SpectralLibrary.of(entries);
    SearchSettings base = SearchSettings.of(Similarity.valueOf(similarity), 0.02);
    settings =
        precursorFilter.equals("none")
            ? base
            : base.withPrecursorTolerance(Double.parseDouble(precursorFilter));
    long start = System.nanoTime();
    library.prepareFor(settings);
    long built = System.nanoTime() - start;
    SpectralLibrary.Footprint f = library.footprint(settings);
    System.out.printf(
        Locale.ROOT,
        "%n[footprint] %d spectra, %d peaks after cleaning, %.1f bytes/spectrum in the prepared"
            + " library and index, %.1f MB accumulators per concurrent search, built in %.1f s%n",
        f.spectra(),
        f.peaks(),
        f.bytesPerSpectrum(),
        f.accumulatorBytes() / 1e6,
        built / 1e9);
    SplittableRandom random = new SplittableRandom(7);
    List<Spectrum> tandem =
        shipped.stream()
            .map(LibraryEntry::spectrum)
            .filter(s -> s.msLevel() == 2 && s.hasPrecursor())
            .toList();
    queries = new Spectrum[QUERIES];
    for (int i = 0; i < queries.length; i++) {
      queries[i] = SyntheticLibrary.perturb(tandem.get(random.nextInt(tandem.size())), random);
    }
  }

  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int search() {
    int hits = 0;
    for (Spectrum query : queries) {
      hits += library.search(query, settings, 10).size();
    }
    return hits;
  }
}
