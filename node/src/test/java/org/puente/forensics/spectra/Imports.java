package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads library text in tests and picks out entries and problems. */
final class Imports {

  private Imports() {}

  static ImportOutcome read(SpectrumFormat format, String text) {
    return read(format, text.getBytes(StandardCharsets.UTF_8), ImportLimits.defaults());
  }

  static ImportOutcome read(SpectrumFormat format, byte[] bytes, ImportLimits limits) {
    try {
      return LibraryImport.read(format, "upload.txt", new ByteArrayInputStream(bytes), limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<LibraryEntry> accepted(ImportOutcome outcome) {
    assertThat(outcome).isInstanceOf(ImportOutcome.Accepted.class);
    return ((ImportOutcome.Accepted) outcome).entries();
  }

  static List<ImportProblem> refused(ImportOutcome outcome) {
    assertThat(outcome).isInstanceOf(ImportOutcome.Refused.class);
    return outcome.problems();
  }

  /** Problems as "line field code" strings, compact to assert on. */
  static List<String> described(List<ImportProblem> problems) {
    return problems.stream().map(p -> p.line() + " " + p.field() + " " + p.code()).toList();
  }

  /** Smaller limits, so tests reach them with small inputs. */
  static ImportLimits small() {
    return new ImportLimits(256, 8, 3, 20, 10_000, 5_000.0, 50);
  }
}
