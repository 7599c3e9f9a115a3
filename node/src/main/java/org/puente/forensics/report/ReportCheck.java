package org.puente.forensics.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.registry.Country;
import org.puente.forensics.registry.Lookup;
import org.puente.forensics.registry.Substance;
import org.puente.forensics.registry.SubstanceRegistry;
import org.puente.forensics.registry.Suggestion;
import org.puente.forensics.technique.SwgdrugCategory;
import org.puente.forensics.technique.Technique;
import org.puente.forensics.technique.TechniqueCatalogue;
import org.puente.forensics.technique.TechniqueResult;
import org.puente.governance.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Checks one DSAP v1 report given as a JSON tree and builds the {@link DsapReport} when nothing is
 * wrong. It keeps going after the first problem so that a laboratory sees every violation at once.
 */
final class ReportCheck {

  static final int MAX_TEXT = 200;
  static final int MAX_NOTES = 4_000;
  static final int MAX_TECHNIQUES = 50;
  static final int MAX_FINDINGS = 50;
  static final int MAX_MARKERS = 100;
  static final int MAX_SPECTRA = 10;
  static final int MAX_PEAKS = 10_000;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
  private static final Pattern PORT = Pattern.compile("[0-9]{4}");

  private static final Set<String> REPORT_MEMBERS =
      Set.of(
          "dsap",
          "lab",
          "sampleId",
          "exhibitId",
          "seizure",
          "submitted",
          "analysed",
          "form",
          "netQuantity",
          "techniques",
          "findings",
          "impurityProfile",
          "spectra",
          "notes",
          "label");

  private final SubstanceRegistry registry;
  private final TechniqueCatalogue catalogue;
  private final LocalDate latestAllowed;
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> declaredTechniqueIds = new HashSet<>();

  ReportCheck(SubstanceRegistry registry, TechniqueCatalogue catalogue, LocalDate today) {
    this.registry = registry;
    this.catalogue = catalogue;
    // One day of slack: a laboratory west of the node's clock may still be on "yesterday".
    this.latestAllowed = today.plusDays(1);
  }

  List<Violation> violations() {
    return violations;
  }

  /** The report, or empty with {@link #violations()} filled in. */
  Optional<DsapReport> check(JsonNode root) {
    if (!root.isObject()) {
      add("", "value.object.expected");
      return Optional.empty();
    }
    unknownMembers(root, "", REPORT_MEMBERS);
    String version = text(root, "", "dsap", true, 8);
    if (version != null && !version.equals("1")) {
      add("/dsap", "report.version.unsupported", version);
    }
    Lab lab = lab(root);
    String sampleId = identifier(root, "", "sampleId", true);
    String exhibitId = identifier(root, "", "exhibitId", false);
    Seizure seizure = seizure(root);
    LocalDate submitted = date(root, "", "submitted", true);
    LocalDate analysed = date(root, "", "analysed", true);
    if (seizure != null && submitted != null && submitted.isBefore(seizure.date())) {
      add("/submitted", "date.submittedBeforeSeizure", submitted, seizure.date());
    }
    if (seizure != null && analysed != null && analysed.isBefore(seizure.date())) {
      add("/analysed", "date.analysedBeforeSeizure", analysed, seizure.date());
    }
    if (submitted != null && analysed != null && analysed.isBefore(submitted)) {
      add("/analysed", "date.analysedBeforeSubmission", analysed, submitted);
    }
    PhysicalForm form = form(root);
    NetQuantity quantity = netQuantity(root, form);
    Map<String, AppliedMethod> techniques = techniques(root);
    List<Finding> findings = findings(root, techniques);
    Map<String, Double> profile = impurityProfile(root);
    List<SpectrumReference> spectra = spectra(root, techniques);
    String notes = text(root, "", "notes", false, MAX_NOTES);
    JsonNode label = root.get("label");
    if (label == null || label.isNull()) {
      add("/label", "report.label.missing");
    }
    if (!violations.isEmpty()
        || lab == null
        || sampleId == null
        || seizure == null
        || submitted == null
        || analysed == null
        || form == null
        || quantity == null
        || findings == null
        || label == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DsapReport(
            lab,
            sampleId,
            exhibitId,
            seizure,
            submitted,
            analysed,
            form,
            quantity,
            List.copyOf(techniques.values()),
            findings,
            profile,
            spectra,
            notes == null ? "" : notes,
            label));
  }

  // ---- parts ---------------------------------------------------------------------------------

  private @Nullable Lab lab(JsonNode root) {
    JsonNode lab = object(root, "", "lab", true);
    if (lab == null) {
      return null;
    }
    unknownMembers(lab, "/lab", Set.of("id", "analyst"));
    String id = identifier(lab, "/lab", "id", true);
    String analyst = identifier(lab, "/lab", "analyst", true);
    return id == null || analyst == null ? null : new Lab(id, analyst);
  }

  private @Nullable Seizure seizure(JsonNode root) {
    JsonNode seizure = object(root, "", "seizure", true);
    if (seizure == null) {
      return null;
    }
    String at = "/seizure";
    unknownMembers(
        seizure,
        at,
        Set.of("eventId", "date", "country", "subdivision", "portOfEntry", "coordinates"));
    String eventId = identifier(seizure, at, "eventId", true);
    LocalDate date = date(seizure, at, "date", true);
    Country country = choice(seizure, at, "country", Country.class, true);
    String subdivision = text(seizure, at, "subdivision", true, 16);
    if (subdivision != null) {
      Optional<Country> owner = Subdivisions.country(subdivision.toUpperCase(Locale.ROOT));
      if (owner.isEmpty()) {
        add(at + "/subdivision", "subdivision.unknown", subdivision);
        subdivision = null;
      } else if (country != null && owner.get() != country) {
        add(at + "/subdivision", "subdivision.countryMismatch", subdivision, country);
        subdivision = null;
      } else {
        subdivision = subdivision.toUpperCase(Locale.ROOT);
      }
    }
    String port = text(seizure, at, "portOfEntry", false, 8);
    if (port != null && !PORT.matcher(port).matches()) {
      add(at + "/portOfEntry", "port.invalid", port);
      port = null;
    }
    Coordinates coordinates = null;
    JsonNode position = object(seizure, at, "coordinates", false);
    if (position != null) {
      String where = at + "/coordinates";
      unknownMembers(position, where, Set.of("latitude", "longitude"));
      Double latitude = number(position, where, "latitude", true);
      Double longitude = number(position, where, "longitude", true);
      if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
        add(where + "/latitude", "coordinates.latitude.range", latitude);
        latitude = null;
      }
      if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
        add(where + "/longitude", "coordinates.longitude.range", longitude);
        longitude = null;
      }
      if (latitude != null && longitude != null) {
        coordinates = new Coordinates(latitude, longitude);
      }
    }
    if (eventId == null || date == null || country == null || subdivision == null) {
      return null;
    }
    return new Seizure(eventId, date, country, subdivision, port, coordinates);
  }

  private @Nullable PhysicalForm form(JsonNode root) {
    JsonNode form = object(root, "", "form", true);
    if (form == null) {
      return null;
    }
    String at = "/form";
    FormType type = choice(form, at, "type", FormType.class, true);
    if (type == null) {
      return null;
    }
    return switch (type) {
      case POWDER -> {
        unknownMembers(form, at, Set.of("type", "colour"));
        String colour = text(form, at, "colour", false, MAX_TEXT);
        yield new PhysicalForm.Powder(colour == null ? "" : colour);
      }
      case TABLET -> {
        unknownMembers(
            form, at, Set.of("type", "imprint", "colour", "counterfeit", "count", "mgPerTablet"));
        String imprint = text(form, at, "imprint", false, MAX_TEXT);
        String colour = text(form, at, "colour", false, MAX_TEXT);
        Boolean counterfeit = bool(form, at, "counterfeit", true);
        Integer count = integer(form, at, "count", true);
        Double mass = number(form, at, "mgPerTablet", true);
        if (count != null && count < 1) {
          add(at + "/count", "tablet.count.invalid", count);
          count = null;
        }
        if (mass != null && !(mass > 0 && mass <= 10_000)) {
          add(at + "/mgPerTablet", "tablet.mass.invalid", mass);
          mass = null;
        }
        yield counterfeit == null || count == null || mass == null
            ? null
            : new PhysicalForm.Tablet(
                imprint == null ? "" : imprint,
                colour == null ? "" : colour,
                counterfeit,
                count,
                mass);
      }
      case LIQUID -> {
        unknownMembers(form, at, Set.of("type", "container", "pharmaceutical"));
        PhysicalForm.Container container =
            choice(form, at, "container", PhysicalForm.Container.class, true);
        Boolean pharmaceutical = bool(form, at, "pharmaceutical", true);
        yield container == null || pharmaceutical == null
            ? null
            : new PhysicalForm.Liquid(container, pharmaceutical);
      }
      case PLANT_MATERIAL -> {
        unknownMembers(form, at, Set.of("type"));
        yield new PhysicalForm.PlantMaterial();
      }
      case BLOTTER -> {
        unknownMembers(form, at, Set.of("type", "units"));
        Integer units = integer(form, at, "units", true);
        if (units != null && units < 1) {
          add(at + "/units", "blotter.units.invalid", units);
          units = null;
        }
        yield units == null ? null : new PhysicalForm.Blotter(units);
      }
      case OTHER -> {
        unknownMembers(form, at, Set.of("type", "description"));
        String description = text(form, at, "description", true, MAX_TEXT);
        yield description == null ? null : new PhysicalForm.Other(description);
      }
    };
  }

  /** The form types as written in reports. */
  enum FormType {
    POWDER,
    TABLET,
    LIQUID,
    PLANT_MATERIAL,
    BLOTTER,
    OTHER
  }

  private @Nullable NetQuantity netQuantity(JsonNode root, @Nullable PhysicalForm form) {
    JsonNode quantity = object(root, "", "netQuantity", true);
    if (quantity == null) {
      return null;
    }
    String at = "/netQuantity";
    unknownMembers(quantity, at, Set.of("value", "unit", "uncertainty", "k"));
    Double value = number(quantity, at, "value", true);
    MeasureUnit unit = null;
    JsonNode unitNode = quantity.get("unit");
    if (unitNode == null
        || unitNode.isNull()
        || (unitNode.isString() && unitNode.stringValue().isBlank())) {
      add(at + "/unit", "quantity.unit.missing");
    } else if (!unitNode.isString()) {
      add(at + "/unit", "value.string.expected");
    } else {
      unit = MeasureUnit.bySymbol(unitNode.stringValue()).orElse(null);
      if (unit == null) {
        add(
            at + "/unit",
            "quantity.unit.unknown",
            unitNode.stringValue(),
            Arrays.stream(MeasureUnit.values())
                .map(MeasureUnit::symbol)
                .collect(Collectors.joining(", ")));
      } else if (unit.dimension() == MeasureUnit.Dimension.VOLUME
          && form != null
          && !(form instanceof PhysicalForm.Liquid)) {
        add(at + "/unit", "quantity.unit.volumeForSolid", unit.symbol());
        unit = null;
      }
    }
    Double uncertainty = number(quantity, at, "uncertainty", true);
    Double k = number(quantity, at, "k", true);
    if (value != null && !(value > 0)) {
      add(at + "/value", value < 0 ? "quantity.negative" : "quantity.zero", value);
      value = null;
    }
    if (uncertainty != null && !(uncertainty >= 0)) {
      add(at + "/uncertainty", "uncertainty.negative", uncertainty);
      uncertainty = null;
    }
    if (k != null && !(k >= 1 && k <= 4)) {
      add(at + "/k", "coverage.invalid", k);
      k = null;
    }
    return value == null || unit == null || uncertainty == null || k == null
        ? null
        : new NetQuantity(value, unit, uncertainty, k);
  }

  private Map<String, AppliedMethod> techniques(JsonNode root) {
    Map<String, AppliedMethod> out = new LinkedHashMap<>();
    JsonNode list = array(root, "", "techniques", true, MAX_TECHNIQUES);
    if (list == null) {
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "/techniques/" + i;
      JsonNode entry = list.get(i);
      if (!entry.isObject()) {
        add(at, "value.object.expected");
        continue;
      }
      unknownMembers(entry, at, Set.of("id", "code", "category", "result", "run"));
      String id = identifier(entry, at, "id", true);
      if (id != null && !ids.add(id)) {
        add(at + "/id", "technique.id.duplicate", id);
        id = null;
      }
      if (id != null) {
        // Known even if the entry is invalid, so a finding citing it is not reported twice.
        declaredTechniqueIds.add(id);
      }
      Technique technique = null;
      String code = text(entry, at, "code", true, 32);
      if (code != null) {
        technique = catalogue.find(code.toUpperCase(Locale.ROOT)).orElse(null);
        if (technique == null) {
          List<String> components = catalogue.components(code);
          if (!components.isEmpty()) {
            add(at + "/code", "technique.code.hyphenated", code, String.join(", ", components));
          } else {
            add(
                at + "/code",
                "technique.code.unknown",
                code,
                String.join(", ", catalogue.closest(code, 3)));
          }
        }
      }
      SwgdrugCategory category = choice(entry, at, "category", SwgdrugCategory.class, true);
      if (technique != null && category != null && category != technique.category()) {
        add(
            at + "/category",
            "technique.category.mismatch",
            technique.code(),
            category,
            technique.category());
        category = null;
      }
      TechniqueResult result = null;
      JsonNode resultNode = entry.get("result");
      if (resultNode == null || resultNode.isNull()) {
        add(at + "/result", "technique.result.missing");
      } else {
        result = choice(entry, at, "result", TechniqueResult.class, true);
      }
      String run = identifier(entry, at, "run", false);
      if (id != null && technique != null && category != null && result != null) {
        out.put(id, new AppliedMethod(id, technique, category, result, run));
      }
    }
    return out;
  }

  private @Nullable List<Finding> findings(JsonNode root, Map<String, AppliedMethod> techniques) {
    List<Finding> out = new ArrayList<>();
    JsonNode list = array(root, "", "findings", true, MAX_FINDINGS);
    if (list == null) {
      return null;
    }
    Set<String> substances = new HashSet<>();
    double lowerBoundSum = 0;
    for (int i = 0; i < list.size(); i++) {
      String at = "/findings/" + i;
      JsonNode entry = list.get(i);
      if (!entry.isObject()) {
        add(at, "value.object.expected");
        continue;
      }
      unknownMembers(entry, at, Set.of("substance", "role", "purity", "techniques"));
      Substance substance = substance(entry, at, "substance");
      if (substance != null && !substances.add(substance.id())) {
        add(at + "/substance", "finding.substance.duplicate", substance.id());
      }
      Role role = choice(entry, at, "role", Role.class, true);
      Purity purity = purity(entry, at);
      if (purity instanceof Purity.Quantitative q) {
        lowerBoundSum += Math.max(0, q.percent() - q.uncertainty());
      }
      List<String> ids = new ArrayList<>();
      JsonNode cited = array(entry, at, "techniques", true, MAX_TECHNIQUES);
      if (cited != null) {
        if (cited.isEmpty()) {
          add(at + "/techniques", "finding.techniques.empty");
        }
        for (int j = 0; j < cited.size(); j++) {
          JsonNode ref = cited.get(j);
          String where = at + "/techniques/" + j;
          if (!ref.isString()) {
            add(where, "value.string.expected");
          } else if (!declaredTechniqueIds.contains(ref.stringValue())) {
            add(where, "finding.technique.unknown", ref.stringValue());
          } else if (techniques.containsKey(ref.stringValue())) {
            ids.add(ref.stringValue());
          }
        }
      }
      if (substance != null && role != null && purity != null && !ids.isEmpty()) {
        out.add(new Finding(substance, role, purity, ids));
      }
    }
    if (lowerBoundSum > 100) {
      add("/findings", "findings.purity.sumExceeds", Math.round(lowerBoundSum * 10) / 10.0);
    }
    return out;
  }

  private @Nullable Substance substance(JsonNode entry, String at, String member) {
    String name = text(entry, at, member, true, MAX_TEXT);
    return name == null ? null : named(Violation.pointer(at, member), name);
  }

  private @Nullable Purity purity(JsonNode entry, String at) {
    JsonNode purity = object(entry, at, "purity", true);
    if (purity == null) {
      return null;
    }
    String where = at + "/purity";
    PurityKind kind = choice(purity, where, "kind", PurityKind.class, true);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case QUALITATIVE -> {
        unknownMembers(purity, where, Set.of("kind"));
        yield new Purity.Qualitative();
      }
      case QUANTITATIVE -> {
        unknownMembers(purity, where, Set.of("kind", "percent", "uncertainty", "k"));
        Double percent = number(purity, where, "percent", true);
        Double uncertainty = number(purity, where, "uncertainty", true);
        Double k = number(purity, where, "k", true);
        if (percent != null && !(percent >= 0 && percent <= 100)) {
          add(where + "/percent", "purity.range", percent);
          percent = null;
        }
        if (uncertainty != null && !(uncertainty >= 0 && uncertainty <= 100)) {
          add(
              where + "/uncertainty",
              uncertainty < 0 ? "uncertainty.negative" : "purity.range",
              uncertainty);
          uncertainty = null;
        }
        if (k != null && !(k >= 1 && k <= 4)) {
          add(where + "/k", "coverage.invalid", k);
          k = null;
        }
        yield percent == null || uncertainty == null || k == null
            ? null
            : new Purity.Quantitative(percent, uncertainty, k);
      }
    };
  }

  /** How purity is given. */
  enum PurityKind {
    QUALITATIVE,
    QUANTITATIVE
  }

  private Map<String, Double> impurityProfile(JsonNode root) {
    Map<String, Double> profile = new LinkedHashMap<>();
    JsonNode markers = object(root, "", "impurityProfile", false);
    if (markers == null) {
      return profile;
    }
    if (markers.size() > MAX_MARKERS) {
      add("/impurityProfile", "value.tooMany", MAX_MARKERS);
      return profile;
    }
    for (String name : markers.propertyNames()) {
      String at = Violation.pointer("/impurityProfile", name);
      Substance marker = named(at, name);
      JsonNode area = markers.get(name);
      if (!area.isNumber()) {
        add(at, "value.number.expected");
        continue;
      }
      double value = area.doubleValue();
      if (!(value >= 0) || Double.isInfinite(value)) {
        add(at, "profile.area.negative", value);
        continue;
      }
      if (marker != null) {
        if (profile.containsKey(marker.id())) {
          add(at, "profile.marker.duplicate", marker.id());
        } else {
          profile.put(marker.id(), value);
        }
      }
    }
    return profile;
  }

  /**
   * A substance named in a report: exactly one registry substance, or a violation at {@code at}.
   */
  private @Nullable Substance named(String at, String name) {
    return switch (registry.lookup(name)) {
      case Lookup.Found found -> found.substance();
      case Lookup.Ambiguous ambiguous -> {
        add(
            at,
            "substance.ambiguous",
            name,
            ambiguous.candidates().stream().map(Substance::id).collect(Collectors.joining(", ")));
        yield null;
      }
      case Lookup.Unknown unknown -> {
        add(
            at,
            "substance.unknown",
            name,
            unknown.suggestions().stream().map(Suggestion::name).collect(Collectors.joining(", ")));
        yield null;
      }
    };
  }

  private List<SpectrumReference> spectra(JsonNode root, Map<String, AppliedMethod> techniques) {
    List<SpectrumReference> out = new ArrayList<>();
    JsonNode list = array(root, "", "spectra", false, MAX_SPECTRA);
    if (list == null) {
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "/spectra/" + i;
      JsonNode entry = list.get(i);
      if (!entry.isObject()) {
        add(at, "value.object.expected");
        continue;
      }
      unknownMembers(
          entry,
          at,
          Set.of("technique", "title", "peaks", "msLevel", "precursorMz", "toleranceMz"));
      String technique = text(entry, at, "technique", true, 64);
      if (technique != null && !declaredTechniqueIds.contains(technique)) {
        add(at + "/technique", "finding.technique.unknown", technique);
        technique = null;
      } else if (technique != null && !techniques.containsKey(technique)) {
        technique = null;
      }
      String title = text(entry, at, "title", false, MAX_TEXT);
      JsonNode peaks = array(entry, at, "peaks", true, MAX_PEAKS);
      List<SpectrumReference.Peak> parsed = new ArrayList<>();
      boolean peaksOk = peaks != null && !peaks.isEmpty();
      if (peaks != null && peaks.isEmpty()) {
        add(at + "/peaks", "spectrum.peaks.empty");
      }
      if (peaks != null) {
        for (int j = 0; j < peaks.size(); j++) {
          JsonNode peak = peaks.get(j);
          if (!peak.isArray()
              || peak.size() != 2
              || !peak.get(0).isNumber()
              || !peak.get(1).isNumber()
              || !(peak.get(0).doubleValue() > 0)
              || !(peak.get(1).doubleValue() >= 0)
              || Double.isInfinite(peak.get(0).doubleValue())
              || Double.isInfinite(peak.get(1).doubleValue())) {
            add(at + "/peaks/" + j, "spectrum.peak.invalid");
            peaksOk = false;
            continue;
          }
          parsed.add(
              new SpectrumReference.Peak(peak.get(0).doubleValue(), peak.get(1).doubleValue()));
        }
      }
      int before = violations.size();
      Integer msLevel = integer(entry, at, "msLevel", false);
      if (msLevel != null && (msLevel < 1 || msLevel > SpectrumReference.MAX_MS_LEVEL)) {
        add(at + "/msLevel", "spectrum.msLevel.invalid", msLevel, SpectrumReference.MAX_MS_LEVEL);
      }
      Double precursor =
          positiveAtMost(
              entry,
              at,
              "precursorMz",
              SpectrumReference.MAX_PRECURSOR_MZ,
              "spectrum.precursor.invalid");
      if (precursor != null && msLevel != null && msLevel == 1) {
        add(at + "/precursorMz", "spectrum.precursor.fullScan");
      }
      Double tolerance =
          positiveAtMost(
              entry,
              at,
              "toleranceMz",
              SpectrumReference.MAX_TOLERANCE_MZ,
              "spectrum.tolerance.invalid");
      boolean massOk = violations.size() == before;
      if (technique != null && peaksOk && massOk) {
        out.add(
            new SpectrumReference(
                technique, title == null ? "" : title, parsed, msLevel, precursor, tolerance));
      }
    }
    return out;
  }

  // ---- primitives ----------------------------------------------------------------------------

  private void add(String pointer, String code, Object... args) {
    violations.add(Violation.of(pointer, code, args));
  }

  private void unknownMembers(JsonNode object, String at, Set<String> allowed) {
    for (String name : object.propertyNames()) {
      if (!allowed.contains(name)) {
        add(Violation.pointer(at, name), "member.unknown", name);
      }
    }
  }

  private @Nullable JsonNode present(JsonNode parent, String at, String name, boolean required) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        add(Violation.pointer(at, name), "value.missing");
      }
      return null;
    }
    return node;
  }

  private @Nullable String text(
      JsonNode parent, String at, String name, boolean required, int max) {
    JsonNode node = present(parent, at, name, required);
    if (node == null) {
      return null;
    }
    if (!node.isString()) {
      add(Violation.pointer(at, name), "value.string.expected");
      return null;
    }
    String value = node.stringValue().strip();
    if (value.isEmpty()) {
      if (required) {
        add(Violation.pointer(at, name), "value.missing");
      }
      return null;
    }
    if (value.length() > max) {
      add(Violation.pointer(at, name), "value.tooLong", max);
      return null;
    }
    return value;
  }

  private @Nullable String identifier(JsonNode parent, String at, String name, boolean required) {
    String value = text(parent, at, name, required, 64);
    if (value != null && !IDENTIFIER.matcher(value).matches()) {
      add(Violation.pointer(at, name), "value.identifier.invalid", value);
      return null;
    }
    return value;
  }

  private @Nullable Double number(JsonNode parent, String at, String name, boolean required) {
    JsonNode node = present(parent, at, name, required);
    if (node == null) {
      return null;
    }
    if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
      add(Violation.pointer(at, name), "value.number.expected");
      return null;
    }
    return node.doubleValue();
  }

  /** An optional number within {@code (0, max]}; {@code null} when absent or refused. */
  private @Nullable Double positiveAtMost(
      JsonNode parent, String at, String name, double max, String code) {
    Double value = number(parent, at, name, false);
    if (value != null && !(value > 0 && value <= max)) {
      add(Violation.pointer(at, name), code, value, max);
      return null;
    }
    return value;
  }

  private @Nullable Integer integer(JsonNode parent, String at, String name, boolean required) {
    JsonNode node = present(parent, at, name, required);
    if (node == null) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      add(Violation.pointer(at, name), "value.integer.expected");
      return null;
    }
    return node.intValue();
  }

  private @Nullable Boolean bool(JsonNode parent, String at, String name, boolean required) {
    JsonNode node = present(parent, at, name, required);
    if (node == null) {
      return null;
    }
    if (!node.isBoolean()) {
      add(Violation.pointer(at, name), "value.boolean.expected");
      return null;
    }
    return node.booleanValue();
  }

  private @Nullable LocalDate date(JsonNode parent, String at, String name, boolean required) {
    String value = text(parent, at, name, required, 10);
    if (value == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isAfter(latestAllowed)) {
        add(Violation.pointer(at, name), "date.future", value);
        return null;
      }
      if (date.getYear() < 1950) {
        add(Violation.pointer(at, name), "date.tooOld", value);
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      add(Violation.pointer(at, name), "date.invalid", value);
      return null;
    }
  }

  private @Nullable JsonNode object(JsonNode parent, String at, String name, boolean required) {
    JsonNode node = present(parent, at, name, required);
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      add(Violation.pointer(at, name), "value.object.expected");
      return null;
    }
    return node;
  }

  private @Nullable JsonNode array(
      JsonNode parent, String at, String name, boolean required, int max) {
    JsonNode node = present(parent, at, name, required);
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      add(Violation.pointer(at, name), "value.array.expected");
      return null;
    }
    if (node.size() > max) {
      add(Violation.pointer(at, name), "value.tooMany", max);
      return null;
    }
    return node;
  }

  private <E extends Enum<E>> @Nullable E choice(
      JsonNode parent, String at, String name, Class<E> type, boolean required) {
    String value = text(parent, at, name, required, 32);
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.replace('-', '_').replace(' ', '_'))) {
        return constant;
      }
    }
    add(
        Violation.pointer(at, name),
        "value.choice.unknown",
        value,
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    return null;
  }
}
