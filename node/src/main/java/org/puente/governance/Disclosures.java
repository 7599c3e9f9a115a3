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
    List<String> groups = new ArrayList<>(query.leafColumns());
    groups.addAll(query.keyColumns());
    // The label test is computed once per row in an inner query, so that the grouping does not
    // repeat a parameterised expression (which PostgreSQL cannot match to the select list).
    StringBuilder inner = new StringBuilder("SELECT ");
    List<String> aliases = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      inner.append(groups.get(i)).append(" AS puente_c").append(i).append(", ");
      aliases.add("puente_c" + i);
    }
    inner
        .append(SEEN)
        .append(" AS puente_seen, ")
        .append(query.countColumn())
        .append(" AS puente_v FROM ")
        .append(query.table().qualifiedName())
        .append(" t WHERE (t.label_id = ANY(:puente_visible)")
        .append(" OR t.label_id = ANY(:puente_statistics))");
    if (!query.where().isBlank()) {
      inner.append(" AND (").append(query.where()).append(')');
    }
    String grouped = String.join(", ", aliases);
    String sql =
        "SELECT "
            + grouped
            + ", puente_seen, SUM(puente_v) AS puente_n FROM ("
            + inner
            + ") puente_cells GROUP BY "
            + grouped
            + ", puente_seen";
    int leaves = query.leafColumns().size();
    int width = groups.size();
    // leaf + key -> {seen, statistics-only}
    java.util.Map<List<Object>, long[]> counts = new java.util.LinkedHashMap<>();
    jdbc.sql(sql)
        .params(query.params())
        .param("puente_visible", ids(decision.visible()))
        .param("puente_statistics", ids(statistics))
        .query(rs -> {
          List<Object> cell = new ArrayList<>(width);
          for (int i = 1; i <= width; i++) {
            Object value = rs.getObject(i);
            cell.add(value == null ? "" : value);
          }
          long[] pair = counts.computeIfAbsent(cell, c -> new long[2]);
          pair[rs.getInt("puente_seen") == 1 ? 0 : 1] += rs.getLong("puente_n");
        });
    // In a distribution the threshold applies to the leaf and measured value, over all its bins.
    java.util.Map<List<Object>, Long> groupTotals = new java.util.HashMap<>();
    if (query.distribution()) {
      counts.forEach(
          (cell, pair) -> groupTotals.merge(cell.subList(0, width - 1), pair[1], Long::sum));
    }
    List<AggregateCell> cells = new ArrayList<>(counts.size());
    counts.forEach((cell, pair) -> {
      long hidden = pair[1];
      long published;
      boolean suppressed;
      if (query.distribution()) {
        long total = groupTotals.getOrDefault(cell.subList(0, width - 1), 0L);
        suppressed = total > 0 && total < threshold;
        published = pair[0] + (total >= threshold ? hidden : 0);
      } else {
        suppressed = hidden > 0 && hidden < threshold;
        published = pair[0] + hidden / threshold * threshold;
      }
      if (published > 0 || suppressed) {
        cells.add(
            new AggregateCell(
                cell.subList(0, leaves), cell.subList(leaves, width), published, suppressed));
      }
    });
    return cells;
  }

  /** Declares a labeled table, so that records in it are purged when their labels expire. */
  public void register(LabeledTable table) {
    tables.add(table);
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
