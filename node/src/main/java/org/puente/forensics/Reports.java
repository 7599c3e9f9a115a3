package org.puente.forensics;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.attribution.RouteAttribution;
import org.puente.forensics.linkage.ImpurityProfiles;
import org.puente.forensics.linkage.Link;
import org.puente.forensics.registry.Lookup;
import org.puente.forensics.registry.SubstanceClass;
import org.puente.forensics.report.BatchReading;
import org.puente.forensics.report.DsapDocument;
import org.puente.forensics.report.DsapReader;
import org.puente.forensics.report.DsapReport;
import org.puente.forensics.report.Finding;
import org.puente.forensics.report.PhysicalForm;
import org.puente.forensics.report.Purity;
import org.puente.forensics.report.Reading;
import org.puente.forensics.report.ReportRule;
import org.puente.forensics.report.Role;
import org.puente.governance.Caller;
import org.puente.governance.Conflict;
import org.puente.governance.Disclosed;
import org.puente.governance.Disclosures;
import org.puente.governance.Forbidden;
import org.puente.governance.Label;
import org.puente.governance.LabeledQuery;
import org.puente.governance.LabeledTable;
import org.puente.governance.Labels;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.StoredLabel;
import org.puente.governance.Violation;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores DSAP reports — one, a batch, or an amendment — with their computed identification and
 * attribution, and finds them, their links and their clusters, always through the enforcement
 * point. Only chemists submit, and only for their own laboratory.
 */
@Service
public class Reports {

  static final LabeledTable TABLE = new LabeledTable("forensics", "report", "dsap_report");
  static final LabeledTable REVISIONS =
      new LabeledTable("forensics", "report_revision", "dsap_report_revision");
  public static final int MAX_PAGE = 200;

  /** The formats a batch may come in. */
  public enum BatchFormat {
    CSV,
    NDJSON
  }

  /**
   * What a batch import stored.
   *
   * @param reports how many reports
   * @param findings how many findings in them
   * @param ids the new reports' ids, in batch order
   */
  public record Imported(int reports, int findings, List<UUID> ids) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COLUMNS =
      "t.version, t.lab_id, t.sample_id, t.seizure_event, t.seizure_date, t.country,"
          + " t.subdivision, t.port_code, t.analysed, t.form, t.primary_substance, t.route,"
          + " t.document, t.results, t.owner_agency, t.author, t.created_at, t.updated_at";
  private static final RowMapper<StoredReport> ROW =
      (rs, n) ->
          new StoredReport(
              rs.getObject("puente_id", UUID.class),
              rs.getInt("version"),
              rs.getString("lab_id"),
              rs.getString("sample_id"),
              rs.getString("seizure_event"),
              rs.getObject("seizure_date", LocalDate.class),
              rs.getString("country"),
              rs.getString("subdivision"),
              rs.getString("port_code"),
              rs.getObject("analysed", LocalDate.class),
              rs.getString("form"),
              rs.getString("primary_substance"),
              rs.getString("route"),
              JSON.readTree(rs.getString("document")),
              JSON.readTree(rs.getString("results")),
              rs.getString("owner_agency"),
              rs.getString("author"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getTimestamp("updated_at").toInstant());

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Disclosures disclosures;
  private final Labels labels;
  private final Transparency transparency;
  private final Substances substances;
  private final Linkage linkage;
  private final RouteAttribution attribution = RouteAttribution.standard();
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  Reports(
      JdbcClient jdbc,
      JdbcTemplate template,
      Disclosures disclosures,
      Labels labels,
      Transparency transparency,
      Substances substances,
      Linkage linkage,
      Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.template = template;
    this.disclosures = disclosures;
    this.labels = labels;
    this.transparency = transparency;
    this.substances = substances;
    this.linkage = linkage;
    this.clock = clock;
    disclosures.register(TABLE);
    disclosures.register(REVISIONS);
  }

  /** One report to store, as read and checked; the profile array is never shared. */
  @SuppressWarnings("ArrayRecordComponent")
  private record Prepared(
      UUID id,
      DsapReport report,
      ObjectNode document,
      ReportResults.Computed results,
      StoredLabel label,
      float[] profile) {}

  /**
   * Stores one DSAP report from the caller's laboratory; refused with every problem named (and
   * nothing stored) when it is invalid, and a {@link Conflict} when the laboratory already reported
   * this sample (an amendment is {@link #amend}).
   */
  @Transactional
  public Disclosed.Shown<StoredReport> submit(Caller caller, byte[] json) {
    requireChemist(caller);
    DsapReport report = reader(caller).read(json).orThrow();
    if (keyExists(report.lab().id(), report.sampleId())) {
      throw new ReportExists(report.lab().id(), report.sampleId());
    }
    Prepared prepared = prepare(caller, report, new HashMap<>());
    insert(caller, List.of(prepared));
    return find(caller, prepared.id())
        .filter(d -> d instanceof Disclosed.Shown<StoredReport>)
        .map(d -> (Disclosed.Shown<StoredReport>) d)
        .orElseThrow(() -> new IllegalStateException("a stored report is its owner's to read"));
  }

  /**
   * Stores every report of a batch, or none: every bad row and field is named, and a sample the
   * laboratory already reported is a bad row.
   */
  @Transactional
  public Imported importBatch(Caller caller, byte[] body, BatchFormat format) {
    requireChemist(caller);
    List<DsapReport> reports = readBatch(caller, body, format);
    Map<JsonNode, StoredLabel> stored = new HashMap<>();
    List<Prepared> prepared = new ArrayList<>(reports.size());
    int findings = 0;
    for (DsapReport report : reports) {
      prepared.add(prepare(caller, report, stored));
      findings += report.findings().size();
    }
    insert(caller, prepared);
    return new Imported(prepared.size(), findings, prepared.stream().map(Prepared::id).toList());
  }

  /**
   * Replaces a report with a new version from the same laboratory and sample; the version replaced
   * is kept, and the amendment is an UPDATE entry in the transparency log.
   */
  @Transactional
  public Disclosed.Shown<StoredReport> amend(Caller caller, UUID id, byte[] json) {
    requireChemist(caller);
    Disclosed.Shown<StoredReport> current =
        find(caller, id)
            .filter(d -> d instanceof Disclosed.Shown<StoredReport>)
            .map(d -> (Disclosed.Shown<StoredReport>) d)
            .orElseThrow(() -> new NotFound("report"));
    StoredReport old = current.record();
    if (!old.owner().equals(caller.agency())) {
      throw new Forbidden();
    }
    DsapReport report = reader(caller).read(json).orThrow();
    if (!report.sampleId().equals(old.sampleId())) {
      throw new Rejected(Violation.of("/sampleId", "report.amend.sampleChanged", old.sampleId()));
    }
    Prepared prepared = prepare(caller, report, new HashMap<>());
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO forensics.report_revision
              (id, report_id, version, document, results, label_id, owner_agency, author,
               created_at, replaced_at)
            VALUES (:rid, :id, :version, :document, :results, :label, :owner, :author, :created,
                    :now)
            """)
        .param("rid", UUID.randomUUID())
        .param("id", id)
        .param("version", old.version())
        .param("document", old.document().toString())
        .param("results", old.results().toString())
        .param("label", current.label().id())
        .param("owner", old.owner())
        .param("author", old.author())
        .param("created", Timestamp.from(old.updatedAt()))
        .param("now", Timestamp.from(now))
        .update();
    int updated =
        jdbc.sql(
                """
                UPDATE forensics.report SET
                  version = :next, seizure_event = :event, seizure_date = :date,
                  country = :country, subdivision = :subdivision, port_code = :port,
                  analysed = :analysed, form = :form, primary_substance = :primary,
                  substances = :substances, classes = :classes, route = :route,
                  document = :document, results = :results, label_id = :label, author = :author,
                  updated_at = :now
                WHERE id = :id AND version = :version
                """)
            .param("next", old.version() + 1)
            .param("event", report.seizure().eventId())
            .param("date", report.seizure().date())
            .param("country", report.seizure().country().name())
            .param("subdivision", report.seizure().subdivision())
            .param("port", report.seizure().portOfEntry(), Types.VARCHAR)
            .param("analysed", report.analysed())
            .param("form", DsapDocument.formType(report.form()))
            .param("primary", primary(report), Types.VARCHAR)
            .param("substances", substanceColumn(report))
            .param("classes", classColumn(prepared.results()))
            .param("route", prepared.results().route())
            .param("document", prepared.document().toString())
            .param("results", prepared.results().json().toString())
            .param("label", prepared.label().id())
            .param("author", caller.username())
            .param("now", Timestamp.from(now))
            .param("id", id)
            .param("version", old.version())
            .update();
    if (updated != 1) {
      throw new Conflict("report changed concurrently");
    }
    jdbc.sql("DELETE FROM forensics.profile WHERE report_id = :id").param("id", id).update();
    if (ImpurityProfiles.informative(prepared.profile())) {
      jdbc.sql("INSERT INTO forensics.profile (report_id, vector) VALUES (:id, :v)")
          .param("id", id)
          .param("v", Linkage.encode(prepared.profile()))
          .update();
    }
    transparency.append(
        Event.of(
                actor(caller),
                Actions.UPDATE,
                List.of(new ObjectRef(TABLE.recordType(), id.toString(), caller.agency())))
            .withLabel(prepared.label().digest())
            .with("version", String.valueOf(old.version() + 1))
            .inRequest(caller.requestId(), caller.purpose()));
    DsapReport previous =
        reader(caller).read(old.document().toString().getBytes(StandardCharsets.UTF_8)).orThrow();
    events.publishEvent(
        new ReportsStored(
            List.of(facts(id, prepared, caller.agency())),
            List.of(
                facts(
                    id,
                    previous,
                    ReportResults.of(previous, attribution),
                    current.label().id(),
                    old.owner()))));
    afterCommit(() -> linkage.add(id, prepared.profile()));
    return find(caller, id)
        .filter(d -> d instanceof Disclosed.Shown<StoredReport>)
        .map(d -> (Disclosed.Shown<StoredReport>) d)
        .orElseThrow(() -> new IllegalStateException("an amended report is its owner's to read"));
  }

  /** The report, a pointer to it, or nothing, as its label decides for this caller. */
  public Optional<Disclosed<StoredReport>> find(Caller caller, UUID id) {
    return disclosures.find(caller, LabeledQuery.byId(TABLE, COLUMNS, id, ROW));
  }

  /** Reports (and pointers) matching the query, newest seizure first. */
  public List<Disclosed<StoredReport>> search(Caller caller, ReportQuery query) {
    List<Violation> violations = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    Map<String, Object> params = new HashMap<>();
    if (query.substance() != null && !query.substance().isBlank()) {
      switch (substances.registry().lookup(query.substance())) {
        case Lookup.Found found -> {
          and(where, "t.substances LIKE :substance");
          params.put("substance", "%|" + found.substance().id() + "|%");
        }
        case Lookup.Ambiguous ambiguous -> {
          List<String> clauses = new ArrayList<>();
          for (int i = 0; i < ambiguous.candidates().size(); i++) {
            clauses.add("t.substances LIKE :substance" + i);
            params.put("substance" + i, "%|" + ambiguous.candidates().get(i).id() + "|%");
          }
          and(where, "(" + String.join(" OR ", clauses) + ")");
        }
        case Lookup.Unknown unknown ->
            violations.add(
                Violation.of(
                    "/substance",
                    "substance.unknown",
                    query.substance(),
                    unknown.suggestions().stream()
                        .map(s -> s.name())
                        .collect(Collectors.joining(", "))));
      }
    }
    if (query.substanceClass() != null && !query.substanceClass().isBlank()) {
      String wanted = query.substanceClass().strip().toUpperCase(Locale.ROOT);
      if (Arrays.stream(SubstanceClass.values()).noneMatch(c -> c.name().equals(wanted))) {
        violations.add(Violation.of("/class", "report.class.unknown", query.substanceClass()));
      } else {
        and(where, "t.classes LIKE :class");
        params.put("class", "%|" + wanted + "|%");
      }
    }
    if (query.country() != null && !query.country().isBlank()) {
      String country = query.country().strip().toUpperCase(Locale.ROOT);
      if (!Set.of("USA", "MEX", "CAN").contains(country)) {
        violations.add(Violation.of("/country", "report.country.unknown", query.country()));
      } else {
        and(where, "t.country = :country");
        params.put("country", country);
      }
    }
    if (query.from() != null) {
      and(where, "t.seizure_date >= :from");
      params.put("from", query.from());
    }
    if (query.to() != null) {
      and(where, "t.seizure_date <= :to");
      params.put("to", query.to());
    }
    if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
      violations.add(Violation.of("/to", "report.range.reversed"));
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    return disclosures.list(
        caller,
        new LabeledQuery<>(
            TABLE,
            COLUMNS,
            where.toString(),
            params,
            "t.seizure_date DESC, t.id",
            Math.min(Math.max(query.limit(), 1), MAX_PAGE),
            Math.max(query.offset(), 0),
            ROW));
  }

  /**
   * The seizures linked to a report the caller may see, by impurity profile: each linked report as
   * its own label decides (whole, pointer, or absent).
   */
  @Transactional
  public ReportLinks links(Caller caller, UUID id) {
    Optional<Disclosed<StoredReport>> report = find(caller, id);
    if (report.isEmpty() || report.get().pointer()) {
      throw new NotFound("report");
    }
    var threshold = linkage.threshold();
    float[] vector = linkage.vectorOf(id).orElse(null);
    List<ReportLinks.Linked> direct = new ArrayList<>();
    List<Disclosed<StoredReport>> cluster = new ArrayList<>();
    if (vector != null) {
      Map<UUID, Double> near = new LinkedHashMap<>();
      for (Link link : linkage.near(vector)) {
        UUID other = UUID.fromString(link.id());
        if (!other.equals(id) && near.size() < Linkage.MAX_CLUSTER) {
          near.put(other, link.distance());
        }
      }
      Set<UUID> further = new java.util.LinkedHashSet<>(linkage.cluster(id));
      further.removeAll(near.keySet());
      Map<UUID, Disclosed<StoredReport>> disclosed = disclose(caller, near.keySet(), further);
      for (Map.Entry<UUID, Double> e : near.entrySet()) {
        Disclosed<StoredReport> d = disclosed.get(e.getKey());
        if (d != null) {
          direct.add(new ReportLinks.Linked(d, e.getValue()));
        }
      }
      for (UUID other : further) {
        Disclosed<StoredReport> d = disclosed.get(other);
        if (d != null) {
          cluster.add(d);
        }
      }
    }
    return new ReportLinks(
        threshold.comparison().name(),
        threshold.threshold(),
        threshold.falsePositiveRate(),
        threshold.truePositiveRate(),
        threshold.linkedPairs() + threshold.unlinkedPairs(),
        direct,
        cluster);
  }

  private Map<UUID, Disclosed<StoredReport>> disclose(
      Caller caller, Set<UUID> near, Set<UUID> further) {
    List<UUID> ids = new ArrayList<>(near);
    ids.addAll(further);
    Map<UUID, Disclosed<StoredReport>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Disclosed<StoredReport> d :
        disclosures.list(
            caller,
            new LabeledQuery<>(
                TABLE,
                COLUMNS,
                "t.id IN (:ids)",
                Map.of("ids", ids),
                "t.id",
                ids.size(),
                0,
                ROW))) {
      out.put(d.id(), d);
    }
    return out;
  }

  /**
   * Every problem a batch would be refused for, without storing anything: for live validation of
   * the report form and for laboratories that check a file before they send it.
   */
  @Transactional(readOnly = true)
  public List<Violation> checkBatch(Caller caller, byte[] body, BatchFormat format) {
    try {
      readBatch(caller, body, format);
      return List.of();
    } catch (Rejected e) {
      return e.violations();
    }
  }

  private List<DsapReport> readBatch(Caller caller, byte[] body, BatchFormat format) {
    DsapReader reader = reader(caller);
    BatchReading reading =
        switch (format) {
          case CSV -> reader.readCsv(body);
          case NDJSON -> reader.readNdjson(body);
        };
    if (reading instanceof BatchReading.Refused refused) {
      throw new Rejected(refused.violations());
    }
    BatchReading.Accepted accepted = (BatchReading.Accepted) reading;
    List<DsapReport> reports = accepted.reports();
    Set<String> existing = existingSamples(caller.agency(), reports);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      if (existing.contains(reports.get(i).sampleId())) {
        violations.add(
            accepted.locate(
                i, Violation.of("/sampleId", "report.sample.exists", reports.get(i).sampleId())));
      }
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    return reports;
  }

  // ---- storing ------------------------------------------------------------------------------

  private DsapReader reader(Caller caller) {
    Map<JsonNode, List<Violation>> checked = new HashMap<>();
    ReportRule rule =
        report -> {
          List<Violation> violations = new ArrayList<>();
          if (!report.lab().id().equals(caller.agency())) {
            violations.add(
                Violation.of(
                    "/lab/id", "report.lab.notCallers", report.lab().id(), caller.agency()));
          }
          violations.addAll(
              checked.computeIfAbsent(
                  report.label(),
                  node -> {
                    List<Violation> found = new ArrayList<>();
                    labels.read(node, "/label", caller.agency(), found);
                    return List.copyOf(found);
                  }));
          return violations;
        };
    return substances.reader().withRule(rule);
  }

  private Prepared prepare(Caller caller, DsapReport report, Map<JsonNode, StoredLabel> stored) {
    List<Violation> violations = new ArrayList<>();
    // A batch repeats a handful of labels: read and register each distinct one once.
    StoredLabel storedLabel =
        stored.computeIfAbsent(
            report.label(),
            node -> {
              Label label = labels.read(node, "/label", caller.agency(), violations);
              if (label == null) {
                throw new Rejected(violations);
              }
              return labels.register(label, caller.agency());
            });
    ObjectNode document = DsapDocument.of(report);
    ReportResults.Computed results = ReportResults.of(report, attribution);
    float[] profile = ImpurityProfiles.vector(report.impurityProfile());
    return new Prepared(UUID.randomUUID(), report, document, results, storedLabel, profile);
  }

  private void insert(Caller caller, List<Prepared> prepared) {
    Timestamp now = Timestamp.from(clock.instant());
    try {
      template.batchUpdate(
          """
          INSERT INTO forensics.report_key (lab_id, sample_id, report_id) VALUES (?, ?, ?)
          """,
          prepared,
          1000,
          (PreparedStatement ps, Prepared p) -> {
            ps.setString(1, p.report().lab().id());
            ps.setString(2, p.report().sampleId());
            ps.setObject(3, p.id());
          });
    } catch (DuplicateKeyException e) {
      // Another request stored the same sample between the check and this insert.
      throw new ReportExists(caller.agency(), "");
    }
    template.batchUpdate(
        """
        INSERT INTO forensics.report
          (id, lab_id, sample_id, version, seizure_event, seizure_date, country, subdivision,
           port_code, analysed, form, primary_substance, substances, classes, route, document,
           results, label_id, owner_agency, author, created_at, updated_at)
        VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        prepared,
        1000,
        (PreparedStatement ps, Prepared p) -> {
          DsapReport r = p.report();
          ps.setObject(1, p.id());
          ps.setString(2, r.lab().id());
          ps.setString(3, r.sampleId());
          ps.setString(4, r.seizure().eventId());
          ps.setObject(5, r.seizure().date());
          ps.setString(6, r.seizure().country().name());
          ps.setString(7, r.seizure().subdivision());
          setNullable(ps, 8, r.seizure().portOfEntry());
          ps.setObject(9, r.analysed());
          ps.setString(10, DsapDocument.formType(r.form()));
          setNullable(ps, 11, primary(r));
          ps.setString(12, substanceColumn(r));
          ps.setString(13, classColumn(p.results()));
          ps.setString(14, p.results().route());
          ps.setString(15, p.document().toString());
          ps.setString(16, p.results().json().toString());
          ps.setLong(17, p.label().id());
          ps.setString(18, caller.agency());
          ps.setString(19, caller.username());
          ps.setTimestamp(20, now);
          ps.setTimestamp(21, now);
        });
    List<Prepared> profiled =
        prepared.stream().filter(p -> ImpurityProfiles.informative(p.profile())).toList();
    template.batchUpdate(
        "INSERT INTO forensics.profile (report_id, vector) VALUES (?, ?)",
        profiled,
        1000,
        (PreparedStatement ps, Prepared p) -> {
          ps.setObject(1, p.id());
          ps.setString(2, Linkage.encode(p.profile()));
        });
    Actor actor = actor(caller);
    List<Event> events = new ArrayList<>(prepared.size());
    for (Prepared p : prepared) {
      events.add(
          Event.of(
                  actor,
                  Actions.CREATE,
                  List.of(new ObjectRef(TABLE.recordType(), p.id().toString(), caller.agency())))
              .withLabel(p.label().digest())
              .inRequest(caller.requestId(), caller.purpose()));
    }
    transparency.appendAll(events);
    this.events.publishEvent(
        new ReportsStored(
            prepared.stream().map(p -> facts(p.id(), p, caller.agency())).toList(), List.of()));
    afterCommit(() -> {
      for (Prepared p : profiled) {
        linkage.add(p.id(), p.profile());
      }
    });
  }

  private boolean keyExists(String lab, String sample) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM forensics.report_key WHERE lab_id = :lab AND sample_id = :s")
            .param("lab", lab)
            .param("s", sample)
            .query(Long.class)
            .single()
        > 0;
  }

  private Set<String> existingSamples(String lab, List<DsapReport> reports) {
    Set<String> found = new HashSet<>();
    List<String> samples = reports.stream().map(DsapReport::sampleId).toList();
    for (int from = 0; from < samples.size(); from += 1000) {
      List<String> chunk = samples.subList(from, Math.min(samples.size(), from + 1000));
      found.addAll(
          jdbc.sql(
                  "SELECT sample_id FROM forensics.report_key"
                      + " WHERE lab_id = :lab AND sample_id IN (:samples)")
              .param("lab", lab)
              .param("samples", chunk)
              .query(String.class)
              .list());
    }
    return found;
  }

  /** Only operational chemists submit reports or libraries. */
  static void requireChemist(Caller caller) {
    if (!caller.account().operational()
        || !caller.account().has(org.puente.governance.Role.CHEMIST)) {
      throw new Forbidden();
    }
  }

  private static @Nullable String primary(DsapReport report) {
    return report.findings().stream()
        .filter(f -> f.role() == Role.PRIMARY)
        .map(f -> f.substance().id())
        .findFirst()
        .orElse(null);
  }

  private static ReportFacts facts(UUID id, Prepared prepared, String owner) {
    return facts(id, prepared.report(), prepared.results(), prepared.label().id(), owner);
  }

  private static ReportFacts facts(
      UUID id, DsapReport r, ReportResults.Computed results, long labelId, String owner) {
    Set<String> forms = new HashSet<>();
    forms.add(DsapDocument.formType(r.form()));
    Double mgPerTablet = null;
    switch (r.form()) {
      case PhysicalForm.Tablet tablet -> {
        mgPerTablet = tablet.mgPerTablet();
        if (tablet.counterfeit()) {
          forms.add("COUNTERFEIT_TABLET");
        }
      }
      case PhysicalForm.Liquid liquid -> {
        if (liquid.pharmaceutical()) {
          forms.add("LIQUID_PHARMACEUTICAL");
        }
      }
      case PhysicalForm.Powder p -> {}
      case PhysicalForm.PlantMaterial p -> {}
      case PhysicalForm.Blotter b -> {}
      case PhysicalForm.Other o -> {}
    }
    Set<String> found = new HashSet<>();
    Map<String, Double> purity = new HashMap<>();
    for (Finding f : r.findings()) {
      found.add(f.substance().id());
      if (f.purity() instanceof Purity.Quantitative q) {
        purity.merge(f.substance().id(), q.percent(), Math::max);
      }
    }
    return ReportFacts.of(
        id,
        labelId,
        owner,
        r.seizure().country().name(),
        r.seizure().subdivision(),
        r.seizure().portOfEntry(),
        r.seizure().date(),
        forms,
        found,
        results.classes(),
        results.route(),
        purity,
        mgPerTablet);
  }

  private static String substanceColumn(DsapReport report) {
    StringBuilder out = new StringBuilder("|");
    for (Finding f : report.findings()) {
      out.append(f.substance().id()).append('|');
    }
    for (String marker : report.impurityProfile().keySet()) {
      out.append(marker).append('|');
    }
    return out.length() > 8000 ? out.substring(0, 7999) + "|" : out.toString();
  }

  private static String classColumn(ReportResults.Computed results) {
    return "|" + String.join("|", results.classes()) + "|";
  }

  private static void setNullable(PreparedStatement ps, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  private static void and(StringBuilder where, String clause) {
    if (!where.isEmpty()) {
      where.append(" AND ");
    }
    where.append(clause);
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.username(), caller.agency(), caller.country().name());
  }

  /** Runs {@code action} once the current transaction commits (at once outside one). */
  static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  /** Whether a reading is valid, for callers that check before they submit (live validation). */
  @Transactional(readOnly = true)
  public List<Violation> check(Caller caller, byte[] json) {
    return switch (reader(caller).read(json)) {
      case Reading.Valid valid ->
          keyExists(valid.report().lab().id(), valid.report().sampleId())
              ? List.of(
                  Violation.of("/sampleId", "report.sample.exists", valid.report().sampleId()))
              : List.of();
      case Reading.Invalid invalid -> invalid.violations();
    };
  }
}
