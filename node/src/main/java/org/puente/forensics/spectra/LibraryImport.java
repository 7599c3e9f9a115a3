package org.puente.forensics.spectra;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads reference library files into entries, reporting every problem with its file, line and
 * field. Reading streams the input and keeps memory within {@link ImportLimits}; a file with any
 * error yields its problems and no entry.
 */
public final class LibraryImport {

  private LibraryImport() {}

  /** Reads one file within the default limits. */
  public static ImportOutcome read(SpectrumFormat format, String fileName, InputStream in)
      throws IOException {
    return read(format, fileName, in, ImportLimits.defaults());
  }

  /**
   * Reads one file.
   *
   * @param format how the file is written
   * @param fileName the name problems refer to
   * @param in the file's bytes, UTF-8; not closed here
   * @param limits bounds on line length, peaks, records and text
   * @throws IOException only when {@code in} itself fails; bad content is reported, not thrown
   */
  public static ImportOutcome read(
      SpectrumFormat format, String fileName, InputStream in, ImportLimits limits)
      throws IOException {
    ImportContext context = new ImportContext(fileName, limits);
    Lines lines = new Lines(in, limits.maxLineBytes());
    RecordReader reader =
        switch (format) {
          case MASSBANK -> new MassBankReader();
          case MSP -> new MspReader();
          case MGF -> new MgfReader();
        };
    reader.read(lines, context);
    return context.outcome();
  }

  /**
   * Joins the outcomes of the files of one upload (MassBank distributes one record a file): the
   * upload is refused if any file is, or if two files use one identifier.
   */
  public static ImportOutcome combine(List<ImportOutcome> outcomes) {
    List<ImportProblem> problems = new ArrayList<>();
    List<LibraryEntry> entries = new ArrayList<>();
    boolean refused = false;
    for (ImportOutcome o : outcomes) {
      problems.addAll(o.problems());
      switch (o) {
        case ImportOutcome.Accepted a -> entries.addAll(a.entries());
        case ImportOutcome.Refused r -> refused = true;
      }
    }
    Map<String, LibraryEntry> byId = new HashMap<>();
    for (LibraryEntry e : entries) {
      LibraryEntry first = byId.putIfAbsent(e.entryId(), e);
      if (first != null) {
        refused = true;
        problems.add(
            new ImportProblem(
                e.source(),
                0,
                "",
                SpectraMessage.ENTRY_DUPLICATE_ID,
                List.of(Numbers.abbreviate(e.entryId()), first.source(), "0"),
                ImportProblem.Severity.ERROR));
      }
    }
    return refused
        ? new ImportOutcome.Refused(problems)
        : new ImportOutcome.Accepted(entries, problems);
  }
}
