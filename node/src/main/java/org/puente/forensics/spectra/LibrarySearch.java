package org.puente.forensics.spectra;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Ranks a prepared library against queries, either by scoring every eligible spectrum (brute force)
 * or through the fragment index; both give the same hits in the same order.
 *
 * <p>The index path follows Flash entropy search (Li and Fiehn 2023): for each query peak, the
 * library peaks within the tolerance are read from the m/z-sorted fragment array and their
 * contributions added to their spectrum's accumulator, query peak by query peak, in the order the
 * brute-force kernel sums them. Because query and library are merged to peaks more than twice the
 * tolerance apart, a query peak normally finds at most one partner per spectrum; when it finds two
 * (float rounding, or a library cleaned differently), that spectrum is flagged and scored again by
 * the kernel, so exactness never depends on the merging. The modified cosine (whose shifted pairs
 * are found through a neutral-loss index) and the reverse entropy similarity (whose query
 * normalisation depends on the library spectrum) use the index to find candidates and the kernel to
 * score them.
 */
final class LibrarySearch {

  private final PreparedLibrary library;
  private final SearchSettings preparation;
  private final ConcurrentLinkedQueue<Accumulators> pool = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<LibraryScoring> kernels = new ConcurrentLinkedQueue<>();

  LibrarySearch(PreparedLibrary library, SearchSettings preparation) {
    this.library = library;
    this.preparation = preparation;
  }

  PreparedLibrary library() {
    return library;
  }

  /**
   * The spectra a query may be compared with: the precursor window {@code [from, to)} of the
   * precursor-ordered library, plus the spectra without a precursor from {@code unknownFrom} on;
   * then per-spectrum checks.
   */
  private record Scope(
      int from, int to, int unknownFrom, double precursor, double precursorTolerance) {

    boolean contains(int s) {
      return (s >= from && s < to) || s >= unknownFrom;
    }
  }

  private Scope scope(PreparedQuery q, Spectrum query, SearchSettings settings) {
    Double precursorTolerance = settings.precursorToleranceMz();
    if (precursorTolerance != null && settings.filtersPrecursor(query)) {
      double tol = precursorTolerance;
      int from = library.precursorLowerBound(q.precursor - tol - 1e-6);
      int to = library.precursorLowerBound(Math.nextUp(q.precursor + tol + 1e-6));
      // A library spectrum of unknown precursor cannot contradict the filter, so it stays.
      return new Scope(from, to, library.unknownPrecursorFrom(), q.precursor, tol);
    }
    return new Scope(0, library.size, library.size, Double.NaN, Double.NaN);
  }

  /** MS level, polarity and precursor checks; cheap, so made before scoring. */
  private boolean compatible(int s, PreparedQuery q, Scope scope, SearchSettings settings) {
    if (library.msClass[s] != q.msClass || !q.ionMode.compatibleWith(library.ionMode[s])) {
      return false;
    }
    if (!Double.isNaN(scope.precursor())
        && !Double.isNaN(library.precursor[s])
        && !(Math.abs(library.precursor[s] - scope.precursor()) <= scope.precursorTolerance())) {
      return false;
    }
    return settings.similarity() != Similarity.MODIFIED_COSINE
        || !Double.isNaN(library.precursor[s]);
  }

  /** The caller's filter (labels, excluded laboratories), asked only about actual hits. */
  private boolean admitted(int s, Predicate<LibraryEntry> admit) {
    return admit.test(library.entries.get(library.entryOf[s]));
  }

  private PreparedQuery prepare(Spectrum query, SearchSettings settings) {
    if (settings.similarity() == Similarity.MODIFIED_COSINE && !query.hasPrecursor()) {
      throw new UnsearchableSpectrum(SpectraMessage.SEARCH_PRECURSOR_REQUIRED);
    }
    return PreparedQuery.of(query, settings);
  }

  private LibraryScoring kernel() {
    LibraryScoring k = kernels.poll();
    return k == null ? new LibraryScoring() : k;
  }

  List<Hit> bruteForce(
      Spectrum query, SearchSettings settings, int limit, Predicate<LibraryEntry> admit) {
    PreparedQuery q = prepare(query, settings);
    Scope scope = scope(q, query, settings);
    TopHits top = new TopHits(Math.min(limit, library.size));
    LibraryScoring kernel = kernel();
    try {
      for (int s = scope.from(); s < library.size; s++) {
        if (s == scope.to()) {
          s = Math.max(s, scope.unknownFrom());
          if (s == library.size) {
            break;
          }
        }
        if (library.peaks(s) == 0 || !compatible(s, q, scope, settings)) {
          continue;
        }
        kernel.score(q, library, s, settings);
        if (kernel.matched() >= settings.minMatchedPeaks() && admitted(s, admit)) {
          top.offer(kernel.score(), library.entryOf[s], kernel.matched());
        }
      }
    } finally {
      kernels.offer(kernel);
    }
    return top.toHits(library.entries);
  }

  List<Hit> indexed(
      Spectrum query, SearchSettings settings, int limit, Predicate<LibraryEntry> admit) {
    PreparedLibrary.Index fragments = library.fragments;
    if (fragments == null) {
      throw new IllegalStateException("this library was prepared without an index");
    }
    PreparedQuery q = prepare(query, settings);
    Scope scope = scope(q, query, settings);
    Accumulators acc = pool.poll();
    if (acc == null) {
      acc = new Accumulators(library.size);
    }
    LibraryScoring kernel = kernel();
    try {
      acc.begin();
      Similarity similarity = settings.similarity();
      boolean candidatesOnly =
          similarity == Similarity.MODIFIED_COSINE
              || (similarity == Similarity.ENTROPY && settings.reverse());
      if (candidatesOnly) {
        gatherCandidates(q, scope, settings, acc);
      } else {
        accumulate(q, scope, settings, acc, fragments);
      }
      TopHits top = new TopHits(Math.min(limit, library.size));
      for (int t = 0; t < acc.touchedCount; t++) {
        int s = acc.touched[t];
        if (!compatible(s, q, scope, settings)) {
          continue;
        }
        double score;
        int matched;
        if (candidatesOnly || acc.conflict[s]) {
          kernel.score(q, library, s, settings);
          score = kernel.score();
          matched = kernel.matched();
        } else {
          matched = acc.matched[s];
          score = finish(q, settings, acc, s);
        }
        if (matched >= settings.minMatchedPeaks() && admitted(s, admit)) {
          top.offer(score, library.entryOf[s], matched);
        }
      }
      return top.toHits(library.entries);
    } finally {
      kernels.offer(kernel);
      pool.offer(acc);
    }
  }

  private void accumulate(
      PreparedQuery q,
      Scope scope,
      SearchSettings settings,
      Accumulators acc,
      PreparedLibrary.Index index) {
    double tol = settings.toleranceMz();
    Similarity similarity = settings.similarity();
    boolean reverse = settings.reverse();
    boolean composite = similarity == Similarity.COMPOSITE;
    boolean entropy = similarity == Similarity.ENTROPY;
    if (reverse || composite) {
      acc.needSquares();
    }
    if (composite) {
      acc.needRatios();
    }
    float[] key = index.key;
    float[] weight = index.weight;
    int[] spectrum = index.spectrum;
    for (int qi = 0; qi < q.size; qi++) {
      double low = q.mz[qi] - tol;
      double high = q.mz[qi] + tol;
      double a = q.weight[qi];
      double aLogA = q.weightLogWeight[qi];
      for (int f = index.lowerBound(low - 1e-6); f < key.length && key[f] <= high + 1e-6; f++) {
        int s = spectrum[f];
        if (!scope.contains(s)) {
          continue;
        }
        double x = key[f] + 0.0;
        if (x > high || x < low) {
          continue;
        }
        if (acc.stamp[s] != acc.generation) {
          acc.touch(s);
        }
        if (acc.lastQuery[s] == qi) {
          acc.conflict[s] = true;
          continue;
        }
        if (acc.conflict[s]) {
          continue;
        }
        acc.lastQuery[s] = qi;
        acc.matched[s]++;
        double b = weight[f];
        acc.sum[s] += entropy ? Weighting.entropyTerm(a, aLogA, b) : a * b;
        if (reverse) {
          acc.squares[s] += a * a;
        }
        if (composite) {
          if (acc.matched[s] > 1) {
            acc.ratios[s] +=
                Weighting.ratioTerm(acc.previousQuery[s], acc.previousLibrary[s], a, b);
          }
          acc.previousQuery[s] = a;
          acc.previousLibrary[s] = b;
        }
      }
    }
  }

  /** Candidates only: every spectrum with a fragment, or for the modified cosine a loss, nearby. */
  private void gatherCandidates(
      PreparedQuery q, Scope scope, SearchSettings settings, Accumulators acc) {
    double window = settings.toleranceMz() + 1e-6;
    touchWithin(library.fragments, q.mz, q.size, 0, window, scope, acc);
    PreparedLibrary.Index losses = library.losses;
    if (settings.similarity() == Similarity.MODIFIED_COSINE && losses != null) {
      double[] loss = new double[q.size];
      for (int i = 0; i < q.size; i++) {
        loss[i] = q.precursor - q.mz[i];
      }
      // Losses are stored in single precision, rounded by up to 2.5·10^-4 at m/z 5,000.
      touchWithin(losses, loss, q.size, 0, settings.toleranceMz() + 1e-3, scope, acc);
    }
  }

  private static void touchWithin(
      PreparedLibrary.@Nullable Index index,
      double[] values,
      int count,
      int start,
      double window,
      Scope scope,
      Accumulators acc) {
    if (index == null) {
      return;
    }
    for (int i = start; i < count; i++) {
      double low = values[i] - window;
      double high = values[i] + window;
      for (int f = index.lowerBound(low); f < index.key.length && index.key[f] <= high; f++) {
        int s = index.spectrum[f];
        if (scope.contains(s) && acc.stamp[s] != acc.generation) {
          acc.touch(s);
        }
      }
    }
  }

  private static double finish(PreparedQuery q, SearchSettings settings, Accumulators acc, int s) {
    double sum = acc.sum[s];
    boolean reverse = settings.reverse();
    return switch (settings.similarity()) {
      case COSINE, MODIFIED_COSINE -> reverse ? sum / Math.sqrt(acc.squares[s]) : sum;
      case ENTROPY -> sum / Weighting.LN4;
      case COMPOSITE ->
          Weighting.composite(
              sum,
              reverse ? acc.squares[s] : 1,
              reverse ? acc.matched[s] : q.size,
              acc.matched[s],
              acc.ratios[s]);
    };
  }

  SearchSettings preparation() {
    return preparation;
  }

  /**
   * Per-spectrum accumulators of one indexed search, reused across searches: a generation stamp
   * marks which entries belong to the current query, so nothing is cleared between queries.
   */
  static final class Accumulators {
    final int[] stamp;
    final int[] touched;
    final int[] lastQuery;
    final int[] matched;
    final boolean[] conflict;
    final double[] sum;
    double[] squares = new double[0];
    double[] ratios = new double[0];
    double[] previousQuery = new double[0];
    double[] previousLibrary = new double[0];
    int generation;
    int touchedCount;

    Accumulators(int size) {
      stamp = new int[size];
      touched = new int[size];
      lastQuery = new int[size];
      matched = new int[size];
      conflict = new boolean[size];
      sum = new double[size];
    }

    void begin() {
      if (generation == Integer.MAX_VALUE) {
        java.util.Arrays.fill(stamp, 0);
        generation = 0;
      }
      generation++;
      touchedCount = 0;
    }

    void needSquares() {
      if (squares.length != stamp.length) {
        squares = new double[stamp.length];
      }
    }

    void needRatios() {
      if (ratios.length != stamp.length) {
        ratios = new double[stamp.length];
        previousQuery = new double[stamp.length];
        previousLibrary = new double[stamp.length];
      }
    }

    void touch(int s) {
      stamp[s] = generation;
      touched[touchedCount++] = s;
      lastQuery[s] = -1;
      matched[s] = 0;
      conflict[s] = false;
      sum[s] = 0;
      if (squares.length > 0) {
        squares[s] = 0;
      }
      if (ratios.length > 0) {
        ratios[s] = 0;
      }
    }

    /** Bytes one set of accumulators holds for a library of {@code size} spectra. */
    static long bytes(int size, boolean squares, boolean ratios) {
      long b = size * (4L + 4 + 4 + 4 + 1 + 8);
      if (squares) {
        b += 8L * size;
      }
      if (ratios) {
        b += 24L * size;
      }
      return b;
    }
  }
}
