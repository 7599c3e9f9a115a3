package org.puente.protocol.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A C2SP verifier key, {@code <name>+<hex key ID>+<base64(type || public key)>}: the public half of
 * a log's or cosigner's Ed25519 key, as auditors configure it.
 */
public final class Vkey {

  private final String name;
  private final int keyId;
  private final SignatureType type;
  private final byte[] publicKey;
  private final PublicKey jdkKey;

  private Vkey(String name, SignatureType type, byte[] publicKey, PublicKey jdkKey) {
    this.name = name;
    this.type = type;
    this.publicKey = publicKey;
    this.jdkKey = jdkKey;
    this.keyId = keyId(name, type, publicKey);
  }

  /**
   * The verifier key for a raw 32-byte Ed25519 public key.
   *
   * @throws IllegalArgumentException if the name is not a valid key name or the key is not an
   *     Ed25519 public key
   */
  public static Vkey of(String name, SignatureType type, byte[] publicKey) {
    checkKeyName(name);
    try {
      return new Vkey(name, type, publicKey.clone(), Ed25519.publicKey(publicKey));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  static Vkey of(String name, SignatureType type, PublicKey jdkKey) {
    return new Vkey(name, type, Ed25519.raw(jdkKey), jdkKey);
  }

  /**
   * Reads a vkey; surrounding white space is ignored.
   *
   * @throws MalformedKey if the text is not a vkey of a supported type, or its key ID is not the
   *     one its name and key determine
   */
  public static Vkey parse(String text) throws MalformedKey {
    String vkey = text.strip();
    int plus = vkey.indexOf('+');
    if (plus <= 0) {
      throw new MalformedKey("a vkey is <name>+<key ID>+<key>, and this has no name");
    }
    String name = vkey.substring(0, plus);
    String rest = vkey.substring(plus + 1);
    // The base64 key may itself contain '+', so only the first two separate fields.
    if (rest.length() < 10 || rest.charAt(8) != '+') {
      throw new MalformedKey("a vkey's key ID is 8 lowercase hex digits followed by '+'");
    }
    int claimedId = parseKeyId(rest.substring(0, 8));
    byte[] material = decodeBase64(rest.substring(9), "vkey key");
    if (material.length != 1 + Ed25519.KEY_LENGTH) {
      throw new MalformedKey(
          "a vkey's key is a type byte and a 32-byte Ed25519 key, not "
              + material.length
              + " bytes");
    }
    SignatureType type = SignatureType.of(material[0]);
    byte[] raw = Arrays.copyOfRange(material, 1, material.length);
    try {
      checkKeyName(name);
    } catch (IllegalArgumentException e) {
      throw new MalformedKey(String.valueOf(e.getMessage()));
    }
    Vkey key;
    try {
      key = new Vkey(name, type, raw, Ed25519.publicKey(raw));
    } catch (InvalidKeySpecException e) {
      throw new MalformedKey("the vkey holds no valid Ed25519 public key");
    }
    if (key.keyId != claimedId) {
      throw new MalformedKey(
          "the vkey claims key ID "
              + hex(claimedId)
              + " but its name and key give "
              + hex(key.keyId));
    }
    return key;
  }

  /** The key name, which signature lines by this key carry. */
  public String name() {
    return name;
  }

  /** The 32-bit key ID, the first four bytes of SHA-256(name || 0x0A || type || key). */
  public int keyId() {
    return keyId;
  }

  public SignatureType type() {
    return type;
  }

  /** The raw 32-byte Ed25519 public key, as a fresh copy. */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  PublicKey jdkKey() {
    return jdkKey;
  }

  /** The vkey text, {@code <name>+<hex key ID>+<base64(type || public key)>}. */
  @Override
  public String toString() {
    byte[] material = new byte[1 + publicKey.length];
    material[0] = type.id();
    System.arraycopy(publicKey, 0, material, 1, publicKey.length);
    return name + "+" + hex(keyId) + "+" + Base64.getEncoder().encodeToString(material);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Vkey that
        && name.equals(that.name)
        && type == that.type
        && Arrays.equals(publicKey, that.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, Arrays.hashCode(publicKey));
  }

  /** {@code SHA-256(name || 0x0A || type || key)[:4]} as a big-endian integer. */
  static int keyId(String name, SignatureType type, byte[] publicKey) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(name.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) '\n');
      sha256.update(type.id());
      sha256.update(publicKey);
      byte[] digest = sha256.digest();
      return ((digest[0] & 0xff) << 24)
          | ((digest[1] & 0xff) << 16)
          | ((digest[2] & 0xff) << 8)
          | (digest[3] & 0xff);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /**
   * Key names are non-empty and hold neither Unicode white space nor '+', so signature lines and
   * vkeys can be split unambiguously.
   */
  static void checkKeyName(String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a key name must not be empty");
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (c == '+' || isSpace(c) || c < 0x20) {
        throw new IllegalArgumentException(
            "a key name must not contain '+', spaces or control characters: " + name);
      }
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        throw new IllegalArgumentException("a key name must be valid Unicode: " + name);
      }
      i += Character.charCount(c);
    }
  }

  /** Unicode white space (the White_Space property), which Java spreads over two predicates. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  static String hex(int keyId) {
    return HexFormat.of().toHexDigits(keyId);
  }

  private static int parseKeyId(String hex) throws MalformedKey {
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new MalformedKey("a vkey's key ID is 8 lowercase hex digits, not " + hex);
      }
    }
    return (int) Long.parseLong(hex, 16);
  }

  /** Standard base64 with padding, accepted only in its one canonical spelling. */
  static byte[] decodeBase64(String text, String what) throws MalformedKey {
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
        throw new MalformedKey(what + " is not canonical padded base64");
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      throw new MalformedKey(what + " is not base64");
    }
  }
}
