package org.puente.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.puente.RunningNode;
import org.puente.governance.Caller;
import org.puente.governance.Country;
import org.puente.governance.DisclosurePropertiesIT;
import org.puente.governance.DisclosurePropertiesIT.Person;
import org.puente.governance.DisclosurePropertiesIT.Planned;
import org.puente.governance.Label;
import org.puente.governance.Labels;
import org.puente.governance.StoredLabel;
import org.puente.governance.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tries to break the aggregate rules with random labels, statistics releases, cells and readers:
 * every published series and map figure must equal the reference model, in which a reader counts
 * the records it may see, and records released to its country for statistics only where a leaf cell
 * holds at least the threshold of them (rounded down to a multiple of it); records neither visible
 * nor released for statistics never change any figure.
 */
class AggregateDisclosurePropertiesIT {

  private static final List<String> REGIONS = List.of("CA-NU", "CA-YT", "CA-NT");
  private static final LocalDate FIRST_WEEK = LocalDate.of(2001, 1, 1);
  private static final int WEEKS = 3;
  private static RunningNode node;

  @BeforeContainer
  static void start() {
    node = RunningNode.get();
  }

  /** A label as generated, with the countries it releases statistics to. */
  record Stats(Planned plan, Set<Country> statistics) {}

  /** Reports of one label in one leaf cell. */
  record Cell(int label, int region, int week, int n) {}

  @Provide
  Arbitrary<List<Stats>> labels() {
    return Combinators.combine(
            DisclosurePropertiesIT.plans(), Arbitraries.subsetOf(EnumSet.allOf(Country.class)))
        .as(Stats::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Cell>> cells() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, REGIONS.size() - 1),
            Arbitraries.integers().between(0, WEEKS - 1),
            Arbitraries.integers().between(1, 7))
        .as(Cell::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(14);
  }

  @Provide
  Arbitrary<Person> reader() {
    return DisclosurePropertiesIT.people();
  }

  @Property(tries = 40)
  void aggregatesCountOnlyWhatTheLabelsAllow(
      @ForAll("labels") List<Stats> labels,
      @ForAll("cells") List<Cell> cells,
      @ForAll("reader") Person reader) {
    Labels registry = node.bean(Labels.class);
    JdbcClient jdbc = node.bean(JdbcClient.class);
    Trends trends = node.bean(Trends.class);
    int k = trends.threshold();
    List<StoredLabel> stored = new ArrayList<>();
    for (Stats s : labels) {
      ObjectNode json = DisclosurePropertiesIT.label(s.plan());
      var stats = json.putArray("statistics");
      s.statistics().forEach(c -> stats.add(c.name()));
      List<Violation> violations = new ArrayList<>();
      Label label = registry.read(json, "/label", s.plan().owner(), violations);
      assertThat(violations).isEmpty();
      stored.add(registry.register(java.util.Objects.requireNonNull(label), s.plan().owner()));
    }
    String value = "prop-" + UUID.randomUUID();
    Map<List<Integer>, Integer> merged = new HashMap<>();
    for (Cell c : cells) {
      // Two generated labels may be the same label: their rows share one label id and one cell.
      int index = c.label() % labels.size();
      long id = stored.get(index).id();
      int first = 0;
      while (stored.get(first).id() != id) {
        first++;
      }
      merged.merge(List.of(first, c.region(), c.week()), c.n(), Integer::sum);
    }
    merged.forEach((key, n) -> {
      Stats s = labels.get(key.get(0));
      String region = REGIONS.get(key.get(1));
      LocalDate week = FIRST_WEEK.plusWeeks(key.get(2));
      jdbc.sql(
              """
              INSERT INTO trends.cell (label_id, owner_agency, country, subdivision,
                port_code, week, month_start, dim, dim_value, bin, n)
              VALUES (:label, :owner, 'CAN', :region, '', :week, :month, 'SUBSTANCE',
                :value, -1, :n)
              """)
          .param("label", stored.get(key.get(0)).id())
          .param("owner", s.plan().owner())
          .param("region", region)
          .param("week", week)
          .param("month", Periods.monthOf(week))
          .param("value", value)
          .param("n", n)
          .update();
    });

    // The reference model, leaf by leaf.
    Map<String, long[]> leaves = new TreeMap<>();
    merged.forEach((key, n) -> {
      Stats s = labels.get(key.get(0));
      long[] vh = leaves.computeIfAbsent(key.get(1) + "/" + key.get(2), x -> new long[2]);
      if (s.plan().visibleTo(reader)) {
        vh[0] += n;
      } else if (s.statistics().contains(reader.country())) {
        vh[1] += n;
      }
    });
    long[] weekly = new long[WEEKS];
    boolean[] weeklySuppressed = new boolean[WEEKS];
    long[] byRegion = new long[REGIONS.size()];
    boolean[] regionSuppressed = new boolean[REGIONS.size()];
    boolean[] regionSeen = new boolean[REGIONS.size()];
    leaves.forEach((leaf, vh) -> {
      String[] parts = leaf.split("/");
      int region = Integer.parseInt(parts[0]);
      int week = Integer.parseInt(parts[1]);
      long published = vh[0] + vh[1] / k * k;
      boolean suppressed = vh[1] > 0 && vh[1] < k;
      weekly[week] += published;
      weeklySuppressed[week] |= suppressed;
      byRegion[region] += published;
      regionSuppressed[region] |= suppressed;
      regionSeen[region] |= published > 0 || suppressed;
    });

    Caller caller = node.caller(DisclosurePropertiesIT.account(reader));
    TrendQuery query =
        new TrendQuery(
            TrendQuery.Measure.COUNT,
            "SUBSTANCE",
            value,
            null,
            null,
            null,
            null,
            TrendQuery.Interval.WEEK,
            FIRST_WEEK,
            FIRST_WEEK.plusWeeks(WEEKS - 1));
    List<Point> series = trends.series(caller, query);
    assertThat(series).hasSize(WEEKS);
    for (int w = 0; w < WEEKS; w++) {
      assertThat(series.get(w).n()).as("week %d", w).isEqualTo(weekly[w]);
      assertThat(series.get(w).suppressed())
          .as("week %d suppressed", w)
          .isEqualTo(weeklySuppressed[w]);
    }
    Map<String, Point> map = new HashMap<>();
    trends.map(caller, query).forEach(p -> map.put(p.period(), p));
    for (int r = 0; r < REGIONS.size(); r++) {
      Point p = map.get(REGIONS.get(r));
      if (!regionSeen[r]) {
        assertThat(p).as("region %s is not on the map", REGIONS.get(r)).isNull();
        continue;
      }
      assertThat(p).as("region %s", REGIONS.get(r)).isNotNull();
      assertThat(p.n()).as("region %s", REGIONS.get(r)).isEqualTo(byRegion[r]);
      assertThat(p.suppressed()).isEqualTo(regionSuppressed[r]);
    }
    // The monthly series is made of the same leaves: January 2001 holds all three weeks.
    List<Point> monthly =
        trends.series(
            caller,
            new TrendQuery(
                TrendQuery.Measure.COUNT,
                "SUBSTANCE",
                value,
                null,
                null,
                null,
                null,
                TrendQuery.Interval.MONTH,
                FIRST_WEEK,
                FIRST_WEEK.plusWeeks(WEEKS - 1)));
    assertThat(monthly).hasSize(1);
    assertThat(monthly.get(0).n()).isEqualTo(weekly[0] + weekly[1] + weekly[2]);
    jdbc.sql("DELETE FROM trends.cell WHERE dim_value = :v").param("v", value).update();
  }
}
