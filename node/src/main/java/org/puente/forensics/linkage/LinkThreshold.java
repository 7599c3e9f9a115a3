package org.puente.forensics.linkage;

import java.util.Arrays;
import java.util.Objects;

/**
 * A link threshold learnt from reference pairs with a ROC: the largest distance at which at most
 * {@code targetFpr} of unlinked pairs would be linked.
 *
 * @param comparison the comparison it applies to
 * @param threshold profiles at this distance or less are linked
 * @param truePositiveRate share of linked reference pairs within the threshold
 * @param falsePositiveRate share of unlinked reference pairs within the threshold
 * @param auc area under the ROC curve
 * @param linkedPairs number of linked reference pairs
 * @param unlinkedPairs number of unlinked reference pairs
 */
public record LinkThreshold(
    Comparison comparison,
    double threshold,
    double truePositiveRate,
    double falsePositiveRate,
    double auc,
    int linkedPairs,
    int unlinkedPairs) {

  public LinkThreshold {
    Objects.requireNonNull(comparison, "comparison");
  }

  /**
   * Learns the threshold.
   *
   * @param linked distances of pairs known to come from one batch
   * @param unlinked distances of pairs known to come from different batches
   * @param targetFpr the highest acceptable false-positive rate, for example 0.01
   */
  public static LinkThreshold learn(
      Comparison comparison, double[] linked, double[] unlinked, double targetFpr) {
    if (linked.length == 0 || unlinked.length == 0) {
      throw new IllegalArgumentException("a ROC needs linked and unlinked pairs");
    }
    double[] negatives = unlinked.clone();
    Arrays.sort(negatives);
    double[] positives = linked.clone();
    Arrays.sort(positives);
    int allowed = (int) Math.floor(targetFpr * negatives.length);
    // Strictly below the (allowed+1)-th smallest unlinked distance, so at most `allowed` pass.
    double threshold =
        allowed >= negatives.length
            ? negatives[negatives.length - 1]
            : Math.nextDown(negatives[allowed]);
    if (allowed == 0) {
      threshold = Math.nextDown(negatives[0]);
    }
    double fpr = (double) countAtMost(negatives, threshold) / negatives.length;
    double tpr = (double) countAtMost(positives, threshold) / positives.length;
    return new LinkThreshold(
        comparison, threshold, tpr, fpr, auc(positives, negatives), linked.length, unlinked.length);
  }

  private static int countAtMost(double[] sorted, double value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Probability that a linked pair is closer than an unlinked one (ties count half). */
  private static double auc(double[] positives, double[] negatives) {
    double sum = 0;
    for (double p : positives) {
      int below = countBelow(negatives, p);
      int atOrBelow = countAtMost(negatives, p);
      sum += (negatives.length - atOrBelow) + 0.5 * (atOrBelow - below);
    }
    return sum / ((double) positives.length * negatives.length);
  }

  private static int countBelow(double[] sorted, double value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
