package org.puente.forensics.spectra;

import java.util.List;

/**
 * What reading a library file gave: either every entry (with any curation warnings) or, when the
 * file has at least one error, every problem and no entry at all.
 */
public sealed interface ImportOutcome {

  /** Every problem found, in file order. */
  List<ImportProblem> problems();

  /**
   * The file was read without error.
   *
   * @param entries the entries in file order
   * @param problems warnings only: data that was normalised on the way in
   */
  record Accepted(List<LibraryEntry> entries, List<ImportProblem> problems)
      implements ImportOutcome {
    public Accepted {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
      if (problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
        throw new IllegalArgumentException("an accepted file has no errors");
      }
    }
  }

  /**
   * The file was refused; nothing of it may be stored.
   *
   * @param problems every problem found, at least one of them an error
   */
  record Refused(List<ImportProblem> problems) implements ImportOutcome {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.stream().noneMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
        throw new IllegalArgumentException("a refusal names at least one error");
      }
    }
  }
}
