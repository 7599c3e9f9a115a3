package org.puente.forensics.spectra;

/**
 * Scores two spectra as they are, with the published definitions: matchms' {@code CosineGreedy} and
 * {@code ModifiedCosine}, Stein and Scott's composite and Li et al.'s entropy similarity. Spectra
 * are not cleaned here (see {@link PeakFilters}); a search cleans them with its {@link
 * Preprocessing}.
 *
 * <p>Reuses scratch arrays, so scoring allocates nothing once they have grown to the largest
 * spectra seen; not thread-safe, so keep one per thread. After each call, {@link #matchedPeaks()}
 * tells how many peak pairs the score rests on.
 */
public final class PairScorer {

  private final PeakMatching matching = new PeakMatching();
  private double[] first = new double[64];
  private double[] second = new double[64];
  private double[] firstLog = new double[64];
  private double[] intensities = new double[64];
  private int matched;

  /** Peak pairs the last score rests on. */
  public int matchedPeaks() {
    return matched;
  }

  /**
   * Cosine with greedy peak matching (matchms {@code CosineGreedy}): peaks match when their m/z
   * differ by at most {@code toleranceMz}; pairs are taken greedily by decreasing product of the
   * weights {@code mz^mzPower · I^intensityPower}, each peak at most once; the score is the sum of
   * the chosen products over the product of both spectra's weight-vector lengths.
   */
  public double cosine(
      Spectrum reference,
      Spectrum query,
      double toleranceMz,
      double mzPower,
      double intensityPower) {
    return cosineLike(reference, query, toleranceMz, mzPower, intensityPower, false);
  }

  /**
   * Modified cosine (matchms {@code ModifiedCosine}): as {@link #cosine}, but peaks also match when
   * they differ by the precursor m/z difference, which pairs fragments that keep the part of the
   * molecule an analogue changed.
   *
   * @throws IllegalArgumentException if either spectrum has no precursor m/z
   */
  public double modifiedCosine(
      Spectrum reference,
      Spectrum query,
      double toleranceMz,
      double mzPower,
      double intensityPower) {
    if (!reference.hasPrecursor() || !query.hasPrecursor()) {
      throw new IllegalArgumentException("the modified cosine needs both precursor m/z values");
    }
    return cosineLike(reference, query, toleranceMz, mzPower, intensityPower, true);
  }

  private double cosineLike(
      Spectrum a, Spectrum b, double tol, double mzPower, double intensityPower, boolean shifted) {
    int na = a.size();
    int nb = b.size();
    ensure(Math.max(na, nb));
    double normA = weights(a, mzPower, intensityPower, first);
    double normB = weights(b, mzPower, intensityPower, second);
    matching.reset();
    matching.collect(a.mzArray(), na, b.mzArray(), nb, tol, 0.0);
    if (shifted) {
      matching.startSecondList();
      matching.collect(
          a.mzArray(), na, b.mzArray(), nb, tol, a.precursorOrNaN() - b.precursorOrNaN());
    }
    int pairs = matching.count();
    if (pairs == 0 || normA == 0 || normB == 0) {
      matched = 0;
      return 0;
    }
    for (int p = 0; p < pairs; p++) {
      matching.value(p, first[matching.outer(p)] * second[matching.inner(p)]);
    }
    matching.assign(na, nb);
    matched = matching.chosenCount();
    return matching.chosenSum() / (normA * normB);
  }

  /**
   * Stein and Scott's composite of an unknown against a library spectrum: {@code (N_U·F_D +
   * N_UL·F_R) / (N_U + N_UL)}, where F_D is the squared cosine of the weights {@code mz^mzPower ·
   * I^intensityPower} (their optimum: 3 and 0.6), N_U the unknown's peaks, N_UL the matched pairs
   * and F_R the mean, over the N_UL − 1 pairs of adjacent matched peaks, of the library's intensity
   * ratio divided by the unknown's, inverted when above 1 (0 with a single matched peak).
   */
  public double composite(
      Spectrum unknown,
      Spectrum library,
      double toleranceMz,
      double mzPower,
      double intensityPower) {
    int nu = unknown.size();
    int nl = library.size();
    ensure(Math.max(nu, nl));
    double normU = weights(unknown, mzPower, intensityPower, first);
    double normL = weights(library, mzPower, intensityPower, second);
    matching.reset();
    matching.collect(unknown.mzArray(), nu, library.mzArray(), nl, toleranceMz, 0.0);
    int pairs = matching.count();
    if (pairs == 0 || normU == 0 || normL == 0) {
      matched = 0;
      return 0;
    }
    for (int p = 0; p < pairs; p++) {
      matching.value(p, first[matching.outer(p)] * second[matching.inner(p)]);
    }
    matching.assign(nu, nl);
    matched = matching.chosenCount();
    double cosine = matching.chosenSum() / (normU * normL);
    double ratioSum = 0;
    double previousU = 0;
    double previousL = 0;
    boolean firstPair = true;
    for (int p = 0; p < pairs; p++) {
      if (!matching.chosen(p)) {
        continue;
      }
      double u = first[matching.outer(p)];
      double l = second[matching.inner(p)];
      if (!firstPair) {
        ratioSum += Weighting.ratioTerm(previousU, previousL, u, l);
      }
      firstPair = false;
      previousU = u;
      previousL = l;
    }
    return Weighting.composite(cosine, 1, nu, matched, ratioSum);
  }

  /**
   * Entropy similarity (Li et al. 2021): {@code 1 − (2·S_AB − S_A − S_B) / ln 4}, where S is the
   * Shannon entropy of intensities normalised to sum 1 and AB the two spectra merged at half weight
   * each; equivalently the sum over matched pairs of {@code (a+b)ln(a+b) − a ln a − b ln b}, over
   * ln 4. With {@code weighted}, a spectrum of entropy below 3 first has its intensities raised to
   * {@code 0.25 + 0.25·S}. Peaks pair greedily under {@code toleranceMz} by decreasing
   * contribution.
   */
  public double entropy(Spectrum a, Spectrum b, double toleranceMz, boolean weighted) {
    int na = a.size();
    int nb = b.size();
    ensure(Math.max(na, nb));
    entropyWeights(a, weighted, first);
    entropyWeights(b, weighted, second);
    for (int i = 0; i < na; i++) {
      firstLog[i] = Weighting.xlogx(first[i]);
    }
    matching.reset();
    matching.collect(a.mzArray(), na, b.mzArray(), nb, toleranceMz, 0.0);
    int pairs = matching.count();
    if (pairs == 0) {
      matched = 0;
      return 0;
    }
    for (int p = 0; p < pairs; p++) {
      int o = matching.outer(p);
      double w = second[matching.inner(p)];
      matching.value(p, Weighting.entropyTerm(first[o], firstLog[o], w));
    }
    matching.assign(na, nb);
    matched = matching.chosenCount();
    return matching.chosenSum() / Weighting.LN4;
  }

  private void entropyWeights(Spectrum s, boolean weighted, double[] out) {
    float[] v = s.intensityArray();
    for (int i = 0; i < v.length; i++) {
      intensities[i] = v[i];
    }
    Weighting.entropyWeights(intensities, v.length, weighted, out);
  }

  /** Fills {@code out} with the spectrum's weights; returns the weight vector's length. */
  private static double weights(Spectrum s, double mzPower, double intensityPower, double[] out) {
    double[] mz = s.mzArray();
    float[] v = s.intensityArray();
    double squares = 0;
    for (int i = 0; i < mz.length; i++) {
      double w = Weighting.weight(mz[i], v[i], mzPower, intensityPower);
      out[i] = w;
      squares += w * w;
    }
    return Math.sqrt(squares);
  }

  private void ensure(int peaks) {
    if (first.length < peaks) {
      int n = Math.max(peaks, first.length * 2);
      first = new double[n];
      second = new double[n];
      firstLog = new double[n];
      intensities = new double[n];
    }
  }
}
