package org.puente.forensics.report;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a valid report back as DSAP v1 JSON in one canonical shape: substances by registry id,
 * units by symbol, members in schema order. What is stored and served is this document, so two
 * laboratories spelling a substance differently ("fentanilo", "Fentanyl") store the same thing; it
 * reads back to an equal report.
 */
public final class DsapDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DsapDocument() {}

  /** The canonical DSAP v1 document of a report. */
  public static ObjectNode of(DsapReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("dsap", "1");
    ObjectNode lab = root.putObject("lab");
    lab.put("id", report.lab().id());
    lab.put("analyst", report.lab().analyst());
    root.put("sampleId", report.sampleId());
    report.exhibit().ifPresent(e -> root.put("exhibitId", e));
    Seizure s = report.seizure();
    ObjectNode seizure = root.putObject("seizure");
    seizure.put("eventId", s.eventId());
    seizure.put("date", s.date().toString());
    seizure.put("country", s.country().name());
    seizure.put("subdivision", s.subdivision());
    s.port().ifPresent(p -> seizure.put("portOfEntry", p));
    s.position()
        .ifPresent(c -> {
          ObjectNode at = seizure.putObject("coordinates");
          at.put("latitude", c.latitude());
          at.put("longitude", c.longitude());
        });
    root.put("submitted", report.submitted().toString());
    root.put("analysed", report.analysed().toString());
    root.set("form", form(report.form()));
    NetQuantity q = report.netQuantity();
    ObjectNode quantity = root.putObject("netQuantity");
    quantity.put("value", q.value());
    quantity.put("unit", q.unit().symbol());
    quantity.put("uncertainty", q.uncertainty());
    quantity.put("k", q.coverageFactor());
    ArrayNode techniques = root.putArray("techniques");
    for (AppliedMethod m : report.techniques()) {
      ObjectNode t = techniques.addObject();
      t.put("id", m.id());
      t.put("code", m.technique().code());
      t.put("category", m.category().name());
      t.put("result", m.result().name());
      m.hyphenatedRun().ifPresent(r -> t.put("run", r));
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode finding = findings.addObject();
      finding.put("substance", f.substance().id());
      finding.put("role", f.role().name());
      ObjectNode purity = finding.putObject("purity");
      switch (f.purity()) {
        case Purity.Qualitative ignored -> purity.put("kind", "QUALITATIVE");
        case Purity.Quantitative p -> {
          purity.put("kind", "QUANTITATIVE");
          purity.put("percent", p.percent());
          purity.put("uncertainty", p.uncertainty());
          purity.put("k", p.coverageFactor());
        }
      }
      ArrayNode ids = finding.putArray("techniques");
      f.techniqueIds().forEach(ids::add);
    }
    if (!report.impurityProfile().isEmpty()) {
      ObjectNode profile = root.putObject("impurityProfile");
      for (Map.Entry<String, Double> e : report.impurityProfile().entrySet()) {
        profile.put(e.getKey(), e.getValue());
      }
    }
    if (!report.spectra().isEmpty()) {
      ArrayNode spectra = root.putArray("spectra");
      for (SpectrumReference ref : report.spectra()) {
        ObjectNode spectrum = spectra.addObject();
        spectrum.put("technique", ref.techniqueId());
        spectrum.put("title", ref.title());
        if (ref.msLevel() != null) {
          spectrum.put("msLevel", ref.msLevel());
        }
        if (ref.precursorMz() != null) {
          spectrum.put("precursorMz", ref.precursorMz());
        }
        if (ref.toleranceMz() != null) {
          spectrum.put("toleranceMz", ref.toleranceMz());
        }
        ArrayNode peaks = spectrum.putArray("peaks");
        for (SpectrumReference.Peak p : ref.peaks()) {
          peaks.addArray().add(p.position()).add(p.intensity());
        }
      }
    }
    root.put("notes", report.notes());
    root.set("label", report.label().deepCopy());
    return root;
  }

  private static JsonNode form(PhysicalForm form) {
    ObjectNode node = NODES.objectNode();
    switch (form) {
      case PhysicalForm.Powder p -> {
        node.put("type", "POWDER");
        if (!p.colour().isEmpty()) {
          node.put("colour", p.colour());
        }
      }
      case PhysicalForm.Tablet t -> {
        node.put("type", "TABLET");
        if (!t.imprint().isEmpty()) {
          node.put("imprint", t.imprint());
        }
        if (!t.colour().isEmpty()) {
          node.put("colour", t.colour());
        }
        node.put("counterfeit", t.counterfeit());
        node.put("count", t.count());
        node.put("mgPerTablet", t.mgPerTablet());
      }
      case PhysicalForm.Liquid l -> {
        node.put("type", "LIQUID");
        node.put("container", l.container().name());
        node.put("pharmaceutical", l.pharmaceutical());
      }
      case PhysicalForm.PlantMaterial ignored -> node.put("type", "PLANT_MATERIAL");
      case PhysicalForm.Blotter b -> {
        node.put("type", "BLOTTER");
        node.put("units", b.units());
      }
      case PhysicalForm.Other o -> {
        node.put("type", "OTHER");
        node.put("description", o.description());
      }
    }
    return node;
  }

  /** The form's type as written in reports, for example {@code TABLET}. */
  public static String formType(PhysicalForm form) {
    return form(form).get("type").asString();
  }
}
