package org.puente.intelligence.resolution;

/**
 * What one feature of a pair adds to the match score.
 *
 * @param feature the feature: {@code givenName}, {@code surname}, {@code birthDate}, …
 * @param level how the two records agree on it, for example {@code PHONETIC} or {@code
 *     DAY_MONTH_SWAPPED}
 * @param weight the log2 Bayes factor it adds (negative when it speaks against a match)
 */
public record FeatureWeight(String feature, String level, double weight) {}
