package org.puente.transparency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.puente.protocol.log.InvalidJson;
import org.puente.protocol.log.Leaf;
import org.puente.protocol.log.LogEntries;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.ObjectRef;
import org.puente.protocol.merkle.Subtree;
import org.puente.protocol.merkle.SubtreeHash;
import org.puente.protocol.merkle.SubtreeHashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log's tables: leaves (the canonical entry and its hash), their subjects for the audit
 * explorer, complete subtree hashes for O(log n) proofs, signed checkpoints, and the queue of
 * events waiting for an index. The tree tables are only ever inserted into.
 */
@Component
class LogStore implements SubtreeHashes {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  LogStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** One queued event. */
  record Pending(long id, String entry) {}

  /** A checkpoint as stored; the root is kept encoded so the record stays a value. */
  record StoredCheckpoint(long size, String rootBase64, String note, Instant signedAt) {

    byte[] root() {
      return java.util.Base64.getDecoder().decode(rootBase64);
    }
  }

  long size() {
    return jdbc.sql("SELECT COALESCE(MAX(idx) + 1, 0) FROM transparency.leaf")
        .query(Long.class)
        .single();
  }

  long pendingCount() {
    return jdbc.sql("SELECT COUNT(*) FROM transparency.pending").query(Long.class).single();
  }

  void lockSequencer() {
    jdbc.sql("SELECT id FROM transparency.sequencer WHERE id = 1 FOR UPDATE")
        .query(Integer.class)
        .single();
  }

  List<Pending> pending(int limit) {
    return jdbc.sql("SELECT id, event FROM transparency.pending ORDER BY id LIMIT :limit")
        .param("limit", limit)
        .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2)))
        .list();
  }

  void removePending(List<Long> ids) {
    batch.batchUpdate(
        "DELETE FROM transparency.pending WHERE id = ?", ids, 1000, (ps, id) -> ps.setLong(1, id));
  }

  void append(
      List<LogEntry> entries,
      List<byte[]> leafHashes,
      List<String> canonical,
      List<SubtreeHash> subtrees) {
    List<Integer> positions = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      positions.add(i);
    }
    batch.batchUpdate(
        """
        INSERT INTO transparency.leaf
          (idx, entry, leaf_hash, logged_at, action, actor_user, actor_agency, actor_country)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        positions,
        1000,
        (ps, i) -> {
          LogEntry e = entries.get(i);
          ps.setLong(1, e.index());
          ps.setString(2, canonical.get(i));
          ps.setBytes(3, leafHashes.get(i));
          ps.setTimestamp(4, Timestamp.from(e.time()));
          ps.setString(5, e.action());
          ps.setString(6, e.actor().user());
          ps.setString(7, e.actor().agency());
          ps.setString(8, e.actor().country());
        });
    List<Object[]> subjects = new ArrayList<>();
    for (LogEntry e : entries) {
      Set<String> seen = new java.util.HashSet<>();
      for (ObjectRef o : e.objects()) {
        if (seen.add(o.type() + "\u0000" + o.id())) {
          subjects.add(new Object[] {e.index(), o.type(), o.id(), o.owner()});
        }
      }
    }
    if (!subjects.isEmpty()) {
      batch.batchUpdate(
          "INSERT INTO transparency.leaf_subject (idx, subject_type, subject_id, owner_agency)"
              + " VALUES (?, ?, ?, ?)",
          subjects);
    }
    if (!subtrees.isEmpty()) {
      batch.batchUpdate(
          "INSERT INTO transparency.subtree (level, idx, hash) VALUES (?, ?, ?)",
          subtrees,
          1000,
          (ps, s) -> {
            ps.setInt(1, s.subtree().level());
            ps.setLong(2, s.subtree().index());
            ps.setBytes(3, s.hash());
          });
    }
  }

  /** The stored hashes of complete subtrees, read in one statement. */
  @Override
  public Map<Subtree, byte[]> fetch(Set<Subtree> subtrees) {
    Map<Subtree, byte[]> found = new HashMap<>();
    if (subtrees.isEmpty()) {
      return found;
    }
    Map<Integer, List<Long>> byLevel =
        subtrees.stream()
            .collect(
                Collectors.groupingBy(
                    Subtree::level,
                    TreeMap::new,
                    Collectors.mapping(Subtree::index, Collectors.toList())));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Integer, List<Long>> level : byLevel.entrySet()) {
      String ids = level.getValue().stream().map(String::valueOf).collect(Collectors.joining(","));
      if (level.getKey() == 0) {
        parts.add(
            "SELECT 0 AS level, idx, leaf_hash AS hash FROM transparency.leaf"
                + " WHERE idx IN ("
                + ids
                + ")");
      } else {
        parts.add(
            "SELECT level, idx, hash FROM transparency.subtree WHERE level = "
                + level.getKey()
                + " AND idx IN ("
                + ids
                + ")");
      }
    }
    jdbc.sql(String.join(" UNION ALL ", parts))
        .query((rs, n) -> found.put(new Subtree(rs.getInt(1), rs.getLong(2)), rs.getBytes(3)))
        .list();
    return found;
  }

  List<Leaf> leaves(long start, long end) {
    return jdbc.sql(
            "SELECT idx, entry, leaf_hash FROM transparency.leaf WHERE idx >= :s AND idx < :e"
                + " ORDER BY idx")
        .param("s", start)
        .param("e", end)
        .query((rs, n) -> leaf(rs.getString(2), rs.getBytes(3)))
        .list();
  }

  /** Leaves matching an audit filter, newest first; the where clause is built from the filter. */
  List<Leaf> find(LogFilter filter, int limit, int offset) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT l.idx, l.entry, l.leaf_hash FROM transparency.leaf l WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.subjectId() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM transparency.leaf_subject s WHERE s.idx = l.idx"
              + " AND s.subject_id = :subject)");
      params.put("subject", filter.subjectId());
    }
    if (filter.user() != null) {
      sql.append(" AND l.actor_user = :user");
      params.put("user", filter.user());
    }
    if (filter.agency() != null) {
      sql.append(" AND l.actor_agency = :agency");
      params.put("agency", filter.agency());
    }
    if (filter.action() != null) {
      sql.append(" AND l.action = :action");
      params.put("action", filter.action());
    }
    if (filter.from() != null) {
      sql.append(" AND l.logged_at >= :from");
      params.put("from", Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" AND l.logged_at < :to");
      params.put("to", Timestamp.from(filter.to()));
    }
    if (filter.concerning() != null) {
      sql.append(
          " AND (l.actor_agency = :concerning OR EXISTS (SELECT 1 FROM transparency.leaf_subject"
              + " o WHERE o.idx = l.idx AND o.owner_agency = :concerning))");
      params.put("concerning", filter.concerning());
    }
    sql.append(" ORDER BY l.idx DESC LIMIT :limit OFFSET :offset");
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(sql.toString())
        .params(params)
        .query((rs, n) -> leaf(rs.getString(2), rs.getBytes(3)))
        .list();
  }

  void saveCheckpoint(long size, byte[] root, String note, Instant signedAt) {
    jdbc.sql(
            "INSERT INTO transparency.checkpoint (tree_size, root_hash, note, signed_at)"
                + " VALUES (:size, :root, :note, :at)")
        .param("size", size)
        .param("root", root)
        .param("note", note)
        .param("at", Timestamp.from(signedAt))
        .update();
  }

  Optional<StoredCheckpoint> latestCheckpoint() {
    return checkpoints(1, Long.MAX_VALUE).stream().findFirst();
  }

  /** Stored checkpoints at or below {@code maxSize}, largest first. */
  List<StoredCheckpoint> checkpoints(int limit, long maxSize) {
    return jdbc.sql(
            "SELECT tree_size, root_hash, note, signed_at FROM transparency.checkpoint"
                + " WHERE tree_size <= :max ORDER BY tree_size DESC LIMIT :limit")
        .param("max", maxSize)
        .param("limit", limit)
        .query((rs, n) ->
            new StoredCheckpoint(
                rs.getLong(1),
                java.util.Base64.getEncoder().encodeToString(rs.getBytes(2)),
                rs.getString(3),
                rs.getTimestamp(4).toInstant()))
        .list();
  }

  /**
   * A stored leaf with the hash the tree committed to, not one recomputed from the entry text, so
   * that a rewritten entry shows up as a mismatch to any verifier.
   */
  private static Leaf leaf(String canonical, byte[] leafHash) {
    try {
      return Leaf.stored(LogEntries.parse(canonical), leafHash);
    } catch (InvalidJson e) {
      throw new IllegalStateException("a stored log entry does not parse: " + e.getMessage(), e);
    }
  }
}
