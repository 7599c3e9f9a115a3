package org.puente.protocol.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A C2SP tlog-checkpoint: the log's origin, tree size and RFC 6962 root hash, plus optional
 * extension lines, as the text of a signed note.
 */
public final class Checkpoint {

  private static final int ROOT_LENGTH = 32;

  private final String origin;
  private final long size;
  private final byte[] root;
  private final List<String> extensions;

  /**
   * @param origin the log's unique identity, e.g. {@code puente.example.mx/log}; non-empty
   * @param size the number of leaves, not negative
   * @param root the 32-byte RFC 6962 root hash of the tree of that size
   * @param extensions further non-empty lines; their use is discouraged, as monitors cannot audit
   *     them
   * @throws IllegalArgumentException if any part breaks the checkpoint rules
   */
  public Checkpoint(String origin, long size, byte[] root, List<String> extensions) {
    checkLine(origin, "the origin");
    if (size < 0) {
      throw new IllegalArgumentException("a tree size is not negative: " + size);
    }
    if (root.length != ROOT_LENGTH) {
      throw new IllegalArgumentException("a root hash has 32 bytes, not " + root.length);
    }
    for (String extension : extensions) {
      checkLine(extension, "an extension line");
    }
    this.origin = origin;
    this.size = size;
    this.root = root.clone();
    this.extensions = List.copyOf(extensions);
  }

  /** A checkpoint without extension lines. */
  public Checkpoint(String origin, long size, byte[] root) {
    this(origin, size, root, List.of());
  }

  /**
   * Reads a checkpoint's note text (not the signed note around it).
   *
   * @throws MalformedNote naming the first line that breaks the checkpoint rules
   */
  public static Checkpoint parse(String text) throws MalformedNote {
    SignedNote.checkText(text);
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length < 3) {
      throw new MalformedNote(
          "a checkpoint has at least three lines: origin, tree size and root hash");
    }
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        throw new MalformedNote("checkpoint line " + (i + 1) + " is empty");
      }
    }
    long size = parseSize(lines[1]);
    byte[] root;
    try {
      root = Vkey.decodeBase64(lines[2], "the root hash");
    } catch (MalformedKey e) {
      throw new MalformedNote(e.getMessage() + " on checkpoint line 3");
    }
    if (root.length != ROOT_LENGTH) {
      throw new MalformedNote("the root hash on checkpoint line 3 is not 32 bytes");
    }
    return new Checkpoint(lines[0], size, root, Arrays.asList(lines).subList(3, lines.length));
  }

  /**
   * Parses a signed checkpoint, verifies its signatures and returns the checkpoint.
   *
   * @throws MalformedNote if the note or its checkpoint text is malformed
   * @throws UnverifiedNote if no trusted signature verifies, or one fails
   */
  public static Checkpoint verify(String signedNote, NoteVerifier verifier)
      throws MalformedNote, UnverifiedNote {
    SignedNote note = SignedNote.parse(signedNote);
    // Parse before verifying only to reject garbage early; nothing is trusted until verify passes.
    Checkpoint checkpoint = parse(note.text());
    verifier.verify(note);
    return checkpoint;
  }

  public String origin() {
    return origin;
  }

  /** The tree size, the number of leaves the root commits to. */
  public long size() {
    return size;
  }

  /** The 32-byte root hash, as a fresh copy. */
  public byte[] root() {
    return root.clone();
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The note text: origin, size and base64 root on their own lines, then any extension lines. */
  public String text() {
    var out = new StringBuilder();
    out.append(origin).append('\n');
    out.append(size).append('\n');
    out.append(Base64.getEncoder().encodeToString(root)).append('\n');
    for (String extension : extensions) {
      out.append(extension).append('\n');
    }
    return out.toString();
  }

  /** The checkpoint signed by the log's key; the key's name should be the origin. */
  public SignedNote sign(SigningKey key) {
    return key.sign(text());
  }

  /** The checkpoint text. */
  @Override
  public String toString() {
    return text();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checkpoint that
        && origin.equals(that.origin)
        && size == that.size
        && Arrays.equals(root, that.root)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, size, Arrays.hashCode(root), extensions);
  }

  private static long parseSize(String line) throws MalformedNote {
    boolean digits = !line.isEmpty() && line.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits || (line.length() > 1 && line.charAt(0) == '0')) {
      throw new MalformedNote(
          "the tree size on checkpoint line 2 is a decimal number without leading zeros: " + line);
    }
    try {
      return Long.parseLong(line);
    } catch (NumberFormatException e) {
      throw new MalformedNote("the tree size on checkpoint line 2 is too large: " + line);
    }
  }

  private static void checkLine(String line, String what) {
    if (line.isEmpty()) {
      throw new IllegalArgumentException(what + " of a checkpoint must not be empty");
    }
    try {
      SignedNote.checkCharacters(line);
    } catch (MalformedNote e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(what + " of a checkpoint is one line");
    }
  }
}
