package org.puente.trends;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.puente.governance.AggregateCell;
import org.puente.governance.AggregateQuery;
import org.puente.governance.Caller;
import org.puente.governance.Disclosures;
import org.puente.trends.detection.Detectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Statistical increases of the weekly share of reports with a substance or class, per country,
 * computed from the counts one reader may have, so an increase is never more visible than its
 * evidence.
 */
@Component
class Increases {

  private final Disclosures disclosures;
  private final Detection detection;
  private final Clock clock;
  private final int baselineWeeks;
  private final int minimumReports;

  Increases(
      Disclosures disclosures,
      Detection detection,
      Clock clock,
      @Value("${puente.trends.baseline-weeks:30}") int baselineWeeks,
      @Value("${puente.trends.minimum-reports:20}") int minimumReports) {
    this.disclosures = disclosures;
    this.detection = detection;
    this.clock = clock;
    this.baselineWeeks = baselineWeeks;
    this.minimumReports = minimumReports;
  }

  /** Increases with an alarm in a week starting on or after {@code since}. */
  List<Alert> of(Caller caller, LocalDate since) {
    LocalDate last = Periods.weekOf(LocalDate.now(clock));
    LocalDate first = Periods.weekOf(since).minusWeeks(baselineWeeks);
    if (first.isAfter(last)) {
      return List.of();
    }
    int weeks = (int) java.time.temporal.ChronoUnit.WEEKS.between(first, last) + 1;
    Map<String, long[]> totals = new HashMap<>();
    for (AggregateCell c : cells(caller, "ALL", first, last)) {
      String country = Trends.countryOf((String) c.leaf().get(0));
      long[] series = totals.computeIfAbsent(country, k -> new long[weeks]);
      series[index(first, c.leaf().get(1))] += c.count();
    }
    List<Alert> out = new ArrayList<>();
    for (String dim : List.of("SUBSTANCE", "CLASS")) {
      Map<String, long[]> counts = new TreeMap<>();
      for (AggregateCell c : cells(caller, dim, first, last)) {
        String country = Trends.countryOf((String) c.leaf().get(0));
        String key = country + "\u0000" + c.key().get(0);
        counts.computeIfAbsent(key, k -> new long[weeks])[index(first, c.leaf().get(1))] +=
            c.count();
      }
      for (Map.Entry<String, long[]> e : counts.entrySet()) {
        String[] parts = e.getKey().split("\u0000", 2);
        long[] num = e.getValue();
        long[] den = totals.getOrDefault(parts[0], new long[weeks]);
        long sum = 0;
        for (long v : num) {
          sum += v;
        }
        if (sum < minimumReports) {
          continue;
        }
        double[] share = Detectors.shares(num, den);
        for (Detection.Alarm alarm : detection.alarms(num, den)) {
          LocalDate week = first.plusWeeks(alarm.index());
          if (week.isBefore(Periods.weekOf(since))) {
            continue;
          }
          String id =
              "INCREASE:"
                  + parts[0]
                  + ":"
                  + dim
                  + ":"
                  + parts[1]
                  + ":"
                  + week
                  + ":"
                  + alarm.detector();
          out.add(
              new Alert(
                  id,
                  Alert.AlertKind.INCREASE,
                  "COUNTRY",
                  parts[0],
                  parts[0],
                  dim,
                  parts[1],
                  week,
                  Instant.now(clock),
                  new Alert.Evidence(
                      List.of(),
                      den[alarm.index()],
                      alarm.detector(),
                      alarm.statistic(),
                      alarm.threshold(),
                      share[alarm.index()],
                      alarm.baseline()),
                  null));
        }
      }
    }
    return out;
  }

  private List<AggregateCell> cells(Caller caller, String dim, LocalDate first, LocalDate last) {
    return disclosures.aggregate(
        caller,
        new AggregateQuery(
            Trends.CELLS,
            Trends.LEAF,
            List.of("t.subdivision", "t.week"),
            dim.equals("ALL") ? List.of() : List.of("t.dim_value"),
            "t.n",
            "t.dim = :dim AND t.week >= :from AND t.week <= :to",
            Map.of("dim", dim, "from", first, "to", last),
            false,
            "increases:" + dim));
  }

  private static int index(LocalDate first, Object week) {
    return (int) java.time.temporal.ChronoUnit.WEEKS.between(first, Trends.toDate(week));
  }
}
