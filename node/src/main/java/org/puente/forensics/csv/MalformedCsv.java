package org.puente.forensics.csv;

/**
 * Text that is not RFC 4180 CSV; carries the 0-based record (row) index where reading stopped so
 * that a batch can point at it.
 */
public final class MalformedCsv extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int record;
  private final int line;
  private final String reason;

  MalformedCsv(int record, int line, String reason) {
    super("malformed CSV at record " + record + " (line " + line + "): " + reason);
    this.record = record;
    this.line = line;
    this.reason = reason;
  }

  /** 1-based line of the text where reading stopped (a quoted cell may span lines). */
  public int line() {
    return line;
  }

  /** 0-based index of the record (header included) where the text stopped being CSV. */
  public int record() {
    return record;
  }

  /** A short, stable reason code: {@code unterminated-quote}, {@code text-after-quote}, … */
  public String reason() {
    return reason;
  }
}
