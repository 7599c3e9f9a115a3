package org.puente.protocol.note;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;

/**
 * An Ed25519 key pair under a key name, with the private key text of the Go sumdb note tooling,
 * {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type || seed)>}.
 */
final class KeyHolder {

  private static final String PREFIX = "PRIVATE+KEY+";

  private final KeyPair pair;
  private final Vkey vkey;

  private KeyHolder(String name, SignatureType type, KeyPair pair) {
    this.pair = pair;
    this.vkey = Vkey.of(name, type, pair.getPublic());
  }

  static KeyHolder generate(String name, SignatureType type) {
    Vkey.checkKeyName(name);
    return new KeyHolder(name, type, Ed25519.generate());
  }

  static KeyHolder fromSeed(String name, SignatureType type, byte[] seed) {
    Vkey.checkKeyName(name);
    return new KeyHolder(name, type, Ed25519.fromSeed(seed));
  }

  static KeyHolder parse(String text, SignatureType expected) throws MalformedKey {
    String key = text.strip();
    if (!key.startsWith(PREFIX)) {
      throw new MalformedKey("a private key text starts with " + PREFIX);
    }
    String rest = key.substring(PREFIX.length());
    int plus = rest.indexOf('+');
    if (plus <= 0 || rest.length() < plus + 11 || rest.charAt(plus + 9) != '+') {
      throw new MalformedKey(
          "a private key text is PRIVATE+KEY+<name>+<8 hex digits>+<base64 key>");
    }
    String name = rest.substring(0, plus);
    String claimedId = rest.substring(plus + 1, plus + 9);
    byte[] material = Vkey.decodeBase64(rest.substring(plus + 10), "the private key");
    if (material.length != 1 + Ed25519.KEY_LENGTH) {
      throw new MalformedKey("the private key is a type byte and a 32-byte Ed25519 seed");
    }
    SignatureType type = SignatureType.of(material[0]);
    if (type != expected) {
      throw new MalformedKey(
          "this is a key of signature type " + type + ", but " + expected + " is needed here");
    }
    KeyHolder holder;
    try {
      holder = fromSeed(name, type, Arrays.copyOfRange(material, 1, material.length));
    } catch (IllegalArgumentException e) {
      throw new MalformedKey(String.valueOf(e.getMessage()));
    } finally {
      Arrays.fill(material, (byte) 0);
    }
    if (!Vkey.hex(holder.vkey.keyId()).equals(claimedId)) {
      throw new MalformedKey(
          "the private key text claims key ID "
              + claimedId
              + " but its name and key give "
              + Vkey.hex(holder.vkey.keyId()));
    }
    return holder;
  }

  String privateKeyText() {
    byte[] seed = Ed25519.seed(pair.getPrivate());
    byte[] material = new byte[1 + seed.length];
    material[0] = vkey.type().id();
    System.arraycopy(seed, 0, material, 1, seed.length);
    String text =
        PREFIX
            + vkey.name()
            + "+"
            + Vkey.hex(vkey.keyId())
            + "+"
            + Base64.getEncoder().encodeToString(material);
    Arrays.fill(seed, (byte) 0);
    Arrays.fill(material, (byte) 0);
    return text;
  }

  Vkey vkey() {
    return vkey;
  }

  byte[] sign(byte[] message) {
    return Ed25519.sign(pair.getPrivate(), message);
  }

  @Override
  public String toString() {
    // Never the private key: this string may end up in a log line.
    return vkey.name() + "+" + Vkey.hex(vkey.keyId());
  }
}
