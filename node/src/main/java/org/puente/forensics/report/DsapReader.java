package org.puente.forensics.report;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.forensics.registry.SubstanceRegistry;
import org.puente.forensics.technique.TechniqueCatalogue;
import org.puente.governance.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads DSAP v1 reports from JSON (one report), NDJSON (one report a line) and CSV (one finding a
 * row, see {@code docs/dsap.md}), validating everything. A batch is all or nothing. Whatever the
 * input bytes, the readers answer with a reading, never with another exception.
 */
public final class DsapReader {

  /** Largest single JSON report accepted. */
  public static final int MAX_REPORT_BYTES = 1 << 20;

  /** Largest batch accepted, in bytes. */
  public static final int MAX_BATCH_BYTES = 64 << 20;

  /** Most rows (NDJSON lines or CSV data rows) in one batch. */
  public static final int MAX_BATCH_ROWS = 100_000;

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final SubstanceRegistry registry;
  private final TechniqueCatalogue catalogue;
  private final Clock clock;
  private final ReportRule rule;

  public DsapReader(SubstanceRegistry registry, TechniqueCatalogue catalogue, Clock clock) {
    this(registry, catalogue, clock, report -> List.of());
  }

  private DsapReader(
      SubstanceRegistry registry, TechniqueCatalogue catalogue, Clock clock, ReportRule rule) {
    this.registry = registry;
    this.catalogue = catalogue;
    this.clock = clock;
    this.rule = rule;
  }

  /**
   * The same reader, also applying {@code rule} to every report that is otherwise valid; the rule's
   * violations point into the report and are located in a batch like the reader's own.
   */
  public DsapReader withRule(ReportRule rule) {
    return new DsapReader(registry, catalogue, clock, rule);
  }

  /** A reader over the shipped registry and technique catalogue. */
  public static DsapReader standard(Clock clock) {
    return new DsapReader(SubstanceRegistry.standard(), TechniqueCatalogue.standard(), clock);
  }

  /** Reads one JSON report. */
  public Reading read(byte[] json) {
    if (json.length > MAX_REPORT_BYTES) {
      return new Reading.Invalid(List.of(Violation.of("", "report.tooLarge", MAX_REPORT_BYTES)));
    }
    Optional<String> text = utf8(json);
    if (text.isEmpty()) {
      return new Reading.Invalid(List.of(Violation.of("", "text.encoding.invalid")));
    }
    List<Violation> violations = new ArrayList<>();
    JsonNode tree = parse(text.get(), "", violations);
    if (tree == null) {
      return new Reading.Invalid(violations);
    }
    return check(tree, "");
  }

  /** The lines of a batch, split at LF or CRLF (a regular expression costs more than the parse). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
      lines.add(text.substring(start, end));
      start = i + 1;
    }
    lines.add(text.substring(start));
    return lines;
  }

  /** Reads a batch of JSON reports, one per line; blank lines are skipped but counted. */
  public BatchReading readNdjson(byte[] ndjson) {
    if (ndjson.length > MAX_BATCH_BYTES) {
      return refused(Violation.of("", "batch.tooLarge", MAX_BATCH_BYTES));
    }
    Optional<String> text = utf8(ndjson);
    if (text.isEmpty()) {
      return refused(Violation.of("", "text.encoding.invalid"));
    }
    List<String> lines = lines(text.get());
    if (lines.size() > MAX_BATCH_ROWS + 1) {
      return refused(Violation.of("", "batch.tooManyRows", MAX_BATCH_ROWS));
    }
    List<Violation> violations = new ArrayList<>();
    List<DsapReport> reports = new ArrayList<>();
    List<BatchReading.Locator> locators = new ArrayList<>();
    Map<String, Integer> samples = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String base = "/rows/" + n;
      JsonNode tree = parse(lines.get(n), base, violations);
      if (tree == null) {
        continue;
      }
      switch (check(tree, base)) {
        case Reading.Valid valid -> {
          Integer first = samples.putIfAbsent(sampleKey(valid.report()), n);
          if (first != null) {
            violations.add(Violation.of(base + "/sampleId", "batch.sample.duplicate", first));
          }
          reports.add(valid.report());
          locators.add(v -> new Violation(base + v.pointer(), v.code(), v.args()));
        }
        case Reading.Invalid invalid -> violations.addAll(invalid.violations());
      }
    }
    if (!violations.isEmpty()) {
      return new BatchReading.Refused(violations);
    }
    if (reports.isEmpty()) {
      return refused(Violation.of("", "batch.empty"));
    }
    return new BatchReading.Accepted(reports, locators);
  }

  /** Reads a CSV batch laid out as {@code dsap-v1-template.csv}. */
  public BatchReading readCsv(byte[] csv) {
    if (csv.length > MAX_BATCH_BYTES) {
      return refused(Violation.of("", "batch.tooLarge", MAX_BATCH_BYTES));
    }
    Optional<String> text = utf8(csv);
    if (text.isEmpty()) {
      return refused(Violation.of("", "text.encoding.invalid"));
    }
    CsvReports.Flattened flattened = CsvReports.unflatten(text.get(), MAX_BATCH_ROWS);
    List<Violation> violations = new ArrayList<>(flattened.violations());
    List<DsapReport> reports = new ArrayList<>();
    List<BatchReading.Locator> locators = new ArrayList<>();
    for (CsvReports.Group group : flattened.groups()) {
      switch (check(group.json(), "")) {
        case Reading.Valid valid -> {
          reports.add(valid.report());
          locators.add(group::toRows);
        }
        case Reading.Invalid invalid -> {
          for (Violation violation : invalid.violations()) {
            violations.add(group.toRows(violation));
          }
        }
      }
    }
    if (!violations.isEmpty()) {
      return new BatchReading.Refused(violations);
    }
    if (reports.isEmpty()) {
      return refused(Violation.of("", "batch.empty"));
    }
    return new BatchReading.Accepted(reports, locators);
  }

  private Reading check(JsonNode tree, String base) {
    ReportCheck check = new ReportCheck(registry, catalogue, LocalDate.now(clock));
    Optional<DsapReport> report;
    try {
      report = check.check(tree);
    } catch (RuntimeException e) {
      // A reader must never turn bad input into a server error; this is the last guard, and the
      // fuzz tests make sure it is not what normally answers.
      return new Reading.Invalid(List.of(Violation.of(base, "report.unreadable")));
    }
    List<Violation> found = check.violations();
    if (report.isPresent()) {
      found = rule.check(report.get());
      if (found.isEmpty()) {
        return new Reading.Valid(report.get());
      }
    }
    List<Violation> violations = new ArrayList<>();
    for (Violation violation : found) {
      violations.add(new Violation(base + violation.pointer(), violation.code(), violation.args()));
    }
    return new Reading.Invalid(violations);
  }

  private static @org.jspecify.annotations.Nullable JsonNode parse(
      String text, String base, List<Violation> violations) {
    try {
      JsonNode tree = JSON.readTree(text);
      if (tree == null || tree.isMissingNode()) {
        violations.add(Violation.of(base, "json.malformed", 1, 1));
        return null;
      }
      return tree;
    } catch (JacksonException e) {
      var location = e.getLocation();
      violations.add(
          Violation.of(
              base,
              "json.malformed",
              location == null ? 0 : location.getLineNr(),
              location == null ? 0 : location.getColumnNr()));
      return null;
    }
  }

  private static String sampleKey(DsapReport report) {
    return report.lab().id() + "\u0000" + report.sampleId();
  }

  private static BatchReading refused(Violation violation) {
    return new BatchReading.Refused(List.of(violation));
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
