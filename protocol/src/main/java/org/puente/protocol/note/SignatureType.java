package org.puente.protocol.note;

/**
 * The signed-note signature types Puente signs and verifies, with their assigned identifier byte.
 */
public enum SignatureType {

  /** {@code 0x01}: Ed25519 over the note text, as a log signs its checkpoints. */
  ED25519((byte) 0x01),

  /**
   * {@code 0x04}: a timestamped Ed25519 checkpoint cosignature (c2sp.org/tlog-cosignature), as a
   * partner signs a checkpoint it has checked.
   */
  ED25519_COSIGNATURE((byte) 0x04);

  private final byte id;

  SignatureType(byte id) {
    this.id = id;
  }

  /** The identifier byte that prefixes the public key in vkeys and enters the key ID. */
  public byte id() {
    return id;
  }

  static SignatureType of(byte id) throws MalformedKey {
    for (SignatureType type : values()) {
      if (type.id == id) {
        return type;
      }
    }
    throw new MalformedKey(
        String.format("unsupported signature type 0x%02x; only 0x01 and 0x04 are known", id));
  }
}
