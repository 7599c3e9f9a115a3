package org.puente.forensics.spectra;

/**
 * Scores a prepared query against one spectrum of a prepared library, peak pair by peak pair: the
 * reference computation that the inverted index must reproduce exactly.
 */
final class LibraryScoring {

  private final PeakMatching matching = new PeakMatching();
  private double[] restricted = new double[64];
  private double[] restrictedLog = new double[64];
  private double score;
  private int matched;

  double score() {
    return score;
  }

  int matched() {
    return matched;
  }

  /**
   * Scores library spectrum {@code s}; read the result with {@link #score} and {@link #matched}.
   */
  void score(PreparedQuery q, PreparedLibrary lib, int s, SearchSettings settings) {
    int from = lib.offsets[s];
    int to = lib.offsets[s + 1];
    double tol = settings.toleranceMz();
    Similarity similarity = settings.similarity();
    matching.reset();
    matching.collect(q.mz, q.size, lib.mz, from, to, tol, 0.0);
    if (similarity == Similarity.MODIFIED_COSINE) {
      matching.startSecondList();
      matching.collect(q.mz, q.size, lib.mz, from, to, tol, q.precursor - lib.precursor[s]);
    }
    int pairs = matching.count();
    if (pairs == 0) {
      score = 0;
      matched = 0;
      return;
    }
    boolean reverse = settings.reverse();
    int present = reverse ? matching.markPresent(q.size) : q.size;
    double querySquares = 1;
    double[] a = q.weight;
    double[] aLogA = q.weightLogWeight;
    if (reverse) {
      if (similarity == Similarity.ENTROPY) {
        restrict(q);
        a = restricted;
        aLogA = restrictedLog;
      } else {
        querySquares = 0;
        for (int o = 0; o < q.size; o++) {
          if (matching.present(o)) {
            querySquares += q.weight[o] * q.weight[o];
          }
        }
      }
    }
    for (int p = 0; p < pairs; p++) {
      int o = matching.outer(p);
      double b = lib.weight[from + matching.inner(p)];
      matching.value(
          p,
          similarity == Similarity.ENTROPY ? Weighting.entropyTerm(a[o], aLogA[o], b) : a[o] * b);
    }
    matching.assign(q.size, to - from);
    matched = matching.chosenCount();
    double sum = matching.chosenSum();
    score =
        switch (similarity) {
          case COSINE, MODIFIED_COSINE -> reverse ? sum / Math.sqrt(querySquares) : sum;
          case ENTROPY -> sum / Weighting.LN4;
          case COMPOSITE -> {
            double ratioSum = 0;
            double previousQuery = 0;
            double previousLibrary = 0;
            boolean first = true;
            for (int p = 0; p < pairs; p++) {
              if (!matching.chosen(p)) {
                continue;
              }
              double qw = q.weight[matching.outer(p)];
              double lw = lib.weight[from + matching.inner(p)];
              if (!first) {
                ratioSum += Weighting.ratioTerm(previousQuery, previousLibrary, qw, lw);
              }
              first = false;
              previousQuery = qw;
              previousLibrary = lw;
            }
            yield Weighting.composite(sum, querySquares, present, matched, ratioSum);
          }
        };
  }

  /**
   * For a reverse entropy search: the query reduced to its peaks with a partner, renormalised to a
   * total of 1.
   */
  private void restrict(PreparedQuery q) {
    if (restricted.length < q.size) {
      restricted = new double[Math.max(q.size, restricted.length * 2)];
      restrictedLog = new double[restricted.length];
    }
    double total = 0;
    for (int o = 0; o < q.size; o++) {
      if (matching.present(o)) {
        total += q.weight[o];
      }
    }
    for (int o = 0; o < q.size; o++) {
      double v = matching.present(o) && total > 0 ? q.weight[o] / total : 0;
      restricted[o] = v;
      restrictedLog[o] = Weighting.xlogx(v);
    }
  }
}
