package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Fellegi–Sunter model: for each feature and comparison level, the chance {@code m} of that level
 * when two records are the same person and the chance {@code u} when they are not. A pair's score
 * is the prior log2 odds plus, for every feature present on both sides, {@code log2(m/u)} of its
 * level; the match probability is {@code 2^score / (1 + 2^score)}.
 *
 * <p>Exact agreement on a given name or surname uses the term-frequency adjustment: {@code u} is
 * then how common that very name is (see {@link TermFrequencies}), so "Quintanilla" counts for more
 * than "Smith".
 *
 * <p>Every weight and the prior are rounded to a multiple of 2^-16 bits. Sums of such numbers are
 * exact in floating point, so an explanation's weights add up to its score minus its prior exactly,
 * not merely nearly, and the rounding (at most 0.000008 bits) changes no decision.
 *
 * <p>Immutable.
 */
public final class Model {

  private static final double GRID = 65536;

  /** Smallest m or u a level may have, so that no level is ever impossible evidence. */
  private static final double FLOOR = 1e-6;

  private final double prior;
  private final double[][] m;
  private final double[][] u;
  private final double[][] weights;

  private Model(double prior, double[][] m, double[][] u) {
    this.prior = round(prior);
    this.m = normalise(m);
    this.u = normalise(u);
    this.weights = new double[Feature.COUNT][];
    for (Feature f : Feature.values()) {
      int i = f.index();
      if (this.m[i].length != f.levels().size() || this.u[i].length != f.levels().size()) {
        throw new IllegalArgumentException(f.label() + " needs one m and one u per level");
      }
      weights[i] = new double[f.levels().size()];
      for (int l = 0; l < weights[i].length; l++) {
        weights[i][l] = round(log2(this.m[i][l] / this.u[i][l]));
      }
    }
  }

  /**
   * Parameters set by judgement before any training, for records like those of police and
   * immigration files in North America. They are not measured; they are reasoned:
   *
   * <ul>
   *   <li>m: the chance that the same person's two records fall in each level, from the kinds of
   *       error clerks make: most names and dates agree exactly (about 80–85 %), a few per cent are
   *       misspelt, swapped or shortened, and about 2–3 % disagree outright.
   *   <li>u: the chance that two different people's records do. For a date of birth it follows from
   *       the calendar (one day in roughly 70 years of birth dates is about 1 in 25,000); for a
   *       given name from how concentrated given names are (about 1 in 100 pairs of strangers share
   *       one); a surname's exact-agreement u is replaced by its own frequency; a document number,
   *       phone or street address shared by strangers is rare but not impossible (family, shared
   *       phones, clerical reuse).
   *   <li>The prior: one blocked pair in about a thousand is the same person, 2^-10.
   * </ul>
   *
   * <p>Training ({@link #train}) replaces the m-probabilities with estimates from the data and the
   * u probabilities with frequencies among random pairs.
   */
  public static Model defaults() {
    double[][] m = new double[Feature.COUNT][];
    double[][] u = new double[Feature.COUNT][];
    // EXACT, SWAPPED, ALIAS, PHONETIC, FUZZY, PARTIAL, INITIAL, DIFFERENT
    m[Feature.GIVEN_NAME.index()] = new double[] {0.80, 0.02, 0.04, 0.03, 0.05, 0.02, 0.01, 0.03};
    u[Feature.GIVEN_NAME.index()] =
        new double[] {0.01, 0.0002, 0.002, 0.004, 0.01, 0.004, 0.04, 0.9298};
    m[Feature.SURNAME.index()] = new double[] {0.80, 0.02, 0.01, 0.04, 0.06, 0.04, 0.005, 0.025};
    u[Feature.SURNAME.index()] =
        new double[] {0.002, 0.0001, 0.0002, 0.002, 0.004, 0.002, 0.03, 0.9597};
    // EXACT, DAY_MONTH_SWAPPED, ONE_DIGIT, PLACEHOLDER, YEAR_ONLY, WITHIN_3_YEARS, DIFFERENT
    m[Feature.BIRTH_DATE.index()] = new double[] {0.85, 0.01, 0.06, 0.02, 0.02, 0.02, 0.02};
    u[Feature.BIRTH_DATE.index()] =
        new double[] {0.00004, 0.00004, 0.0012, 0.014, 0.014, 0.085, 0.88572};
    // EXACT, ONE_TYPO, CURP_BIRTH_DATE, DIFFERENT
    m[Feature.DOCUMENT.index()] = new double[] {0.90, 0.06, 0.01, 0.03};
    u[Feature.DOCUMENT.index()] = new double[] {0.000001, 0.00001, 0.0001, 0.999889};
    // OVERLAP, DISJOINT
    m[Feature.NATIONALITY.index()] = new double[] {0.95, 0.05};
    u[Feature.NATIONALITY.index()] = new double[] {0.4, 0.6};
    // EXACT, LAST_7, DIFFERENT
    m[Feature.PHONE.index()] = new double[] {0.6, 0.05, 0.35};
    u[Feature.PHONE.index()] = new double[] {0.00001, 0.0001, 0.99989};
    // LINE_AND_POSTCODE, LINE, POSTCODE_AND_LOCALITY, POSTCODE, LOCALITY, REGION, DIFFERENT
    m[Feature.ADDRESS.index()] = new double[] {0.6, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05};
    u[Feature.ADDRESS.index()] = new double[] {0.00001, 0.0001, 0.002, 0.003, 0.01, 0.15, 0.83489};
    return new Model(-10, m, u);
  }

  /** A model with the given parameters (each row is normalised to sum to 1). */
  public static Model of(double prior, double[][] m, double[][] u) {
    return new Model(prior, m, u);
  }

  /** The prior, in log2 odds. */
  public double prior() {
    return prior;
  }

  public double m(Feature f, int level) {
    return m[f.index()][level];
  }

  public double u(Feature f, int level) {
    return u[f.index()][level];
  }

  /** The weight of a level without the term-frequency adjustment, in bits. */
  public double weight(Feature f, int level) {
    return weights[f.index()][level];
  }

  /** This model with another prior. */
  public Model withPrior(double prior) {
    return new Model(prior, m, u);
  }

  /** The explanation of one pair, with surname frequencies from the census table alone. */
  public Explanation explain(PersonRecord a, PersonRecord b) {
    return explain(Prepared.of(a), Prepared.of(b), new TermFrequencies(), new Comparators.Result());
  }

  // ---- scoring

  double score(Prepared a, Prepared b, TermFrequencies tf, Comparators.Result r) {
    Comparators.compare(a, b, r);
    double total = 0;
    for (int f = 0; f < Feature.COUNT; f++) {
      int level = r.levels[f];
      if (level != Comparators.MISSING) {
        total += weight(f, level, r, tf);
      }
    }
    return prior + total;
  }

  Explanation explain(Prepared a, Prepared b, TermFrequencies tf, Comparators.Result r) {
    Comparators.compare(a, b, r);
    return explanation(r, tf);
  }

  /** The explanation of an already compared pair. */
  Explanation explanation(Comparators.Result r, TermFrequencies tf) {
    List<FeatureWeight> features = new ArrayList<>();
    double total = 0;
    for (Feature f : Feature.values()) {
      int level = r.levels[f.index()];
      if (level != Comparators.MISSING) {
        double w = weight(f.index(), level, r, tf);
        total += w;
        features.add(new FeatureWeight(f.label(), f.levels().get(level), w));
      }
    }
    double score = prior + total;
    return new Explanation(prior, features, score, probability(score));
  }

  private double weight(int f, int level, Comparators.Result r, TermFrequencies tf) {
    if (level == 0) {
      if (f == Feature.SURNAME.index()) {
        PersonName n = r.exactSurname;
        if (n != null) {
          return round(log2(m[f][0] / tf.surnameU(n.surnames())));
        }
      } else if (f == Feature.GIVEN_NAME.index()) {
        PersonName n = r.exactGiven;
        if (n != null) {
          return round(log2(m[f][0] / tf.givenU(n.given(), u[f][0])));
        }
      }
    }
    return weights[f][level];
  }

  /** The match probability of a score in log2 odds. */
  public static double probability(double score) {
    double odds = Math.pow(2, score);
    return Double.isInfinite(odds) ? 1 : odds / (1 + odds);
  }

  /** The parameters as a table, for reports. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "prior %.2f bits%n", prior));
    for (Feature f : Feature.values()) {
      for (int l = 0; l < f.levels().size(); l++) {
        b.append(
            String.format(
                Locale.ROOT,
                "%-12s %-22s m=%.5f u=%.7f w=%+.2f%n",
                f.label(),
                f.levels().get(l),
                m[f.index()][l],
                u[f.index()][l],
                weights[f.index()][l]));
      }
    }
    return b.toString();
  }

  // ---- training

  /**
   * How to train.
   *
   * @param maxPairs at most this many blocked pairs are used for EM (an even sample of them when
   *     there are more)
   * @param randomPairs how many random pairs estimate u
   * @param iterations EM iterations at most
   * @param estimatePrior whether the prior becomes the estimated share of matches among blocked
   *     pairs; otherwise it is kept, because it is a policy of the deployment more than a fact of
   *     one training set
   * @param blockCap the blocking cap
   * @param seed the random seed
   */
  public record Training(
      int maxPairs,
      int randomPairs,
      int iterations,
      boolean estimatePrior,
      int blockCap,
      long seed) {

    public static Training defaults() {
      return new Training(2_000_000, 300_000, 30, false, Blocking.DEFAULT_CAP, 1);
    }
  }

  /** Trains from unlabelled records with the default settings, starting from {@link #defaults}. */
  public static Model train(List<PersonRecord> records) {
    return train(records, defaults(), Training.defaults());
  }

  /**
   * Trains from unlabelled records: u from random pairs, m (and the share of matches λ) by
   * expectation–maximisation over blocked candidate pairs, starting from {@code start}.
   *
   * <p>The blocked pairs over-represent agreement on the features that made the blocking keys; with
   * several keys per record most true pairs are found through more than one, which keeps the bias
   * small in practice.
   */
  public static Model train(List<PersonRecord> records, Model start, Training t) {
    List<Prepared> prepared = records.stream().map(Prepared::of).toList();
    int n = prepared.size();
    if (n < 2) {
      return start;
    }
    Comparators.Result r = new Comparators.Result();
    SplittableRandom random = new SplittableRandom(t.seed());

    // u: how often two random records fall in each level.
    double[][] uCount = zeros();
    for (int k = 0; k < t.randomPairs(); k++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      if (j >= i) {
        j++;
      }
      Comparators.compare(prepared.get(i), prepared.get(j), r);
      for (int f = 0; f < Feature.COUNT; f++) {
        if (r.levels[f] != Comparators.MISSING) {
          uCount[f][r.levels[f]]++;
        }
      }
    }
    double[][] u = new double[Feature.COUNT][];
    for (int f = 0; f < Feature.COUNT; f++) {
      double sum = 0;
      for (double c : uCount[f]) {
        sum += c;
      }
      u[f] = new double[uCount[f].length];
      for (int l = 0; l < u[f].length; l++) {
        // Half a pair's worth added to every level, so a level never seen is rare, not impossible.
        u[f][l] = sum == 0 ? start.u[f][l] : (uCount[f][l] + 0.5) / (sum + 0.5 * u[f].length);
      }
    }

    // The blocked pairs' comparison vectors, one byte per feature (-1 when missing).
    Blocking.Index index = new Blocking.Index(prepared, t.blockCap());
    Blocking.Estimate estimate = index.estimate();
    double keep = Math.min(1, (double) t.maxPairs() / Math.max(1, estimate.distinctPairs()));
    ByteList vectors = new ByteList();
    int[] stamp = new int[n];
    AtomicLong counter = new AtomicLong();
    for (int i = 0; i < n; i++) {
      Prepared a = prepared.get(i);
      index.candidates(
          i,
          stamp,
          j -> {
            if (keep < 1 && random.nextDouble() >= keep) {
              return;
            }
            if (counter.incrementAndGet() > t.maxPairs()) {
              return;
            }
            Comparators.compare(a, prepared.get(j), r);
            for (int f = 0; f < Feature.COUNT; f++) {
              vectors.add((byte) r.levels[f]);
            }
          });
    }
    int pairs = vectors.size() / Feature.COUNT;
    if (pairs == 0) {
      return new Model(start.prior, start.m, u);
    }
    byte[] v = vectors.toArray();

    double[][] m = new double[Feature.COUNT][];
    for (int f = 0; f < Feature.COUNT; f++) {
      m[f] = start.m[f].clone();
    }
    // EM finds the nearest local optimum, and one class can settle on "shares a surname" instead
    // of "same person". Starting λ at the share of pairs the starting model calls matches puts the
    // first E-step near the right answer.
    long called = 0;
    for (int p = 0; p < pairs; p++) {
      double s = start.prior;
      for (int f = 0; f < Feature.COUNT; f++) {
        int l = v[p * Feature.COUNT + f];
        if (l >= 0) {
          s += start.weights[f][l];
        }
      }
      if (s >= 0) {
        called++;
      }
    }
    double lambda = Math.max(1e-4, Math.min(0.5, (double) called / pairs));
    // Non-matches among blocked pairs agree far more often than random pairs do (they were blocked
    // for sharing something), so EM gets its own u for them; scoring keeps the random-pair u,
    // which is what a non-match looks like among all records.
    double[][] uBlocked = new double[Feature.COUNT][];
    for (int f = 0; f < Feature.COUNT; f++) {
      uBlocked[f] = u[f].clone();
    }
    for (int iteration = 0; iteration < t.iterations(); iteration++) {
      double[][] mCount = zeros();
      double[][] uCountBlocked = zeros();
      double matched = 0;
      double[][] logRatio = new double[Feature.COUNT][];
      for (int f = 0; f < Feature.COUNT; f++) {
        logRatio[f] = new double[m[f].length];
        for (int l = 0; l < m[f].length; l++) {
          logRatio[f][l] = Math.log(m[f][l] / uBlocked[f][l]);
        }
      }
      double priorLog = Math.log(lambda / (1 - lambda));
      for (int p = 0; p < pairs; p++) {
        double s = priorLog;
        int base = p * Feature.COUNT;
        for (int f = 0; f < Feature.COUNT; f++) {
          int l = v[base + f];
          if (l >= 0) {
            s += logRatio[f][l];
          }
        }
        double post = s > 30 ? 1 : 1 / (1 + Math.exp(-s));
        matched += post;
        for (int f = 0; f < Feature.COUNT; f++) {
          int l = v[base + f];
          if (l >= 0) {
            mCount[f][l] += post;
            uCountBlocked[f][l] += 1 - post;
          }
        }
      }
      double change = 0;
      for (int f = 0; f < Feature.COUNT; f++) {
        double sum = 0;
        for (double c : mCount[f]) {
          sum += c;
        }
        for (int l = 0; l < m[f].length; l++) {
          // One pair's worth of the starting model, so an unseen level keeps a little weight.
          double next = (mCount[f][l] + start.m[f][l]) / (sum + 1);
          change = Math.max(change, Math.abs(next - m[f][l]));
          m[f][l] = Math.max(FLOOR, next);
        }
      }
      for (int f = 0; f < Feature.COUNT; f++) {
        double sum = 0;
        for (double c : uCountBlocked[f]) {
          sum += c;
        }
        for (int l = 0; l < uBlocked[f].length; l++) {
          uBlocked[f][l] = Math.max(FLOOR, (uCountBlocked[f][l] + u[f][l]) / (sum + 1));
        }
      }
      lambda = Math.max(1e-9, Math.min(1 - 1e-9, matched / pairs));
      if (change < 1e-5) {
        break;
      }
    }
    double prior = t.estimatePrior() ? log2(lambda / (1 - lambda)) : start.prior;
    return new Model(prior, m, u);
  }

  private static double[][] zeros() {
    double[][] z = new double[Feature.COUNT][];
    for (Feature f : Feature.values()) {
      z[f.index()] = new double[f.levels().size()];
    }
    return z;
  }

  private static double[][] normalise(double[][] p) {
    double[][] out = new double[p.length][];
    for (int f = 0; f < p.length; f++) {
      double sum = 0;
      for (double x : p[f]) {
        sum += Math.max(FLOOR, x);
      }
      out[f] = new double[p[f].length];
      for (int l = 0; l < p[f].length; l++) {
        out[f][l] = Math.max(FLOOR, p[f][l]) / sum;
      }
    }
    return out;
  }

  static double round(double bits) {
    return Math.rint(bits * GRID) / GRID;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** A growable byte array. */
  private static final class ByteList {
    private byte[] bytes = new byte[1024];
    private int size;

    void add(byte b) {
      if (size == bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = b;
    }

    int size() {
      return size;
    }

    byte[] toArray() {
      return java.util.Arrays.copyOf(bytes, size);
    }
  }
}
