package org.puente.forensics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puente.forensics.csv.Csv;
import org.puente.forensics.csv.MalformedCsv;
import org.puente.governance.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSV flattening of DSAP v1: one row per finding, the report's own columns repeated on every
 * row of the report, rows of one report sharing {@code lab_id} and {@code sample_id}. Rows are
 * turned back into the JSON form so that one validator serves every format, and each violation's
 * JSON Pointer is mapped back to {@code /rows/<n>/<column>}.
 */
final class CsvReports {

  /** Every column, in template order. */
  static final List<String> COLUMNS =
      List.of(
          "lab_id",
          "analyst",
          "sample_id",
          "exhibit_id",
          "seizure_event_id",
          "seizure_date",
          "seizure_country",
          "seizure_subdivision",
          "port_of_entry",
          "latitude",
          "longitude",
          "submitted",
          "analysed",
          "form",
          "form_colour",
          "tablet_imprint",
          "tablet_counterfeit",
          "tablet_count",
          "mg_per_tablet",
          "liquid_container",
          "liquid_pharmaceutical",
          "blotter_units",
          "form_description",
          "net_quantity",
          "net_quantity_unit",
          "net_quantity_uncertainty",
          "net_quantity_k",
          "techniques",
          "impurity_profile",
          "notes",
          "label_releasable_to",
          "label_communities",
          "label_handling",
          "label_handling_text",
          "label_tlp",
          "label_outsiders",
          "label_statistics",
          "finding_substance",
          "finding_role",
          "purity",
          "purity_uncertainty",
          "purity_k",
          "finding_techniques");

  /** Columns that hold one finding; all others describe the report and repeat on each row. */
  static final Set<String> FINDING_COLUMNS =
      Set.of(
          "finding_substance",
          "finding_role",
          "purity",
          "purity_uncertainty",
          "purity_k",
          "finding_techniques");

  static final Set<String> REQUIRED =
      Set.of(
          "lab_id",
          "analyst",
          "sample_id",
          "seizure_event_id",
          "seizure_date",
          "seizure_country",
          "seizure_subdivision",
          "submitted",
          "analysed",
          "form",
          "net_quantity",
          "net_quantity_unit",
          "net_quantity_uncertainty",
          "net_quantity_k",
          "techniques",
          "finding_substance",
          "finding_role",
          "finding_techniques");

  /** JSON Pointer (report-level) to the CSV column that holds it. */
  private static final Map<String, String> REPORT_POINTERS = new LinkedHashMap<>();

  static {
    String[][] pairs = {
      {"/lab/id", "lab_id"},
      {"/lab/analyst", "analyst"},
      {"/lab", "lab_id"},
      {"/sampleId", "sample_id"},
      {"/exhibitId", "exhibit_id"},
      {"/seizure/eventId", "seizure_event_id"},
      {"/seizure/date", "seizure_date"},
      {"/seizure/country", "seizure_country"},
      {"/seizure/subdivision", "seizure_subdivision"},
      {"/seizure/portOfEntry", "port_of_entry"},
      {"/seizure/coordinates/longitude", "longitude"},
      {"/seizure/coordinates", "latitude"},
      {"/seizure", "seizure_event_id"},
      {"/submitted", "submitted"},
      {"/analysed", "analysed"},
      {"/form/colour", "form_colour"},
      {"/form/imprint", "tablet_imprint"},
      {"/form/counterfeit", "tablet_counterfeit"},
      {"/form/count", "tablet_count"},
      {"/form/mgPerTablet", "mg_per_tablet"},
      {"/form/container", "liquid_container"},
      {"/form/pharmaceutical", "liquid_pharmaceutical"},
      {"/form/units", "blotter_units"},
      {"/form/description", "form_description"},
      {"/form", "form"},
      {"/netQuantity/unit", "net_quantity_unit"},
      {"/netQuantity/uncertainty", "net_quantity_uncertainty"},
      {"/netQuantity/k", "net_quantity_k"},
      {"/netQuantity", "net_quantity"},
      {"/techniques", "techniques"},
      {"/impurityProfile", "impurity_profile"},
      {"/spectra", "notes"},
      {"/notes", "notes"},
      {"/label", "label_releasable_to"},
      {"/findings", "purity"},
      {"/dsap", "lab_id"},
    };
    for (String[] pair : pairs) {
      REPORT_POINTERS.put(pair[0], pair[1]);
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CsvReports() {}

  /** The reports of a CSV batch as JSON trees, and the violations of the CSV itself. */
  record Flattened(List<Group> groups, List<Violation> violations) {}

  /**
   * One report's rows.
   *
   * @param json the report in its JSON form
   * @param rows 0-based data-row indices, one per finding, in order
   */
  record Group(JsonNode json, List<Integer> rows) {

    /** The same violation, pointing at a CSV row and column. */
    Violation toRows(Violation violation) {
      String pointer = violation.pointer();
      int row = rows.getFirst();
      String column = null;
      if (pointer.startsWith("/findings/")) {
        String[] parts = pointer.split("/", -1);
        int finding = parseIndex(parts[2]);
        if (finding >= 0 && finding < rows.size()) {
          row = rows.get(finding);
          String member = parts.length > 3 ? parts[3] : "";
          String leaf = parts.length > 4 ? parts[4] : "";
          column =
              switch (member) {
                case "substance" -> "finding_substance";
                case "role" -> "finding_role";
                case "techniques" -> "finding_techniques";
                case "purity" ->
                    switch (leaf) {
                      case "uncertainty" -> "purity_uncertainty";
                      case "k" -> "purity_k";
                      default -> "purity";
                    };
                default -> "finding_substance";
              };
        }
      }
      if (column == null) {
        column = reportColumn(pointer);
      }
      String target = column.isEmpty() ? "/rows/" + row : "/rows/" + row + "/" + column;
      return new Violation(target, violation.code(), violation.args());
    }
  }

  private static String reportColumn(String pointer) {
    String prefix = pointer;
    while (!prefix.isEmpty()) {
      String column = REPORT_POINTERS.get(prefix);
      if (column != null) {
        return column;
      }
      prefix = prefix.substring(0, prefix.lastIndexOf('/'));
    }
    return "";
  }

  private static int parseIndex(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static Flattened unflatten(String text, int maxRows) {
    Csv csv;
    try {
      csv = Csv.parse(text);
    } catch (MalformedCsv e) {
      int row = e.record() - 1;
      return new Flattened(
          List.of(),
          List.of(Violation.of(row < 0 ? "/header" : "/rows/" + row, "csv.malformed", e.reason())));
    }
    List<Violation> violations = new ArrayList<>();
    for (String column : csv.header()) {
      if (!COLUMNS.contains(column)) {
        violations.add(Violation.of("/header/" + escape(column), "csv.column.unknown", column));
      }
    }
    for (String column : COLUMNS) {
      if (REQUIRED.contains(column) && !csv.has(column)) {
        violations.add(Violation.of("/header/" + column, "csv.column.missing", column));
      }
    }
    if (csv.records().size() > maxRows) {
      violations.add(Violation.of("", "batch.tooManyRows", maxRows));
    }
    if (!violations.isEmpty()) {
      return new Flattened(List.of(), violations);
    }
    Map<String, List<Integer>> byReport = new LinkedHashMap<>();
    List<List<String>> records = csv.records();
    for (int n = 0; n < records.size(); n++) {
      List<String> record = records.get(n);
      if (record.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (record.size() != csv.header().size()) {
        violations.add(
            Violation.of("/rows/" + n, "csv.row.width", record.size(), csv.header().size()));
        continue;
      }
      String key =
          csv.get(record, "lab_id").strip() + "\u0000" + csv.get(record, "sample_id").strip();
      byReport.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
    }
    List<Group> groups = new ArrayList<>();
    for (List<Integer> rows : byReport.values()) {
      List<String> first = records.get(rows.getFirst());
      for (int r = 1; r < rows.size(); r++) {
        List<String> other = records.get(rows.get(r));
        for (String column : csv.header()) {
          if (!FINDING_COLUMNS.contains(column)
              && !csv.get(first, column).strip().equals(csv.get(other, column).strip())) {
            violations.add(
                Violation.of(
                    "/rows/" + rows.get(r) + "/" + column,
                    "csv.report.inconsistent",
                    column,
                    rows.getFirst()));
          }
        }
      }
      groups.add(new Group(report(csv, first, rows, records), List.copyOf(rows)));
    }
    return new Flattened(groups, violations);
  }

  private static ObjectNode report(
      Csv csv, List<String> first, List<Integer> rows, List<List<String>> records) {
    ObjectNode report = NODES.objectNode();
    report.put("dsap", "1");
    ObjectNode lab = report.putObject("lab");
    text(lab, "id", csv.optional(first, "lab_id"));
    text(lab, "analyst", csv.optional(first, "analyst"));
    text(report, "sampleId", csv.optional(first, "sample_id"));
    text(report, "exhibitId", csv.optional(first, "exhibit_id"));
    ObjectNode seizure = report.putObject("seizure");
    text(seizure, "eventId", csv.optional(first, "seizure_event_id"));
    text(seizure, "date", csv.optional(first, "seizure_date"));
    text(seizure, "country", csv.optional(first, "seizure_country"));
    text(seizure, "subdivision", csv.optional(first, "seizure_subdivision"));
    text(seizure, "portOfEntry", csv.optional(first, "port_of_entry"));
    Optional<String> latitude = csv.optional(first, "latitude");
    Optional<String> longitude = csv.optional(first, "longitude");
    if (latitude.isPresent() || longitude.isPresent()) {
      ObjectNode coordinates = seizure.putObject("coordinates");
      number(coordinates, "latitude", latitude);
      number(coordinates, "longitude", longitude);
    }
    text(report, "submitted", csv.optional(first, "submitted"));
    text(report, "analysed", csv.optional(first, "analysed"));
    Optional<String> formType = csv.optional(first, "form");
    if (formType.isPresent()) {
      ObjectNode form = report.putObject("form");
      form.put("type", formType.get());
      String type = formType.get().toUpperCase(Locale.ROOT);
      switch (type) {
        case "POWDER" -> text(form, "colour", csv.optional(first, "form_colour"));
        case "TABLET" -> {
          text(form, "imprint", csv.optional(first, "tablet_imprint"));
          text(form, "colour", csv.optional(first, "form_colour"));
          bool(form, "counterfeit", csv.optional(first, "tablet_counterfeit"));
          number(form, "count", csv.optional(first, "tablet_count"));
          number(form, "mgPerTablet", csv.optional(first, "mg_per_tablet"));
        }
        case "LIQUID" -> {
          text(form, "container", csv.optional(first, "liquid_container"));
          bool(form, "pharmaceutical", csv.optional(first, "liquid_pharmaceutical"));
        }
        case "BLOTTER" -> number(form, "units", csv.optional(first, "blotter_units"));
        case "OTHER" -> text(form, "description", csv.optional(first, "form_description"));
        default -> {}
      }
    }
    ObjectNode quantity = report.putObject("netQuantity");
    number(quantity, "value", csv.optional(first, "net_quantity"));
    text(quantity, "unit", csv.optional(first, "net_quantity_unit"));
    number(quantity, "uncertainty", csv.optional(first, "net_quantity_uncertainty"));
    number(quantity, "k", csv.optional(first, "net_quantity_k"));
    ArrayNode techniques = report.putArray("techniques");
    for (String entry : list(csv.optional(first, "techniques"), ";")) {
      String[] parts = entry.split(":", -1);
      ObjectNode technique = techniques.addObject();
      part(technique, "id", parts, 0);
      part(technique, "code", parts, 1);
      part(technique, "category", parts, 2);
      part(technique, "result", parts, 3);
      part(technique, "run", parts, 4);
    }
    Optional<String> profile = csv.optional(first, "impurity_profile");
    if (profile.isPresent()) {
      ObjectNode markers = report.putObject("impurityProfile");
      for (String entry : list(profile, ";")) {
        int equals = entry.lastIndexOf('=');
        String name = equals < 0 ? entry : entry.substring(0, equals).strip();
        Optional<String> area =
            equals < 0 ? Optional.of("") : Optional.of(entry.substring(equals + 1).strip());
        number(markers, name, area);
      }
    }
    text(report, "notes", csv.optional(first, "notes"));
    ObjectNode label = NODES.objectNode();
    strings(label, "releasableTo", csv.optional(first, "label_releasable_to"));
    strings(label, "communities", csv.optional(first, "label_communities"));
    text(label, "handling", csv.optional(first, "label_handling"));
    text(label, "handlingText", csv.optional(first, "label_handling_text"));
    text(label, "tlp", csv.optional(first, "label_tlp"));
    text(label, "outsiders", csv.optional(first, "label_outsiders"));
    strings(label, "statistics", csv.optional(first, "label_statistics"));
    if (!label.isEmpty()) {
      report.set("label", label);
    }
    ArrayNode findings = report.putArray("findings");
    boolean onlyRowWithoutFinding =
        rows.size() == 1 && csv.optional(first, "finding_substance").isEmpty();
    if (!onlyRowWithoutFinding) {
      for (int row : rows) {
        List<String> record = records.get(row);
        ObjectNode finding = findings.addObject();
        text(finding, "substance", csv.optional(record, "finding_substance"));
        text(finding, "role", csv.optional(record, "finding_role"));
        ObjectNode purity = finding.putObject("purity");
        Optional<String> percent = csv.optional(record, "purity");
        if (percent.isEmpty()) {
          purity.put("kind", "QUALITATIVE");
        } else {
          purity.put("kind", "QUANTITATIVE");
          number(purity, "percent", percent);
          number(purity, "uncertainty", csv.optional(record, "purity_uncertainty"));
          number(purity, "k", csv.optional(record, "purity_k"));
        }
        ArrayNode cited = finding.putArray("techniques");
        for (String id : list(csv.optional(record, "finding_techniques"), ";")) {
          cited.add(id);
        }
      }
    }
    return report;
  }

  private static List<String> list(Optional<String> cell, String separator) {
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : cell.get().split(java.util.regex.Pattern.quote(separator), -1)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static void part(ObjectNode target, String name, String[] parts, int index) {
    if (index < parts.length && !parts[index].isBlank()) {
      target.put(name, parts[index].strip());
    }
  }

  private static void text(ObjectNode target, String name, Optional<String> value) {
    value.ifPresent(v -> target.put(name, v));
  }

  private static void strings(ObjectNode target, String name, Optional<String> value) {
    if (value.isPresent()) {
      ArrayNode array = target.putArray(name);
      for (String item : list(value, "|")) {
        array.add(item);
      }
    }
  }

  /** A number where the cell parses as one; otherwise the text, so the validator names it. */
  private static void number(ObjectNode target, String name, Optional<String> value) {
    if (value.isEmpty()) {
      return;
    }
    String text = value.get();
    try {
      if (text.matches("-?[0-9]{1,9}")) {
        target.put(name, Integer.parseInt(text));
      } else {
        double parsed = Double.parseDouble(text);
        if (text.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
          target.put(name, parsed);
        } else {
          target.put(name, text);
        }
      }
    } catch (NumberFormatException e) {
      target.put(name, text);
    }
  }

  private static void bool(ObjectNode target, String name, Optional<String> value) {
    if (value.isEmpty()) {
      return;
    }
    switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true" -> target.put(name, true);
      case "false" -> target.put(name, false);
      default -> target.put(name, value.get());
    }
  }

  private static String escape(String column) {
    return column.replace("~", "~0").replace("/", "~1");
  }
}
