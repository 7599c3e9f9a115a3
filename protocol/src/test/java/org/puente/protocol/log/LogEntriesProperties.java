package org.puente.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** The canonical form is a function of the entry alone, and reading it back gives the entry. */
class LogEntriesProperties {

  @Property(tries = 300)
  void parsingTheCanonicalFormGivesTheEntryBack(@ForAll("entries") LogEntry entry)
      throws Exception {
    assertThat(LogEntries.parse(LogEntries.canonicalJson(entry))).isEqualTo(entry);
  }

  @Property(tries = 300)
  void canonicalBytesDoNotDependOnHowTheInputWasWritten(
      @ForAll("entries") LogEntry entry, @ForAll long seed) throws Exception {
    String scrambled = ScrambledJson.write(LogEntries.toJson(entry), seed);
    LogEntry read = LogEntries.parse(scrambled);
    assertThat(read).isEqualTo(entry);
    assertThat(LogEntries.canonicalBytes(read)).isEqualTo(LogEntries.canonicalBytes(entry));
  }

  @Property(tries = 300)
  void theDirectWriterAgreesWithTheGeneralCanonicalWriter(@ForAll("entries") LogEntry entry) {
    assertThat(LogEntries.canonicalJson(entry))
        .isEqualTo(CanonicalJson.write(LogEntries.toJson(entry)));
  }

  @Property(tries = 200)
  void theCanonicalFormIsItsOwnCanonicalForm(@ForAll("entries") LogEntry entry) throws Exception {
    String canonical = LogEntries.canonicalJson(entry);
    assertThat(CanonicalJson.write(JsonReader.parse(canonical))).isEqualTo(canonical);
  }

  @Property
  void aQueuedEntryGetsItsIndexWithoutReencoding(
      @ForAll("entries") LogEntry entry,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = LogEntry.MAX_INDEX) long index) {
    LogEntry placed =
        new LogEntry(
            index,
            entry.time(),
            entry.actor(),
            entry.action(),
            entry.objects(),
            entry.labelDigest(),
            entry.requestId(),
            entry.purpose(),
            entry.details());
    org.assertj.core.api.Assertions.assertThat(
            LogEntries.withIndex(LogEntries.canonicalJson(entry), index))
        .isEqualTo(LogEntries.canonicalJson(placed));
  }

  @Provide
  Arbitrary<LogEntry> entries() {
    Arbitrary<String> text = text();
    Arbitrary<@Nullable String> optional = text.injectNull(0.3);
    Arbitrary<Actor> actors = Combinators.combine(optional, optional, optional).as(Actor::new);
    Arbitrary<ObjectRef> refs =
        Combinators.combine(nonEmpty(), nonEmpty(), optional).as(ObjectRef::new);
    Arbitrary<String> actions =
        Arbitraries.oneOf(Arbitraries.of(Action.class).map(Action::name), nonEmpty());
    Arbitrary<Map<String, String>> details = Arbitraries.maps(text, text).ofMaxSize(4);
    Arbitrary<Instant> times =
        Arbitraries.longs()
            .between(
                Instant.parse("0000-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli())
            .map(Instant::ofEpochMilli);
    Arbitrary<List<@Nullable String>> optionals = optional.list().ofSize(3);
    return Combinators.combine(
            Arbitraries.longs().between(0, LogEntry.MAX_INDEX),
            times,
            actors,
            actions,
            refs.list().ofMaxSize(4),
            optionals,
            details)
        .as((index, time, actor, action, objects, strings, map) ->
            new LogEntry(
                index,
                time,
                actor,
                action,
                objects,
                strings.get(0),
                strings.get(1),
                strings.get(2),
                map));
  }

  private static Arbitrary<String> nonEmpty() {
    return text().filter(s -> !s.isEmpty());
  }

  /**
   * Strings of whole code points from every range that needs care: controls, quotes and
   * backslashes, Latin-1, the rest of the BMP and the supplementary planes.
   */
  private static Arbitrary<String> text() {
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 0x1f)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(0x22, 0x5c, 0x2f, 0x7f, 0x2028, 0x2029)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x80, 0xd7ff)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xe000, 0xffff)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)));
    return codePoints
        .list()
        .ofMaxSize(12)
        .map(cps -> {
          var sb = new StringBuilder();
          cps.forEach(sb::appendCodePoint);
          return sb.toString();
        });
  }
}
