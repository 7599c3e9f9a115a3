package org.puente.trends;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.Substances;
import org.puente.forensics.registry.Lookup;
import org.puente.forensics.registry.SubstanceClass;
import org.puente.governance.AggregateCell;
import org.puente.governance.AggregateQuery;
import org.puente.governance.Caller;
import org.puente.governance.Disclosures;
import org.puente.governance.LabeledTable;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trend series and maps over DSAP reports, counted through the enforcement point: a reader counts
 * the reports it may see, and those whose label releases statistics to its country only as the
 * threshold allows. Every figure is a sum of leaf cells (subdivision, port, ISO week), so a map, a
 * weekly and a monthly series of the same reports never disagree or difference into a withheld
 * cell.
 */
@Service
public class Trends {

  static final LabeledTable CELLS = new LabeledTable("trends", "cell", "trend_cell");
  static final List<String> LEAF = List.of("t.subdivision", "t.port_code", "t.week");

  /** The forms a trend query may name, in the order a form lists them. */
  public static final List<String> FORMS =
      List.of(
          "POWDER",
          "TABLET",
          "COUNTERFEIT_TABLET",
          "LIQUID",
          "LIQUID_PHARMACEUTICAL",
          "PLANT_MATERIAL",
          "BLOTTER",
          "OTHER");

  /** The parameters a trend query reads; any other is refused. */
  public static final List<String> PARAMETERS =
      List.of(
          "measure",
          "substance",
          "class",
          "form",
          "route",
          "with",
          "country",
          "region",
          "port",
          "interval",
          "from",
          "to");

  private static final Pattern REGION = Pattern.compile("(US|MX|CA)-[A-Z0-9]{1,3}");
  private static final Pattern PORT = Pattern.compile("[A-Za-z0-9-]{1,16}");
  private static final Pattern ROUTE = Pattern.compile("[A-Z_0-9]{1,20}");
  private static final int MAX_YEARS = 10;

  private final Disclosures disclosures;
  private final Substances substances;
  private final java.time.Clock clock;

  Trends(Disclosures disclosures, Substances substances, java.time.Clock clock) {
    disclosures.registerRollup(CELLS);
    this.disclosures = disclosures;
    this.substances = substances;
    this.clock = clock;
  }

  /** The threshold below which statistics-only records are withheld from a leaf cell. */
  public int threshold() {
    return disclosures.threshold();
  }

  /**
   * Reads a query from request parameters, naming every bad one (as {@code /name}); absent dates
   * mean the 52 weeks up to today.
   */
  public TrendQuery read(Map<String, String> params) {
    List<Violation> violations = new ArrayList<>();
    for (String name : params.keySet()) {
      if (!PARAMETERS.contains(name)) {
        violations.add(Violation.of("/" + name, "field.unknown", name));
      }
    }
    TrendQuery.Measure measure = TrendQuery.Measure.COUNT;
    String m = blankToNull(params.get("measure"));
    if (m != null) {
      TrendQuery.Measure parsed = TrendQuery.Measure.parse(m);
      if (parsed == null) {
        violations.add(Violation.of("/measure", "trends.measure.unknown", m));
      } else {
        measure = parsed;
      }
    }
    String dim = "ALL";
    String value = "*";
    int filters = 0;
    String substance = blankToNull(params.get("substance"));
    if (substance != null) {
      filters++;
      String id = substanceId(substance, "/substance", violations);
      if (id != null) {
        dim = "SUBSTANCE";
        value = id;
      }
    }
    String cls = blankToNull(params.get("class"));
    if (cls != null) {
      filters++;
      if (java.util.Arrays.stream(SubstanceClass.values()).noneMatch(c -> c.name().equals(cls))) {
        violations.add(Violation.of("/class", "trends.class.unknown", cls));
      } else {
        dim = "CLASS";
        value = cls;
      }
    }
    String form = blankToNull(params.get("form"));
    if (form != null) {
      filters++;
      if (!FORMS.contains(form)) {
        violations.add(Violation.of("/form", "trends.form.unknown", form));
      } else {
        dim = "FORM";
        value = form;
      }
    }
    String route = blankToNull(params.get("route"));
    if (route != null) {
      filters++;
      if (!ROUTE.matcher(route).matches()) {
        violations.add(Violation.of("/route", "trends.route.invalid", route));
      } else {
        dim = "ROUTE";
        value = route;
      }
    }
    if (filters > 1) {
      violations.add(Violation.of("/substance", "trends.filter.several"));
    }
    boolean distribution =
        measure == TrendQuery.Measure.PURITY || measure == TrendQuery.Measure.MG_PER_TABLET;
    if (distribution && substance == null) {
      violations.add(Violation.of("/substance", "trends.substance.required", measure.wire()));
    }
    String with = null;
    String w = blankToNull(params.get("with"));
    if (w != null) {
      with = substanceId(w, "/with", violations);
      if (measure != TrendQuery.Measure.SHARE || substance == null) {
        violations.add(Violation.of("/with", "trends.with.shareOfSubstance"));
      }
    }
    String country = blankToNull(params.get("country"));
    if (country != null && !Set.of("USA", "MEX", "CAN").contains(country)) {
      violations.add(Violation.of("/country", "trends.country.unknown", country));
    }
    String region = blankToNull(params.get("region"));
    if (region != null) {
      if (!REGION.matcher(region).matches()) {
        violations.add(Violation.of("/region", "trends.region.invalid", region));
      } else if (country != null && !countryOf(region).equals(country)) {
        violations.add(Violation.of("/region", "trends.region.otherCountry", region, country));
      }
    }
    String port = blankToNull(params.get("port"));
    if (port != null && !PORT.matcher(port).matches()) {
      violations.add(Violation.of("/port", "trends.port.invalid", port));
    }
    TrendQuery.Interval interval = TrendQuery.Interval.WEEK;
    String i = blankToNull(params.get("interval"));
    if (i != null) {
      switch (i) {
        case "week" -> interval = TrendQuery.Interval.WEEK;
        case "month" -> interval = TrendQuery.Interval.MONTH;
        default -> violations.add(Violation.of("/interval", "trends.interval.unknown", i));
      }
    }
    LocalDate to = date(params.get("to"), "/to", violations);
    LocalDate from = date(params.get("from"), "/from", violations);
    if (to == null) {
      to = LocalDate.now(clock);
    }
    if (from == null) {
      from = to.minusWeeks(52);
    }
    if (to.isBefore(from)) {
      violations.add(Violation.of("/to", "trends.range.backwards"));
    } else if (from.plusYears(MAX_YEARS).isBefore(to)) {
      violations.add(Violation.of("/from", "trends.range.tooLong", MAX_YEARS));
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    return new TrendQuery(measure, dim, value, with, country, region, port, interval, from, to);
  }

  /** The query's points, one per week or month of its range, oldest first. */
  @Transactional
  public List<Point> series(Caller caller, TrendQuery query) {
    List<LocalDate> periods = periods(query);
    Map<LocalDate, Acc> byPeriod = new LinkedHashMap<>();
    for (LocalDate p : periods) {
      byPeriod.put(p, new Acc());
    }
    collect(
        caller,
        query,
        "series",
        List.of("t.week"),
        leaf -> {
          LocalDate week = toDate(leaf.get(0));
          LocalDate p = query.interval() == TrendQuery.Interval.WEEK ? week : Periods.monthOf(week);
          return byPeriod.get(p);
        });
    List<Point> points = new ArrayList<>(periods.size());
    for (Map.Entry<LocalDate, Acc> e : byPeriod.entrySet()) {
      LocalDate p = e.getKey();
      String name =
          query.interval() == TrendQuery.Interval.WEEK ? Periods.weekName(p) : Periods.monthName(p);
      points.add(e.getValue().point(name, p, query.measure()));
    }
    return points;
  }

  /** The query's value for each subdivision with any report, over the whole range. */
  @Transactional
  public List<Point> map(Caller caller, TrendQuery query) {
    Map<String, Acc> byRegion = new TreeMap<>();
    collect(
        caller,
        query,
        "map",
        List.of("t.subdivision"),
        leaf -> byRegion.computeIfAbsent((String) leaf.get(0), r -> new Acc()));
    List<Point> points = new ArrayList<>(byRegion.size());
    byRegion.forEach((region, acc) -> points.add(acc.point(region, query.from(), query.measure())));
    return points;
  }

  /**
   * The query's value for each port of entry with any report, over the whole range; the same
   * counting as the map's (sums of published leaf cells), so neither can undo the other.
   */
  @Transactional
  public List<Point> ports(Caller caller, TrendQuery query) {
    Map<String, Acc> byPort = new TreeMap<>();
    collect(
        caller,
        query,
        "ports",
        List.of("t.port_code"),
        leaf -> {
          String port = (String) leaf.get(0);
          return port.isEmpty() ? null : byPort.computeIfAbsent(port, r -> new Acc());
        });
    List<Point> points = new ArrayList<>(byPort.size());
    byPort.forEach((port, acc) -> points.add(acc.point(port, query.from(), query.measure())));
    return points;
  }

  /** Where a leaf cell's figures go; {@code null} to drop it. */
  interface Bucket {
    @Nullable Acc of(List<Object> leaf);
  }

  private void collect(
      Caller caller, TrendQuery query, String what, List<String> publishedBy, Bucket bucket) {
    boolean distribution =
        query.measure() == TrendQuery.Measure.PURITY
            || query.measure() == TrendQuery.Measure.MG_PER_TABLET;
    String name = what + ":" + query.measure().wire() + ":" + query.dim() + "=" + query.value();
    if (distribution) {
      String dim = query.measure() == TrendQuery.Measure.PURITY ? "PURITY" : "MGTAB";
      for (AggregateCell cell : cells(caller, query, dim, query.value(), true, name, publishedBy)) {
        Acc acc = bucket.of(cell.leaf());
        if (acc != null) {
          int bin = ((Number) cell.key().get(0)).intValue();
          double v =
              query.measure() == TrendQuery.Measure.PURITY
                  ? Periods.purityOf(bin)
                  : Periods.strengthOf(bin);
          acc.values.merge(v, cell.count(), Long::sum);
          acc.n += cell.count();
          acc.suppressed |= cell.suppressed();
        }
      }
      return;
    }
    String numDim = query.dim();
    String numValue = query.value();
    if (query.with() != null) {
      numDim = "PAIR";
      numValue = query.value() + "|" + query.with();
    }
    for (AggregateCell cell : cells(caller, query, numDim, numValue, false, name, publishedBy)) {
      Acc acc = bucket.of(cell.leaf());
      if (acc != null) {
        acc.n += cell.count();
        acc.suppressed |= cell.suppressed();
      }
    }
    if (query.measure() == TrendQuery.Measure.SHARE) {
      String denDim = query.with() != null ? "SUBSTANCE" : "ALL";
      String denValue = query.with() != null ? query.value() : "*";
      for (AggregateCell cell :
          cells(caller, query, denDim, denValue, false, name + ":base", publishedBy)) {
        Acc acc = bucket.of(cell.leaf());
        if (acc != null) {
          acc.base += cell.count();
          acc.suppressed |= cell.suppressed();
        }
      }
    }
  }

  private List<AggregateCell> cells(
      Caller caller,
      TrendQuery query,
      String dim,
      String value,
      boolean distribution,
      String name,
      List<String> publishedBy) {
    StringBuilder where = new StringBuilder("t.dim = :dim AND t.dim_value = :value");
    Map<String, Object> params = new HashMap<>();
    params.put("dim", dim);
    params.put("value", value);
    if (query.interval() == TrendQuery.Interval.WEEK) {
      where.append(" AND t.week >= :from AND t.week <= :to");
      params.put("from", Periods.weekOf(query.from()));
      params.put("to", Periods.weekOf(query.to()));
    } else {
      // A month is exactly the weeks whose Thursday falls in it: a range of weeks, which the
      // covering index answers without visiting the table.
      where.append(" AND t.week >= :from AND t.week <= :to");
      params.put("from", Periods.firstWeekOfMonth(query.from()));
      params.put("to", Periods.lastWeekOfMonth(query.to()));
    }
    if (query.country() != null) {
      where.append(" AND t.country = :country");
      params.put("country", query.country());
    }
    if (query.region() != null) {
      where.append(" AND t.subdivision = :region");
      params.put("region", query.region());
    }
    if (query.port() != null) {
      where.append(" AND t.port_code = :port");
      params.put("port", query.port());
    }
    return disclosures.aggregate(
        caller,
        new AggregateQuery(
            CELLS,
            LEAF,
            publishedBy,
            distribution ? List.of("t.bin") : List.of(),
            "t.n",
            where.toString(),
            params,
            distribution,
            name));
  }

  static List<LocalDate> periods(TrendQuery query) {
    List<LocalDate> out = new ArrayList<>();
    if (query.interval() == TrendQuery.Interval.WEEK) {
      for (LocalDate w = Periods.weekOf(query.from());
          !w.isAfter(Periods.weekOf(query.to()));
          w = w.plusWeeks(1)) {
        out.add(w);
      }
    } else {
      for (LocalDate mo = query.from().withDayOfMonth(1);
          !mo.isAfter(query.to().withDayOfMonth(1));
          mo = mo.plusMonths(1)) {
        out.add(mo);
      }
    }
    return out;
  }

  /** Sums for one point. */
  static final class Acc {
    long n;
    long base;
    boolean suppressed;
    final TreeMap<Double, Long> values = new TreeMap<>();

    Point point(String period, LocalDate start, TrendQuery.Measure measure) {
      return switch (measure) {
        case COUNT -> new Point(period, start, (double) n, n, suppressed, null, null, null);
        case SHARE ->
            new Point(
                period,
                start,
                base == 0 ? null : (double) Math.min(n, base) / base,
                base,
                suppressed,
                null,
                null,
                null);
        case PURITY, MG_PER_TABLET -> {
          if (n == 0) {
            yield new Point(period, start, null, 0, suppressed, null, null, null);
          }
          Double q1 = quantile(0.25);
          Double median = quantile(0.5);
          Double q3 = quantile(0.75);
          yield new Point(period, start, median, n, suppressed, q1, median, q3);
        }
      };
    }

    private Double quantile(double q) {
      // The nearest-rank quantile over the histogram's bin centres.
      long rank = Math.max(1, (long) Math.ceil(q * n));
      long seen = 0;
      for (Map.Entry<Double, Long> e : values.entrySet()) {
        seen += e.getValue();
        if (seen >= rank) {
          return e.getKey();
        }
      }
      return values.lastKey();
    }
  }

  @Nullable String substanceId(String name, String pointer, List<Violation> violations) {
    return switch (substances.registry().lookup(name)) {
      case Lookup.Found found -> found.substance().id();
      case Lookup.Ambiguous ambiguous -> {
        violations.add(
            Violation.of(
                pointer,
                "trends.substance.ambiguous",
                name,
                String.join(
                    ", ", ambiguous.candidates().stream().map(s -> s.id()).limit(5).toList())));
        yield null;
      }
      case Lookup.Unknown unknown -> {
        violations.add(Violation.of(pointer, "trends.substance.unknown", name));
        yield null;
      }
    };
  }

  static String countryOf(String region) {
    return switch (region.substring(0, 2)) {
      case "US" -> "USA";
      case "MX" -> "MEX";
      default -> "CAN";
    };
  }

  private static @Nullable LocalDate date(
      @Nullable String text, String pointer, List<Violation> violations) {
    String t = blankToNull(text);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      violations.add(Violation.of(pointer, "trends.date.invalid", t));
      return null;
    }
  }

  static LocalDate toDate(Object value) {
    return switch (value) {
      case LocalDate d -> d;
      case java.sql.Date d -> d.toLocalDate();
      case java.sql.Timestamp ts -> ts.toLocalDateTime().toLocalDate();
      default -> LocalDate.parse(value.toString().substring(0, 10));
    };
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
