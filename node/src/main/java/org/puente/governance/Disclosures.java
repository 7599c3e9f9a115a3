package org.puente.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one enforcement point: every read of labeled records goes through here. It filters rows by
 * the caller's visible labels inside the query (so hidden rows are never fetched, counted or
 * ordered), turns rows of pointer-only labels into pointers, and appends one transparency event per
 * record disclosed in the same transaction as the read.
 */
@Service
public class Disclosures {

  private final JdbcClient jdbc;
  private final Visibility visibility;
  private final LabelStore labels;
  private final Agencies agencies;
  private final Transparency transparency;
  private final java.util.Set<LabeledTable> tables =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.Set<LabeledTable> rollups =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final String SEEN =
      "CASE WHEN t.label_id = ANY(:puente_visible) THEN 1 ELSE 0 END";
  private final int threshold;
  private final java.time.Clock clock;

  Disclosures(
      JdbcClient jdbc,
      Visibility visibility,
      LabelStore labels,
      Agencies agencies,
      Transparency transparency,
      java.time.Clock clock,
      @org.springframework.beans.factory.annotation.Value("${puente.statistics.threshold:5}")
          int threshold) {
    this.jdbc = jdbc;
    this.visibility = visibility;
    this.labels = labels;
    this.agencies = agencies;
    this.transparency = transparency;
    this.clock = clock;
    if (threshold < 2) {
      throw new IllegalArgumentException("puente.statistics.threshold is at least 2");
    }
    this.threshold = threshold;
  }

  /** The smallest number of statistics-only records a leaf cell must hold to be counted. */
  public int threshold() {
    return threshold;
  }

  /**
   * Counts over a labeled rollup table, leaf cell by leaf cell, as the caller may have them: rows
   * of labels the caller sees count in full; rows of labels whose statistics release includes the
   * caller's country count only where a leaf cell holds at least {@link #threshold()} of them, and
   * then (except in a distribution) rounded down to a multiple of it, so that no difference of two
   * published figures pins down fewer records than the threshold. Rows of any other label, and of
   * expired labels, are never read. One AGGREGATE entry records the query.
   */
  @Transactional
  public List<AggregateCell> aggregate(Caller caller, AggregateQuery query) {
    Visibility.Decision decision = visibility.of(caller.account());
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    long[] statistics =
        Arrays.stream(decision.statistics())
            .filter(id -> {
              java.time.LocalDate until = labels.byId(id).label().retainUntil();
              return until == null || !until.isBefore(today);
            })
            .toArray();
    transparency.append(
        Event.of(
                new Actor(caller.username(), caller.agency(), caller.country().name()),
                Actions.AGGREGATE,
                List.of())
            .with("query", query.name())
            .inRequest(caller.requestId(), caller.purpose()));
    if (decision.visible().length == 0 && statistics.length == 0) {
      return List.of();
    }
    // Level 1, per row: its leaf, key and count, split into what the caller may see and what it
    // may only count (the label test is computed once per row, so that the grouping does not
    // repeat a parameterised expression, which PostgreSQL cannot match to the select list).
    List<String> leaves = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    StringBuilder rows = new StringBuilder("SELECT ");
    for (int i = 0; i < query.leafColumns().size(); i++) {
      rows.append(query.leafColumns().get(i)).append(" AS puente_l").append(i).append(", ");
      leaves.add("puente_l" + i);
    }
    for (int i = 0; i < query.keyColumns().size(); i++) {
      rows.append(query.keyColumns().get(i)).append(" AS puente_k").append(i).append(", ");
      keys.add("puente_k" + i);
    }
    rows.append("CASE WHEN ")
        .append(SEEN)
        .append(" = 1 THEN ")
        .append(query.countColumn())
        .append(" ELSE 0 END AS puente_v, CASE WHEN ")
        .append(SEEN)
        .append(" = 1 THEN 0 ELSE ")
        .append(query.countColumn())
        .append(" END AS puente_h FROM ")
        .append(query.table().qualifiedName())
        .append(" t WHERE (t.label_id = ANY(:puente_visible)")
        .append(" OR t.label_id = ANY(:puente_statistics))");
    if (!query.where().isBlank()) {
      rows.append(" AND (").append(query.where()).append(')');
    }
    List<String> cellColumns = new ArrayList<>(leaves);
    cellColumns.addAll(keys);
    String cell = String.join(", ", cellColumns);
    // Level 2, per leaf cell and key: seen (v) and statistics-only (h) records.
    String leafCells =
        "SELECT "
            + cell
            + ", SUM(puente_v) AS puente_v, SUM(puente_h) AS puente_h FROM ("
            + rows
            + ") puente_rows GROUP BY "
            + cell;
    // Level 3, what each leaf publishes. Statistics-only records count in multiples of k; in a
    // distribution all of them count when the leaf holds at least k of them over all its bins.
    String published;
    String suppressed;
    if (query.distribution()) {
      List<String> group = new ArrayList<>(leaves);
      group.addAll(keys.subList(0, keys.size() - 1));
      leafCells =
          "SELECT puente_leaf.*, SUM(puente_h) OVER (PARTITION BY "
              + String.join(", ", group)
              + ") AS puente_total FROM ("
              + leafCells
              + ") puente_leaf";
      published = "puente_v + CASE WHEN puente_total >= :puente_k THEN puente_h ELSE 0 END";
      suppressed = "CASE WHEN puente_total > 0 AND puente_total < :puente_k THEN 1 ELSE 0 END";
    } else {
      published = "puente_v + FLOOR(puente_h / :puente_k) * :puente_k";
      suppressed = "CASE WHEN puente_h > 0 AND puente_h < :puente_k THEN 1 ELSE 0 END";
    }
    // Level 4, the figures: sums of published leaf values by the published-by columns and key.
    List<String> out = new ArrayList<>();
    for (String column : query.publishedBy()) {
      out.add(leaves.get(query.leafColumns().indexOf(column)));
    }
    out.addAll(keys);
    String select = out.isEmpty() ? "" : String.join(", ", out) + ", ";
    String sql =
        "SELECT "
            + select
            + "SUM("
            + published
            + ") AS puente_n, MAX("
            + suppressed
            + ") AS puente_s FROM ("
            + leafCells
            + ") puente_cells"
            + (out.isEmpty() ? "" : " GROUP BY " + String.join(", ", out));
    int by = query.publishedBy().size();
    int width = out.size();
    List<AggregateCell> cells = new ArrayList<>();
    jdbc.sql(sql)
        .params(query.params())
        .param("puente_visible", ids(decision.visible()))
        .param("puente_statistics", ids(statistics))
        .param("puente_k", threshold)
        .query(rs -> {
          List<Object> values = new ArrayList<>(width);
          for (int i = 1; i <= width; i++) {
            Object value = rs.getObject(i);
            values.add(value == null ? "" : value);
          }
          long n = rs.getLong("puente_n");
          boolean withheld = rs.getInt("puente_s") == 1;
          if (n > 0 || withheld) {
            cells.add(
                new AggregateCell(values.subList(0, by), values.subList(by, width), n, withheld));
          }
        });
    return cells;
  }

  /** Declares a labeled table, so that records in it are purged when their labels expire. */
  public void register(LabeledTable table) {
    tables.add(table);
  }

  /**
   * Declares a labeled rollup table (counts of records per label, without record ids), so that its
   * rows under an expired label are purged with the records they count.
   */
  public void registerRollup(LabeledTable table) {
    rollups.add(table);
  }

  /**
   * Deletes every record whose label's retain-until date is before {@code today}, appending a PURGE
   * entry per record in the same transaction.
   *
   * @return how many records were purged
   */
  @Transactional
  public int purgeExpired(java.time.LocalDate today) {
    long[] expired =
        labels.all().stream()
            .filter(l -> {
              java.time.LocalDate until = l.label().retainUntil();
              return until != null && until.isBefore(today);
            })
            .mapToLong(StoredLabel::id)
            .toArray();
    if (expired.length == 0) {
      return 0;
    }
    int purged = 0;
    for (LabeledTable table : tables) {
      List<Object[]> doomed =
          jdbc.sql(
                  "SELECT t.id, t.owner_agency, t.label_id FROM "
                      + table.qualifiedName()
                      + " t WHERE t.label_id = ANY(:expired)")
              .param("expired", ids(expired))
              .query((rs, n) ->
                  new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)})
              .list();
      if (doomed.isEmpty()) {
        continue;
      }
      jdbc.sql("DELETE FROM " + table.qualifiedName() + " t WHERE t.label_id = ANY(:expired)")
          .param("expired", ids(expired))
          .update();
      List<Event> events = new ArrayList<>(doomed.size());
      for (Object[] row : doomed) {
        events.add(
            Event.of(
                    Event.node(),
                    Actions.PURGE,
                    List.of(new ObjectRef(table.recordType(), row[0].toString(), (String) row[1])))
                .withLabel(labels.byId((Long) row[2]).digest())
                .with("reason", "retain-until"));
      }
      transparency.appendAll(events);
      purged += doomed.size();
    }
    // Rollups hold counts, not records: one entry per table and label says they went too.
    for (LabeledTable table : rollups) {
      List<Object[]> counted =
          jdbc.sql(
                  "SELECT t.label_id, COUNT(*) FROM "
                      + table.qualifiedName()
                      + " t WHERE t.label_id = ANY(:expired) GROUP BY t.label_id")
              .param("expired", ids(expired))
              .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2)})
              .list();
      if (counted.isEmpty()) {
        continue;
      }
      jdbc.sql("DELETE FROM " + table.qualifiedName() + " t WHERE t.label_id = ANY(:expired)")
          .param("expired", ids(expired))
          .update();
      List<Event> events = new ArrayList<>(counted.size());
      for (Object[] row : counted) {
        StoredLabel label = labels.byId((Long) row[0]);
        events.add(
            Event.of(
                    Event.node(),
                    Actions.PURGE,
                    List.of(new ObjectRef(table.recordType(), "label-" + row[0], label.owner())))
                .withLabel(label.digest())
                .with("reason", "retain-until")
                .with("rows", String.valueOf(row[1])));
      }
      transparency.appendAll(events);
    }
    return purged;
  }

  /** One record, if the caller may see it or gets a pointer to it; logged as a read. */
  @Transactional
  public <T> Optional<Disclosed<T>> find(Caller caller, LabeledQuery<T> query) {
    return run(caller, query, Actions.READ).stream().findFirst();
  }

  /** Records matching the query that the caller may see or gets pointers to; each logged. */
  @Transactional
  public <T> List<Disclosed<T>> list(Caller caller, LabeledQuery<T> query) {
    return run(caller, query, Actions.SEARCH_HIT);
  }

  /**
   * Records as {@link #list}, logged with the given action, for example {@code EXPORT}; pointers
   * are still logged as {@code POINTER_SHOWN}.
   */
  @Transactional
  public <T> List<Disclosed<T>> list(Caller caller, LabeledQuery<T> query, String action) {
    return run(caller, query, action);
  }

  private <T> List<Disclosed<T>> run(Caller caller, LabeledQuery<T> query, String action) {
    Visibility.Decision decision = visibility.of(caller.account());
    if (decision.nothing()) {
      return List.of();
    }
    LabeledTable table = query.table();
    StringBuilder sql =
        new StringBuilder("SELECT t.id AS puente_id, t.label_id AS puente_label, ")
            .append(query.columns())
            .append(" FROM ")
            .append(table.qualifiedName())
            .append(" t WHERE (t.label_id = ANY(:puente_visible)")
            .append(" OR t.label_id = ANY(:puente_pointers))");
    if (!query.where().isBlank()) {
      sql.append(" AND (").append(query.where()).append(')');
    }
    sql.append(" ORDER BY ")
        .append(query.orderBy())
        .append(" LIMIT :puente_limit OFFSET :puente_offset");
    List<Disclosed<T>> disclosed =
        jdbc.sql(sql.toString())
            .params(query.params())
            .param("puente_visible", ids(decision.visible()))
            .param("puente_pointers", ids(decision.pointers()))
            .param("puente_limit", query.limit())
            .param("puente_offset", query.offset())
            .query((rs, n) -> disclose(rs, n, query, decision))
            .list();
    List<Event> events = new ArrayList<>(disclosed.size());
    Actor actor = new Actor(caller.username(), caller.agency(), caller.country().name());
    for (Disclosed<T> d : disclosed) {
      switch (d) {
        case Disclosed.Shown<T> shown ->
            events.add(
                Event.of(
                        actor,
                        action,
                        List.of(
                            new ObjectRef(
                                table.recordType(), shown.id().toString(), shown.label().owner())))
                    .withLabel(shown.label().digest())
                    .inRequest(caller.requestId(), caller.purpose()));
        case Disclosed.Pointer<T> pointer ->
            events.add(
                Event.of(
                        actor,
                        Actions.POINTER_SHOWN,
                        List.of(
                            new ObjectRef(
                                table.recordType(), pointer.id().toString(), pointer.owner())))
                    .inRequest(caller.requestId(), caller.purpose()));
      }
    }
    transparency.appendAll(events);
    return disclosed;
  }

  private <T> Disclosed<T> disclose(
      ResultSet rs, int n, LabeledQuery<T> query, Visibility.Decision decision)
      throws SQLException {
    UUID id = rs.getObject("puente_id", UUID.class);
    long labelId = rs.getLong("puente_label");
    StoredLabel label = labels.byId(labelId);
    if (decision.sees(labelId)) {
      return new Disclosed.Shown<>(id, query.mapper().mapRow(rs, n), label);
    }
    if (!decision.pointerTo(labelId)) {
      // The query only returns visible and pointer labels; anything else is a broken invariant.
      throw new IllegalStateException("row outside the caller's labels");
    }
    Agency owner =
        agencies
            .find(label.owner())
            .orElseThrow(() -> new IllegalStateException("label owner is not an agency"));
    return new Disclosed.Pointer<>(
        id, query.table().recordType(), owner.code(), owner.country(), owner.contactPoint());
  }

  private static SqlArrayValue ids(long[] ids) {
    return new SqlArrayValue("bigint", Arrays.stream(ids).boxed().toArray());
  }
}
