package org.puente.protocol.note;

import java.nio.charset.StandardCharsets;

/**
 * A log's Ed25519 private key under its key name, which signs notes and checkpoints (signature type
 * 0x01).
 */
public final class SigningKey {

  private final KeyHolder key;

  private SigningKey(KeyHolder key) {
    this.key = key;
  }

  /**
   * A new random key.
   *
   * @param name the key name, for a log its origin, e.g. {@code puente.example.mx/log}
   * @throws IllegalArgumentException if the name is empty or contains spaces or '+'
   */
  public static SigningKey generate(String name) {
    return new SigningKey(KeyHolder.generate(name, SignatureType.ED25519));
  }

  /**
   * The key with the given raw 32-byte RFC 8032 private key (the seed).
   *
   * @throws IllegalArgumentException if the name is invalid or the seed is not 32 bytes
   */
  public static SigningKey fromSeed(String name, byte[] seed) {
    return new SigningKey(KeyHolder.fromSeed(name, SignatureType.ED25519, seed));
  }

  /**
   * Reads the private key text of {@link #privateKeyText()}; surrounding white space is ignored.
   *
   * @throws MalformedKey if the text is malformed, holds another signature type, or its key ID does
   *     not match
   */
  public static SigningKey parse(String privateKeyText) throws MalformedKey {
    return new SigningKey(KeyHolder.parse(privateKeyText, SignatureType.ED25519));
  }

  /**
   * The text to keep in a key store file, {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ||
   * seed)>}; it is the secret itself.
   */
  public String privateKeyText() {
    return key.privateKeyText();
  }

  /** The verifier key auditors use to check this key's signatures. */
  public Vkey vkey() {
    return key.vkey();
  }

  /**
   * Signs a note text.
   *
   * @throws IllegalArgumentException if the text breaks the note rules
   */
  public SignedNote sign(String text) {
    return new SignedNote(text, java.util.List.of(signature(text)));
  }

  /**
   * The signature line of this key over a note text, to add to a note.
   *
   * @throws IllegalArgumentException if the text breaks the note rules
   */
  public NoteSignature signature(String text) {
    try {
      SignedNote.checkText(text);
    } catch (MalformedNote e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    Vkey vkey = key.vkey();
    return NoteSignature.of(
        vkey.name(), vkey.keyId(), key.sign(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The key name and ID, never the key. */
  @Override
  public String toString() {
    return "SigningKey[" + key + "]";
  }
}
