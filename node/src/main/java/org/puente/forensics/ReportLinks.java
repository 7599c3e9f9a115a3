package org.puente.forensics;

import java.util.List;
import java.util.Objects;
import org.puente.governance.Disclosed;

/**
 * The seizures linked to a report by impurity profile, as the caller may know them: reports it may
 * see in full, pointers where the linked report's label gives outsiders a pointer, and nothing at
 * all for the rest.
 *
 * @param method the comparison, {@code PEARSON} or {@code COSINE}
 * @param threshold the largest distance that links two profiles
 * @param falsePositiveRate the threshold's false-positive rate on the reference pairs
 * @param truePositiveRate its true-positive rate on the reference pairs
 * @param referencePairs how many linked and unlinked reference pairs it was learnt from
 * @param direct reports within the threshold of this one, closest first
 * @param cluster further reports linked through the direct ones (transitively), nearest first
 */
public record ReportLinks(
    String method,
    double threshold,
    double falsePositiveRate,
    double truePositiveRate,
    int referencePairs,
    List<Linked> direct,
    List<Disclosed<StoredReport>> cluster) {

  public ReportLinks {
    Objects.requireNonNull(method, "method");
    direct = List.copyOf(direct);
    cluster = List.copyOf(cluster);
  }

  /**
   * One linked report and its profile distance.
   *
   * @param report the report or a pointer to it
   * @param distance the profile distance (0 identical)
   */
  public record Linked(Disclosed<StoredReport> report, double distance) {}
}
