package org.puente.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.PostgresDatabase;
import org.puente.RunningNode;
import org.puente.governance.Accounts;
import org.puente.governance.Role;
import org.puente.protocol.log.ConsistencyPath;
import org.puente.protocol.log.EntryPage;
import org.puente.protocol.log.InclusionPath;
import org.puente.protocol.log.Leaf;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.LogExport;
import org.puente.protocol.log.UnverifiedLog;
import org.puente.protocol.merkle.ConsistencyProof;
import org.puente.protocol.merkle.InclusionProof;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.NoteVerifier;
import org.puente.protocol.note.SigningKey;
import org.puente.protocol.note.UnverifiedNote;
import org.puente.protocol.note.Vkey;

/**
 * The log against PostgreSQL: disclosures and their entries commit together, an auditor holding
 * only the vkey, checkpoints and the API verifies inclusion and consistency, the application role
 * cannot rewrite the log, and a rewrite behind the node's back is caught at its first bad index.
 */
class TransparencyIT {

  private final RunningNode node = RunningNode.get();

  /** Waits until every queued event has its index and a checkpoint covers it. */
  private long settle() {
    TransparencyLog log = node.bean(TransparencyLog.class);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      if (log.pending() == 0 && log.checkpointedSize() == log.size()) {
        return log.size();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the log did not settle within 30 s");
  }

  private Vkey vkey() throws Exception {
    return Vkey.parse(node.anonymous().get("/api/v1/transparency/key").body().strip());
  }

  private Checkpoint checkpoint() throws Exception {
    String note = node.anonymous().get("/api/v1/transparency/checkpoint").body();
    return Checkpoint.verify(note, NoteVerifier.of(vkey()));
  }

  private List<Leaf> byRequest(String requestId) throws Exception {
    settle();
    Api security = node.as("usa.security");
    long size = checkpoint().size();
    List<Leaf> found = new java.util.ArrayList<>();
    for (long start = Math.max(0, size - 1000); start < size; start += 1000) {
      EntryPage page =
          EntryPage.parse(
              security
                  .get(
                      "/api/v1/transparency/entries?start="
                          + start
                          + "&end="
                          + Math.min(size, start + 1000))
                  .body());
      for (Leaf leaf : page.leaves()) {
        if (leaf.entry().map(e -> requestId.equals(e.requestId())).orElse(false)) {
          found.add(leaf);
        }
      }
    }
    return found;
  }

  private String issue(String user, String label) {
    Api.Response r =
        node.as(user)
            .post(
                "/api/v1/bulletins",
                "{\"title\":\"Log test "
                    + UUID.randomUUID()
                    + "\",\"body\":\"Synthetic.\","
                    + "\"label\":"
                    + label
                    + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  @Test
  void everyDisclosureHasItsOwnEntryNamingRequestLabelAndPurpose() throws Exception {
    String id = issue("ntc.officer", "{\"releasableTo\":[\"USA\",\"MEX\"],\"tlp\":\"AMBER\"}");
    Api.Response read = node.as("fgr.analyst").get("/api/v1/bulletins/" + id);
    String requestId = read.headers().firstValue("X-Request-Id").orElseThrow();
    List<Leaf> entries = byRequest(requestId);
    assertThat(entries).hasSize(1);
    LogEntry entry = entries.get(0).entry().orElseThrow();
    assertThat(entry.action()).isEqualTo("READ");
    assertThat(entry.actor().user()).isEqualTo("fgr.analyst");
    assertThat(entry.actor().country()).isEqualTo("MEX");
    assertThat(entry.objects().get(0).id()).isEqualTo(id);
    assertThat(entry.objects().get(0).owner()).isEqualTo("CBP-NTC");
    assertThat(entry.labelDigest()).isEqualTo(read.json().at("/label/digest").asString());

    Api.Response list = node.as("fgr.analyst").get("/api/v1/bulletins?limit=5");
    int shown = list.json().get("items").size();
    List<Leaf> hits = byRequest(list.headers().firstValue("X-Request-Id").orElseThrow());
    assertThat(hits).hasSize(shown);
  }

  @Test
  void aRefusedWriteLeavesNoEntry() throws Exception {
    Api.Response refused =
        node.as("ntc.officer")
            .post(
                "/api/v1/bulletins",
                "{\"title\":\"t\",\"body\":\"b\",\"label\":{\"tlp\":\"RED\"}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(byRequest(refused.headers().firstValue("X-Request-Id").orElseThrow())).isEmpty();
  }

  @Test
  void anAuditorVerifiesInclusionAndConsistencyFromTheApiAlone() throws Exception {
    settle();
    Checkpoint before = checkpoint();
    String id = issue("rcmp.analyst", "{\"releasableTo\":[\"CAN\"],\"tlp\":\"AMBER\"}");
    Api.Response read = node.as("cbsa.officer").get("/api/v1/bulletins/" + id);
    Leaf leaf = byRequest(read.headers().firstValue("X-Request-Id").orElseThrow()).get(0);
    settle();
    Checkpoint after = checkpoint();
    assertThat(after.size()).isGreaterThan(before.size());

    Api auditor = node.as("rcmp.analyst");
    InclusionPath inclusion =
        InclusionPath.parse(
            auditor
                .get(
                    "/api/v1/transparency/proof/inclusion?index="
                        + leaf.index()
                        + "&treeSize="
                        + after.size())
                .body());
    InclusionProof.verify(
        leaf.index(), after.size(), leaf.leafHash(), inclusion.hashes(), after.root());

    ConsistencyPath consistency =
        ConsistencyPath.parse(
            auditor
                .get(
                    "/api/v1/transparency/proof/consistency?from="
                        + before.size()
                        + "&to="
                        + after.size())
                .body());
    ConsistencyProof.verify(
        before.size(), after.size(), before.root(), after.root(), consistency.hashes());

    Api.Response beyond =
        auditor.get(
            "/api/v1/transparency/proof/inclusion?index=0&treeSize=" + (after.size() + 10_000));
    assertThat(beyond.status()).isEqualTo(400);
    assertThat(beyond.json().at("/errors/0/pointer").asString()).isEqualTo("/treeSize");
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsRejected() throws Exception {
    Checkpoint real = checkpoint();
    String forged = real.sign(SigningKey.generate(real.origin())).format();
    assertThatThrownBy(() -> Checkpoint.verify(forged, NoteVerifier.of(vkey())))
        .isInstanceOf(UnverifiedNote.class);
  }

  @Test
  void theApplicationRoleCanOnlyInsertIntoTheLog() throws Exception {
    settle();
    try (Connection app = PostgresDatabase.app();
        Statement s = app.createStatement()) {
      for (String sql :
          List.of(
              "UPDATE transparency.leaf SET action = 'READ' WHERE idx = 0",
              "DELETE FROM transparency.leaf WHERE idx = 0",
              "UPDATE transparency.subtree SET hash = hash",
              "DELETE FROM transparency.checkpoint",
              "TRUNCATE transparency.leaf")) {
        assertThatThrownBy(() -> s.execute(sql))
            .as(sql)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
      }
    }
    // Even the owner is stopped by the triggers while they are in place.
    try (Connection admin = PostgresDatabase.admin();
        Statement s = admin.createStatement()) {
      assertThatThrownBy(() -> s.execute("DELETE FROM transparency.leaf WHERE idx = 0"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void partnerSecurityOfficersReadOnlyTheirOwnEntriesInFull() throws Exception {
    Accounts accounts = node.bean(Accounts.class);
    if (accounts.byUsername("rcmp.security.test").isEmpty()) {
      accounts.seed(
          "rcmp.security.test",
          "Synthetic officer",
          "RCMP",
          Set.of(Role.SECURITY_OFFICER),
          Set.of("LE"),
          Locale.ENGLISH,
          "synthetic-password-2");
    }
    issue("rcmp.analyst", "{\"releasableTo\":[\"CAN\"],\"tlp\":\"AMBER\"}");
    issue("ntc.officer", "{\"releasableTo\":[\"USA\"],\"tlp\":\"AMBER\"}");
    long size = settle();
    long start = Math.max(0, size - 200);
    String range = "/api/v1/transparency/entries?start=" + start + "&end=" + size;
    List<Leaf> host = EntryPage.parse(node.as("usa.security").get(range).body()).leaves();
    List<Leaf> partner = EntryPage.parse(node.as("rcmp.security.test").get(range).body()).leaves();
    assertThat(partner).hasSameSizeAs(host);
    int full = 0;
    int redacted = 0;
    for (int i = 0; i < host.size(); i++) {
      assertThat(partner.get(i).leafHash()).isEqualTo(host.get(i).leafHash());
      LogEntry e = host.get(i).entry().orElseThrow();
      boolean concerns =
          "RCMP".equals(e.actor().agency())
              || e.objects().stream().anyMatch(o -> "RCMP".equals(o.owner()));
      assertThat(partner.get(i).entry().isPresent()).isEqualTo(concerns);
      if (concerns) {
        full++;
      } else {
        redacted++;
      }
    }
    assertThat(full).isPositive();
    assertThat(redacted).isPositive();
    assertThat(node.as("fgr.analyst").get(range).status()).isEqualTo(403);
  }

  @Test
  void aRewriteBehindTheNodesBackIsCaughtAtItsFirstBadIndex() throws Exception {
    issue("fgr.analyst", "{\"releasableTo\":[\"MEX\"],\"tlp\":\"AMBER\"}");
    long size = settle();
    assertThat(size).isGreaterThan(6);
    NoteVerifier verifier = NoteVerifier.of(vkey());
    LogExport clean =
        LogExport.parse(node.as("usa.security").get("/api/v1/transparency/export").body());
    clean.verify(verifier);

    long k = size / 2;
    try (Connection admin = PostgresDatabase.admin();
        Statement s = admin.createStatement()) {
      s.execute("ALTER TABLE transparency.leaf DISABLE TRIGGER USER");
      String original = entry(admin, k);
      String nextOriginal = entry(admin, k + 1);
      try {
        // Changed: the entry no longer matches its leaf hash.
        setEntry(
            admin, k, original.replaceFirst("\"action\":\"[A-Z_]+\"", "\"action\":\"LOGOUT\""));
        assertFirstBadIndex(verifier, k);
        setEntry(admin, k, original);

        // Removed.
        byte[] hash = leafHash(admin, k);
        Instant at = loggedAt(admin, k);
        s.execute("DELETE FROM transparency.leaf WHERE idx = " + k);
        assertFirstBadIndex(verifier, k);
        try (PreparedStatement restore =
            admin.prepareStatement(
                "INSERT INTO transparency.leaf (idx, entry, leaf_hash, logged_at, action)"
                    + " VALUES (?, ?, ?, ?, 'RESTORED')")) {
          restore.setLong(1, k);
          restore.setString(2, original);
          restore.setBytes(3, hash);
          restore.setTimestamp(4, java.sql.Timestamp.from(at));
          restore.executeUpdate();
        }

        // Reordered: two entries swap places.
        setEntry(admin, k, nextOriginal);
        setEntry(admin, k + 1, original);
        assertFirstBadIndex(verifier, k);
      } finally {
        setEntry(admin, k, original);
        setEntry(admin, k + 1, nextOriginal);
        s.execute("ALTER TABLE transparency.leaf ENABLE TRIGGER USER");
      }
    }
    LogExport.parse(node.as("usa.security").get("/api/v1/transparency/export").body())
        .verify(verifier);
  }

  private void assertFirstBadIndex(NoteVerifier verifier, long index) throws Exception {
    LogExport tampered =
        LogExport.parse(node.as("usa.security").get("/api/v1/transparency/export").body());
    assertThatThrownBy(() -> tampered.verify(verifier))
        .isInstanceOfSatisfying(
            UnverifiedLog.class, e -> assertThat(e.firstBadIndex()).hasValue(index));
  }

  private static String entry(Connection c, long idx) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT entry FROM transparency.leaf WHERE idx = ?")) {
      s.setLong(1, idx);
      ResultSet rs = s.executeQuery();
      rs.next();
      return rs.getString(1);
    }
  }

  private static byte[] leafHash(Connection c, long idx) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT leaf_hash FROM transparency.leaf WHERE idx = ?")) {
      s.setLong(1, idx);
      ResultSet rs = s.executeQuery();
      rs.next();
      return rs.getBytes(1);
    }
  }

  private static Instant loggedAt(Connection c, long idx) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT logged_at FROM transparency.leaf WHERE idx = ?")) {
      s.setLong(1, idx);
      ResultSet rs = s.executeQuery();
      rs.next();
      return rs.getTimestamp(1).toInstant();
    }
  }

  private static void setEntry(Connection c, long idx, String entry) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE transparency.leaf SET entry = ? WHERE idx = ?")) {
      s.setString(1, entry);
      s.setLong(2, idx);
      s.executeUpdate();
    }
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
