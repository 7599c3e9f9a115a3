package org.puente.forensics;

import java.util.List;

/**
 * Reports were stored or amended, in one committed transaction; an amended report's facts replace
 * those of its earlier version.
 *
 * @param reports the facts of each report version stored
 * @param replaced the facts of the versions these replace, for amendments
 */
public record ReportsStored(List<ReportFacts> reports, List<ReportFacts> replaced) {

  public ReportsStored {
    reports = List.copyOf(reports);
    replaced = List.copyOf(replaced);
  }
}
