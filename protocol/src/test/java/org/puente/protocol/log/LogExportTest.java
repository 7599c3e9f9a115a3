package org.puente.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.protocol.note.Checkpoint;
import org.puente.protocol.note.NoteVerifier;
import org.puente.protocol.note.SigningKey;

class LogExportTest {

  private static final SigningKey KEY = SigningKey.generate(SampleLog.ORIGIN);
  private static final NoteVerifier VERIFIER = NoteVerifier.of(KEY.vkey());

  @Test
  void anHonestExportVerifiesAfterARoundTripThroughItsFile() throws Exception {
    SampleLog log = SampleLog.of(KEY, 20, 0, 5, 13, 20);
    LogExport export = LogExport.parse(log.export().json());

    VerifiedLog verified = export.verify(VERIFIER);

    assertThat(verified.entries()).isEqualTo(20);
    assertThat(verified.redacted()).isZero();
    assertThat(verified.checkpoints())
        .extracting(Checkpoint::size)
        .containsExactly(0L, 5L, 13L, 20L);
    assertThat(verified.newest().size()).isEqualTo(20);
    assertThat(export.json()).isEqualTo(log.export().json());
  }

  @Test
  void checkpointsMayComeInAnyOrder() throws Exception {
    SampleLog log = SampleLog.of(KEY, 9, 3, 9, 6);
    Collections.reverse(log.checkpoints);
    assertThat(log.export().verify(VERIFIER).newest().size()).isEqualTo(9);
  }

  @Test
  void redactedEntriesAreCheckedByTheirHashes() throws Exception {
    SampleLog log = SampleLog.of(KEY, 10, 10);
    log.leaves.replaceAll(leaf -> leaf.index() % 2 == 0 ? leaf.redact() : leaf);
    VerifiedLog verified = LogExport.parse(log.export().json()).verify(VERIFIER);
    assertThat(verified.redacted()).isEqualTo(5);
  }

  @Test
  void anAlteredEntryIsNamed() throws Exception {
    SampleLog log = SampleLog.of(KEY, 12, 12);
    String json = log.export().json();
    // Change the label recorded for entry 6: the entry changes, its published leaf hash does not.
    String tampered =
        json.replace(
            "\"index\":6,\"labelDigest\":\"sha256:1f0c\"",
            "\"index\":6,\"labelDigest\":\"sha256:ffff\"");
    assertThat(tampered).isNotEqualTo(json);
    assertFails(tampered, 6, "entry 6 does not match its leaf hash");
  }

  @Test
  void anEntryAlteredTogetherWithItsLeafHashIsBoundedByTheCheckpoints() {
    SampleLog log = SampleLog.of(KEY, 12, 4, 8, 12);
    LogEntry original = Entries.at(9);
    var altered =
        new LogEntry(
            original.index(),
            original.time(),
            original.actor(),
            "READ",
            List.of(),
            null,
            null,
            "nothing to see",
            Map.of());
    log.leaves.set(9, Leaf.of(altered));
    assertThatThrownBy(() -> log.export().verify(VERIFIER))
        .isInstanceOf(UnverifiedLog.class)
        .hasMessage(
            "the leaf hashes do not give the root of the checkpoint of size 12: the first bad"
                + " index lies in [8, 12)")
        .satisfies(e -> assertThat(((UnverifiedLog) e).firstBadIndex()).isEmpty());
  }

  @Test
  void aDeletedEntryIsNamed() {
    SampleLog log = SampleLog.of(KEY, 12, 12);
    log.leaves.remove(4);
    assertFails(log, 4, "index 4 is missing: the entry after index 3 is index 5");
  }

  @Test
  void aDeletedLastEntryIsNamed() {
    SampleLog log = SampleLog.of(KEY, 12, 12);
    log.leaves.removeLast();
    assertFails(log, 11, "index 11 is missing: the export ends there");
  }

  @Test
  void swappedEntriesAreNamed() {
    SampleLog log = SampleLog.of(KEY, 12, 12);
    Collections.swap(log.leaves, 3, 8);
    assertFails(log, 3, "entries are out of order from index 3: it is at position 8");
  }

  @Test
  void swappedEntryContentsAreNamedByTheirOwnIndex() throws Exception {
    SampleLog log = SampleLog.of(KEY, 12, 12);
    String json = log.export().json();
    String e3 = entryJson(3);
    String e8 = entryJson(8);
    String swapped = json.replace(e3, "@@3").replace(e8, e3).replace("@@3", e8);
    assertThat(swapped).isNotEqualTo(json);
    assertFails(swapped, 3, "the entry at index 3 says it is entry 8: entries were moved");
  }

  @Test
  void aDuplicatedEntryIsNamed() {
    SampleLog log = SampleLog.of(KEY, 12, 12);
    log.leaves.add(5, log.leaves.get(4));
    assertFails(log, 5, "index 4 appears twice, again at position 5");
  }

  @Test
  void anEntryThatIsNotAnEntryIsNamed() throws Exception {
    SampleLog log = SampleLog.of(KEY, 6, 6);
    String tampered =
        log.export().json().replace("\"index\":2,\"objects\"", "\"index\":2,\"x\":1,\"objects\"");
    assertFails(tampered, 2, "entry 2 is not a valid log entry: at /x: unknown member");
  }

  @Test
  void entriesBeyondTheNewestCheckpointAreRefused() {
    SampleLog log = SampleLog.of(KEY, 12, 10);
    assertFails(log, 10, "entries from index 10 on are not covered by any checkpoint");
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsRefused() {
    SigningKey other = SigningKey.generate(SampleLog.ORIGIN);
    SampleLog log = SampleLog.of(other, 5, 5);
    assertThatThrownBy(() -> log.export().verify(VERIFIER))
        .isInstanceOf(UnverifiedLog.class)
        .hasMessageStartingWith("checkpoint 1 is not signed by a trusted key");
  }

  @Test
  void anExportWithoutCheckpointsIsRefused() {
    SampleLog log = SampleLog.of(KEY, 5);
    assertThatThrownBy(() -> log.export().verify(VERIFIER))
        .isInstanceOf(UnverifiedLog.class)
        .hasMessageContaining("holds no checkpoint");
  }

  @Test
  void aCheckpointOfAnotherLogIsRefused() {
    var checkpoints = new ArrayList<String>();
    checkpoints.add(
        new Checkpoint("puente.example.ca/log", 0, org.puente.protocol.merkle.Hashes.emptyRoot())
            .sign(KEY)
            .format());
    LogExport export = LogExport.of(SampleLog.ORIGIN, checkpoints, List.of());
    assertThatThrownBy(() -> export.verify(VERIFIER))
        .isInstanceOf(UnverifiedLog.class)
        .hasMessage("checkpoint 1 is for origin puente.example.ca/log, not puente.example.mx/log");
  }

  @Test
  void twoSignedHistoriesAreCaught() {
    SampleLog log = SampleLog.of(KEY, 4, 4);
    log.checkpoints.add(new Checkpoint(SampleLog.ORIGIN, 4, new byte[32]).sign(KEY).format());
    assertThatThrownBy(() -> log.export().verify(VERIFIER))
        .isInstanceOf(UnverifiedLog.class)
        .hasMessageContaining("two signed checkpoints of size 4 have different roots");
  }

  @Test
  void aBrokenFileIsAParseErrorNotAnAuditFinding() {
    assertThatThrownBy(() -> LogExport.parse("{\"origin\":\"o\",\"checkpoints\":[]}"))
        .isInstanceOf(InvalidJson.class)
        .hasMessage("at /entries: missing");
    assertThatThrownBy(() ->
            LogExport.parse(
                "{\"origin\":\"o\",\"checkpoints\":[],\"entries\":[{\"index\":0,"
                    + "\"leafHash\":\"AAAA\"}]}"))
        .isInstanceOf(InvalidJson.class)
        .hasMessage("at /entries/0/leafHash: a hash has 32 bytes, not 3");
  }

  private static String entryJson(long index) {
    return LogEntries.canonicalJson(Entries.at(index));
  }

  private static void assertFails(SampleLog log, long index, String message) {
    assertThatThrownBy(() -> log.export().verify(VERIFIER))
        .isInstanceOf(UnverifiedLog.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(((UnverifiedLog) e).firstBadIndex()).hasValue(index));
  }

  private static void assertFails(String exportJson, long index, String message)
      throws InvalidJson {
    LogExport export = LogExport.parse(exportJson);
    assertThatThrownBy(() -> export.verify(VERIFIER))
        .isInstanceOf(UnverifiedLog.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(((UnverifiedLog) e).firstBadIndex()).hasValue(index));
  }
}
