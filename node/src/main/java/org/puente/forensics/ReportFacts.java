package org.puente.forensics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What trend statistics count of one stored report version: where and when it was seized, in what
 * form, what the laboratory found and how pure, under which label. It carries no document text.
 *
 * @param id the report's id
 * @param labelId the id of the report's stored label
 * @param owner the owning agency's code
 * @param country {@code USA}, {@code MEX} or {@code CAN}
 * @param subdivision ISO 3166-2 subdivision of the seizure
 * @param port port-of-entry code, or {@code ""} when not seized at a port
 * @param seizureDate the seizure date
 * @param forms the form's type and, where it applies, {@code LIQUID_PHARMACEUTICAL} or {@code
 *     COUNTERFEIT_TABLET}
 * @param substances registry ids of the substances found (primary, adulterant, diluent, impurity)
 * @param classes the substance classes computed for the report
 * @param route the attributed synthesis route or {@code UNASSIGNED}
 * @param purity purity in percent by substance id, for quantified findings
 * @param mgPerTablet mean tablet mass in milligrams, for tablets
 */
public record ReportFacts(
    UUID id,
    long labelId,
    String owner,
    String country,
    String subdivision,
    String port,
    LocalDate seizureDate,
    SortedSet<String> forms,
    SortedSet<String> substances,
    SortedSet<String> classes,
    String route,
    SortedMap<String, Double> purity,
    @Nullable Double mgPerTablet) {

  public ReportFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(seizureDate, "seizureDate");
    forms = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(forms));
    substances = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(substances));
    classes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(classes));
    purity = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(purity));
  }

  /** Facts from plain collections, for callers that build them piece by piece. */
  public static ReportFacts of(
      UUID id,
      long labelId,
      String owner,
      String country,
      String subdivision,
      @Nullable String port,
      LocalDate seizureDate,
      Set<String> forms,
      Set<String> substances,
      Set<String> classes,
      String route,
      Map<String, Double> purity,
      @Nullable Double mgPerTablet) {
    return new ReportFacts(
        id,
        labelId,
        owner,
        country,
        subdivision,
        port == null ? "" : port,
        seizureDate,
        new TreeSet<>(forms),
        new TreeSet<>(substances),
        new TreeSet<>(classes),
        route,
        new TreeMap<>(purity),
        mgPerTablet);
  }
}
