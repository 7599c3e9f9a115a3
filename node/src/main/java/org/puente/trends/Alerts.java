package org.puente.trends;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.puente.forensics.ReportFacts;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Disclosures;
import org.puente.governance.LabeledQuery;
import org.puente.governance.LabeledTable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early-warning alerts. A first detection is stored as a record labeled like the report that is its
 * evidence, so no one sees it who may not see that report. A statistical increase is computed for
 * each reader from the weekly shares that reader may count, so it is never more visible than its
 * evidence allows either.
 */
@Service
public class Alerts {

  static final LabeledTable TABLE = new LabeledTable("trends", "alert", "trend_alert");
  private static final String COLUMNS =
      "t.kind, t.scope_kind, t.scope_code, t.country, t.dim, t.dim_value, t.since, t.evidence,"
          + " t.owner_agency, t.created_at";
  private static final RowMapper<Alert> ROW = Alerts::row;
  public static final int MAX = 200;

  private final JdbcClient jdbc;
  private final Disclosures disclosures;
  private final Accounts accounts;
  private final Subscriptions subscriptions;
  private final Increases increases;
  private final Clock clock;

  Alerts(
      JdbcClient jdbc,
      Disclosures disclosures,
      Accounts accounts,
      Subscriptions subscriptions,
      Increases increases,
      Clock clock) {
    this.jdbc = jdbc;
    this.disclosures = disclosures;
    this.accounts = accounts;
    this.subscriptions = subscriptions;
    this.increases = increases;
    this.clock = clock;
    disclosures.register(TABLE);
  }

  /**
   * What the caller may see of the alerts since a day.
   *
   * @param firstDetections stored first detections, newest first, and pointers to those whose label
   *     gives outsiders one
   * @param increases increases in the caller's own counts, newest first
   */
  public record Feed(List<Disclosed<Alert>> firstDetections, List<Alert> increases) {

    public Feed {
      firstDetections = List.copyOf(firstDetections);
      increases = List.copyOf(increases);
    }
  }

  /** Alerts the caller may see raised since the given day. */
  @Transactional
  public Feed since(Caller caller, LocalDate since) {
    return new Feed(stored(caller, since), increases(caller, since));
  }

  /** Stored first detections since the day; each shown one is logged as a search hit. */
  @Transactional
  public List<Disclosed<Alert>> stored(Caller caller, LocalDate since) {
    return disclosures.list(
        caller,
        new LabeledQuery<>(
            TABLE,
            COLUMNS,
            "t.created_at >= :since",
            Map.of(
                "since", Timestamp.from(since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())),
            "t.created_at DESC, t.id",
            MAX,
            0,
            ROW));
  }

  /** Increases in the caller's counts since the day, strongest evidence first. */
  public List<Alert> increases(Caller caller, LocalDate since) {
    List<Alert> found = new ArrayList<>(increases.of(caller, since));
    found.sort(Comparator.comparing(Alert::since).reversed());
    return found;
  }

  /** Stores a first detection with the report's label and tells the subscribers who may see it. */
  void firstDetection(ReportFacts f, String scopeKind, String scopeCode, String dim, String value) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO trends.alert (id, kind, scope_kind, scope_code, country, dim, dim_value,
              since, evidence, label_id, owner_agency, created_at)
            VALUES (:id, 'FIRST_DETECTION', :sk, :sc, :country, :dim, :value, :since, :evidence,
              :label, :owner, :now)
            """)
        .param("id", id)
        .param("sk", scopeKind)
        .param("sc", scopeCode)
        .param("country", f.country())
        .param("dim", dim)
        .param("value", value)
        .param("since", Date.valueOf(f.seizureDate()))
        .param("evidence", f.id())
        .param("label", f.labelId())
        .param("owner", f.owner())
        .param("now", Timestamp.from(now))
        .update();
    Alert probe =
        new Alert(
            id.toString(),
            Alert.AlertKind.FIRST_DETECTION,
            scopeKind,
            scopeCode,
            f.country(),
            dim,
            value,
            f.seizureDate(),
            now,
            new Alert.Evidence(List.of(f.id()), 1, null, null, null, null, null),
            f.owner());
    for (Subscription s : subscriptions.matching(probe)) {
      accounts
          .byUsername(s.username())
          .filter(a -> a.enabled())
          .ifPresent(account -> {
            Caller subscriber = new Caller(account, "alert-" + id, "early-warning notification");
            disclosures
                .find(subscriber, LabeledQuery.byId(TABLE, COLUMNS, id, ROW))
                .ifPresent(d -> {
                  if (d instanceof Disclosed.Shown<Alert> shown) {
                    subscriptions.notify(account, s, shown.record());
                  }
                });
          });
    }
  }

  private static Alert row(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("puente_id", UUID.class);
    UUID evidence = rs.getObject("evidence", UUID.class);
    return new Alert(
        id.toString(),
        Alert.AlertKind.valueOf(rs.getString("kind")),
        rs.getString("scope_kind"),
        rs.getString("scope_code"),
        rs.getString("country"),
        rs.getString("dim"),
        rs.getString("dim_value"),
        rs.getObject("since", LocalDate.class),
        rs.getTimestamp("created_at").toInstant(),
        new Alert.Evidence(List.of(evidence), 1, null, null, null, null, null),
        rs.getString("owner_agency"));
  }
}
