package org.puente.protocol.merkle;

import java.security.MessageDigest;
import java.util.List;

/** Verifies RFC 6962 audit paths with the algorithm of RFC 9162 section 2.1.3.2. */
public final class InclusionProof {

  private InclusionProof() {}

  /**
   * Checks that the leaf with hash {@code leafHash} sits at {@code index} in the tree of size
   * {@code treeSize} whose root is {@code root}.
   *
   * @throws ProofException naming the first check that failed
   */
  public static void verify(
      long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root)
      throws ProofException {
    byte[] computed = rootFromInclusion(index, treeSize, leafHash, proof);
    if (!MessageDigest.isEqual(computed, root)) {
      throw new ProofException(
          "the audit path for leaf "
              + index
              + " leads to a different root than the one given for tree size "
              + treeSize);
    }
  }

  /**
   * The root of the tree of size {@code treeSize} implied by a leaf hash at {@code index} and its
   * audit path.
   *
   * @throws ProofException if the index lies outside the tree, the leaf hash or a path hash is not
   *     32 bytes, or the path has the wrong number of hashes for this index and size
   */
  public static byte[] rootFromInclusion(
      long index, long treeSize, byte[] leafHash, List<byte[]> proof) throws ProofException {
    if (index < 0 || treeSize < 0 || index >= treeSize) {
      throw new ProofException("leaf index " + index + " is not in a tree of size " + treeSize);
    }
    if (leafHash.length != Hashes.LENGTH) {
      throw new ProofException(
          "the leaf hash is " + leafHash.length + " bytes, not " + Hashes.LENGTH);
    }
    checkLengths(proof);
    MessageDigest digest = Hashes.digest();
    long fn = index;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) {
        throw new ProofException(
            "the audit path has "
                + proof.size()
                + " hashes, more than leaf "
                + index
                + " of a tree of size "
                + treeSize
                + " needs");
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = Hashes.nodeHash(digest, p, r);
        if ((fn & 1) == 0) {
          // fn is a left child on the right edge: climb past the levels where it has no sibling.
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        r = Hashes.nodeHash(digest, r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw new ProofException(
          "the audit path has "
              + proof.size()
              + " hashes, fewer than leaf "
              + index
              + " of a tree of size "
              + treeSize
              + " needs");
    }
    // An empty path leaves r as the caller's array; hand back a copy so the caller owns the result.
    return proof.isEmpty() ? r.clone() : r;
  }

  static void checkLengths(List<byte[]> proof) throws ProofException {
    for (int i = 0; i < proof.size(); i++) {
      if (proof.get(i).length != Hashes.LENGTH) {
        throw new ProofException(
            "proof hash " + i + " is " + proof.get(i).length + " bytes, not " + Hashes.LENGTH);
      }
    }
  }
}
