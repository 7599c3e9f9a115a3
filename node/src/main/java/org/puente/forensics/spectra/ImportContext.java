package org.puente.forensics.spectra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of reading one file: its problems, its entries (dropped at the first error, since a
 * refused file keeps nothing) and the file-wide limits.
 */
final class ImportContext {

  final String file;
  final ImportLimits limits;
  final ImportReport report;
  private final List<LibraryEntry> entries = new ArrayList<>();
  private final Map<String, Integer> lineOfId = new HashMap<>();
  private int records;
  private long totalPeaks;
  private boolean totalPeaksExceeded;
  private long textChars;
  private boolean textExceeded;

  ImportContext(String file, ImportLimits limits) {
    this.file = file;
    this.limits = limits;
    this.report = new ImportReport(file, limits.maxProblems());
  }

  /**
   * Reports what is wrong with the current line itself.
   *
   * @return whether the line can be parsed
   */
  boolean usable(Lines lines) {
    int line = lines.number();
    return switch (lines.status()) {
      case TEXT -> true;
      case TOO_LONG -> {
        report.error(line, "", SpectraMessage.LINE_TOO_LONG, limits.maxLineBytes());
        yield false;
      }
      case UNDECODABLE -> {
        report.error(line, "", SpectraMessage.ENCODING_INVALID);
        yield false;
      }
      case CONTROL_CHARACTER -> {
        report.error(line, "", SpectraMessage.LINE_CONTROL_CHARACTER);
        yield false;
      }
      case UNSUPPORTED_ENCODING -> {
        report.error(line, "", SpectraMessage.ENCODING_UNSUPPORTED, lines.unsupportedEncoding());
        yield false;
      }
    };
  }

  /**
   * Counts a record that starts at {@code line}.
   *
   * @return its 1-based ordinal, which names entries of formats without identifiers
   */
  int startRecord(int line) {
    records++;
    if (records == limits.maxRecords() + 1) {
      report.error(line, "", SpectraMessage.RECORDS_TOO_MANY, limits.maxRecords());
    }
    return records;
  }

  /** Keeps an entry read without error, unless the file already has errors. */
  void accept(int line, String idField, LibraryEntry entry) {
    // Past the record limit the file is refused anyway; tracking more identifiers would only
    // grow memory with the attacker's input.
    Integer first =
        records <= limits.maxRecords() ? lineOfId.putIfAbsent(entry.entryId(), line) : null;
    if (first != null) {
      report.error(
          line,
          idField,
          SpectraMessage.ENTRY_DUPLICATE_ID,
          Numbers.abbreviate(entry.entryId()),
          file,
          first);
    }
    totalPeaks += entry.spectrum().size();
    if (totalPeaks > limits.maxTotalPeaks() && !totalPeaksExceeded) {
      totalPeaksExceeded = true;
      report.error(line, "", SpectraMessage.PEAKS_TOTAL_TOO_MANY, limits.maxTotalPeaks());
    }
    textChars += text(entry);
    if (textChars > limits.maxTextChars() && !textExceeded) {
      textExceeded = true;
      report.error(line, "", SpectraMessage.TEXT_TOO_MUCH, limits.maxTextChars());
    }
    if (report.hasErrors()) {
      entries.clear();
    } else {
      entries.add(entry);
    }
  }

  private static long text(LibraryEntry e) {
    long n = (long) e.entryId().length() + e.compoundName().length() + e.source().length();
    for (String s : e.synonyms()) {
      n += s.length();
    }
    n += length(e.inchiKey()) + length(e.formula()) + length(e.smiles());
    n += length(e.instrument()) + length(e.contributor());
    for (var m : e.spectrum().metadata().entrySet()) {
      n += m.getKey().length() + m.getValue().length();
    }
    return n;
  }

  private static int length(@Nullable String s) {
    return s == null ? 0 : s.length();
  }

  ImportOutcome outcome() {
    List<ImportProblem> problems = report.problems();
    if (report.hasErrors()) {
      return new ImportOutcome.Refused(problems);
    }
    return new ImportOutcome.Accepted(entries, problems);
  }
}
