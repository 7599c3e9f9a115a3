package org.puente.intelligence.resolution;

import java.util.List;

/**
 * Why two records scored as they did: the prior plus each feature's weight is exactly the score.
 *
 * @param prior log2 of the prior odds that two records are the same person
 * @param features each compared feature's weight
 * @param score the total, in log2 odds
 * @param probability the score as a match probability
 */
public record Explanation(
    double prior, List<FeatureWeight> features, double score, double probability) {

  public Explanation {
    features = List.copyOf(features);
  }
}
