package org.puente.protocol.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The RFC 6962 hash functions with SHA-256: leaf hash, interior node hash and empty-tree root. */
public final class Hashes {

  /** Length in bytes of every hash in the log. */
  public static final int LENGTH = 32;

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  // MessageDigest is not thread-safe and looking one up costs more than hashing 65 bytes, so each
  // thread keeps its own.
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(Hashes::newDigest);

  private Hashes() {}

  /** {@code SHA-256(0x00 || data)}, the hash of a leaf holding {@code data}. */
  public static byte[] leafHash(byte[] data) {
    return leafHash(SHA_256.get(), data);
  }

  /** {@code SHA-256(0x01 || left || right)}, the hash of an interior node. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    return nodeHash(SHA_256.get(), left, right);
  }

  /** {@code SHA-256()}, the root of the tree with no leaves. */
  public static byte[] emptyRoot() {
    return SHA_256.get().digest();
  }

  static byte[] leafHash(MessageDigest digest, byte[] data) {
    digest.update(LEAF_PREFIX);
    digest.update(data);
    return digest.digest();
  }

  static byte[] nodeHash(MessageDigest digest, byte[] left, byte[] right) {
    digest.update(NODE_PREFIX);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  static MessageDigest digest() {
    return SHA_256.get();
  }
}
