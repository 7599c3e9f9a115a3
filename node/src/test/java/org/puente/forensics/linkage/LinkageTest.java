package org.puente.forensics.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LinkageTest {

  @ParameterizedTest
  @EnumSource(Comparison.class)
  void theLearntThresholdKeepsFalseLinksAtOrBelowOnePercent(Comparison comparison) {
    LinkThreshold threshold = SyntheticReferencePairs.learn(comparison, 20250601L, 60, 6, 0.01);
    assertThat(threshold.falsePositiveRate()).isLessThanOrEqualTo(0.01);
    assertThat(threshold.truePositiveRate()).isGreaterThan(0.7);
    assertThat(threshold.auc()).isGreaterThan(0.95);
  }

  @Test
  void aRocOnSeparableDistancesFindsEveryLinkedPair() {
    LinkThreshold t =
        LinkThreshold.learn(
            Comparison.COSINE, new double[] {0.01, 0.02, 0.03}, new double[] {0.5, 0.6, 0.7}, 0.01);
    assertThat(t.truePositiveRate()).isEqualTo(1.0);
    assertThat(t.falsePositiveRate()).isZero();
    assertThat(t.auc()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @EnumSource(Comparison.class)
  void theIndexFindsExactlyWhatABruteForceComparisonFinds(Comparison comparison) {
    SplittableRandom random = new SplittableRandom(7);
    ProfileIndex index = new ProfileIndex(comparison);
    List<float[]> stored = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      float[] v =
          SyntheticReferencePairs.transform(
              SyntheticReferencePairs.centroid(random, ImpurityProfiles.VOCABULARY.size()));
      stored.add(v);
      index.add("p" + i, v);
    }
    float[] query = stored.get(42);
    double threshold = 0.05;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      if (ImpurityProfiles.informative(stored.get(i))
          && comparison.distance(query, stored.get(i)) <= threshold - 1e-5) {
        expected.add("p" + i);
      }
    }
    List<String> found = index.within(query, threshold).stream().map(Link::id).toList();
    assertThat(found).containsAll(expected).contains("p42");
    assertThat(index.within(query, threshold).getFirst().distance()).isLessThan(1e-5);
  }

  @Test
  void profilesAreNormalisedThenFourthRooted() {
    float[] v = ImpurityProfiles.vector(Map.of("4-anpp", 8.0, "npp", 8.0, "unknown", 100.0));
    assertThat(v[0])
        .isCloseTo((float) Math.pow(0.5, 0.25), org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(v[1]).isEqualTo(v[0]);
    assertThat(ImpurityProfiles.informative(ImpurityProfiles.vector(Map.of()))).isFalse();
  }

  @Test
  void clusterIdsDoNotDependOnTheOrderOfLinks() {
    List<String[]> links =
        new ArrayList<>(
            List.of(
                new String[] {"c", "d"},
                new String[] {"b", "c"},
                new String[] {"x", "y"},
                new String[] {"a", "d"}));
    LinkClusters first = new LinkClusters();
    links.forEach(l -> first.link(l[0], l[1]));
    Collections.reverse(links);
    LinkClusters second = new LinkClusters();
    links.forEach(l -> second.link(l[1], l[0]));
    assertThat(first.clusters()).isEqualTo(second.clusters());
    assertThat(first.clusters())
        .containsEntry("a", List.of("a", "b", "c", "d"))
        .containsEntry("x", List.of("x", "y"));
    assertThat(first.clusterOf("lonely")).isEqualTo("lonely");
  }
}
