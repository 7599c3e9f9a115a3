package org.puente.forensics.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.puente.forensics.csv.Csv;
import org.puente.forensics.report.DsapReport;
import org.puente.forensics.report.Finding;
import org.puente.forensics.report.Role;

/**
 * Attributes fentanyl samples to synthesis routes from the marker compounds in their impurity
 * profile, using the rule table {@code forensics/attribution/rules.csv}. A rule fires when all its
 * required markers are observed and none of its excluding markers is; one route among the fired
 * rules is attributed, several are a conflict, none is insufficient evidence.
 */
public final class RouteAttribution {

  /** Peak area (relative to the primary drug) from which a marker counts as observed. */
  public static final double MIN_AREA = 0.001;

  private static final String BASE = "/forensics/attribution/";

  private final List<Rule> rules;
  private final Set<String> markers;

  RouteAttribution(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    Set<String> all = new LinkedHashSet<>();
    for (Rule rule : rules) {
      all.addAll(rule.requires());
      all.addAll(rule.excludes());
    }
    this.markers = Set.copyOf(all);
  }

  private static final class Standard {
    static final RouteAttribution TABLE = load();
  }

  /** The table shipped with the node. */
  public static RouteAttribution standard() {
    return Standard.TABLE;
  }

  /** Every marker compound the table mentions (registry ids). */
  public Set<String> markers() {
    return markers;
  }

  /** Attributes a report's sample. */
  public Attribution attribute(DsapReport report) {
    boolean fentanyl = false;
    for (Finding finding : report.findings()) {
      if (finding.role() == Role.PRIMARY && finding.substance().id().equals("fentanyl")) {
        fentanyl = true;
      }
    }
    return attribute(fentanyl, report.impurityProfile());
  }

  /**
   * Attributes a sample from its profile.
   *
   * @param fentanylSample whether fentanyl is a primary finding
   * @param profile marker registry id to peak area normalised to the primary drug's
   */
  public Attribution attribute(boolean fentanylSample, Map<String, Double> profile) {
    if (!fentanylSample) {
      return unassigned(Attribution.Reason.NOT_A_FENTANYL_SAMPLE, Set.of(), List.of(), Map.of());
    }
    if (profile.isEmpty()) {
      return unassigned(Attribution.Reason.NO_IMPURITY_PROFILE, Set.of(), List.of(), Map.of());
    }
    Map<String, Double> observed = new LinkedHashMap<>();
    profile.forEach((marker, area) -> {
      if (markers.contains(marker) && area >= MIN_AREA) {
        observed.put(marker, area);
      }
    });
    if (observed.isEmpty()) {
      return unassigned(Attribution.Reason.NO_ROUTE_MARKERS, Set.of(), List.of(), observed);
    }
    Map<Route, Confidence> best = new EnumMap<>(Route.class);
    List<Evidence> evidence = new ArrayList<>();
    for (Rule rule : rules) {
      if (!observed.keySet().containsAll(rule.requires())) {
        continue;
      }
      if (rule.excludes().stream().anyMatch(observed::containsKey)) {
        continue;
      }
      best.merge(rule.route(), rule.confidence(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      for (String marker : rule.requires()) {
        evidence.add(
            new Evidence(
                marker,
                Objects.requireNonNull(observed.get(marker)),
                rule.id(),
                rule.route(),
                rule.citation()));
      }
    }
    if (best.isEmpty()) {
      return unassigned(Attribution.Reason.INSUFFICIENT_MARKERS, Set.of(), evidence, observed);
    }
    if (best.size() > 1) {
      return unassigned(Attribution.Reason.CONFLICTING_MARKERS, best.keySet(), evidence, observed);
    }
    Map.Entry<Route, Confidence> only = best.entrySet().iterator().next();
    return new Attribution.Attributed(only.getKey(), only.getValue(), evidence);
  }

  private static Attribution unassigned(
      Attribution.Reason reason,
      Set<Route> candidates,
      List<Evidence> evidence,
      Map<String, Double> observed) {
    return new Attribution.Unassigned(reason, candidates, evidence, observed);
  }

  /**
   * One row of the table.
   *
   * @param id rule id
   * @param route the route it points to
   * @param requires markers that must all be observed
   * @param excludes markers whose presence stops the rule
   * @param confidence how strongly it supports the route
   * @param citation its source
   */
  record Rule(
      String id,
      Route route,
      Set<String> requires,
      Set<String> excludes,
      Confidence confidence,
      Citation citation) {
    Rule {
      requires = Set.copyOf(requires);
      excludes = Set.copyOf(excludes);
      if (requires.isEmpty()) {
        throw new IllegalArgumentException("rule " + id + " requires at least one marker");
      }
    }
  }

  static RouteAttribution load() {
    Map<String, Citation> citations = new HashMap<>();
    Csv sources = Csv.resource(BASE + "citations.csv");
    for (List<String> row : sources.records()) {
      Citation citation =
          new Citation(
              sources.get(row, "id"),
              sources.get(row, "authors"),
              sources.get(row, "title"),
              sources.get(row, "venue"),
              Integer.parseInt(sources.get(row, "year")),
              sources.get(row, "doi"));
      citations.put(citation.id(), citation);
    }
    List<Rule> rules = new ArrayList<>();
    Csv table = Csv.resource(BASE + "rules.csv");
    for (List<String> row : table.records()) {
      String cited = table.get(row, "citation");
      Citation citation = citations.get(cited);
      if (citation == null) {
        throw new IllegalStateException("rule cites unknown source " + cited);
      }
      rules.add(
          new Rule(
              table.get(row, "rule"),
              Route.valueOf(table.get(row, "route")),
              split(table.get(row, "requires")),
              split(table.get(row, "excludes")),
              Confidence.valueOf(table.get(row, "confidence")),
              citation));
    }
    return new RouteAttribution(rules);
  }

  private static Set<String> split(String cell) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : cell.split("\\|", -1)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
