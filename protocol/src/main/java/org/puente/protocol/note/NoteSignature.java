package org.puente.protocol.note;

import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line of a signed note, {@code — <key name> <base64(key ID || signature)>}.
 *
 * @param keyName the name of the key that signed
 * @param base64 the standard, padded base64 of the 4-byte big-endian key ID followed by the
 *     signature bytes
 */
public record NoteSignature(String keyName, String base64) {

  /**
   * @throws IllegalArgumentException if the key name is invalid, or base64 is not canonical padded
   *     base64 of at least five bytes
   */
  public NoteSignature {
    Vkey.checkKeyName(keyName);
    byte[] bytes;
    try {
      bytes = Vkey.decodeBase64(base64, "a note signature");
    } catch (MalformedKey e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (bytes.length < 5) {
      throw new IllegalArgumentException(
          "a note signature holds a 4-byte key ID and at least one signature byte");
    }
  }

  /** The signature line for {@code signature} by the key {@code keyName} with ID {@code keyId}. */
  public static NoteSignature of(String keyName, int keyId, byte[] signature) {
    byte[] bytes = new byte[4 + signature.length];
    bytes[0] = (byte) (keyId >>> 24);
    bytes[1] = (byte) (keyId >>> 16);
    bytes[2] = (byte) (keyId >>> 8);
    bytes[3] = (byte) keyId;
    System.arraycopy(signature, 0, bytes, 4, signature.length);
    return new NoteSignature(keyName, Base64.getEncoder().encodeToString(bytes));
  }

  /** The key ID, the first four bytes of the decoded signature, big-endian. */
  public int keyId() {
    byte[] bytes = Base64.getDecoder().decode(base64);
    return ((bytes[0] & 0xff) << 24)
        | ((bytes[1] & 0xff) << 16)
        | ((bytes[2] & 0xff) << 8)
        | (bytes[3] & 0xff);
  }

  /** The signature bytes after the key ID. */
  public byte[] signature() {
    byte[] bytes = Base64.getDecoder().decode(base64);
    return Arrays.copyOfRange(bytes, 4, bytes.length);
  }

  /** The line as it appears in a note, em dash first and newline last. */
  public String line() {
    return SignedNote.SIGNATURE_PREFIX + keyName + " " + base64 + "\n";
  }
}
