package org.puente.protocol.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompactRangeTest {

  @Test
  void emptyRangeHasTheEmptyRoot() {
    assertThat(CompactRange.empty().root()).isEqualTo(Hashes.emptyRoot());
    assertThat(CompactRange.empty().frontier()).isEmpty();
  }

  @Test
  void appendingTheEighthLeafCompletesThreeSubtrees() {
    var range = CompactRange.empty();
    var leaves = ReferenceRootsTest.referenceLeafHashes();
    for (int i = 0; i < 7; i++) {
      range.append(leaves.get(i));
    }
    List<SubtreeHash> completed = range.append(leaves.get(7));
    assertThat(completed)
        .extracting(SubtreeHash::subtree)
        .containsExactly(new Subtree(1, 3), new Subtree(2, 1), new Subtree(3, 0));
  }

  @Test
  void resumingRejectsAFrontierThatDoesNotFitTheSize() {
    byte[] hash = new byte[32];
    assertThatThrownBy(() -> CompactRange.resume(3, List.of(hash)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 frontier hashes");
    assertThatThrownBy(() -> CompactRange.resume(1, List.of(new byte[31])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resumingFromTheStoreReadsTheFrontierInOneFetch() {
    var leaves = ProofsProperties.leaves(1000, 7);
    var store = new MemoryStore(leaves);
    var range = CompactRange.resume(1000, store);
    assertThat(store.fetches).isEqualTo(1);
    assertThat(store.requests.getFirst())
        .containsExactlyInAnyOrderElementsOf(CompactRange.frontierOf(1000));
    assertThat(range.root()).isEqualTo(NaiveTree.mth(leaves));
  }

  @Test
  void leafHashesMustBe32Bytes() {
    assertThatThrownBy(() -> CompactRange.empty().append(new byte[33]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void frontierIsACopy() {
    var range = CompactRange.empty();
    range.append(new byte[32]);
    range.frontier().getFirst()[0] = 9;
    assertThat(range.frontier().getFirst()[0]).isZero();
  }
}
