package org.puente.trends;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.forensics.ReportFacts;
import org.puente.forensics.ReportsStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the trend rollups in step with stored reports, and raises a first-detection alert when a
 * recent report is the first with a substance, class or form in its country, subdivision or port.
 * Runs after the reports' transaction commits, from the durable event publication registry, so a
 * crash never loses a report's contribution.
 */
@Component
class Rollups {

  private static final Logger log = LoggerFactory.getLogger(Rollups.class);

  private final JdbcTemplate jdbc;
  private final Alerts alerts;
  private final Clock clock;
  private final Duration window;

  Rollups(
      JdbcTemplate jdbc,
      Alerts alerts,
      Clock clock,
      @Value("${puente.trends.first-detection-window:P60D}") Duration window) {
    this.jdbc = jdbc;
    this.alerts = alerts;
    this.clock = clock;
    this.window = window;
  }

  /** A rollup row's key. */
  record Key(
      long label,
      String owner,
      String country,
      String subdivision,
      String port,
      LocalDate week,
      String dim,
      String value,
      int bin) {}

  @ApplicationModuleListener
  void on(ReportsStored stored) {
    // One writer at a time until it commits: a new key is inserted only once, without relying on
    // vendor upserts, and a second writer sees the first one's rows (READ COMMITTED).
    jdbc.queryForList("SELECT id FROM trends.rollup_lock WHERE id = 1 FOR UPDATE", Integer.class);
    apply(stored);
  }

  private void apply(ReportsStored stored) {
    Map<Key, Long> delta = new LinkedHashMap<>();
    for (ReportFacts f : stored.replaced()) {
      for (Key k : keys(f)) {
        delta.merge(k, -1L, Long::sum);
      }
    }
    for (ReportFacts f : stored.reports()) {
      for (Key k : keys(f)) {
        delta.merge(k, 1L, Long::sum);
      }
    }
    delta.values().removeIf(d -> d == 0);
    List<Map.Entry<Key, Long>> changes = new ArrayList<>(delta.entrySet());
    int[][] updated =
        jdbc.batchUpdate(
            "UPDATE trends.cell SET n = n + ? WHERE dim = ? AND dim_value = ? AND week = ?"
                + " AND subdivision = ? AND port_code = ? AND bin = ? AND label_id = ?",
            changes,
            1000,
            (ps, e) -> {
              Key k = e.getKey();
              ps.setLong(1, e.getValue());
              ps.setString(2, k.dim());
              ps.setString(3, k.value());
              ps.setDate(4, Date.valueOf(k.week()));
              ps.setString(5, k.subdivision());
              ps.setString(6, k.port());
              ps.setInt(7, k.bin());
              ps.setLong(8, k.label());
            });
    List<Map.Entry<Key, Long>> inserts = new ArrayList<>();
    int i = 0;
    for (int[] batch : updated) {
      for (int count : batch) {
        Map.Entry<Key, Long> e = changes.get(i++);
        if (count == 0 && e.getValue() > 0) {
          inserts.add(e);
        }
      }
    }
    jdbc.batchUpdate(
        "INSERT INTO trends.cell (label_id, owner_agency, country, subdivision, port_code, week,"
            + " month_start, dim, dim_value, bin, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        inserts,
        1000,
        (ps, e) -> {
          Key k = e.getKey();
          ps.setLong(1, k.label());
          ps.setString(2, k.owner());
          ps.setString(3, k.country());
          ps.setString(4, k.subdivision());
          ps.setString(5, k.port());
          ps.setDate(6, Date.valueOf(k.week()));
          ps.setDate(7, Date.valueOf(Periods.monthOf(k.week())));
          ps.setString(8, k.dim());
          ps.setString(9, k.value());
          ps.setInt(10, k.bin());
          ps.setLong(11, e.getValue());
        });
    // A cell an amendment emptied keeps its row with n = 0, which counts as nothing.
    LocalDate recent = LocalDate.now(clock).minusDays(window.toDays());
    Timestamp now = Timestamp.from(clock.instant());
    int raised = 0;
    for (ReportFacts f : stored.reports()) {
      for (Sighting s : sightings(f)) {
        int inserted =
            jdbc.update(
                "INSERT INTO trends.first_seen (scope_kind, scope_code, dim, dim_value, report_id,"
                    + " seizure_date, stored_at) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                    + " (SELECT 1 FROM trends.first_seen WHERE scope_kind = ? AND scope_code = ?"
                    + " AND dim = ? AND dim_value = ?)",
                s.scopeKind(),
                s.scopeCode(),
                s.dim(),
                s.value(),
                f.id(),
                Date.valueOf(f.seizureDate()),
                now,
                s.scopeKind(),
                s.scopeCode(),
                s.dim(),
                s.value());
        if (inserted == 1 && !f.seizureDate().isBefore(recent)) {
          alerts.firstDetection(f, s.scopeKind(), s.scopeCode(), s.dim(), s.value());
          raised++;
        }
      }
    }
    log.debug(
        "trend rollups: {} reports, {} cell changes, {} first detections",
        stored.reports().size(),
        changes.size(),
        raised);
  }

  /** Where and what a report was seen with, for first detections. */
  record Sighting(String scopeKind, String scopeCode, String dim, String value) {}

  static List<Sighting> sightings(ReportFacts f) {
    List<String[]> scopes = new ArrayList<>();
    scopes.add(new String[] {"COUNTRY", f.country()});
    scopes.add(new String[] {"SUBDIVISION", f.subdivision()});
    if (!f.port().isEmpty()) {
      scopes.add(new String[] {"PORT", f.port()});
    }
    List<Sighting> out = new ArrayList<>();
    for (String[] scope : scopes) {
      for (String s : f.substances()) {
        out.add(new Sighting(scope[0], scope[1], "SUBSTANCE", s));
      }
      for (String c : f.classes()) {
        out.add(new Sighting(scope[0], scope[1], "CLASS", c));
      }
      for (String form : f.forms()) {
        out.add(new Sighting(scope[0], scope[1], "FORM", form));
      }
    }
    return out;
  }

  /** Every rollup row one report counts in. */
  static List<Key> keys(ReportFacts f) {
    LocalDate week = Periods.weekOf(f.seizureDate());
    List<Key> keys = new ArrayList<>();
    java.util.function.BiConsumer<String, String> add =
        (dim, value) -> keys.add(key(f, week, dim, value, -1));
    add.accept("ALL", "*");
    f.substances().forEach(s -> add.accept("SUBSTANCE", s));
    f.classes().forEach(c -> add.accept("CLASS", c));
    f.forms().forEach(form -> add.accept("FORM", form));
    add.accept("ROUTE", f.route());
    for (String a : f.substances()) {
      for (String b : f.substances()) {
        if (!a.equals(b)) {
          add.accept("PAIR", a + "|" + b);
        }
      }
    }
    f.purity()
        .forEach((substance, percent) -> {
          keys.add(key(f, week, "PURITY", substance, Periods.purityBin(percent)));
          Double mass = f.mgPerTablet();
          if (mass != null) {
            keys.add(key(f, week, "MGTAB", substance, Periods.strengthBin(mass * percent / 100)));
          }
        });
    return keys;
  }

  private static Key key(ReportFacts f, LocalDate week, String dim, String value, int bin) {
    return new Key(
        f.labelId(), f.owner(), f.country(), f.subdivision(), f.port(), week, dim, value, bin);
  }
}
