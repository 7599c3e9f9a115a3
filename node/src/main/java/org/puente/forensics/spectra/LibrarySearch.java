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
    if (!PreparedLibrary.compatible(library.kind[s], q.msClass, q.polarity)) {
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

  /**
   * Offers a scored spectrum to the ranking. The caller's filter (labels, excluded laboratories) is
   * asked only about a spectrum that would enter the ranking: asking it about every hit would give
   * the same ranking, since the filter depends on the entry alone, but costs a random read of the
   * entry per hit.
   */
  private void offer(TopHits top, int s, double score, int matched, Predicate<LibraryEntry> admit) {
    if (!top.mayAccept(score)) {
      return;
    }
    int entry = library.entryOf[s];
    if (top.accepts(score, entry) && admit.test(library.entries.get(entry))) {
      top.offer(score, entry, matched);
    }
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
        if (kernel.matched() >= settings.minMatchedPeaks()) {
          offer(top, s, kernel.score(), kernel.matched(), admit);
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
    Similarity similarity = settings.similarity();
    boolean candidatesOnly =
        similarity == Similarity.MODIFIED_COSINE
            || (similarity == Similarity.ENTROPY && settings.reverse())
            || q.size > Accumulators.MAX_QUERY_PEAKS;
    int stride = candidatesOnly ? 1 : Accumulators.stride(settings);
    Accumulators acc = pool.poll();
    if (acc == null || acc.stride < stride) {
      acc = new Accumulators(library.size, Math.max(stride, acc == null ? 0 : acc.stride));
    }
    LibraryScoring kernel = kernel();
    try {
      acc.begin();
      if (candidatesOnly) {
        gatherCandidates(q, scope, settings, acc);
      } else {
        accumulate(q, scope, settings, acc, fragments);
      }
      TopHits top = new TopHits(Math.min(limit, library.size));
      // When a large share of the library was touched, reading every accumulator in order is
      // cheaper than visiting the touched ones in the random order they were met.
      boolean scan = acc.touchedCount > library.size / 16;
      int count = scan ? library.size : acc.touchedCount;
      for (int t = 0; t < count; t++) {
        int s = scan ? t : acc.touched[t];
        if ((scan && !acc.touched(s)) || !compatible(s, q, scope, settings)) {
          continue;
        }
        double score;
        int matched;
        if (candidatesOnly || acc.conflict(s)) {
          kernel.score(q, library, s, settings);
          score = kernel.score();
          matched = kernel.matched();
        } else {
          matched = acc.matched(s);
          score = finish(q, settings, acc, s);
        }
        if (matched >= settings.minMatchedPeaks()) {
          offer(top, s, score, matched, admit);
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
    float[] key = index.key;
    float[] weight = index.weight;
    int[] spectrum = index.spectrum;
    long[] state = acc.state;
    int stride = acc.stride;
    long generation = acc.generation;
    for (int qi = 0; qi < q.size; qi++) {
      double low = q.mz[qi] - tol;
      double high = q.mz[qi] + tol;
      double a = q.weight[qi];
      double aLogA = q.weightLogWeight[qi];
      long mark = generation | ((long) (qi + 1) << Accumulators.QUERY_SHIFT);
      for (int f = index.lowerBound(low - 1e-6); f < key.length && key[f] <= high + 1e-6; f++) {
        int s = spectrum[f];
        if (!scope.contains(s)) {
          continue;
        }
        double x = key[f] + 0.0;
        if (x > high || x < low) {
          continue;
        }
        int at = s * stride;
        long meta = state[at];
        if ((meta & Accumulators.GENERATION_MASK) != generation) {
          acc.touch(s);
          meta = generation;
        }
        if ((meta & Accumulators.CONFLICT) != 0) {
          continue;
        }
        if ((meta & Accumulators.QUERY_MASK) == (mark & Accumulators.QUERY_MASK)) {
          state[at] = meta | Accumulators.CONFLICT; // a second partner for this query peak
          continue;
        }
        long matched = (meta >>> Accumulators.MATCHED_SHIFT) + 1;
        state[at] = mark | (matched << Accumulators.MATCHED_SHIFT);
        double b = weight[f];
        double sum = Double.longBitsToDouble(state[at + 1]);
        state[at + 1] =
            Double.doubleToRawLongBits(
                sum + (entropy ? Weighting.entropyTerm(a, aLogA, b) : a * b));
        int next = at + 2;
        if (reverse) {
          double squares = Double.longBitsToDouble(state[next]);
          state[next] = Double.doubleToRawLongBits(squares + a * a);
          next++;
        }
        if (composite) {
          if (matched > 1) {
            double ratios = Double.longBitsToDouble(state[next]);
            double previousQuery = Double.longBitsToDouble(state[next + 1]);
            double previousLibrary = Double.longBitsToDouble(state[next + 2]);
            state[next] =
                Double.doubleToRawLongBits(
                    ratios + Weighting.ratioTerm(previousQuery, previousLibrary, a, b));
          }
          state[next + 1] = Double.doubleToRawLongBits(a);
          state[next + 2] = Double.doubleToRawLongBits(b);
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
        if (scope.contains(s) && !acc.touched(s)) {
          acc.touch(s);
        }
      }
    }
  }

  private static double finish(PreparedQuery q, SearchSettings settings, Accumulators acc, int s) {
    boolean reverse = settings.reverse();
    int at = s * acc.stride;
    double sum = Double.longBitsToDouble(acc.state[at + 1]);
    double squares = reverse ? Double.longBitsToDouble(acc.state[at + 2]) : 1;
    int matched = acc.matched(s);
    return switch (settings.similarity()) {
      case COSINE, MODIFIED_COSINE -> reverse ? sum / Math.sqrt(squares) : sum;
      case ENTROPY -> sum / Weighting.LN4;
      case COMPOSITE ->
          Weighting.composite(
              sum,
              squares,
              reverse ? matched : q.size,
              matched,
              Double.longBitsToDouble(acc.state[at + (reverse ? 3 : 2)]));
    };
  }

  SearchSettings preparation() {
    return preparation;
  }

  /**
   * Per-spectrum accumulators of one indexed search, reused across searches. Each spectrum's state
   * lies in one block of {@code stride} longs, so that a fragment hit costs one cache miss: a
   * header (search generation, last query peak matched, matched count, conflict flag), then the
   * sums as raw double bits. The generation tells which blocks belong to the current search, so
   * nothing is cleared between searches.
   */
  static final class Accumulators {
    static final long GENERATION_MASK = 0x7FFF_FFFFL;
    static final long CONFLICT = 1L << 31;
    static final int QUERY_SHIFT = 32;
    static final long QUERY_MASK = 0xFFFFL << QUERY_SHIFT;
    static final int MATCHED_SHIFT = 48;

    /** Query peaks are numbered in 16 bits; larger queries are scored by the kernel. */
    static final int MAX_QUERY_PEAKS = 0xFFFE;

    final long[] state;
    final int stride;
    final int[] touched;
    long generation;
    int touchedCount;

    Accumulators(int size, int stride) {
      this.stride = stride;
      this.state = new long[Math.multiplyExact(size, stride)];
      this.touched = new int[size];
    }

    /** Longs per spectrum: header and sum, then the query's squares, then the ratio terms. */
    static int stride(SearchSettings settings) {
      int stride = 2;
      if (settings.reverse()) {
        stride++;
      }
      if (settings.similarity() == Similarity.COMPOSITE) {
        stride += 3;
      }
      return stride;
    }

    void begin() {
      if (generation == GENERATION_MASK) {
        java.util.Arrays.fill(state, 0);
        generation = 0;
      }
      generation++;
      touchedCount = 0;
    }

    boolean touched(int s) {
      return (state[s * stride] & GENERATION_MASK) == generation;
    }

    /** Claims spectrum {@code s} for this search with zeroed sums. */
    void touch(int s) {
      int at = s * stride;
      state[at] = generation;
      for (int i = 1; i < stride; i++) {
        state[at + i] = 0; // raw bits of +0.0
      }
      touched[touchedCount++] = s;
    }

    boolean conflict(int s) {
      return (state[s * stride] & CONFLICT) != 0;
    }

    int matched(int s) {
      return (int) (state[s * stride] >>> MATCHED_SHIFT);
    }

    /** Bytes one set of accumulators holds for a library of {@code size} spectra. */
    static long bytes(int size, SearchSettings settings) {
      return (long) size * (8L * stride(settings) + 4);
    }
  }
}
