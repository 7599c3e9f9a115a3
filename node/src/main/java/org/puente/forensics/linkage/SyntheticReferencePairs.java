package org.puente.forensics.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic reference profiles for learning link thresholds, because no public set of linked
 * fentanyl seizures exists. Labelled synthetic everywhere they are used.
 *
 * <p>Batch model: each batch has a centroid drawn once (each marker present with probability {@code
 * PRESENCE}, its log-area normal around a marker-specific level with between-batch standard
 * deviation {@code BETWEEN}); each sample of a batch multiplies every area by lognormal
 * within-batch noise ({@code WITHIN}, covering sampling, cutting and instrument variation) and
 * loses markers near the detection limit with probability {@code DROPOUT}.
 */
public final class SyntheticReferencePairs {

  static final double PRESENCE = 0.6;
  static final double BETWEEN = 1.2;
  static final double WITHIN = 0.25;
  static final double DROPOUT = 0.05;

  private SyntheticReferencePairs() {}

  /** Profiles (already transformed) grouped by batch. */
  public static List<List<float[]>> batches(long seed, int batches, int samplesPerBatch) {
    SplittableRandom random = new SplittableRandom(seed);
    int d = ImpurityProfiles.VOCABULARY.size();
    List<List<float[]>> out = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      double[] centroid = centroid(random, d);
      List<float[]> samples = new ArrayList<>();
      for (int s = 0; s < samplesPerBatch; s++) {
        samples.add(transform(sample(random, centroid)));
      }
      out.add(samples);
    }
    return out;
  }

  /** A batch centroid: raw areas relative to the primary drug. */
  public static double[] centroid(SplittableRandom random, int d) {
    double[] centroid = new double[d];
    for (int i = 0; i < d; i++) {
      if (i == 0 || random.nextDouble() < PRESENCE) {
        double level = Math.log(0.05) - 0.3 * i;
        centroid[i] = Math.exp(level + BETWEEN * gaussian(random));
      }
    }
    return centroid;
  }

  /** One sample of a batch: raw areas. */
  public static double[] sample(SplittableRandom random, double[] centroid) {
    double[] raw = new double[centroid.length];
    for (int i = 0; i < raw.length; i++) {
      if (centroid[i] > 0 && random.nextDouble() >= DROPOUT) {
        raw[i] = centroid[i] * Math.exp(WITHIN * gaussian(random));
      }
    }
    return raw;
  }

  /** Normalise to unit sum and take fourth roots, as {@link ImpurityProfiles#vector} does. */
  static float[] transform(double[] raw) {
    java.util.Map<String, Double> profile = new java.util.HashMap<>();
    for (int i = 0; i < raw.length; i++) {
      profile.put(ImpurityProfiles.VOCABULARY.get(i), raw[i]);
    }
    return ImpurityProfiles.vector(profile);
  }

  /** Learns a threshold per comparison on the synthetic set, FPR ≤ {@code targetFpr}. */
  public static LinkThreshold learn(
      Comparison comparison, long seed, int batches, int samplesPerBatch, double targetFpr) {
    List<List<float[]>> data = batches(seed, batches, samplesPerBatch);
    List<Double> linked = new ArrayList<>();
    List<Double> unlinked = new ArrayList<>();
    for (int b = 0; b < data.size(); b++) {
      List<float[]> batch = data.get(b);
      for (int i = 0; i < batch.size(); i++) {
        for (int j = i + 1; j < batch.size(); j++) {
          linked.add(comparison.distance(batch.get(i), batch.get(j)));
        }
        for (int c = b + 1; c < data.size(); c++) {
          for (float[] other : data.get(c)) {
            unlinked.add(comparison.distance(batch.get(i), other));
          }
        }
      }
    }
    return LinkThreshold.learn(
        comparison,
        linked.stream().mapToDouble(Double::doubleValue).toArray(),
        unlinked.stream().mapToDouble(Double::doubleValue).toArray(),
        targetFpr);
  }

  /** A standard normal draw, for generators that share this batch model. */
  public static double gaussianOf(SplittableRandom random) {
    return gaussian(random);
  }

  static double gaussian(SplittableRandom random) {
    // Box–Muller: SplittableRandom has no nextGaussian of its own in every JDK we target.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
