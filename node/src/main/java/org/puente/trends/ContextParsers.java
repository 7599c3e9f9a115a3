package org.puente.trends;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Rejected;

/**
 * Reads the four source formats into observations at the period each source publishes. A file with
 * any problem is rejected as a whole, naming every line and column at fault.
 */
final class ContextParsers {

  static final String MONTH = "MONTH";
  static final String QUARTER = "QUARTER";
  static final String YEAR = "YEAR";

  private static final Pattern FISCAL_YEAR = Pattern.compile("(\\d{4})( \\(FYTD\\))?");
  private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
  private static final Pattern PHAC_YEAR = Pattern.compile("(\\d{4})(?: \\(([^()]{1,40})\\))?");
  private static final Pattern PHAC_QUARTER = Pattern.compile("(\\d{4}) Q([1-4])");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  /** The two-letter codes of the US states, DC and Puerto Rico, as CDC writes them. */
  private static final Set<String> US_STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY", "PR");

  /** ISO 3166-2 codes of the Mexican states by INEGI state code ({@code cve_ent}). */
  private static final List<String> MX_STATES =
      List.of(
          "AGU", "BCN", "BCS", "CAM", "COA", "COL", "CHP", "CHH", "CMX", "DUR", "GUA", "GRO", "HID",
          "JAL", "MEX", "MIC", "MOR", "NAY", "NLE", "OAX", "PUE", "QUE", "ROO", "SLP", "SIN", "SON",
          "TAB", "TAM", "TLA", "VER", "YUC", "ZAC");

  /** Canadian provinces and territories by Statistics Canada PRUID: ISO 3166-2 code and name. */
  private static final Map<String, String[]> CA_PROVINCES =
      Map.ofEntries(
          Map.entry("10", new String[] {"CA-NL", "Newfoundland and Labrador"}),
          Map.entry("11", new String[] {"CA-PE", "Prince Edward Island"}),
          Map.entry("12", new String[] {"CA-NS", "Nova Scotia"}),
          Map.entry("13", new String[] {"CA-NB", "New Brunswick"}),
          Map.entry("24", new String[] {"CA-QC", "Quebec"}),
          Map.entry("35", new String[] {"CA-ON", "Ontario"}),
          Map.entry("46", new String[] {"CA-MB", "Manitoba"}),
          Map.entry("47", new String[] {"CA-SK", "Saskatchewan"}),
          Map.entry("48", new String[] {"CA-AB", "Alberta"}),
          Map.entry("59", new String[] {"CA-BC", "British Columbia"}),
          Map.entry("60", new String[] {"CA-YT", "Yukon"}),
          Map.entry("61", new String[] {"CA-NT", "Northwest Territories"}),
          Map.entry("62", new String[] {"CA-NU", "Nunavut"}));

  private ContextParsers() {}

  /** The observations in a file of the given kind; throws {@link Rejected} naming every problem. */
  static List<ContextObservation> parse(ContextKind kind, String text) {
    ContextCsv csv = new ContextCsv(text);
    List<ContextObservation> out = new ArrayList<>();
    switch (kind) {
      case CBP_SEIZURES -> cbp(csv, out);
      case CDC_OVERDOSES -> cdc(csv, out);
      case PHAC_HARMS -> phac(csv, out);
      case SESNSP_NARCOMENUDEO -> sesnsp(csv, out);
    }
    if (csv.problems().isEmpty()) {
      Set<String> seen = new HashSet<>();
      for (ContextObservation o : out) {
        if (!seen.add(o.key())) {
          csv.problem(org.puente.governance.Violation.of("", "context.file.duplicate", o.key()));
        }
      }
    }
    if (csv.problems().isEmpty() && out.isEmpty()) {
      csv.problem(org.puente.governance.Violation.of("", "context.file.noRows"));
    }
    if (!csv.problems().isEmpty()) {
      throw new Rejected(csv.problems());
    }
    return out;
  }

  // CBP "Nationwide Drug Seizures": FY, Month (abbv), ..., Drug Type, Count of Event, Sum Qty (lbs)
  private static void cbp(ContextCsv csv, List<ContextObservation> out) {
    String fy = "FY";
    String month = "Month (abbv)";
    String aor = "Area of Responsibility";
    String land = "Land Filter";
    String drug = "Drug Type";
    String events = "Count of Event";
    String lbs = "Sum Qty (lbs)";
    if (!csv.header(List.of(fy, month, "Component", "Region", land, aor, drug, events, lbs))) {
      return;
    }
    for (ContextCsv.Row r = csv.row(); r != null && !csv.full(); r = csv.row()) {
      Matcher y = FISCAL_YEAR.matcher(r.get(fy));
      Month m = abbreviatedMonth(r.get(month));
      if (!y.matches()) {
        r.problem(fy, "context.fiscalYear.invalid", r.get(fy));
      }
      if (m == null) {
        r.problem(month, "context.month.invalid", r.get(month));
      }
      String place = r.get(aor);
      if (place.isEmpty() || place.length() > 120) {
        r.problem(aor, "context.place.invalid", place);
      }
      String measure = slug(r.get(drug));
      if (measure.isEmpty() || measure.length() > 60) {
        r.problem(drug, "context.measure.invalid", r.get(drug));
      }
      BigDecimal count = number(r, events);
      BigDecimal weight = number(r, lbs);
      if (!y.matches() || m == null || count == null || weight == null) {
        continue;
      }
      // The US federal fiscal year N runs from October of N-1 to September of N.
      int fiscal = Integer.parseInt(y.group(1));
      int year = m.getValue() >= Month.OCTOBER.getValue() ? fiscal - 1 : fiscal;
      LocalDate start = LocalDate.of(year, m, 1);
      String detail = r.get(land).isEmpty() ? null : r.get(land);
      out.add(
          new ContextObservation(measure, "lb", "USA", null, place, detail, MONTH, start, weight));
      out.add(
          new ContextObservation(
              measure, "events", "USA", null, place, detail, MONTH, start, count));
    }
  }

  // CDC VSRR provisional overdose death counts: 12 months ending in each month.
  private static void cdc(ContextCsv csv, List<ContextObservation> out) {
    String state = "state";
    String year = "year";
    String month = "month";
    String period = "period";
    String indicator = "indicator";
    String reported = "data_value";
    String predicted = "predicted_value";
    if (!csv.header(List.of(state, year, month, period, indicator, reported, predicted))) {
      return;
    }
    for (ContextCsv.Row r = csv.row(); r != null && !csv.full(); r = csv.row()) {
      String code = r.get(state);
      String subdivision = null;
      String place = null;
      boolean known = true;
      if (code.equals("YC")) {
        // CDC lists New York City as a jurisdiction of its own, beside the NY row.
        subdivision = "US-NY";
        place = "New York City";
      } else if (US_STATES.contains(code)) {
        subdivision = "US-" + code;
      } else if (!code.equals("US")) {
        known = false;
        r.problem(state, "context.region.unknown", code);
      }
      boolean yearOk = YEAR_ONLY.matcher(r.get(year)).matches();
      if (!yearOk) {
        r.problem(year, "context.year.invalid", r.get(year));
      }
      Month m = monthName(r.get(month));
      if (m == null) {
        r.problem(month, "context.month.invalid", r.get(month));
      }
      if (!r.get(period).equals("12 month-ending")) {
        r.problem(period, "context.period.invalid", r.get(period));
      }
      String measure =
          r.get(indicator).contains("(T40.4)") ? "synthetic-opioids" : slug(r.get(indicator));
      if (measure.isEmpty() || measure.length() > 50) {
        r.problem(indicator, "context.measure.invalid", r.get(indicator));
      }
      // An empty value is one CDC suppressed; it is not a figure and is not stored.
      BigDecimal value = r.get(reported).isEmpty() ? null : number(r, reported);
      BigDecimal adjusted = r.get(predicted).isEmpty() ? null : number(r, predicted);
      if (!known || !yearOk || m == null) {
        continue;
      }
      LocalDate start = LocalDate.of(Integer.parseInt(r.get(year)), m, 1);
      if (value != null) {
        out.add(
            new ContextObservation(
                measure, "deaths", "USA", subdivision, place, null, MONTH, start, value));
      }
      if (adjusted != null) {
        out.add(
            new ContextObservation(
                measure + "-predicted",
                "deaths",
                "USA",
                subdivision,
                place,
                null,
                MONTH,
                start,
                adjusted));
      }
    }
  }

  // PHAC Health Infobase "Opioid- and stimulant-related harms": only the overall numbers are kept.
  private static void phac(ContextCsv csv, List<ContextObservation> out) {
    String substance = "Substance";
    String source = "Source";
    String specific = "Specific_Measure";
    String region = "Region";
    String pruid = "PRUID";
    String timePeriod = "Time_Period";
    String yearQuarter = "Year_Quarter";
    String unit = "Unit";
    String value = "Value";
    if (!csv.header(
        List.of(
            substance,
            source,
            specific,
            region,
            pruid,
            timePeriod,
            yearQuarter,
            "Aggregator",
            "Disaggregator",
            unit,
            value))) {
      return;
    }
    for (ContextCsv.Row r = csv.row(); r != null && !csv.full(); r = csv.row()) {
      if (!r.get(specific).equals("Overall numbers")) {
        continue;
      }
      String subdivision = null;
      String place = null;
      boolean known = true;
      String id = r.get(pruid);
      String[] province = CA_PROVINCES.get(id);
      if (province != null) {
        subdivision = province[0];
        place = r.get(region).equals(province[1]) ? null : r.get(region);
      } else if (id.equals("63")) {
        place = r.get(region);
      } else if (!id.equals("1")) {
        known = false;
        r.problem(pruid, "context.region.unknown", id);
      }
      String measure = slug(r.get(substance)) + "-" + phacSource(r.get(source));
      if (measure.length() > 60 || measure.startsWith("-") || measure.endsWith("-")) {
        r.problem(source, "context.measure.invalid", r.get(source));
      }
      String u =
          switch (r.get(unit)) {
            case "Number" -> "number";
            case "Crude rate" -> "per-100k";
            case "Percent" -> "percent";
            default -> {
              r.problem(unit, "context.unit.unknown", r.get(unit));
              yield null;
            }
          };
      String periodKind = null;
      LocalDate start = null;
      String detail = null;
      String when = r.get(yearQuarter);
      switch (r.get(timePeriod)) {
        case "By year" -> {
          Matcher y = PHAC_YEAR.matcher(when);
          if (y.matches()) {
            periodKind = YEAR;
            start = LocalDate.of(Integer.parseInt(y.group(1)), 1, 1);
            // A partial year, for example "2025 (Jan to Sep)", keeps what it covers.
            detail = y.group(2);
          } else {
            r.problem(yearQuarter, "context.year.invalid", when);
          }
        }
        case "By quarter" -> {
          Matcher q = PHAC_QUARTER.matcher(when);
          if (q.matches()) {
            periodKind = QUARTER;
            start =
                LocalDate.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2, 1);
          } else {
            r.problem(yearQuarter, "context.quarter.invalid", when);
          }
        }
        default -> r.problem(timePeriod, "context.period.invalid", r.get(timePeriod));
      }
      // "n/a" and "Suppr." are figures PHAC does not publish; they are not stored.
      String v = r.get(value);
      BigDecimal number = v.equals("n/a") || v.equals("Suppr.") ? null : number(r, value);
      if (!known || u == null || periodKind == null || start == null || number == null) {
        continue;
      }
      out.add(
          new ContextObservation(
              measure, u, "CAN", subdivision, place, detail, periodKind, start, number));
    }
  }

  private static String phacSource(String source) {
    return switch (source) {
      case "Deaths" -> "deaths";
      case "Hospitalizations" -> "hospitalizations";
      case "Emergency Department (ED) Visits" -> "ed-visits";
      case "Emergency Medical Services (EMS)" -> "ems-responses";
      default -> slug(source);
    };
  }

  // SESNSP incidencia delictiva del fuero común by state and year (the narcomenudeo rows).
  private static void sesnsp(ContextCsv csv, List<ContextObservation> out) {
    String year = "n_year";
    String state = "cve_ent";
    String crime = "tipo_de_delito";
    String count = "n_delitos";
    String rate = "n_delitos_x100khab";
    if (!csv.header(List.of(year, state, "nombre_estado", crime, count, rate))) {
      return;
    }
    for (ContextCsv.Row r = csv.row(); r != null && !csv.full(); r = csv.row()) {
      boolean yearOk = YEAR_ONLY.matcher(r.get(year)).matches();
      if (!yearOk) {
        r.problem(year, "context.year.invalid", r.get(year));
      }
      String cve = r.get(state);
      String subdivision = null;
      boolean known = true;
      if (cve.matches("\\d{2}")) {
        int n = Integer.parseInt(cve);
        if (n >= 1 && n <= MX_STATES.size()) {
          subdivision = "MX-" + MX_STATES.get(n - 1);
        } else if (n != 0) {
          known = false;
        }
      } else {
        known = false;
      }
      if (!known) {
        r.problem(state, "context.region.unknown", cve);
      }
      String measure = slug(r.get(crime));
      if (measure.isEmpty() || measure.length() > 60) {
        r.problem(crime, "context.measure.invalid", r.get(crime));
      }
      BigDecimal crimes = number(r, count);
      BigDecimal perHundredThousand = r.get(rate).isEmpty() ? null : number(r, rate);
      if (!yearOk || !known || crimes == null) {
        continue;
      }
      LocalDate start = LocalDate.of(Integer.parseInt(r.get(year)), 1, 1);
      out.add(
          new ContextObservation(
              measure, "crimes", "MEX", subdivision, null, null, YEAR, start, crimes));
      if (perHundredThousand != null) {
        out.add(
            new ContextObservation(
                measure,
                "per-100k",
                "MEX",
                subdivision,
                null,
                null,
                YEAR,
                start,
                perHundredThousand));
      }
    }
  }

  /** A non-negative decimal, as the sources write them (plain or with an exponent). */
  private static @Nullable BigDecimal number(ContextCsv.Row r, String column) {
    String text = r.get(column);
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() < 0 || value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
        r.problem(column, "context.value.invalid", text);
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      r.problem(column, "context.value.invalid", text);
      return null;
    }
  }

  private static @Nullable Month abbreviatedMonth(String text) {
    for (Month m : Month.values()) {
      if (m.name().substring(0, 3).equals(text.toUpperCase(Locale.ROOT))) {
        return m;
      }
    }
    return null;
  }

  private static @Nullable Month monthName(String text) {
    for (Month m : Month.values()) {
      if (m.name().equals(text.toUpperCase(Locale.ROOT))) {
        return m;
      }
    }
    return null;
  }

  /** A measure key from a source's name: lower case, words joined by hyphens. */
  static String slug(String text) {
    String s = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '-') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '-') {
      to--;
    }
    return s.substring(from, to);
  }
}
