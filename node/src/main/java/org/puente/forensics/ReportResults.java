package org.puente.forensics;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.puente.forensics.attribution.Attribution;
import org.puente.forensics.attribution.Evidence;
import org.puente.forensics.attribution.Route;
import org.puente.forensics.attribution.RouteAttribution;
import org.puente.forensics.identification.FindingIdentification;
import org.puente.forensics.identification.NotCounted;
import org.puente.forensics.identification.ReportIdentification;
import org.puente.forensics.report.DsapReport;
import org.puente.forensics.report.Finding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the node computes from a report when it is stored: the SWGDRUG status of every finding with
 * the rule and techniques that decided it, the route attribution with its evidence, and the classes
 * found. Stored with the report, so a later change of rules never rewrites what was reported.
 */
final class ReportResults {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportResults() {}

  /** The results document, and the route for filtering. */
  record Computed(ObjectNode json, String route, Set<String> classes) {}

  static Computed of(DsapReport report, RouteAttribution attribution) {
    ObjectNode root = NODES.objectNode();
    ArrayNode identifications = root.putArray("identifications");
    Set<String> classes = new LinkedHashSet<>();
    for (FindingIdentification f : ReportIdentification.of(report)) {
      Finding finding = report.findings().get(f.findingIndex());
      ObjectNode node = identifications.addObject();
      node.put("finding", f.findingIndex());
      node.put("substance", f.substanceId());
      node.put("class", finding.substance().substanceClass().name());
      node.put("role", finding.role().name());
      node.put("status", f.identification().status().name());
      node.put("rule", f.identification().rule().name());
      ArrayNode counted = node.putArray("counted");
      f.identification().countedTechniques().forEach(counted::add);
      ArrayNode notCounted = node.putArray("notCounted");
      for (NotCounted n : f.identification().notCounted()) {
        ObjectNode skipped = notCounted.addObject();
        skipped.put("technique", n.techniqueId());
        skipped.put("reason", n.reason().name());
      }
      classes.add(finding.substance().substanceClass().name());
    }
    ArrayNode classList = root.putArray("classes");
    classes.forEach(classList::add);
    ObjectNode attributed = root.putObject("attribution");
    String route;
    switch (attribution.attribute(report)) {
      case Attribution.Attributed a -> {
        route = a.route().name();
        attributed.put("route", route);
        attributed.put("confidence", a.confidence().name());
        evidence(attributed.putArray("evidence"), a.evidence());
      }
      case Attribution.Unassigned u -> {
        route = "UNASSIGNED";
        attributed.put("route", route);
        attributed.put("reason", u.reason().name());
        ArrayNode candidates = attributed.putArray("candidates");
        u.candidates().stream().map(Route::name).sorted().forEach(candidates::add);
        evidence(attributed.putArray("evidence"), u.evidence());
        ObjectNode observed = attributed.putObject("observedMarkers");
        u.observedMarkers().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .forEach(e -> observed.put(e.getKey(), e.getValue()));
      }
    }
    return new Computed(root, route, classes);
  }

  private static void evidence(ArrayNode out, java.util.List<Evidence> evidence) {
    for (Evidence e : evidence) {
      ObjectNode node = out.addObject();
      node.put("marker", e.marker());
      node.put("area", e.area());
      node.put("rule", e.rule());
      node.put("route", e.route().name());
      ObjectNode citation = node.putObject("citation");
      citation.put("id", e.citation().id());
      citation.put("authors", e.citation().authors());
      citation.put("title", e.citation().title());
      citation.put("venue", e.citation().venue());
      citation.put("year", e.citation().year());
      citation.put("doi", e.citation().doi());
    }
  }
}
