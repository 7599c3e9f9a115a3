package org.puente.protocol.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Proofs from stored subtrees agree with RFC 6962 written out recursively, for any tree. */
class ProofsProperties {

  @Property(tries = 300)
  void inclusionProofIsTheRfcPath(
      @ForAll @IntRange(min = 1, max = 1100) int treeSize, @ForAll long seed) {
    List<byte[]> leaves = leaves(treeSize, seed);
    int index = new Random(seed).nextInt(treeSize);
    var store = new MemoryStore(leaves);

    List<byte[]> proof = Proofs.inclusion(index, treeSize, store);

    assertThat(proof).containsExactlyElementsOf(NaiveTree.path(index, leaves));
    assertThat(store.fetches).isEqualTo(treeSize == 1 ? 0 : 1);
    assertThat(store.requests.stream().mapToInt(java.util.Set::size).sum())
        .isLessThanOrEqualTo(2 * 64);
    assertThatCode(() ->
            InclusionProof.verify(index, treeSize, leaves.get(index), proof, NaiveTree.mth(leaves)))
        .doesNotThrowAnyException();
  }

  @Property(tries = 300)
  void consistencyProofIsTheRfcProof(
      @ForAll @IntRange(min = 1, max = 1100) int to, @ForAll long seed) {
    List<byte[]> leaves = leaves(to, seed);
    int from = 1 + new Random(seed).nextInt(to);
    var store = new MemoryStore(leaves);

    List<byte[]> proof = Proofs.consistency(from, to, store);

    assertThat(proof).containsExactlyElementsOf(NaiveTree.proof(from, leaves));
    assertThat(store.fetches).isEqualTo(from == to ? 0 : 1);
    byte[] oldRoot = NaiveTree.mth(leaves.subList(0, from));
    assertThatCode(() -> ConsistencyProof.verify(from, to, oldRoot, NaiveTree.mth(leaves), proof))
        .doesNotThrowAnyException();
  }

  @Property(tries = 200)
  void rootIsTheRfcTreeHashFromOneFetch(
      @ForAll @IntRange(min = 0, max = 1100) int treeSize, @ForAll long seed) {
    List<byte[]> leaves = leaves(treeSize, seed);
    var store = new MemoryStore(leaves);

    assertThat(Proofs.root(treeSize, store)).isEqualTo(NaiveTree.mth(leaves));
    assertThat(store.fetches).isEqualTo(treeSize == 0 ? 0 : 1);
    if (treeSize > 0) {
      assertThat(store.requests.getFirst()).hasSize(Integer.bitCount(treeSize));
    }
  }

  @Property(tries = 200)
  void anyChangedProofHashIsRejected(
      @ForAll @IntRange(min = 2, max = 600) int treeSize,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 255) int bit) {
    List<byte[]> leaves = leaves(treeSize, seed);
    var random = new Random(seed);
    int index = random.nextInt(treeSize);
    var store = new MemoryStore(leaves);
    byte[] root = NaiveTree.mth(leaves);
    var proof = new ArrayList<>(Proofs.inclusion(index, treeSize, store));
    int victim = random.nextInt(proof.size());
    byte[] changed = proof.get(victim).clone();
    changed[bit / 8] ^= (byte) (1 << (bit % 8));
    proof.set(victim, changed);

    assertThatThrownBy(() -> InclusionProof.verify(index, treeSize, leaves.get(index), proof, root))
        .isInstanceOf(ProofException.class);
  }

  @Property(tries = 200)
  void consistencyWithAnotherHistoryIsRejected(
      @ForAll @IntRange(min = 2, max = 600) int to, @ForAll long seed) {
    List<byte[]> leaves = leaves(to, seed);
    var random = new Random(seed);
    int from = 1 + random.nextInt(to - 1);
    var rewritten = new ArrayList<>(leaves);
    int victim = random.nextInt(from);
    rewritten.set(victim, Hashes.leafHash(new byte[] {1, 2, 3}));
    var store = new MemoryStore(rewritten);
    // The new tree rewrote a leaf the old tree had already committed to.
    byte[] oldRoot = NaiveTree.mth(leaves.subList(0, from));

    assertThatThrownBy(() ->
            ConsistencyProof.verify(
                from, to, oldRoot, NaiveTree.mth(rewritten), Proofs.consistency(from, to, store)))
        .isInstanceOf(ProofException.class);
  }

  @Property(tries = 150)
  void compactRangeFollowsTheTreeAndReportsEveryCompletedSubtree(
      @ForAll @IntRange(min = 0, max = 700) int treeSize,
      @ForAll @IntRange(min = 0, max = 700) int resumeAt,
      @ForAll long seed) {
    List<byte[]> leaves = leaves(treeSize, seed);
    var store = new MemoryStore(leaves);
    var range = CompactRange.empty();
    int stored = 0;
    for (int i = 0; i < treeSize; i++) {
      if (i == resumeAt) {
        range = CompactRange.resume(range.size(), range.frontier());
      }
      List<SubtreeHash> completed = range.append(leaves.get(i));
      int level = 1;
      for (SubtreeHash subtree : completed) {
        assertThat(subtree.subtree().level()).isEqualTo(level++);
        assertThat(subtree.subtree().end()).isEqualTo(i + 1L);
        assertThat(subtree.hash())
            .isEqualTo(
                NaiveTree.mth(
                    leaves.subList(
                        (int) subtree.subtree().start(), (int) subtree.subtree().end())));
      }
      stored += completed.size();
      assertThat(range.size()).isEqualTo(i + 1L);
      assertThat(range.root()).isEqualTo(NaiveTree.mth(leaves.subList(0, i + 1)));
    }
    // Every complete subtree of level >= 1 is reported exactly once: n - popcount(n) of them.
    assertThat(stored).isEqualTo(treeSize - Integer.bitCount(treeSize));
    assertThat(CompactRange.resume(treeSize, store).root()).isEqualTo(NaiveTree.mth(leaves));
  }

  static List<byte[]> leaves(int n, long seed) {
    var random = new Random(seed);
    var leaves = new ArrayList<byte[]>(n);
    for (int i = 0; i < n; i++) {
      byte[] data = new byte[random.nextInt(8)];
      random.nextBytes(data);
      leaves.add(Hashes.leafHash(data));
    }
    return leaves;
  }
}
