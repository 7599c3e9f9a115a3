package org.puente.forensics.spectra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the problems of one file, listing at most a bounded number and counting the rest. */
final class ImportReport {

  private final String file;
  private final int maxProblems;
  private final List<ImportProblem> problems = new ArrayList<>();
  private int notListed;
  private int errors;

  ImportReport(String file, int maxProblems) {
    this.file = file;
    this.maxProblems = maxProblems;
  }

  void error(int line, String field, SpectraMessage message, Object... args) {
    errors++;
    add(line, field, message, ImportProblem.Severity.ERROR, args);
  }

  void warning(int line, String field, SpectraMessage message, Object... args) {
    add(line, field, message, ImportProblem.Severity.WARNING, args);
  }

  private void add(
      int line,
      String field,
      SpectraMessage message,
      ImportProblem.Severity severity,
      Object[] args) {
    if (problems.size() >= maxProblems) {
      notListed++;
      return;
    }
    List<String> values = Arrays.stream(args).map(String::valueOf).toList();
    problems.add(new ImportProblem(file, line, field, message, values, severity));
  }

  boolean hasErrors() {
    return errors > 0;
  }

  /** How many errors so far, to tell whether one record added any. */
  int errorCount() {
    return errors;
  }

  List<ImportProblem> problems() {
    List<ImportProblem> all = new ArrayList<>(problems);
    if (notListed > 0) {
      boolean unlistedErrors = errors > problems.stream().filter(ImportReport::isError).count();
      all.add(
          new ImportProblem(
              file,
              0,
              "",
              SpectraMessage.PROBLEMS_NOT_LISTED,
              List.of(Integer.toString(notListed)),
              unlistedErrors ? ImportProblem.Severity.ERROR : ImportProblem.Severity.WARNING));
    }
    return all;
  }

  private static boolean isError(ImportProblem p) {
    return p.severity() == ImportProblem.Severity.ERROR;
  }
}
