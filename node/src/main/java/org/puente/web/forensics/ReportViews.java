package org.puente.web.forensics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.puente.forensics.ReportLinks;
import org.puente.forensics.StoredReport;
import org.puente.forensics.registry.Country;
import org.puente.forensics.registry.Substance;
import org.puente.governance.Disclosed;
import org.puente.web.LabelViews;
import org.springframework.stereotype.Component;

/** How reports, links and substances look as JSON, the same for the API and the pages. */
@Component
class ReportViews {

  private final LabelViews views;

  ReportViews(LabelViews views) {
    this.views = views;
  }

  Map<String, Object> report(Disclosed<StoredReport> disclosed) {
    return switch (disclosed) {
      case Disclosed.Shown<StoredReport> shown -> {
        StoredReport r = shown.record();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("version", r.version());
        m.put("owner", views.owner(r.owner()));
        m.put("author", r.author());
        m.put("createdAt", r.createdAt().toString());
        m.put("updatedAt", r.updatedAt().toString());
        m.put("label", views.label(shown.label()));
        m.put("summary", summary(r));
        m.put("identification", r.results().get("identifications"));
        m.put("attribution", r.results().get("attribution"));
        m.put("classes", r.results().get("classes"));
        m.put("report", r.document());
        yield m;
      }
      case Disclosed.Pointer<StoredReport> pointer -> views.pointer(pointer);
    };
  }

  /** The short form used in lists. */
  Map<String, Object> listed(Disclosed<StoredReport> disclosed) {
    return switch (disclosed) {
      case Disclosed.Shown<StoredReport> shown -> {
        StoredReport r = shown.record();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("version", r.version());
        m.put("owner", views.owner(r.owner()));
        m.put("label", views.label(shown.label()));
        m.put("summary", summary(r));
        m.put("classes", r.results().get("classes"));
        yield m;
      }
      case Disclosed.Pointer<StoredReport> pointer -> views.pointer(pointer);
    };
  }

  Map<String, Object> links(ReportLinks links) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", links.method());
    m.put("threshold", links.threshold());
    m.put("falsePositiveRate", links.falsePositiveRate());
    m.put("truePositiveRate", links.truePositiveRate());
    m.put("referencePairs", links.referencePairs());
    m.put(
        "links",
        links.direct().stream()
            .map(l -> {
              Map<String, Object> link = new LinkedHashMap<>();
              link.put("distance", l.distance());
              link.put("report", listed(l.report()));
              return link;
            })
            .toList());
    m.put("cluster", links.cluster().stream().map(this::listed).toList());
    return m;
  }

  static Map<String, Object> summary(StoredReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("labId", r.labId());
    m.put("sampleId", r.sampleId());
    m.put("seizureEvent", r.seizureEvent());
    m.put("seizureDate", r.seizureDate().toString());
    m.put("country", r.country());
    m.put("subdivision", r.subdivision());
    if (r.port() != null) {
      m.put("portOfEntry", r.port());
    }
    m.put("analysed", r.analysed().toString());
    m.put("form", r.form());
    if (r.primarySubstance() != null) {
      m.put("primarySubstance", r.primarySubstance());
    }
    m.put("route", r.route());
    return m;
  }

  static Map<String, Object> substance(Substance s, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", s.name(locale));
    m.put("names", Map.of("en", s.nameEn(), "es", s.nameEs(), "fr", s.nameFr()));
    m.put("synonyms", s.synonyms());
    s.dea().ifPresent(code -> m.put("deaCode", code));
    s.structure().ifPresent(smiles -> m.put("smiles", smiles));
    if (s.inchiKey() != null) {
      m.put("inchikey", s.inchiKey());
    }
    m.put("class", s.substanceClass().name());
    Map<String, Object> controls = new LinkedHashMap<>();
    for (Country country : List.of(Country.values())) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("status", s.control(country).status().name());
      c.put("listing", s.control(country).listing());
      controls.put(country.name(), c);
    }
    m.put("controls", controls);
    m.put("provenance", s.provenance());
    return m;
  }
}
