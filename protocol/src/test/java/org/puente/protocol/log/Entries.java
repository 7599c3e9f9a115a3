package org.puente.protocol.log;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Readable log entries for tests; the people and agencies are made up. */
final class Entries {

  static final Instant TIME = Instant.parse("2026-11-28T10:15:30.123Z");

  private Entries() {}

  /** The entry of the documented example: an FGR analyst reads a CBP bulletin. */
  static LogEntry aReadOfABulletin(long index) {
    return new LogEntry(
        index,
        TIME,
        new Actor("fgr.analyst", "FGR", "MEX"),
        Action.READ,
        List.of(new ObjectRef("bulletin", "b-2026-0042", "CBP-NTC")),
        "sha256:1f0c",
        "req-7a1",
        "investigation 44/2026",
        Map.of("k", "v"));
  }

  /** A failed login: no user, no objects, nothing optional. */
  static LogEntry aFailedLogin(long index) {
    return new LogEntry(
        index,
        TIME.plusSeconds(index),
        new Actor(null, null, "CAN"),
        Action.LOGIN_FAILED,
        List.of(),
        null,
        null,
        null,
        Map.of());
  }

  /** A search with several hits, each its own object, and accents in the purpose. */
  static LogEntry aSearch(long index) {
    return new LogEntry(
        index,
        TIME.plusMillis(index * 7),
        new Actor("rcmp.liaison", "RCMP", "CAN"),
        Action.SEARCH_HIT,
        List.of(
            new ObjectRef("person", "p-" + index, "FGR"), new ObjectRef("vehicle", "v-" + index)),
        null,
        "req-" + index,
        "vérification « douane »",
        Map.of("hits", "2", "query", "Garc\u00eda"));
  }

  /** An entry of some kind for each index, so a log looks like a log. */
  static LogEntry at(long index) {
    return switch ((int) (index % 3)) {
      case 0 -> aReadOfABulletin(index);
      case 1 -> aFailedLogin(index);
      default -> aSearch(index);
    };
  }
}
