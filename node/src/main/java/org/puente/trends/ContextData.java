package org.puente.trends;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Forbidden;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Role;
import org.puente.governance.Violation;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public context data shown beside the drug trends: CBP seizures, CDC and PHAC overdose harms and
 * SESNSP state figures, each imported whole from its source's CSV with its provenance kept. The
 * data is public, so it carries no label; only administrators and security officers import it.
 */
@Service
public class ContextData {

  /** The largest file read, after decompression. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final Pattern REGION = Pattern.compile("(US|MX|CA)-[A-Z0-9]{1,3}");
  private static final Pattern MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");
  private static final Set<String> PARAMS =
      Set.of("kind", "measure", "unit", "country", "region", "place", "period", "from", "to");

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Transparency transparency;

  ContextData(JdbcClient jdbc, JdbcTemplate batch, Transparency transparency) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.transparency = transparency;
  }

  /** Whether the caller may import context datasets. */
  public static boolean mayImport(Caller caller) {
    return caller.account().has(Role.ADMIN) || caller.account().has(Role.SECURITY_OFFICER);
  }

  /**
   * Reads a whole file of the given kind (CSV, or CSV compressed with gzip) and replaces the
   * dataset's rows with it in one transaction; a file with any problem is rejected and changes
   * nothing.
   */
  @Transactional
  public ContextDataset importDataset(ContextKind kind, InputStream file, Caller actor) {
    if (!mayImport(actor)) {
      throw new Forbidden();
    }
    byte[] bytes = read(file);
    String text = decode(bytes);
    List<ContextObservation> rows = ContextParsers.parse(kind, text);
    String sha256 = sha256(bytes);
    Instant now = Instant.now();
    boolean replacing = dataset(kind).isPresent();
    if (replacing) {
      jdbc.sql("DELETE FROM trends.context_observation WHERE dataset = :k")
          .param("k", kind.wire())
          .update();
      jdbc.sql(
              """
              UPDATE trends.context_dataset SET title = :title, source_url = :url,
                licence = :licence, retrieved = :retrieved, imported_at = :at,
                imported_by = :user, imported_by_agency = :agency, row_count = :rows,
                sha256 = :sha WHERE kind = :k
              """)
          .params(provenance(kind, actor, now, rows.size(), sha256))
          .update();
    } else {
      jdbc.sql(
              """
              INSERT INTO trends.context_dataset (kind, title, source_url, licence, retrieved,
                imported_at, imported_by, imported_by_agency, row_count, sha256)
              VALUES (:k, :title, :url, :licence, :retrieved, :at, :user, :agency, :rows, :sha)
              """)
          .params(provenance(kind, actor, now, rows.size(), sha256))
          .update();
    }
    batch.batchUpdate(
        """
        INSERT INTO trends.context_observation (dataset, measure, unit, country, subdivision,
          place, detail, period_kind, period_start, amount)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows,
        1000,
        (ps, o) -> {
          ps.setString(1, kind.wire());
          ps.setString(2, o.measure());
          ps.setString(3, o.unit());
          ps.setString(4, o.country());
          ps.setString(5, o.subdivision());
          ps.setString(6, o.place());
          ps.setString(7, o.detail());
          ps.setString(8, o.periodKind());
          ps.setObject(9, o.start());
          ps.setBigDecimal(10, o.value());
        });
    transparency.append(
        Event.of(
                new Actor(actor.username(), actor.agency(), actor.country().name()),
                replacing ? Actions.UPDATE : Actions.CREATE,
                List.of(new ObjectRef("context_dataset", kind.wire())))
            .inRequest(actor.requestId(), actor.purpose())
            .with("rows", String.valueOf(rows.size()))
            .with("sha256", sha256));
    return dataset(kind).orElseThrow();
  }

  private static Map<String, Object> provenance(
      ContextKind kind, Caller actor, Instant at, int rows, String sha256) {
    return Map.of(
        "k", kind.wire(),
        "title", kind.title(),
        "url", kind.sourceUrl(),
        "licence", kind.licence(),
        "retrieved", kind.retrieved(),
        "at", Timestamp.from(at),
        "user", actor.username(),
        "agency", actor.agency(),
        "rows", rows,
        "sha", sha256);
  }

  /** The datasets imported so far, in the order of {@link ContextKind}. */
  @Transactional(readOnly = true)
  public List<ContextDataset> datasets() {
    List<ContextDataset> all = new ArrayList<>();
    for (ContextKind k : ContextKind.values()) {
      dataset(k).ifPresent(all::add);
    }
    return all;
  }

  @Transactional(readOnly = true)
  public Optional<ContextDataset> dataset(ContextKind kind) {
    List<String> measures =
        jdbc.sql(
                "SELECT DISTINCT measure FROM trends.context_observation WHERE dataset = :k"
                    + " ORDER BY measure")
            .param("k", kind.wire())
            .query(ContextData::text)
            .list();
    return jdbc.sql(
            """
            SELECT title, source_url, licence, retrieved, imported_at, imported_by,
              imported_by_agency, row_count, sha256
            FROM trends.context_dataset WHERE kind = :k
            """)
        .param("k", kind.wire())
        .query((rs, n) ->
            new ContextDataset(
                kind,
                rs.getString("title"),
                rs.getString("source_url"),
                rs.getString("licence"),
                rs.getString("retrieved"),
                rs.getTimestamp("imported_at").toInstant(),
                rs.getString("imported_by"),
                rs.getString("imported_by_agency"),
                rs.getLong("row_count"),
                rs.getString("sha256"),
                measures))
        .optional();
  }

  /** The units a measure of a dataset is published in. */
  @Transactional(readOnly = true)
  public List<String> units(ContextKind kind, String measure) {
    return jdbc.sql(
            "SELECT DISTINCT unit FROM trends.context_observation WHERE dataset = :k AND measure ="
                + " :m ORDER BY unit")
        .param("k", kind.wire())
        .param("m", measure)
        .query(ContextData::text)
        .list();
  }

  /**
   * Checks query parameters: {@code kind} (required), {@code measure}, {@code unit}, {@code
   * country}, {@code region}, {@code place}, {@code period} and {@code from}/{@code to} (YYYY-MM-DD
   * or YYYY-MM); throws {@link Rejected} naming every bad one.
   */
  public ContextQuery read(Map<String, String> params) {
    List<Violation> violations = new ArrayList<>();
    for (String name : params.keySet()) {
      if (!PARAMS.contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    String kindText = text(params, "kind");
    ContextKind kind = null;
    if (kindText == null) {
      violations.add(Violation.of("/kind", "context.kind.required"));
    } else {
      kind = ContextKind.parse(kindText).orElse(null);
      if (kind == null) {
        violations.add(Violation.of("/kind", "context.kind.unknown", kindText));
      }
    }
    String measure = text(params, "measure");
    if (measure != null && !ContextParsers.slug(measure).equals(measure)) {
      violations.add(Violation.of("/measure", "context.measure.unknown", measure));
    }
    String unit = text(params, "unit");
    if (unit != null && !ContextParsers.slug(unit).equals(unit)) {
      violations.add(Violation.of("/unit", "context.unit.unknown", unit));
    }
    String country = text(params, "country");
    if (country != null && !Set.of("USA", "MEX", "CAN").contains(country)) {
      violations.add(Violation.of("/country", "context.country.unknown", country));
    }
    String region = text(params, "region");
    if (region != null) {
      region = region.toUpperCase(Locale.ROOT);
      if (!REGION.matcher(region).matches()) {
        violations.add(Violation.of("/region", "context.region.invalid", region));
      } else if (country != null && !countryOf(region).equals(country)) {
        violations.add(Violation.of("/region", "context.region.otherCountry", region, country));
      }
    }
    String place = text(params, "place");
    if (place != null && place.length() > 120) {
      violations.add(Violation.of("/place", "context.place.invalid", place));
    }
    String period = text(params, "period");
    if (period != null) {
      period = period.toUpperCase(Locale.ROOT);
      if (!Set.of(ContextParsers.MONTH, ContextParsers.QUARTER, ContextParsers.YEAR)
          .contains(period)) {
        violations.add(Violation.of("/period", "context.period.unknown", period));
      }
    }
    LocalDate from = day(params, "from", false, violations);
    LocalDate to = day(params, "to", true, violations);
    if (from != null && to != null && from.isAfter(to)) {
      violations.add(Violation.of("/to", "context.range.invalid", from, to));
    }
    if (!violations.isEmpty() || kind == null) {
      throw new Rejected(violations);
    }
    String m = measure != null ? measure : kind.defaultMeasure();
    String u = unit;
    if (u == null) {
      List<String> units = units(kind, m);
      u = units.isEmpty() || units.contains(kind.defaultUnit()) ? kind.defaultUnit() : units.get(0);
    }
    return new ContextQuery(kind, m, u, country, region, place, period, from, to);
  }

  private static String text(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return java.util.Objects.requireNonNull(rs.getString(1));
  }

  private static String countryOf(String region) {
    return switch (region.substring(0, 2)) {
      case "US" -> "USA";
      case "MX" -> "MEX";
      default -> "CAN";
    };
  }

  private static @Nullable String text(Map<String, String> params, String name) {
    String v = params.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static @Nullable LocalDate day(
      Map<String, String> params, String name, boolean end, List<Violation> violations) {
    String v = text(params, name);
    if (v == null) {
      return null;
    }
    try {
      if (MONTH_TEXT.matcher(v).matches()) {
        LocalDate first = LocalDate.parse(v + "-01");
        return end ? first.plusMonths(1).minusDays(1) : first;
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      violations.add(Violation.of("/" + name, "context.date.invalid", v));
      return null;
    }
  }

  /**
   * One series: the figures of a measure and unit by period, at one level. With a region, the
   * subdivision's own figures (or the sum over its places if it has none); without, the country's
   * own figures (or the sum over every place and subdivision if the source has no national total).
   */
  @Transactional(readOnly = true)
  public List<ContextPoint> series(ContextQuery q) {
    if (dataset(q.kind()).isEmpty()) {
      throw new NotFound("context dataset");
    }
    StringBuilder where = new StringBuilder("WHERE dataset = :k AND measure = :m AND unit = :u");
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("k", q.kind().wire());
    params.put("m", q.measure());
    params.put("u", q.unit());
    if (q.country() != null) {
      where.append(" AND country = :c");
      params.put("c", q.country());
    }
    if (q.region() != null) {
      where.append(" AND subdivision = :r");
      params.put("r", q.region());
    }
    if (q.place() != null) {
      where.append(" AND place = :p");
      params.put("p", q.place());
    } else {
      String own =
          q.region() != null ? " AND place IS NULL" : " AND subdivision IS NULL AND place IS NULL";
      long ownRows =
          jdbc.sql("SELECT COUNT(*) FROM trends.context_observation " + where + own)
              .params(params)
              .query(Long.class)
              .single();
      if (ownRows > 0) {
        where.append(own);
      }
    }
    String kind = q.periodKind();
    if (kind == null) {
      List<String> kinds =
          jdbc.sql("SELECT DISTINCT period_kind FROM trends.context_observation " + where)
              .params(params)
              .query(ContextData::text)
              .list();
      for (String k : List.of(ContextParsers.MONTH, ContextParsers.QUARTER, ContextParsers.YEAR)) {
        if (kinds.contains(k)) {
          kind = k;
          break;
        }
      }
      if (kind == null) {
        return List.of();
      }
    }
    where.append(" AND period_kind = :pk");
    params.put("pk", kind);
    if (q.from() != null) {
      where.append(" AND period_start >= :from");
      params.put("from", q.from());
    }
    if (q.to() != null) {
      where.append(" AND period_start <= :to");
      params.put("to", q.to());
    }
    String periodKind = kind;
    return jdbc.sql(
            "SELECT period_start, SUM(amount) AS total, COUNT(*) AS n FROM"
                + " trends.context_observation "
                + where
                + " GROUP BY period_start ORDER BY period_start")
        .params(params)
        .query((rs, n) -> {
          LocalDate start = rs.getObject("period_start", LocalDate.class);
          return new ContextPoint(
              label(periodKind, start),
              start,
              periodKind,
              plain(rs.getBigDecimal("total")),
              q.unit(),
              rs.getLong("n"));
        })
        .list();
  }

  static String label(String periodKind, LocalDate start) {
    return switch (periodKind) {
      case ContextParsers.MONTH ->
          String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case ContextParsers.QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      default -> String.valueOf(start.getYear());
    };
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  private static byte[] read(InputStream file) {
    try {
      byte[] head = file.readNBytes(2);
      InputStream in = new java.io.SequenceInputStream(new ByteArrayInputStream(head), file);
      if (head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
        in = new GZIPInputStream(in);
      }
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new Rejected(Violation.of("", "context.file.tooLarge", MAX_BYTES));
      }
      return bytes;
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new Rejected(Violation.of("", "context.file.unreadable"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Rejected(Violation.of("", "context.file.unreadable"));
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
