package org.puente.protocol.note;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A cosigner's Ed25519 private key, which states that it has seen a checkpoint and found it
 * consistent with every earlier one (c2sp.org/tlog-cosignature, signature type 0x04).
 */
public final class Cosigner {

  /** Length of a cosignature after the key ID: an 8-byte timestamp and a 64-byte signature. */
  static final int SIGNATURE_LENGTH = 8 + Ed25519.SIGNATURE_LENGTH;

  private final KeyHolder key;

  private Cosigner(KeyHolder key) {
    this.key = key;
  }

  /**
   * A new random cosigner key.
   *
   * @throws IllegalArgumentException if the name is empty or contains spaces or '+'
   */
  public static Cosigner generate(String name) {
    return new Cosigner(KeyHolder.generate(name, SignatureType.ED25519_COSIGNATURE));
  }

  /**
   * Reads a private key text whose type byte is 0x04.
   *
   * @throws MalformedKey if the text is malformed, holds another type, or its key ID does not match
   */
  public static Cosigner parse(String privateKeyText) throws MalformedKey {
    return new Cosigner(KeyHolder.parse(privateKeyText, SignatureType.ED25519_COSIGNATURE));
  }

  /** The private key text, {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x04 || seed)>}. */
  public String privateKeyText() {
    return key.privateKeyText();
  }

  /** The cosigner's verifier key, of type 0x04. */
  public Vkey vkey() {
    return key.vkey();
  }

  /**
   * The cosignature line over a checkpoint's note text at {@code time} (whole seconds).
   *
   * @throws IllegalArgumentException if the text breaks the note rules or the time is before the
   *     epoch
   */
  public NoteSignature cosign(String checkpointText, Instant time) {
    try {
      SignedNote.checkText(checkpointText);
    } catch (MalformedNote e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    long timestamp = time.getEpochSecond();
    if (timestamp < 0) {
      throw new IllegalArgumentException("a cosignature time is not before 1970: " + time);
    }
    byte[] signature = key.sign(message(checkpointText, timestamp));
    byte[] timestamped = new byte[SIGNATURE_LENGTH];
    for (int i = 0; i < 8; i++) {
      timestamped[i] = (byte) (timestamp >>> (56 - 8 * i));
    }
    System.arraycopy(signature, 0, timestamped, 8, signature.length);
    Vkey vkey = key.vkey();
    return NoteSignature.of(vkey.name(), vkey.keyId(), timestamped);
  }

  /**
   * The time a cosignature states, from its first eight signature bytes.
   *
   * @throws IllegalArgumentException if the signature is not a cosignature's length or its
   *     timestamp exceeds 2^63 - 1
   */
  public static Instant time(NoteSignature cosignature) {
    byte[] bytes = cosignature.signature();
    if (bytes.length != SIGNATURE_LENGTH) {
      throw new IllegalArgumentException(
          "a cosignature has " + SIGNATURE_LENGTH + " bytes after its key ID, not " + bytes.length);
    }
    long timestamp = timestamp(bytes);
    if (timestamp < 0) {
      throw new IllegalArgumentException("a cosignature timestamp must not exceed 2^63 - 1");
    }
    return Instant.ofEpochSecond(timestamp);
  }

  static long timestamp(byte[] bytes) {
    long timestamp = 0;
    for (int i = 0; i < 8; i++) {
      timestamp = (timestamp << 8) | (bytes[i] & 0xff);
    }
    return timestamp;
  }

  /** The signed message: {@code cosignature/v1}, the time line, then the whole note text. */
  static byte[] message(String checkpointText, long timestamp) {
    return ("cosignature/v1\ntime " + timestamp + "\n" + checkpointText)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The key name and ID, never the key. */
  @Override
  public String toString() {
    return "Cosigner[" + key + "]";
  }
}
