package org.puente.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The log's tables: leaves (the canonical entry, its hash, and the columns the audit explorer
 * filters on), complete subtree hashes for O(log n) proofs, signed checkpoints, and the queue of
 * events waiting for an index. The tree tables are only ever inserted into.
 */
@Component
class LogStore implements SubtreeHashes {

  /** Subtrees smaller than 2^4 leaves are folded from leaf hashes rather than stored. */
  static final int MIN_STORED_LEVEL = 4;

  private static final int LEVEL_SHIFT = 56;
  private static final long INDEX_MASK = (1L << LEVEL_SHIFT) - 1;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  LogStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * One queued event: its canonical entry without an index, and its leaf row's columns.
   *
   * @param id queue position
   * @param entry canonical entry JSON with index 0
   * @param loggedAt when it happened
   * @param action what was done
   * @param user acting user
   * @param agency acting agency
   * @param country acting agency's country
   * @param subjectType the first record's type
   * @param subjectId the first record's id
   * @param subjectOwner the first record's owner
   * @param subjects how many records it concerns
   */
  record Pending(
      long id,
      String entry,
      Timestamp loggedAt,
      String action,
      @Nullable String user,
      @Nullable String agency,
      @Nullable String country,
      @Nullable String subjectType,
      @Nullable String subjectId,
      @Nullable String subjectOwner,
      int subjects) {}

  /** A queued event placed in the tree: its index, leaf data and leaf hash. */
  static final class Placed {

    private final long index;
    private final String canonical;
    private final byte[] leafHash;
    private final Pending event;

    Placed(long index, String canonical, byte[] leafHash, Pending event) {
      this.index = index;
      this.canonical = canonical;
      this.leafHash = leafHash;
      this.event = event;
    }

    long index() {
      return index;
    }

    String canonical() {
      return canonical;
    }

    byte[] leafHash() {
      return leafHash;
    }

    Pending event() {
      return event;
    }
  }

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

  /** Queued events from id {@code from} on, oldest first. */
  List<Pending> pending(int limit, long from) {
    return jdbc.sql(
            """
            SELECT id, event, logged_at, action, actor_user, actor_agency, actor_country,
                   subject_type, subject_id, subject_owner, subjects
            FROM transparency.pending WHERE id >= :from ORDER BY id LIMIT :limit
            """)
        .param("limit", limit)
        .param("from", from)
        .query((rs, n) ->
            new Pending(
                rs.getLong(1),
                rs.getString(2),
                rs.getTimestamp(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getInt(11)))
        .list();
  }

  void removePending(List<Long> ids) {
    jdbc.sql("DELETE FROM transparency.pending WHERE id = ANY(:ids)")
        .param("ids", new SqlArrayValue("bigint", ids.toArray()))
        .update();
  }

  void append(List<Placed> placed, List<SubtreeHash> subtrees) {
    batch.batchUpdate(
        """
        INSERT INTO transparency.leaf
          (idx, entry, leaf_hash, logged_at, action, actor_user, actor_agency, actor_country,
           subject_type, subject_id, subject_owner)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        placed,
        1000,
        (ps, p) -> {
          Pending e = p.event();
          ps.setLong(1, p.index());
          ps.setString(2, p.canonical());
          ps.setBytes(3, p.leafHash());
          ps.setTimestamp(4, e.loggedAt());
          ps.setString(5, e.action());
          ps.setString(6, e.user());
          ps.setString(7, e.agency());
          ps.setString(8, e.country());
          ps.setString(9, e.subjectType());
          ps.setString(10, e.subjectId());
          ps.setString(11, e.subjectOwner());
        });
    // Most entries concern one record, kept on the leaf row itself; the others go here.
    List<Object[]> more = new ArrayList<>();
    for (Placed p : placed) {
      if (p.event().subjects() > 1) {
        List<ObjectRef> objects = parse(p.canonical()).objects();
        for (int o = 1; o < objects.size(); o++) {
          ObjectRef ref = objects.get(o);
          more.add(new Object[] {p.index(), ref.type(), ref.id(), ref.owner()});
        }
      }
    }
    if (!more.isEmpty()) {
      batch.batchUpdate(
          "INSERT INTO transparency.leaf_subject (idx, subject_type, subject_id, owner_agency)"
              + " VALUES (?, ?, ?, ?)",
          more);
    }
    List<SubtreeHash> kept =
        subtrees.stream().filter(t -> t.subtree().level() >= MIN_STORED_LEVEL).toList();
    if (!kept.isEmpty()) {
      batch.batchUpdate(
          "INSERT INTO transparency.subtree (node, hash) VALUES (?, ?)",
          kept,
          1000,
          (ps, t) -> {
            ps.setLong(1, node(t.subtree()));
            ps.setBytes(2, t.hash());
          });
    }
  }

  private static LogEntry parse(String canonical) {
    try {
      return LogEntries.parse(canonical);
    } catch (InvalidJson e) {
      throw new IllegalStateException("a log entry does not parse: " + e.getMessage(), e);
    }
  }

  /**
   * The hashes of complete subtrees, read in one statement of fixed shape: subtrees of {@value
   * #MIN_STORED_LEVEL} levels or more from the subtree table, smaller ones folded from their leaf
   * hashes (storing those would cost more writes than the few extra leaves cost reads).
   */
  @Override
  public Map<Subtree, byte[]> fetch(Set<Subtree> subtrees) {
    Map<Subtree, byte[]> found = new HashMap<>();
    if (subtrees.isEmpty()) {
      return found;
    }
    List<Long> leaves = new ArrayList<>();
    List<Long> nodes = new ArrayList<>();
    for (Subtree t : subtrees) {
      if (t.level() >= MIN_STORED_LEVEL) {
        nodes.add(node(t));
      } else {
        for (long i = t.start(); i < t.end(); i++) {
          leaves.add(i);
        }
      }
    }
    Map<Long, byte[]> leafHashes = new HashMap<>();
    jdbc.sql(
            """
            SELECT 0, idx, leaf_hash FROM transparency.leaf WHERE idx = ANY(:leaves)
            UNION ALL
            SELECT 1, node, hash FROM transparency.subtree WHERE node = ANY(:nodes)
            """)
        .param("leaves", new SqlArrayValue("bigint", leaves.toArray()))
        .param("nodes", new SqlArrayValue("bigint", nodes.toArray()))
        .query((rs, n) -> {
          if (rs.getInt(1) == 0) {
            leafHashes.put(rs.getLong(2), rs.getBytes(3));
          } else {
            long node = rs.getLong(2);
            found.put(new Subtree((int) (node >>> LEVEL_SHIFT), node & INDEX_MASK), rs.getBytes(3));
          }
          return n;
        })
        .list();
    MessageDigest digest = sha256();
    for (Subtree t : subtrees) {
      if (t.level() < MIN_STORED_LEVEL) {
        byte[] hash = fold(t, leafHashes, digest);
        if (hash != null) {
          found.put(t, hash);
        }
      }
    }
    return found;
  }

  /** The hash of a small complete subtree from its leaf hashes, or null if a leaf is missing. */
  private static byte @Nullable [] fold(Subtree t, Map<Long, byte[]> leaves, MessageDigest digest) {
    if (t.level() == 0) {
      return leaves.get(t.start());
    }
    byte[] left = fold(new Subtree(t.level() - 1, t.index() * 2), leaves, digest);
    byte[] right = fold(new Subtree(t.level() - 1, t.index() * 2 + 1), leaves, digest);
    if (left == null || right == null) {
      return null;
    }
    digest.update((byte) 1);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  /** A subtree's key in the subtree table: its level above its index. */
  static long node(Subtree t) {
    return ((long) t.level() << LEVEL_SHIFT) | t.index();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
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
          " AND (l.subject_id = :subject OR EXISTS (SELECT 1 FROM transparency.leaf_subject s"
              + " WHERE s.idx = l.idx AND s.subject_id = :subject))");
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
          " AND (l.actor_agency = :concerning OR l.subject_owner = :concerning OR EXISTS (SELECT"
              + " 1 FROM transparency.leaf_subject o WHERE o.idx = l.idx"
              + " AND o.owner_agency = :concerning))");
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
