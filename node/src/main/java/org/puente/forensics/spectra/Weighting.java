package org.puente.forensics.spectra;

/**
 * Peak weights and the per-pair arithmetic of every score, written once so that a brute-force
 * comparison and an inverted-index accumulation compute bit-identical numbers.
 */
final class Weighting {

  /** ln 4: the entropy similarity's normaliser (Li et al. 2021, natural logarithms). */
  static final double LN4 = StrictMath.log(4.0);

  private Weighting() {}

  /** {@code mz^a · I^b}, with the common exponents computed without {@code pow}. */
  static double weight(double mz, double intensity, double mzPower, double intensityPower) {
    double m =
        mzPower == 0
            ? 1
            : mzPower == 1
                ? mz
                : mzPower == 2 ? mz * mz : mzPower == 3 ? mz * mz * mz : Math.pow(mz, mzPower);
    double i =
        intensityPower == 1
            ? intensity
            : intensityPower == 0.5
                ? Math.sqrt(intensity)
                : intensityPower == 0 ? 1 : Math.pow(intensity, intensityPower);
    return m * i;
  }

  /** Cosine weights scaled to unit length; all zero when every weight is zero. */
  static void unitWeights(
      double[] mz,
      double[] intensity,
      int size,
      double mzPower,
      double intensityPower,
      double[] out) {
    double squares = 0;
    for (int i = 0; i < size; i++) {
      double w = weight(mz[i], intensity[i], mzPower, intensityPower);
      out[i] = w;
      squares += w * w;
    }
    double norm = Math.sqrt(squares);
    for (int i = 0; i < size; i++) {
      out[i] = norm > 0 ? out[i] / norm : 0;
    }
  }

  /**
   * Intensities as fractions of the total and, when {@code weighted}, raised to {@code 0.25 +
   * 0.25·S} for a spectrum of entropy {@code S < 3} and renormalised (Li et al. 2021).
   */
  static void entropyWeights(double[] intensity, int size, boolean weighted, double[] out) {
    double total = 0;
    for (int i = 0; i < size; i++) {
      total += intensity[i];
    }
    if (!(total > 0)) {
      java.util.Arrays.fill(out, 0, size, 0);
      return;
    }
    for (int i = 0; i < size; i++) {
      out[i] = intensity[i] / total;
    }
    if (!weighted) {
      return;
    }
    double entropy = 0;
    for (int i = 0; i < size; i++) {
      entropy -= xlogx(out[i]);
    }
    if (entropy >= 3) {
      return;
    }
    double exponent = 0.25 + 0.25 * entropy;
    double sum = 0;
    for (int i = 0; i < size; i++) {
      out[i] = Math.pow(out[i], exponent);
      sum += out[i];
    }
    for (int i = 0; i < size; i++) {
      out[i] /= sum;
    }
  }

  /** {@code x ln x}, 0 at 0. */
  static double xlogx(double x) {
    return x > 0 ? x * ln(x) : 0;
  }

  /** Cell centres {@code c_k = 1 + k/128}, k = 0 … 128, of the mantissa range [1, 2]. */
  private static final double[] CENTRE = new double[129];

  private static final double[] INVERSE = new double[129];
  private static final double[] LOG_CENTRE = new double[129];
  private static final double LN2 = StrictMath.log(2.0);

  static {
    for (int k = 0; k <= 128; k++) {
      CENTRE[k] = 1 + k / 128.0;
      INVERSE[k] = 1 / CENTRE[k];
      LOG_CENTRE[k] = StrictMath.log(CENTRE[k]);
    }
  }

  /**
   * The natural logarithm of a positive finite {@code x}, within a few ulps of {@code
   * StrictMath.log}. The index evaluates it twice per fragment hit, a million times per open search
   * of a large library, where the library routine costs more than the memory access. Written in
   * plain arithmetic, it gives the same bits in the interpreter and in both compilers (Java
   * floating point is strict), so index and kernel agree exactly.
   *
   * <p>{@code x = m·2^e} with {@code m} in [1, 2); {@code ln m = ln c + ln(1 + r)} for the nearest
   * {@code c = 1 + k/128} and {@code r = (m − c)/c}, where {@code m − c} is exact and {@code |r| ≤
   * 1/256}, so six terms of the series of {@code ln(1 + r)} leave an error below 10⁻¹⁷. Near 1 the
   * centre is exactly 1 (or 2 with {@code e = −1}, whose {@code ln 2} cancels exactly), so the
   * relative accuracy holds there too.
   */
  static double ln(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) (bits >>> 52) & 0x7FF;
    if (biased == 0x7FF || x <= 0) {
      return Math.log(x); // infinity, NaN, zero or negative: never met by weights
    }
    int exponent;
    if (biased == 0) {
      // Subnormal: scale into the normal range first.
      bits = Double.doubleToRawLongBits(x * 0x1p54);
      exponent = ((int) (bits >>> 52) & 0x7FF) - 1023 - 54;
    } else {
      exponent = biased - 1023;
    }
    long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
    int k = (int) ((mantissa + (1L << 44)) >>> 45);
    double m = Double.longBitsToDouble(mantissa | 0x3FF0_0000_0000_0000L);
    double r = (m - CENTRE[k]) * INVERSE[k];
    double r2 = r * r;
    double series = r - r2 * (0.5 - r * (1.0 / 3 - r * (0.25 - r * (0.2 - r * (1.0 / 6)))));
    return (exponent * LN2 + LOG_CENTRE[k]) + series;
  }

  /**
   * A matched pair's share of the entropy similarity, {@code (a+b)ln(a+b) − a ln a − b ln b}, with
   * the query's {@code a ln a} precomputed.
   */
  static double entropyTerm(double a, double aLogA, double b) {
    return xlogx(a + b) - aLogA - xlogx(b);
  }

  /**
   * Stein and Scott's ratio term for two consecutive matched pairs: the ratio of the library's
   * intensity ratio to the query's, inverted if above 1.
   */
  static double ratioTerm(
      double queryPrevious, double libraryPrevious, double query, double library) {
    double r = (library / libraryPrevious) * (queryPrevious / query);
    return r <= 1 ? r : 1 / r;
  }

  /**
   * The composite score {@code (N_U·F_D + N_UL·F_R) / (N_U + N_UL)}.
   *
   * @param dot the weighted dot product of unit-length weight vectors (the cosine)
   * @param querySquares for a reverse search, the squared length of the matched query peaks'
   *     weights; 1 otherwise
   * @param queryPeaks N_U: the query's peaks (reverse search: its matched peaks)
   * @param matched N_UL: the matched pairs
   * @param ratioSum the sum of the ratio terms of consecutive matched pairs
   */
  static double composite(
      double dot, double querySquares, int queryPeaks, int matched, double ratioSum) {
    double fd = dot * dot / querySquares;
    // The mean over the matched - 1 adjacent pairs, so that identical spectra score 1; with a
    // single
    // matched peak there is no ratio to compare and the term adds nothing.
    double fr = matched > 1 ? ratioSum / (matched - 1) : 0;
    return (queryPeaks * fd + matched * fr) / (queryPeaks + matched);
  }
}
