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
  private final java.util.Map<String, FieldTable> fieldTables =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final String SEEN =
      "CASE WHEN t.label_id = ANY(:puente_visible) THEN 1 ELSE 0 END";
  private final int threshold;
  private final java.time.Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  Disclosures(
      JdbcClient jdbc,
      Visibility visibility,
      LabelStore labels,
      Agencies agencies,
      Transparency transparency,
      java.time.Clock clock,
      org.springframework.context.ApplicationEventPublisher events,
      @org.springframework.beans.factory.annotation.Value("${puente.statistics.threshold:5}")
          int threshold) {
    this.events = events;
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
      // Parts of records (fields) name their record, so that copies of the record are refreshed.
      String record =
          fieldTable(table.recordType()).map(f -> "t." + f.parentColumn()).orElse("t.id");
      List<Object[]> doomed =
          jdbc.sql(
                  "SELECT t.id, t.owner_agency, t.label_id, "
                      + record
                      + " FROM "
                      + table.qualifiedName()
                      + " t WHERE t.label_id = ANY(:expired)")
              .param("expired", ids(expired))
              .query((rs, n) ->
                  new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getObject(4, UUID.class)
                  })
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
      this.events.publishEvent(
          new Purged(
              table.recordType(),
              doomed.stream().map(row -> (UUID) row[0]).toList(),
              doomed.stream().map(row -> (UUID) row[3]).distinct().toList()));
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

  /**
   * The labels the caller sees and those that give it pointers, for a search index that filters
   * inside its own query; what it finds must still be disclosed through {@link #list}.
   */
  public VisibleLabels labels(Caller caller) {
    Visibility.Decision decision = visibility.of(caller.account());
    return new VisibleLabels(decision.visible(), decision.pointers());
  }

  /** Declares a labeled field table, so that its rows are purged and released like records. */
  public void registerFields(FieldTable fields) {
    fieldTables.put(fields.table().recordType(), fields);
    tables.add(fields.table());
  }

  /** The registered labeled table of this record type, for release requests. */
  Optional<LabeledTable> table(String recordType) {
    return tables.stream().filter(t -> t.recordType().equals(recordType)).findFirst();
  }

  /** The registered field table of this record type, if it is one. */
  Optional<FieldTable> fieldTable(String recordType) {
    return Optional.ofNullable(fieldTables.get(recordType));
  }

  /** Field tables whose rows belong to records of {@code record}, for release requests. */
  List<FieldTable> fieldsOf(LabeledTable record) {
    return fieldTables.values().stream().filter(f -> f.parent().equals(record)).toList();
  }

  /**
   * The fields of parent rows the caller sees in full: each field whose own label the caller sees
   * is shown, each whose label gives outsiders a pointer is withheld by name, and the rest are left
   * out as if they had no value. Fields of parent rows the caller does not see in full are never
   * read. A field shown under a label other than its parent's is logged with {@code action} as its
   * own disclosure, so that an owner can tell who saw a field it labelled more strictly; the
   * parent's disclosure covers the others.
   */
  @Transactional
  public <T> List<DisclosedField<T>> fields(Caller caller, FieldQuery<T> query, String action) {
    Visibility.Decision decision = visibility.of(caller.account());
    if (decision.visible().length == 0) {
      return List.of();
    }
    FieldTable fields = query.fields();
    String sql =
        "SELECT t.id AS puente_id, t.label_id AS puente_label, p.label_id AS puente_parent_label, t."
            + fields.parentColumn()
            + " AS puente_parent, t."
            + fields.nameColumn()
            + " AS puente_name, "
            + query.columns()
            + " FROM "
            + fields.table().qualifiedName()
            + " t JOIN "
            + fields.parent().qualifiedName()
            + " p ON p.id = t."
            + fields.parentColumn()
            + " WHERE p.label_id = ANY(:puente_visible)"
            + " AND (t.label_id = ANY(:puente_visible) OR t.label_id = ANY(:puente_pointers))"
            + " AND ("
            + query.where()
            + ") ORDER BY "
            + query.orderBy()
            + " LIMIT "
            + FieldQuery.MAX_ROWS;
    List<Event> events = new ArrayList<>();
    Actor actor = new Actor(caller.username(), caller.agency(), caller.country().name());
    List<DisclosedField<T>> out =
        jdbc.sql(sql)
            .params(query.params())
            .param("puente_visible", ids(decision.visible()))
            .param("puente_pointers", ids(decision.pointers()))
            .query((rs, n) -> {
              UUID id = rs.getObject("puente_id", UUID.class);
              UUID parent = rs.getObject("puente_parent", UUID.class);
              String name = rs.getString("puente_name");
              long labelId = rs.getLong("puente_label");
              StoredLabel label = labels.byId(labelId);
              if (decision.sees(labelId)) {
                if (labelId != rs.getLong("puente_parent_label")) {
                  events.add(
                      Event.of(
                              actor,
                              action,
                              List.of(
                                  new ObjectRef(
                                      fields.table().recordType(), id.toString(), label.owner())))
                          .withLabel(label.digest())
                          .with("field", name)
                          .inRequest(caller.requestId(), caller.purpose()));
                }
                return (DisclosedField<T>)
                    new DisclosedField.Shown<>(
                        id, parent, name, query.mapper().mapRow(rs, n), label);
              }
              Agency owner =
                  agencies
                      .find(label.owner())
                      .orElseThrow(() -> new IllegalStateException("label owner is not an agency"));
              events.add(
                  Event.of(
                          actor,
                          Actions.POINTER_SHOWN,
                          List.of(
                              new ObjectRef(
                                  fields.table().recordType(), id.toString(), owner.code())))
                      .with("field", name)
                      .inRequest(caller.requestId(), caller.purpose()));
              return new DisclosedField.Withheld<T>(
                  id, parent, name, owner.code(), owner.contactPoint());
            })
            .list();
    transparency.appendAll(events);
    return out;
  }

  /**
   * Moves one record from label {@code from} to label {@code to}, together with the rows of its
   * field tables that carry {@code from} except the parts named in {@code keep}, which stay as they
   * are; one LABEL_CHANGE entry records it. Callers check who may do this.
   *
   * @return how many field rows moved with the record
   */
  int relabel(
      Caller decider,
      LabeledTable table,
      UUID id,
      StoredLabel from,
      StoredLabel to,
      List<String> keep,
      String requestRef) {
    int moved =
        jdbc.sql(
                "UPDATE "
                    + table.qualifiedName()
                    + " SET label_id = :to WHERE id = :id AND label_id = :from")
            .param("to", to.id())
            .param("id", id)
            .param("from", from.id())
            .update();
    if (moved != 1) {
      throw new Conflict("the record's label changed meanwhile");
    }
    int fieldRows = 0;
    for (FieldTable f : fieldsOf(table)) {
      String sql =
          "UPDATE "
              + f.table().qualifiedName()
              + " SET label_id = :to WHERE "
              + f.parentColumn()
              + " = :id AND label_id = :from"
              + (keep.isEmpty()
                  ? ""
                  : " AND CAST(" + f.nameColumn() + " AS VARCHAR(64)) NOT IN (:keep)");
      var statement = jdbc.sql(sql).param("to", to.id()).param("id", id).param("from", from.id());
      if (!keep.isEmpty()) {
        statement = statement.param("keep", keep);
      }
      fieldRows += statement.update();
    }
    Event event =
        Event.of(
                new Actor(decider.username(), decider.agency(), decider.country().name()),
                Actions.LABEL_CHANGE,
                List.of(new ObjectRef(table.recordType(), id.toString(), from.owner())))
            .withLabel(to.digest())
            .with("from", from.digest())
            .with("releaseRequest", requestRef)
            .with("fieldRows", String.valueOf(fieldRows))
            .inRequest(decider.requestId(), decider.purpose());
    if (!keep.isEmpty()) {
      event = event.with("withheld", String.join(",", keep));
    }
    transparency.append(event);
    UUID record = id;
    Optional<FieldTable> asField = fieldTable(table.recordType());
    if (asField.isPresent()) {
      record =
          jdbc.sql(
                  "SELECT t."
                      + asField.get().parentColumn()
                      + " FROM "
                      + table.qualifiedName()
                      + " t WHERE t.id = :id")
              .param("id", id)
              .query(UUID.class)
              .single();
    }
    events.publishEvent(new Relabelled(table.recordType(), id, record));
    return fieldRows;
  }

  /** The label a registered record carries now, read for a release decision. */
  Optional<StoredLabel> labelOf(LabeledTable table, UUID id) {
    return jdbc.sql("SELECT t.label_id FROM " + table.qualifiedName() + " t WHERE t.id = :id")
        .param("id", id)
        .query((rs, n) -> labels.byId(rs.getLong(1)))
        .optional();
  }

  /** The names of the parts of a record in its field tables, for checking a narrowed release. */
  List<String> partNames(LabeledTable table, UUID id) {
    List<String> names = new ArrayList<>();
    for (FieldTable f : fieldsOf(table)) {
      names.addAll(
          jdbc.sql(
                  "SELECT DISTINCT CAST(t."
                      + f.nameColumn()
                      + " AS VARCHAR(64)) FROM "
                      + f.table().qualifiedName()
                      + " t WHERE t."
                      + f.parentColumn()
                      + " = :id")
              .param("id", id)
              .query((rs, n) -> java.util.Objects.requireNonNull(rs.getString(1)))
              .list());
    }
    return names;
  }

  /**
   * Every row of a field table with its own label ({@code puente_label}) and its record's ({@code
   * puente_parent_label}), read by the node for its own search index, whose queries then apply the
   * caller's labels ({@link #labels}); nothing is disclosed to anyone, so nothing is logged.
   */
  @Transactional(readOnly = true)
  public void scanForIndex(
      FieldTable fields,
      String columns,
      String where,
      java.util.Map<String, ?> params,
      org.springframework.jdbc.core.RowCallbackHandler each) {
    jdbc.sql(
            "SELECT t.label_id AS puente_label, p.label_id AS puente_parent_label, "
                + columns
                + " FROM "
                + fields.table().qualifiedName()
                + " t JOIN "
                + fields.parent().qualifiedName()
                + " p ON p.id = t."
                + fields.parentColumn()
                + (where.isBlank() ? "" : " WHERE " + where)
                + " ORDER BY t."
                + fields.parentColumn())
        // Streamed in the read-only transaction, not held whole in memory: a rebuild reads every
        // field of every record.
        .withFetchSize(10_000)
        .params(params)
        .query(each);
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

  /**
   * Records as {@link #list} that the caller sees in full, leaving out those it would get only
   * pointers to, for views that cannot show a pointer (an edge of a graph needs its ends).
   */
  @Transactional
  public <T> List<Disclosed.Shown<T>> listShown(
      Caller caller, LabeledQuery<T> query, String action) {
    List<Disclosed.Shown<T>> shown = new ArrayList<>();
    for (Disclosed<T> d : run(caller, query, action, false)) {
      if (d instanceof Disclosed.Shown<T> s) {
        shown.add(s);
      }
    }
    return shown;
  }

  /**
   * Which of these records the caller sees in full ({@code true}) or gets a pointer to ({@code
   * false}); the others are left out. Nothing of the records is disclosed, so nothing is logged:
   * this is for walking a graph, whose result is then disclosed through {@link #list}.
   */
  @Transactional(readOnly = true)
  public java.util.Map<UUID, Boolean> reach(
      Caller caller, LabeledTable table, java.util.Collection<UUID> ids) {
    Visibility.Decision decision = visibility.of(caller.account());
    java.util.Map<UUID, Boolean> out = new java.util.HashMap<>();
    if (decision.nothing() || ids.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "SELECT t.id, t.label_id FROM "
                + table.qualifiedName()
                + " t WHERE t.id IN (:ids) AND (t.label_id = ANY(:puente_visible)"
                + " OR t.label_id = ANY(:puente_pointers))")
        .param("ids", List.copyOf(ids))
        .param("puente_visible", ids(decision.visible()))
        .param("puente_pointers", ids(decision.pointers()))
        .query(rs -> {
          out.put(rs.getObject(1, UUID.class), decision.sees(rs.getLong(2)));
        });
    return out;
  }

  /**
   * Links the caller sees in full (rows of a labeled table of links between records, {@code
   * fromColumn} to {@code toColumn}) that touch any of {@code ends}, at most {@code limit} of them.
   * Like {@link #reach}, nothing is disclosed and nothing logged: what a walk keeps is then
   * disclosed through {@link #list}.
   */
  @Transactional(readOnly = true)
  public List<Link> links(
      Caller caller,
      LabeledTable table,
      String fromColumn,
      String toColumn,
      java.util.Collection<UUID> ends,
      int limit) {
    Visibility.Decision decision = visibility.of(caller.account());
    if (decision.visible().length == 0 || ends.isEmpty()) {
      return List.of();
    }
    if (!fromColumn.matches("[a-z_]+") || !toColumn.matches("[a-z_]+")) {
      throw new IllegalArgumentException("columns are lower-case SQL identifiers");
    }
    String select =
        "SELECT t.id, t."
            + fromColumn
            + ", t."
            + toColumn
            + " FROM "
            + table.qualifiedName()
            + " t";
    String labelled = " AND t.label_id = ANY(:puente_visible)";
    // Two index range scans rather than one OR, which PostgreSQL would not use an index for.
    String sql =
        select
            + " WHERE t."
            + fromColumn
            + " IN (:ends)"
            + labelled
            + " UNION "
            + select
            + " WHERE t."
            + toColumn
            + " IN (:ends)"
            + labelled
            + " LIMIT :puente_limit";
    return jdbc.sql(sql)
        .param("ends", List.copyOf(ends))
        .param("puente_visible", ids(decision.visible()))
        .param("puente_limit", limit)
        .query((rs, n) ->
            new Link(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class)))
        .list();
  }

  /** The one link with this id, if the caller sees it in full; like {@link #links}, unlogged. */
  @Transactional(readOnly = true)
  public Optional<Link> link(
      Caller caller, LabeledTable table, String fromColumn, String toColumn, UUID id) {
    Visibility.Decision decision = visibility.of(caller.account());
    if (!fromColumn.matches("[a-z_]+") || !toColumn.matches("[a-z_]+")) {
      throw new IllegalArgumentException("columns are lower-case SQL identifiers");
    }
    return jdbc.sql(
            "SELECT t.id, t."
                + fromColumn
                + ", t."
                + toColumn
                + " FROM "
                + table.qualifiedName()
                + " t WHERE t.id = :id AND t.label_id = ANY(:puente_visible)")
        .param("id", id)
        .param("puente_visible", ids(decision.visible()))
        .query((rs, n) ->
            new Link(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class)))
        .optional();
  }

  private <T> List<Disclosed<T>> run(Caller caller, LabeledQuery<T> query, String action) {
    return run(caller, query, action, true);
  }

  private <T> List<Disclosed<T>> run(
      Caller caller, LabeledQuery<T> query, String action, boolean withPointers) {
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
            .param("puente_pointers", ids(withPointers ? decision.pointers() : new long[0]))
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
