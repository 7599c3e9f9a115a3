package org.puente.protocol.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProofsTest {

  private static final SubtreeHashes NOTHING_STORED = subtrees -> Map.of();

  @Test
  void argumentsOutsideTheTreeAreRefused() {
    assertThatThrownBy(() -> Proofs.inclusion(5, 5, NOTHING_STORED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proofs.inclusion(-1, 5, NOTHING_STORED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proofs.consistency(0, 5, NOTHING_STORED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proofs.consistency(6, 5, NOTHING_STORED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proofs.root(-1, NOTHING_STORED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingSubtreeIsNamed() {
    assertThatThrownBy(() -> Proofs.root(3, NOTHING_STORED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned no hash for level 0 index 2");
  }

  @Test
  void proofsInAHugeTreeAskForLogarithmicallyManySubtrees() {
    long treeSize = 10_000_000_000L + 12_345;
    var counting = new CountingStore();
    List<byte[]> path = Proofs.inclusion(7_777_777_777L, treeSize, counting);
    assertThat(path).hasSizeLessThanOrEqualTo(64);
    assertThat(counting.asked).isLessThanOrEqualTo(2 * 64);
    counting.asked = 0;
    Proofs.consistency(9_999_999_999L, treeSize, counting);
    assertThat(counting.asked).isLessThanOrEqualTo(2 * 64);
  }

  @Test
  void subtreesCoverTheirLeaves() {
    var subtree = new Subtree(3, 5);
    assertThat(subtree.start()).isEqualTo(40);
    assertThat(subtree.end()).isEqualTo(48);
    assertThat(subtree.leafCount()).isEqualTo(8);
    assertThatThrownBy(() -> new Subtree(63, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Subtree(62, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Subtree(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Answers every request with a made-up hash and counts the subtrees asked for. */
  private static final class CountingStore implements SubtreeHashes {
    int asked;

    @Override
    public Map<Subtree, byte[]> fetch(java.util.Set<Subtree> subtrees) {
      asked += subtrees.size();
      var out = new java.util.HashMap<Subtree, byte[]>();
      for (Subtree s : subtrees) {
        out.put(s, Hashes.leafHash(new byte[] {(byte) s.level(), (byte) s.index()}));
      }
      return out;
    }
  }
}
