package org.puente.intelligence.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ClusterIdsTest {

  private static Supplier<String> fresh() {
    int[] next = {100};
    return () -> "c" + next[0]++;
  }

  @Test
  void unchangedClustersKeepTheirIds() {
    Map<String, String> old = Map.of("a", "c1", "b", "c1", "c", "c2");
    Map<String, String> now =
        ClusterIds.assign(old, List.of(Set.of("a", "b"), Set.of("c")), fresh());
    assertThat(now).isEqualTo(old);
  }

  @Test
  void aMergeKeepsTheIdOfTheLargestOldCluster() {
    Map<String, String> old = Map.of("a", "c7", "b", "c3", "c", "c3", "d", "c9");
    Map<String, String> now = ClusterIds.assign(old, List.of(Set.of("a", "b", "c", "d")), fresh());
    assertThat(Set.copyOf(now.values())).containsExactly("c3");
  }

  @Test
  void aMergeOfEqualClustersKeepsTheSmallerId() {
    Map<String, String> old = Map.of("a", "c10", "b", "c9");
    Map<String, String> now = ClusterIds.assign(old, List.of(Set.of("a", "b")), fresh());
    assertThat(now).containsEntry("a", "c9").containsEntry("b", "c9");
  }

  @Test
  void aSplitLeavesTheIdWithTheLargerPart() {
    Map<String, String> old = Map.of("a", "c1", "b", "c1", "c", "c1", "d", "c1", "e", "c1");
    Map<String, String> now =
        ClusterIds.assign(old, List.of(Set.of("a", "b"), Set.of("c", "d", "e")), fresh());
    assertThat(now.get("c")).isEqualTo("c1");
    assertThat(now.get("a")).isEqualTo("c100").isEqualTo(now.get("b"));
  }

  @Test
  void newRecordsJoinOrStartClusters() {
    Map<String, String> old = Map.of("a", "c1");
    Map<String, String> now =
        ClusterIds.assign(old, List.of(Set.of("a", "new1"), Set.of("new2")), fresh());
    assertThat(now).containsEntry("a", "c1").containsEntry("new1", "c1");
    assertThat(now.get("new2")).isEqualTo("c100");
  }

  @Test
  void aSplitPartThatMergesElsewhereLetsTheOtherPartKeepTheOldId() {
    // c1 {a,b,c} splits: {a,b} joins the larger c2 {x,y,z}; {c} is what is left of c1.
    Map<String, String> old =
        Map.of("a", "c1", "b", "c1", "c", "c1", "x", "c2", "y", "c2", "z", "c2");
    Map<String, String> now =
        ClusterIds.assign(old, List.of(Set.of("a", "b", "x", "y", "z"), Set.of("c")), fresh());
    assertThat(now.get("x")).isEqualTo("c2");
    assertThat(now.get("c")).isEqualTo("c1");
  }
}
