package org.puente.protocol.merkle;

import java.security.MessageDigest;
import java.util.List;

/** Verifies RFC 6962 consistency proofs with the algorithm of RFC 9162 section 2.1.4.2. */
public final class ConsistencyProof {

  private ConsistencyProof() {}

  /**
   * Checks that the tree of size {@code size2} with root {@code root2} extends the tree of size
   * {@code size1} with root {@code root1}.
   *
   * <p>Sizes must satisfy {@code 0 < size1 <= size2}: the empty tree is a prefix of every tree, so
   * a proof from it would prove nothing and is refused rather than accepted vacuously. Equal sizes
   * need an empty proof and equal roots.
   *
   * @throws ProofException naming the first check that failed
   */
  public static void verify(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof)
      throws ProofException {
    if (size1 < 0 || size2 < 0) {
      throw new ProofException("negative tree size: " + size1 + ", " + size2);
    }
    if (size2 < size1) {
      throw new ProofException(
          "the second tree (size " + size2 + ") is smaller than the first (size " + size1 + ")");
    }
    if (size1 == 0) {
      throw new ProofException(
          "the first tree is empty; consistency with the empty tree has nothing to prove");
    }
    if (size1 == size2) {
      if (!proof.isEmpty()) {
        throw new ProofException(
            "trees of equal size need an empty proof, not " + proof.size() + " hashes");
      }
      if (!MessageDigest.isEqual(root1, root2)) {
        throw new ProofException("two trees of size " + size1 + " have different roots");
      }
      return;
    }
    if (proof.isEmpty()) {
      throw new ProofException(
          "the proof is empty but size " + size1 + " differs from size " + size2);
    }
    InclusionProof.checkLengths(proof);

    MessageDigest digest = Hashes.digest();
    // When size1 is a power of two the old root is itself a node of the new tree and the proof
    // leaves it out; the verifier starts from it instead of from the proof's first hash.
    boolean oldRootIsNode = Long.bitCount(size1) == 1;
    int next = oldRootIsNode ? 0 : 1;
    byte[] seed = oldRootIsNode ? root1 : proof.getFirst();
    long fn = size1 - 1;
    long sn = size2 - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    byte[] fr = seed;
    byte[] sr = seed;
    for (int i = next; i < proof.size(); i++) {
      byte[] c = proof.get(i);
      if (sn == 0) {
        throw new ProofException(
            "the proof has "
                + proof.size()
                + " hashes, more than sizes "
                + size1
                + " and "
                + size2
                + " need");
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = Hashes.nodeHash(digest, c, fr);
        sr = Hashes.nodeHash(digest, c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        sr = Hashes.nodeHash(digest, sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw new ProofException(
          "the proof has "
              + proof.size()
              + " hashes, fewer than sizes "
              + size1
              + " and "
              + size2
              + " need");
    }
    if (!MessageDigest.isEqual(fr, root1)) {
      throw new ProofException("the proof does not lead to the first root (size " + size1 + ")");
    }
    if (!MessageDigest.isEqual(sr, root2)) {
      throw new ProofException("the proof does not lead to the second root (size " + size2 + ")");
    }
  }
}
