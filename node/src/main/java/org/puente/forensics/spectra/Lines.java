package org.puente.forensics.spectra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads an untrusted byte stream line by line as strict UTF-8, holding at most one line of bounded
 * length in memory. Lines end at {@code \n} (a preceding {@code \r} is dropped).
 */
final class Lines {

  /** What the current line is. */
  enum Status {
    TEXT,
    TOO_LONG,
    UNDECODABLE,
    CONTROL_CHARACTER,
    /** The file starts with a UTF-16 or UTF-32 byte-order mark; reading stops there. */
    UNSUPPORTED_ENCODING
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[8192];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int bufferPos;
  private int bufferLen;
  private byte[] line = new byte[256];
  private int lineLen;
  private int number;
  private boolean endOfInput;
  private Status status = Status.TEXT;
  private String text = "";
  private @Nullable String unsupportedEncoding;

  Lines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() throws IOException {
    if (endOfInput) {
      return false;
    }
    lineLen = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (bufferPos == bufferLen) {
        int read = in.read(buffer);
        bufferPos = 0;
        bufferLen = Math.max(read, 0);
        if (read < 0) {
          endOfInput = true;
          if (!any) {
            return false;
          }
          break;
        }
        continue;
      }
      any = true;
      int newline = -1;
      for (int i = bufferPos; i < bufferLen; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? bufferLen : newline;
      int chunk = end - bufferPos;
      if (!tooLong) {
        if (lineLen + chunk > maxLineBytes) {
          tooLong = true;
        } else {
          if (lineLen + chunk > line.length) {
            line =
                Arrays.copyOf(
                    line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLen + chunk)));
          }
          System.arraycopy(buffer, bufferPos, line, lineLen, chunk);
          lineLen += chunk;
        }
      }
      bufferPos = newline < 0 ? bufferLen : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    text = "";
    if (tooLong) {
      status = Status.TOO_LONG;
      return true;
    }
    int start = 0;
    if (number == 1) {
      String bom = byteOrderMark();
      if (bom != null) {
        unsupportedEncoding = bom;
        status = Status.UNSUPPORTED_ENCODING;
        endOfInput = true;
        return true;
      }
      if (lineLen >= 3
          && line[0] == (byte) 0xEF
          && line[1] == (byte) 0xBB
          && line[2] == (byte) 0xBF) {
        start = 3;
      }
    }
    int len = lineLen - start;
    if (len > 0 && line[start + len - 1] == '\r') {
      len--;
    }
    try {
      decoder.reset();
      text = decoder.decode(ByteBuffer.wrap(line, start, len)).toString();
    } catch (CharacterCodingException e) {
      status = Status.UNDECODABLE;
      return true;
    }
    status = Status.TEXT;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        status = Status.CONTROL_CHARACTER;
        text = "";
        break;
      }
    }
    return true;
  }

  private @Nullable String byteOrderMark() {
    if (lineLen >= 4
        && line[0] == 0
        && line[1] == 0
        && line[2] == (byte) 0xFE
        && line[3] == (byte) 0xFF) {
      return "UTF-32";
    }
    if (lineLen >= 4
        && line[0] == (byte) 0xFF
        && line[1] == (byte) 0xFE
        && line[2] == 0
        && line[3] == 0) {
      return "UTF-32";
    }
    if (lineLen >= 2
        && ((line[0] == (byte) 0xFE && line[1] == (byte) 0xFF)
            || (line[0] == (byte) 0xFF && line[1] == (byte) 0xFE))) {
      return "UTF-16";
    }
    return null;
  }

  /** 1-based number of the current line. */
  int number() {
    return number;
  }

  Status status() {
    return status;
  }

  /** The decoded line; empty unless the status is {@link Status#TEXT}. */
  String text() {
    return text;
  }

  /** The encoding a byte-order mark announced, when the status says it is unsupported. */
  String unsupportedEncoding() {
    return unsupportedEncoding == null ? "" : unsupportedEncoding;
  }
}
