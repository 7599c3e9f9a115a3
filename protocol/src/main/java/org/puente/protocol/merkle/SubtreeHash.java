package org.puente.protocol.merkle;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** A complete subtree together with its hash, as a log stores it once its last leaf arrives. */
public final class SubtreeHash {

  private final Subtree subtree;
  private final byte[] hash;

  /**
   * @param subtree the complete subtree
   * @param hash its 32-byte hash, copied
   */
  public SubtreeHash(Subtree subtree, byte[] hash) {
    this.subtree = Objects.requireNonNull(subtree, "subtree");
    if (hash.length != Hashes.LENGTH) {
      throw new IllegalArgumentException("a subtree hash has 32 bytes, not " + hash.length);
    }
    this.hash = hash.clone();
  }

  public Subtree subtree() {
    return subtree;
  }

  /** The hash, as a fresh copy. */
  public byte[] hash() {
    return hash.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubtreeHash that
        && subtree.equals(that.subtree)
        && Arrays.equals(hash, that.hash);
  }

  @Override
  public int hashCode() {
    return subtree.hashCode() * 31 + Arrays.hashCode(hash);
  }

  @Override
  public String toString() {
    return "SubtreeHash[level="
        + subtree.level()
        + ", index="
        + subtree.index()
        + ", hash="
        + HexFormat.of().formatHex(hash)
        + "]";
  }
}
