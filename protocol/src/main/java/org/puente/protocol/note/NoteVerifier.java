package org.puente.protocol.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks signed notes against the verifier keys an auditor trusts, following c2sp.org/signed-note.
 *
 * <p>A signature whose key name and key ID both match a trusted key must verify, or the whole note
 * is rejected; signatures by other keys are ignored, even when they share a name or an ID with a
 * trusted key (that is how keys rotate and cosigners join); and at least one trusted signature must
 * verify.
 */
public final class NoteVerifier {

  private final Map<KeyRef, Vkey> keys = new HashMap<>();

  private record KeyRef(String name, int keyId) {}

  /**
   * @param trusted the trusted verifier keys, at least one
   * @throws IllegalArgumentException if there is none, or two share both name and key ID
   */
  public NoteVerifier(Collection<Vkey> trusted) {
    if (trusted.isEmpty()) {
      throw new IllegalArgumentException("a note verifier needs at least one verifier key");
    }
    for (Vkey key : trusted) {
      if (keys.put(new KeyRef(key.name(), key.keyId()), key) != null) {
        throw new IllegalArgumentException(
            "two verifier keys share name and key ID " + key.name() + "+" + Vkey.hex(key.keyId()));
      }
    }
  }

  /** A verifier trusting the given keys. */
  public static NoteVerifier of(Vkey... trusted) {
    return new NoteVerifier(Arrays.asList(trusted));
  }

  /**
   * Parses and verifies a signed note.
   *
   * @throws MalformedNote if it is not a signed note
   * @throws UnverifiedNote if it carries no valid trusted signature, or a trusted signature fails
   */
  public SignedNote verify(String note) throws MalformedNote, UnverifiedNote {
    SignedNote parsed = SignedNote.parse(note);
    verify(parsed);
    return parsed;
  }

  /**
   * Verifies a signed note and returns the trusted signatures that verified, in note order.
   *
   * @throws UnverifiedNote if none verified, or a trusted signature fails
   */
  public List<NoteSignature> verify(SignedNote note) throws UnverifiedNote {
    byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
    var verified = new ArrayList<NoteSignature>();
    Set<KeyRef> seen = new HashSet<>();
    Set<String> sameNameOtherId = new TreeSet<>();
    for (NoteSignature signature : note.signatures()) {
      var ref = new KeyRef(signature.keyName(), signature.keyId());
      Vkey key = keys.get(ref);
      if (key == null) {
        if (keys.keySet().stream().anyMatch(k -> k.name().equals(signature.keyName()))) {
          sameNameOtherId.add(signature.keyName() + "+" + Vkey.hex(signature.keyId()));
        }
        continue;
      }
      if (!verifies(key, note.text(), text, signature.signature())) {
        throw new UnverifiedNote(
            "the signature by trusted key "
                + key.name()
                + "+"
                + Vkey.hex(key.keyId())
                + " does not verify");
      }
      if (seen.add(ref)) {
        verified.add(signature);
      }
    }
    if (verified.isEmpty()) {
      String hint =
          sameNameOtherId.isEmpty()
              ? ""
              : "; it is signed by " + String.join(", ", sameNameOtherId) + ", a different key";
      throw new UnverifiedNote("the note carries no signature by a trusted key" + hint);
    }
    return List.copyOf(verified);
  }

  private static boolean verifies(Vkey key, String text, byte[] textBytes, byte[] signature) {
    return switch (key.type()) {
      case ED25519 -> Ed25519.verify(key.jdkKey(), textBytes, signature);
      case ED25519_COSIGNATURE -> {
        if (signature.length != Cosigner.SIGNATURE_LENGTH) {
          yield false;
        }
        long timestamp = Cosigner.timestamp(signature);
        // The format caps the timestamp at 2^63 - 1, which is exactly where a long turns negative.
        yield timestamp >= 0
            && Ed25519.verify(
                key.jdkKey(),
                Cosigner.message(text, timestamp),
                Arrays.copyOfRange(signature, 8, signature.length));
      }
    };
  }
}
