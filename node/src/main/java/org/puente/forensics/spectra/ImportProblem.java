package org.puente.forensics.spectra;

import java.util.List;
import java.util.Objects;
import org.puente.governance.Violation;

/**
 * One problem found while reading a library file: where it is (file, line, field) and what it is (a
 * message code with its values).
 *
 * @param file the file name as uploaded
 * @param line 1-based line number; 0 when the problem concerns the whole file
 * @param field the field or tag concerned, such as {@code PK$PEAK} or {@code PEPMASS}; empty when
 *     the whole line is concerned
 * @param message what is wrong
 * @param args values substituted into the message
 * @param severity whether the file is refused ({@link Severity#ERROR}) or only annotated
 */
public record ImportProblem(
    String file,
    int line,
    String field,
    SpectraMessage message,
    List<String> args,
    Severity severity) {

  /** Whether a problem refuses the file or only records a curation warning. */
  public enum Severity {
    /** The file is refused: no entry of it is imported. */
    ERROR,
    /**
     * The data were normalised in a documented, lossless way (peaks sorted, repeated m/z merged);
     * the entry is imported and the warning shown to the curator.
     */
    WARNING
  }

  public ImportProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    if (line < 0) {
      throw new IllegalArgumentException("line numbers start at 1 (0 for the whole file)");
    }
    args = List.copyOf(args);
  }

  /** The message code, for example {@code spectra.import.peaks.empty}. */
  public String code() {
    return message.code();
  }

  /**
   * The problem as an input violation, pointing at {@code /files/<file>/lines/<n>[/<field>]} so
   * that one upload of several files still names each place unambiguously.
   */
  public Violation toViolation() {
    String pointer =
        Violation.pointer(
            Violation.pointer(Violation.pointer(Violation.pointer("", "files"), file), "lines"),
            Integer.toString(line));
    if (!field.isEmpty()) {
      pointer = Violation.pointer(pointer, field);
    }
    return new Violation(pointer, message.code(), args);
  }
}
