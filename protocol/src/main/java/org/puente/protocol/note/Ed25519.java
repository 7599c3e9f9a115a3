package org.puente.protocol.note;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** Ed25519 through the JDK, converting between raw RFC 8032 key bytes and JDK key objects. */
final class Ed25519 {

  static final int KEY_LENGTH = 32;
  static final int SIGNATURE_LENGTH = 64;

  // The X.509 SubjectPublicKeyInfo of an Ed25519 key is this fixed DER header (RFC 8410) followed
  // by the 32 raw key bytes, which is how raw keys cross into and out of the JDK.
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private Ed25519() {}

  /** A new random key pair: the 32-byte seed and the JDK keys. */
  static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform since 15 provides Ed25519", e);
    }
  }

  /** The key pair whose RFC 8032 private key (seed) is {@code seed}. */
  static KeyPair fromSeed(byte[] seed) {
    if (seed.length != KEY_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
    }
    try {
      // The JDK has no public API that derives the public key from a seed, but its key pair
      // generator draws exactly the seed from the random source; feed it ours and check below
      // that it really used it.
      var generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
      KeyPair pair = generator.generateKeyPair();
      if (!Arrays.equals(seed(pair.getPrivate()), seed)) {
        throw new IllegalStateException("the JDK's Ed25519 generator did not use the given seed");
      }
      return pair;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform since 15 provides Ed25519", e);
    }
  }

  /** The 32-byte seed of a JDK Ed25519 private key. */
  static byte[] seed(PrivateKey key) {
    if (key instanceof EdECPrivateKey edec) {
      return edec.getBytes()
          .orElseThrow(() -> new IllegalStateException("the private key hides its bytes"));
    }
    throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
  }

  /** The 32 raw RFC 8032 bytes of a JDK Ed25519 public key. */
  static byte[] raw(PublicKey key) {
    byte[] spki = key.getEncoded();
    if (spki.length != SPKI_PREFIX.length + KEY_LENGTH
        || !Arrays.equals(spki, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
    }
    return Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
  }

  /**
   * The JDK public key for 32 raw RFC 8032 bytes.
   *
   * @throws InvalidKeySpecException if the JDK refuses the bytes
   */
  static PublicKey publicKey(byte[] raw) throws InvalidKeySpecException {
    if (raw.length != KEY_LENGTH) {
      throw new InvalidKeySpecException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KEY_LENGTH);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, KEY_LENGTH);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    } catch (InvalidKeySpecException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform since 15 provides Ed25519", e);
    }
  }

  static byte[] sign(PrivateKey key, byte[] message) {
    try {
      var signature = Signature.getInstance("Ed25519");
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /** Whether {@code signature} is a valid Ed25519 signature of {@code message}; never throws. */
  static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    if (signature.length != SIGNATURE_LENGTH) {
      return false;
    }
    try {
      var verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (SignatureException | InvalidKeyException e) {
      // A key that is not a curve point or a malformed signature is simply not a valid signature.
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform since 15 provides Ed25519", e);
    }
  }

  /** A random source that yields one given seed, so the JDK derives that key pair. */
  private static final class FixedSeed extends SecureRandom {

    private static final long serialVersionUID = 1L;
    private final byte[] seed;
    private boolean used;

    FixedSeed(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
      if (used || bytes.length != seed.length) {
        throw new IllegalStateException("the Ed25519 generator asked for unexpected randomness");
      }
      used = true;
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
