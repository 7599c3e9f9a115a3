package org.puente.protocol.note;

import java.util.ArrayList;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, and one or more signature lines.
 *
 * <p>The text must be ignored until {@link NoteVerifier} has checked a signature over it.
 *
 * @param text the note text, including its final newline but not the blank separator line
 * @param signatures the signature lines in the order they appear, at least one
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

  /** Every signature line starts with an em dash (U+2014) and a space. */
  static final String SIGNATURE_PREFIX = "\u2014 ";

  /**
   * Upper bound on signature lines; the spec requires accepting at least 16 and asks verifiers to
   * bound the work a note can cause.
   */
  public static final int MAX_SIGNATURES = 100;

  /**
   * @throws IllegalArgumentException if the text breaks the note rules or there are no signatures
   */
  public SignedNote {
    try {
      checkText(text);
    } catch (MalformedNote e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    signatures = List.copyOf(signatures);
    if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException(
          "a signed note has 1 to " + MAX_SIGNATURES + " signatures, not " + signatures.size());
    }
  }

  /**
   * Splits a signed note into its text and signature lines, checking the format but not the
   * signatures.
   *
   * @throws MalformedNote naming the first rule the note breaks
   */
  public static SignedNote parse(String note) throws MalformedNote {
    checkCharacters(note);
    // The text may contain blank lines itself; the signatures start after the last one.
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new MalformedNote("a signed note needs a blank line between its text and signatures");
    }
    String text = note.substring(0, split + 1);
    String block = note.substring(split + 2);
    if (block.isEmpty()) {
      throw new MalformedNote("a signed note needs at least one signature line");
    }
    if (!block.endsWith("\n")) {
      throw new MalformedNote("a signed note must end with a newline");
    }
    var signatures = new ArrayList<NoteSignature>();
    for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
      if (signatures.size() == MAX_SIGNATURES) {
        throw new MalformedNote(
            "a signed note may carry at most " + MAX_SIGNATURES + " signatures");
      }
      signatures.add(signatureLine(line));
    }
    return new SignedNote(text, signatures);
  }

  /** The note as text: the note text, a blank line, then one line per signature. */
  public String format() {
    var out = new StringBuilder(text).append('\n');
    for (NoteSignature signature : signatures) {
      out.append(signature.line());
    }
    return out.toString();
  }

  /** This note with one more signature line, as a cosigner adds its own. */
  public SignedNote withSignature(NoteSignature signature) {
    var all = new ArrayList<>(signatures);
    all.add(signature);
    return new SignedNote(text, all);
  }

  private static NoteSignature signatureLine(String line) throws MalformedNote {
    if (!line.startsWith(SIGNATURE_PREFIX)) {
      throw new MalformedNote(
          "a signature line starts with an em dash (U+2014) and a space: " + abbreviate(line));
    }
    String rest = line.substring(SIGNATURE_PREFIX.length());
    int space = rest.indexOf(' ');
    if (space <= 0) {
      throw new MalformedNote(
          "a signature line is '— <key name> <signature>': " + abbreviate(line));
    }
    try {
      return new NoteSignature(rest.substring(0, space), rest.substring(space + 1));
    } catch (IllegalArgumentException e) {
      throw new MalformedNote(e.getMessage() + ": " + abbreviate(line));
    }
  }

  /** The rules a note text must meet on its own. */
  static void checkText(String text) throws MalformedNote {
    if (!text.endsWith("\n")) {
      throw new MalformedNote("a note text must end with a newline");
    }
    checkCharacters(text);
  }

  /** Valid Unicode (so valid UTF-8) with no control character below U+0020 other than newline. */
  static void checkCharacters(String s) throws MalformedNote {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n') {
        throw new MalformedNote(
            String.format("a note must not contain control character U+%04X", (int) c));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new MalformedNote("a note must be valid UTF-8, and this has a lone surrogate");
      }
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
