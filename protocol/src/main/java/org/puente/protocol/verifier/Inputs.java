package org.puente.protocol.verifier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.puente.protocol.merkle.Hashes;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.MalformedKey;
import org.puente.protocol.note.MalformedNote;
import org.puente.protocol.note.NoteVerifier;
import org.puente.protocol.note.UnverifiedNote;
import org.puente.protocol.note.Vkey;

/** Reads the verifier's input files, turning every way they can be wrong into a clear message. */
final class Inputs {

  private Inputs() {}

  /** A file as UTF-8 text, refusing invalid UTF-8 rather than guessing. */
  static String text(String file) throws UsageError {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new UsageError(file + ": no such file");
    } catch (IOException e) {
      throw new UsageError(file + ": cannot be read: " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UsageError(file + ": not valid UTF-8");
    }
  }

  /** The trusted keys: one vkey per line; blank lines and lines starting with '#' are skipped. */
  static NoteVerifier vkeys(String file) throws UsageError {
    var keys = new ArrayList<Vkey>();
    List<String> lines = text(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        keys.add(Vkey.parse(line));
      } catch (MalformedKey e) {
        throw new UsageError(file + ", line " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (keys.isEmpty()) {
      throw new UsageError(file + ": holds no verifier key");
    }
    try {
      return new NoteVerifier(keys);
    } catch (IllegalArgumentException e) {
      throw new UsageError(file + ": " + e.getMessage());
    }
  }

  /** A signed checkpoint, verified against the trusted keys. */
  static Checkpoint checkpoint(String file, NoteVerifier verifier)
      throws UsageError, VerificationFailed {
    try {
      return Checkpoint.verify(text(file), verifier);
    } catch (MalformedNote e) {
      throw new UsageError(file + ": not a signed checkpoint: " + e.getMessage());
    } catch (UnverifiedNote e) {
      throw new VerificationFailed(file + ": " + e.getMessage());
    }
  }

  /** A 32-byte hash given in standard padded base64 on the command line. */
  static byte[] hash(String base64, String option) throws UsageError {
    try {
      byte[] hash = Base64.getDecoder().decode(base64);
      if (hash.length == Hashes.LENGTH && Base64.getEncoder().encodeToString(hash).equals(base64)) {
        return hash;
      }
    } catch (IllegalArgumentException e) {
      // Falls through to the one message below.
    }
    throw new UsageError(option + " takes a 32-byte hash in padded base64");
  }

  static String base64(byte[] hash) {
    return Base64.getEncoder().encodeToString(hash);
  }
}
