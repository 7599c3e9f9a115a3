package org.puente.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.protocol.merkle.Hashes;

class LogEntriesTest {

  private static final String READ_JSON =
      "{\"action\":\"READ\",\"actor\":{\"agency\":\"FGR\",\"country\":\"MEX\",\"user\":\"fgr.analyst\"},"
          + "\"details\":{\"k\":\"v\"},\"index\":42,\"labelDigest\":\"sha256:1f0c\","
          + "\"objects\":[{\"id\":\"b-2026-0042\",\"owner\":\"CBP-NTC\",\"type\":\"bulletin\"}],"
          + "\"purpose\":\"investigation 44/2026\",\"requestId\":\"req-7a1\","
          + "\"time\":\"2026-11-28T10:15:30.123Z\"}";

  @Test
  void theDocumentedExampleHasThisExactCanonicalForm() {
    LogEntry entry = Entries.aReadOfABulletin(42);
    assertThat(LogEntries.canonicalJson(entry)).isEqualTo(READ_JSON);
    assertThat(LogEntries.canonicalBytes(entry))
        .isEqualTo(READ_JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(LogEntries.leafHash(entry))
        .isEqualTo(Hashes.leafHash(READ_JSON.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void absentMembersAreLeftOutNeverNull() {
    assertThat(LogEntries.canonicalJson(Entries.aFailedLogin(7)))
        .isEqualTo(
            "{\"action\":\"LOGIN_FAILED\",\"actor\":{\"country\":\"CAN\"},\"index\":7,"
                + "\"time\":\"2026-11-28T10:15:37.123Z\"}");
  }

  @Test
  void timeIsAlwaysUtcToTheMillisecond() {
    LogEntry whole = withTime(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(LogEntries.canonicalJson(whole)).contains("\"time\":\"2026-01-02T03:04:05.000Z\"");
    LogEntry fine = withTime(Instant.parse("2026-01-02T03:04:05.987654321Z"));
    assertThat(fine.time()).isEqualTo(Instant.parse("2026-01-02T03:04:05.987Z"));
    assertThat(LogEntries.canonicalJson(fine)).contains("\"time\":\"2026-01-02T03:04:05.987Z\"");
    assertThat(LogEntries.canonicalJson(withTime(Instant.parse("0000-01-01T00:00:00Z"))))
        .contains("\"time\":\"0000-01-01T00:00:00.000Z\"");
    assertThatThrownBy(() -> withTime(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nonAsciiTextIsWrittenAsUtf8() {
    String json = LogEntries.canonicalJson(Entries.aSearch(2));
    assertThat(json).contains("\"purpose\":\"vérification « douane »\"");
    assertThat(LogEntries.canonicalBytes(Entries.aSearch(2)))
        .isEqualTo(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parsesTheCanonicalFormBack() throws Exception {
    for (long i = 0; i < 6; i++) {
      LogEntry entry = Entries.at(i);
      assertThat(LogEntries.parse(LogEntries.canonicalJson(entry))).isEqualTo(entry);
    }
  }

  @Test
  void parsesAnyMemberOrderSpacingAndEscaping() throws Exception {
    String json =
        """
        {
          "time": "2026-11-28T10:15:30.123Z", "index": 42,
          "purpose": "investigation 44\\/2026",
          "details": {"k": "\\u0076"},
          "requestId": "req-7a1", "labelDigest": "sha256:1f0c",
          "objects": [ {"owner": "CBP-NTC", "type": "bulletin", "id": "b-2026-0042"} ],
          "action": "READ",
          "actor": {"country": "MEX", "user": "fgr.analyst", "agency": "FGR"}
        }
        """;
    assertThat(LogEntries.parse(json)).isEqualTo(Entries.aReadOfABulletin(42));
    assertThat(LogEntries.canonicalJson(LogEntries.parse(json))).isEqualTo(READ_JSON);
  }

  @Test
  void emptyObjectsAndDetailsMayBeWrittenButAreLeftOutCanonically() throws Exception {
    LogEntry entry =
        LogEntries.parse(
            "{\"index\":1,\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{},\"action\":\"LOGOUT\","
                + "\"objects\":[],\"details\":{}}");
    assertThat(LogEntries.canonicalJson(entry))
        .isEqualTo(
            "{\"action\":\"LOGOUT\",\"actor\":{},\"index\":1,\"time\":\"2026-11-28T10:15:30.123Z\"}");
  }

  @Test
  void unknownActionsAreKeptForForwardCompatibility() throws Exception {
    LogEntry entry =
        LogEntries.parse(
            "{\"index\":1,\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{},"
                + "\"action\":\"COSIGNED\"}");
    assertThat(entry.action()).isEqualTo("COSIGNED");
    assertThat(Action.of(entry.action())).isEmpty();
    assertThat(Action.of("RELEASE_DECIDED")).contains(Action.RELEASE_DECIDED);
  }

  private static final String BASE =
      "\"index\":1,\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{},\"action\":\"READ\"";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`{BASE,\"extra\":1}`|at /extra: unknown member",
        "`{BASE,\"purpose\":null}`|at /purpose: expected a string, found null",
        "`{BASE,\"objects\":[{\"type\":\"x\"}]}`|at /objects/0/id: missing",
        "`{BASE,\"objects\":[{\"type\":\"x\",\"id\":\"1\",\"size\":2}]}`|at /objects/0/size: unknown"
            + " member",
        "`{BASE,\"objects\":{}}`|at /objects: expected an array, found an object",
        "`{BASE,\"details\":{\"n\":1}}`|at /details/n: expected a string, found a number",
        "`{BASE,\"details\":{\"a/b\":true}}`|at /details/a~1b: expected a string",
        "`{\"index\":1,\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{}}`|at /action: missing",
        "`{\"index\":-1,\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{},\"action\":\"READ\"}`|at"
            + " /index: an entry index is 0 to 2^53 - 1",
        "`{\"index\":9007199254740992,\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{},"
            + "\"action\":\"READ\"}`|at /index: an entry index is 0 to 2^53 - 1",
        "`{\"index\":\"1\",\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{},\"action\":\"READ\"}`"
            + "|at /index: expected an integer, found a string",
        "`{\"index\":1,\"time\":\"2026-11-28T10:15:30Z\",\"actor\":{},\"action\":\"READ\"}`|at"
            + " /time: a time is UTC to the millisecond",
        "`{\"index\":1,\"time\":\"2026-11-28T10:15:30.123+01:00\",\"actor\":{},"
            + "\"action\":\"READ\"}`|at /time: a time is UTC",
        "`{\"index\":1,\"time\":\"2026-02-30T10:15:30.123Z\",\"actor\":{},\"action\":\"READ\"}`"
            + "|at /time: not a valid date and time",
        "`{\"index\":1,\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{\"name\":\"x\"},"
            + "\"action\":\"READ\"}`|at /actor/name: unknown member",
        "`{\"index\":1,\"time\":\"2026-11-28T10:15:30.123Z\",\"actor\":{},\"action\":\"\"}`|at"
            + " /action: the action must not be empty",
        "`[]`|at the top level: expected an object, found an array",
        "`{\"index\":1.0}`|at offset 9: only integers are allowed"
      })
  void rejectsWhatIsNotAnEntry(String json, String message) {
    String filled = json.replace("BASE", BASE);
    assertThatThrownBy(() -> LogEntries.parse(filled))
        .isInstanceOf(InvalidJson.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void entriesHoldOnlyWellFormedText() {
    assertThatThrownBy(() -> new Actor("a\ud800", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ObjectRef("", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new LogEntry(
                0,
                Entries.TIME,
                new Actor(null, null, null),
                "",
                List.of(),
                null,
                null,
                null,
                Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LogEntry withTime(Instant time) {
    return new LogEntry(
        1, time, new Actor(null, null, null), Action.LOGOUT, List.of(), null, null, null, Map.of());
  }
}
