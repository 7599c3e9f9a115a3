package org.puente.benchmarks.intelligence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.puente.PuenteNode;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.Disclosures;
import org.puente.governance.Label;
import org.puente.governance.Labels;
import org.puente.governance.Violation;
import org.puente.governance.VisibleLabels;
import org.puente.intelligence.Entities;
import org.puente.intelligence.Graph;
import org.puente.intelligence.search.EntityIndex;
import org.puente.intelligence.search.FieldGroup;
import org.puente.intelligence.search.IndexedEntity;
import org.puente.intelligence.search.LabelFilter;
import org.puente.intelligence.search.SearchResult;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@code entities} synthetic entities (seeded; about 5.6 fields each, every field with its
 * own label) and {@code relationships} relationships between them (power-law degrees) into a real
 * node on PostgreSQL, builds the node's Lucene index over them, then times label-filtered search
 * (in the index alone, and end to end through {@link Entities#search} with its disclosure and
 * logging) and depth-2 neighbourhoods ({@link Graph#neighbourhood}) as analysts of the three
 * countries.
 *
 * <pre>
 * java -Xmx8g -cp "$CP" org.puente.benchmarks.intelligence.IntelligenceLoad \
 *   jdbc:postgresql://127.0.0.1:5432/puente_bench_intel entities=5000000 relationships=20000000
 * </pre>
 *
 * <p>The database is created when missing. Rows are written with {@code COPY} straight into the
 * intelligence tables (their indexes and constraints dropped during the copy and re-created after
 * from the definitions the migration left), under labels registered through {@link
 * Labels#register}; the load therefore bypasses {@link Entities#createAll} and writes no {@code
 * CREATE} entries to the transparency log. The searches and graph walks timed afterwards do log
 * their disclosures. With {@code reuse=1} a database that already holds the entities is not loaded
 * again, and an index directory that already holds them is not rebuilt ({@code reindex=1} forces
 * it), so that a rerun only times the queries.
 */
public final class IntelligenceLoad {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] CALLERS = {"ntc.officer", "fgr.analyst", "rcmp.analyst"};
  private static final int INDEX_BATCH = 5_000;
  private static final int SEARCH_LIMIT = 25;
  private static final List<String> TABLES =
      List.of(
          "intelligence.entity",
          "intelligence.entity_version",
          "intelligence.entity_field",
          "intelligence.relationship");

  private IntelligenceLoad() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    long entities = option(args, "entities", 5_000_000);
    long relationships = option(args, "relationships", 20_000_000);
    boolean reuse = option(args, "reuse", 0) == 1;
    boolean reindex = option(args, "reindex", 0) == 1;
    long seed = option(args, "seed", 20261208);
    int searches = (int) option(args, "searches", 2000);
    int graphs = (int) option(args, "graphs", 1000);
    Path work = Path.of(text(args, "work", "target/intelligence-bench")).toAbsolutePath();
    Path indexDir = work.resolve("index-" + entities);
    Files.createDirectories(work);
    System.out.printf(
        Locale.ROOT,
        "START %s: %d CPUs, max heap %,d MB, Java %s, load average %s%n",
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.version(),
        loadAverage());
    createDatabaseIfMissing(url);

    // The node rebuilds an empty search index from the database when it starts; the first start
    // gets an index holding one placeholder (matched by no label) so that it never does.
    Path placeholder = work.resolve("placeholder-index");
    if (!Files.exists(placeholder)) {
      try (EntityIndex index = EntityIndex.open(placeholder)) {
        index.index(new IndexedEntity(new UUID(0, 1), "PERSON", 0, List.of()));
        index.commit();
      }
    }
    Path key = work.resolve("log.key");
    SyntheticIntelligence synthetic = new SyntheticIntelligence(seed, entities);
    Map<String, Caller> callers = new LinkedHashMap<>();
    long[][] labelIds;
    List<Query> queries;
    try (ConfigurableApplicationContext node = boot(url, placeholder, key)) {
      JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
      System.out.println("PostgreSQL " + jdbc.queryForObject("SHOW server_version", String.class));
      labelIds = registerLabels(node.getBean(Labels.class));
      check(node, synthetic, Math.min(entities, 3000));
      long present =
          Objects.requireNonNull(
              jdbc.queryForObject("SELECT count(*) FROM intelligence.entity", Long.class));
      if (reuse && present >= entities) {
        System.out.printf(Locale.ROOT, "REUSED the %,d entities already loaded%n", present);
      } else if (present > 0) {
        throw new IllegalStateException(
            "the database holds "
                + present
                + " entities; load into an empty one, or pass reuse=1 to time these");
      } else {
        load(jdbc, url, synthetic, labelIds, entities, relationships, seed);
      }
      Accounts accounts = node.getBean(Accounts.class);
      Disclosures disclosures = node.getBean(Disclosures.class);
      for (String user : CALLERS) {
        callers.put(
            user, new Caller(accounts.byUsername(user).orElseThrow(), "bench", "benchmark"));
      }
      Map<String, VisibleLabels> visible = new LinkedHashMap<>();
      callers.forEach((user, caller) -> visible.put(user, disclosures.labels(caller)));
      reach(jdbc, visible);
      queries = queries(jdbc, entities, searches + 300, seed);

      if (reindex || indexed(indexDir) < entities) {
        index(synthetic, labelIds, entities, indexDir);
      } else {
        System.out.printf(Locale.ROOT, "REUSED the index in %s%n", indexDir);
      }
      try (EntityIndex index = EntityIndex.open(indexDir)) {
        System.out.printf(
            Locale.ROOT, "%nSEARCH in the Lucene index alone (limit %d)%n", SEARCH_LIMIT);
        times(
            queries,
            300,
            (q, user) -> {
              VisibleLabels labels = Objects.requireNonNull(visible.get(user));
              SearchResult result =
                  index.search(
                      q.text(),
                      null,
                      new LabelFilter(labels.visible(), labels.pointers()),
                      SEARCH_LIMIT);
              return new Outcome(
                  result.total(),
                  !result.totalIsExact(),
                  result.hits().stream().anyMatch(h -> h.id().equals(q.target())));
            },
            visible);
        matchedAtAll(index, queries, visible);
      }
    }

    try (ConfigurableApplicationContext node = boot(url, indexDir, key)) {
      Entities entitiesApi = node.getBean(Entities.class);
      Graph graph = node.getBean(Graph.class);
      JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
      Map<String, VisibleLabels> visible = new LinkedHashMap<>();
      Disclosures disclosures = node.getBean(Disclosures.class);
      callers.forEach((user, caller) -> visible.put(user, disclosures.labels(caller)));
      System.out.printf(
          Locale.ROOT,
          "%nSEARCH end to end: Entities.search(caller, q, null, %d), disclosed and logged%n",
          SEARCH_LIMIT);
      times(
          queries,
          300,
          (q, user) -> {
            Entities.SearchPage page =
                entitiesApi.search(
                    withRequest(Objects.requireNonNull(callers.get(user))),
                    q.text(),
                    null,
                    SEARCH_LIMIT);
            return new Outcome(
                page.total(),
                !page.exact(),
                page.items().stream().anyMatch(d -> d.id().equals(q.target())));
          },
          visible);
      neighbourhoods(jdbc, graph, callers, visible, entities, graphs, seed);
      long logged =
          Objects.requireNonNull(
              jdbc.queryForObject(
                  "SELECT (SELECT count(*) FROM transparency.pending)"
                      + " + (SELECT count(*) FROM transparency.leaf)",
                  Long.class));
      System.out.printf(
          Locale.ROOT,
          "%nLOG entries now %,d; load average %s; END %s%n",
          logged,
          loadAverage(),
          Instant.now());
    }
  }

  // ---- node and database ----

  private static ConfigurableApplicationContext boot(String url, Path index, Path key) {
    long t0 = System.nanoTime();
    ConfigurableApplicationContext node =
        new SpringApplicationBuilder(PuenteNode.class)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=0",
                "--puente.demo=true",
                "--puente.demo.reports=2",
                "--puente.node.key-file=" + key,
                "--puente.node.generate-key=true",
                "--puente.trends.cycle-delay=PT10H",
                "--puente.intelligence.index-dir=" + index,
                "--logging.level.root=WARN");
    System.out.printf(
        Locale.ROOT,
        "NODE started in %.1f s with index %s%n",
        (System.nanoTime() - t0) / 1e9,
        index);
    return node;
  }

  private static void createDatabaseIfMissing(String url) throws SQLException {
    Matcher m = Pattern.compile("(jdbc:postgresql://[^/]+/)([a-z0-9_]+)(\\?.*)?").matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected jdbc:postgresql://host:port/name, not " + url);
    }
    try (Connection c = DriverManager.getConnection(m.group(1) + "postgres", "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + m.group(2) + "'")) {
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + m.group(2));
        System.out.println("CREATED database " + m.group(2));
      }
    }
  }

  /** Seven plans for each of the eight agencies: 56 labels, {@code [agency][plan]}. */
  private static long[][] registerLabels(Labels labels) {
    int agencies = SyntheticIntelligence.AGENCIES.length;
    long[][] ids = new long[agencies][SyntheticIntelligence.PLANS];
    for (int a = 0; a < agencies; a++) {
      for (int p = 0; p < SyntheticIntelligence.PLANS; p++) {
        String owner = SyntheticIntelligence.AGENCIES[a];
        List<Violation> violations = new ArrayList<>();
        Label label =
            labels.read(
                JSON.readTree(SyntheticIntelligence.labelJson(a, p)), "/label", owner, violations);
        if (label == null) {
          throw new IllegalStateException(owner + " plan " + p + ": " + violations);
        }
        ids[a][p] = labels.register(label, owner).id();
      }
    }
    return ids;
  }

  /**
   * Puts the first {@code sample} generated entities through the node's own request checks (as
   * their owners), so that every VIN, CURP, container number, phone number, code and label the load
   * writes is one the node would have accepted.
   */
  private static void check(
      ConfigurableApplicationContext node, SyntheticIntelligence synthetic, long sample) {
    Entities entities = node.getBean(Entities.class);
    Accounts accounts = node.getBean(Accounts.class);
    Map<Integer, List<JsonNode>> byOwner = new HashMap<>();
    for (long i = 0; i < sample; i++) {
      SyntheticIntelligence.Generated g = synthetic.entity(i);
      StringBuilder request = new StringBuilder("{\"type\":\"").append(g.type().name()).append('"');
      String strict = null;
      for (SyntheticIntelligence.Field f : g.fields()) {
        request.append(",\"").append(f.name()).append("\":").append(f.json());
        if (f.strict()) {
          strict = f.name();
        }
      }
      request.append(",\"label\":").append(SyntheticIntelligence.labelJson(g.agency(), g.plan()));
      if (strict != null) {
        request
            .append(",\"fieldLabels\":{\"")
            .append(strict)
            .append("\":")
            .append(SyntheticIntelligence.labelJson(g.agency(), SyntheticIntelligence.STRICT_PLAN))
            .append('}');
      }
      byOwner
          .computeIfAbsent(g.agency(), k -> new ArrayList<>())
          .add(JSON.readTree(request.append('}').toString()));
    }
    int problems = 0;
    for (Map.Entry<Integer, List<JsonNode>> e : byOwner.entrySet()) {
      Caller owner =
          new Caller(
              accounts.byUsername(SyntheticIntelligence.USERS[e.getKey()]).orElseThrow(),
              "bench",
              "check");
      List<Violation> violations = entities.checkAll(owner, e.getValue());
      for (Violation v : violations.subList(0, Math.min(10, violations.size()))) {
        int item = Integer.parseInt(v.pointer().split("/", 3)[1]);
        System.out.println("INVALID " + v + " in " + e.getValue().get(item));
      }
      problems += violations.size();
    }
    if (problems > 0) {
      throw new IllegalStateException(problems + " generated values the node would refuse");
    }
    System.out.printf(
        Locale.ROOT, "CHECKED %,d generated entities with Entities.checkAll: all valid%n", sample);
  }

  // ---- load ----

  private static void load(
      JdbcTemplate jdbc,
      String url,
      SyntheticIntelligence synthetic,
      long[][] labelIds,
      long entities,
      long relationships,
      long seed)
      throws Exception {
    long t0 = System.nanoTime();
    String tables =
        TABLES.stream()
            .map(t -> "'" + t + "'::regclass")
            .reduce((a, b) -> a + "," + b)
            .orElseThrow();
    List<String[]> constraints =
        jdbc.query(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype"
                + " FROM pg_constraint c WHERE c.contype IN ('p','u','f') AND (c.conrelid IN ("
                + tables
                + ") OR c.confrelid IN ("
                + tables
                + ")) ORDER BY c.conname",
            (rs, n) ->
                new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
    List<String[]> indexes =
        jdbc.query(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                + " WHERE i.indrelid IN ("
                + tables
                + ") AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
                + " AND c.contype IN ('p','u','x')) ORDER BY 1",
            (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
    for (String[] c : constraints) {
      if (c[3].equals("f")) {
        jdbc.execute("ALTER TABLE " + c[0] + " DROP CONSTRAINT " + c[1]);
      }
    }
    for (String[] i : indexes) {
      jdbc.execute("DROP INDEX " + i[0]);
    }
    for (String[] c : constraints) {
      if (!c[3].equals("f")) {
        jdbc.execute("ALTER TABLE " + c[0] + " DROP CONSTRAINT " + c[1]);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "LOAD dropped %d constraints and %d indexes for the copy%n",
        constraints.size(),
        indexes.size());

    AtomicLong entitiesDone = new AtomicLong();
    AtomicLong fieldsDone = new AtomicLong();
    AtomicLong linksDone = new AtomicLong();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Thread entityWriter =
        Thread.ofPlatform()
            .name("copy-entities")
            .start(() -> {
              try (Copy entity =
                      new Copy(
                          url,
                          "intelligence.entity",
                          "id, type, version, watchlisted, label_id, owner_agency, created_by,"
                              + " created_at, updated_at");
                  Copy version =
                      new Copy(
                          url,
                          "intelligence.entity_version",
                          "id, entity_id, version, label_id, owner_agency, changed_by, changed_at,"
                              + " reason");
                  Copy field =
                      new Copy(
                          url,
                          "intelligence.entity_field",
                          "id, entity_id, version, name, field_value, unverified, label_id,"
                              + " owner_agency")) {
                for (long i = 0; i < entities; i++) {
                  SyntheticIntelligence.Generated g = synthetic.entity(i);
                  long label = labelIds[g.agency()][g.plan()];
                  long strict = labelIds[g.agency()][SyntheticIntelligence.STRICT_PLAN];
                  String owner = SyntheticIntelligence.AGENCIES[g.agency()];
                  String user = SyntheticIntelligence.USERS[g.agency()];
                  String at = Instant.ofEpochSecond(g.createdAt()).toString();
                  String id = g.id().toString();
                  entity
                      .col(id)
                      .col(g.type().name())
                      .col("1")
                      .col(g.watchlisted() ? "t" : "f")
                      .col(label)
                      .col(owner)
                      .col(user)
                      .col(at)
                      .last(at);
                  version
                      .col(synthetic.versionId(i).toString())
                      .col(id)
                      .col("1")
                      .col(label)
                      .col(owner)
                      .col(user)
                      .col(at)
                      .last(null);
                  int k = 0;
                  for (SyntheticIntelligence.Field f : g.fields()) {
                    field
                        .col(synthetic.fieldId(i, k++).toString())
                        .col(id)
                        .col("1")
                        .col(f.name())
                        .col(f.json())
                        .col("f")
                        .col(f.strict() ? strict : label)
                        .last(owner);
                  }
                  fieldsDone.addAndGet(k);
                  entitiesDone.incrementAndGet();
                }
              } catch (Throwable e) {
                failure.set(e);
              }
            });
    Thread linkWriter =
        Thread.ofPlatform()
            .name("copy-relationships")
            .start(() -> {
              SplittableRandom random = new SplittableRandom(seed * 31 + 17);
              try (Copy copy =
                  new Copy(
                      url,
                      "intelligence.relationship",
                      "id, type, source_id, target_id, valid_from, valid_to, evidence, evaluation,"
                          + " label_id, owner_agency, created_by, created_at")) {
                for (long j = 0; j < relationships; j++) {
                  SyntheticIntelligence.Link l = synthetic.link(j, random);
                  copy.col(l.id().toString())
                      .col(l.type().name())
                      .col(synthetic.entityId(l.source()).toString())
                      .col(synthetic.entityId(l.target()).toString())
                      .col(l.from() == null ? null : l.from().toString())
                      .col(l.to() == null ? null : l.to().toString())
                      .col(l.evidence())
                      .col(l.evaluation())
                      .col(labelIds[l.agency()][l.plan()])
                      .col(SyntheticIntelligence.AGENCIES[l.agency()])
                      .col(SyntheticIntelligence.USERS[l.agency()])
                      .last(Instant.ofEpochSecond(l.createdAt()).toString());
                  linksDone.incrementAndGet();
                }
              } catch (Throwable e) {
                failure.set(e);
              }
            });
    while (entityWriter.isAlive() || linkWriter.isAlive()) {
      (entityWriter.isAlive() ? entityWriter : linkWriter).join(15_000);
      System.out.printf(
          Locale.ROOT,
          "  t=%4.0fs entities %,d fields %,d relationships %,d%n",
          (System.nanoTime() - t0) / 1e9,
          entitiesDone.get(),
          fieldsDone.get(),
          linksDone.get());
      Throwable f = failure.get();
      if (f != null) {
        throw new IllegalStateException("copy failed", f);
      }
    }
    long copied = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "LOAD copied %,d entities, %,d versions, %,d fields and %,d relationships in %.0f s%n",
        entitiesDone.get(),
        entitiesDone.get(),
        fieldsDone.get(),
        linksDone.get(),
        (copied - t0) / 1e9);
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("SET maintenance_work_mem = '2GB'");
      for (String[] con : constraints) {
        if (!con[3].equals("f")) {
          timed(s, "ALTER TABLE " + con[0] + " ADD CONSTRAINT " + con[1] + " " + con[2]);
        }
      }
      for (String[] i : indexes) {
        timed(s, i[1]);
      }
      for (String[] con : constraints) {
        if (con[3].equals("f")) {
          timed(s, "ALTER TABLE " + con[0] + " ADD CONSTRAINT " + con[1] + " " + con[2]);
        }
      }
      for (String t : TABLES) {
        timed(s, "VACUUM (ANALYZE) " + t);
      }
    }
    List<String> after =
        jdbc.query(
            "SELECT c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c"
                + " WHERE c.contype IN ('p','u','f') AND (c.conrelid IN ("
                + tables
                + ") OR c.confrelid IN ("
                + tables
                + ")) UNION ALL SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE"
                + " i.indrelid IN ("
                + tables
                + ") ORDER BY 1",
            (rs, n) -> rs.getString(1));
    System.out.printf(
        Locale.ROOT,
        "LOAD re-created %d constraints and %d indexes (%d definitions now) in %.0f s%n",
        constraints.size(),
        indexes.size(),
        after.size(),
        (System.nanoTime() - copied) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "LOADED in %.0f s (%.0f entities/s with their fields and versions, relationships"
            + " concurrently)%n",
        (System.nanoTime() - t0) / 1e9,
        entities / ((copied - t0) / 1e9));
    for (String t : TABLES) {
      System.out.printf(
          Locale.ROOT,
          "  %-30s %,6d MB with indexes (%,d MB table)%n",
          t,
          Objects.requireNonNull(
                  jdbc.queryForObject("SELECT pg_total_relation_size('" + t + "')", Long.class))
              >> 20,
          Objects.requireNonNull(
                  jdbc.queryForObject("SELECT pg_relation_size('" + t + "')", Long.class))
              >> 20);
    }
    System.out.printf(
        Locale.ROOT,
        "  database %s%n",
        jdbc.queryForObject(
            "SELECT pg_size_pretty(pg_database_size(current_database()))", String.class));
  }

  private static void timed(Statement s, String sql) throws SQLException {
    long t0 = System.nanoTime();
    s.execute(sql);
    System.out.printf(
        Locale.ROOT,
        "  %5.1f s  %s%n",
        (System.nanoTime() - t0) / 1e9,
        sql.length() > 110 ? sql.substring(0, 110) + "…" : sql);
  }

  /** One table's COPY stream in text format, in its own transaction that truncates first. */
  private static final class Copy implements AutoCloseable {

    private static final int FLUSH = 1 << 20;

    private final Connection connection;
    private final CopyIn in;
    private final StringBuilder buffer = new StringBuilder(FLUSH + 4096);

    Copy(String url, String table, String columns) throws SQLException {
      connection = DriverManager.getConnection(url, "postgres", "");
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        s.execute("SET synchronous_commit = off");
        s.execute("TRUNCATE " + table);
      }
      // FREEZE writes the rows frozen and all-visible, as a vacuum would leave them.
      in =
          copyApi(connection)
              .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FREEZE)");
    }

    /**
     * The driver's {@code PGConnection.getCopyAPI()}, looked up by name: naming {@code
     * PGConnection} in source makes javac read Checker Framework annotations that are not on the
     * class path.
     */
    private static CopyManager copyApi(Connection connection) throws SQLException {
      try {
        Class<?> pg = Class.forName("org.postgresql.PGConnection");
        return (CopyManager) pg.getMethod("getCopyAPI").invoke(connection.unwrap(pg));
      } catch (ReflectiveOperationException e) {
        throw new SQLException("not a PostgreSQL connection", e);
      }
    }

    Copy col(@Nullable String value) {
      append(value);
      buffer.append('\t');
      return this;
    }

    Copy col(long value) {
      buffer.append(value).append('\t');
      return this;
    }

    void last(@Nullable String value) throws SQLException {
      append(value);
      buffer.append('\n');
      if (buffer.length() >= FLUSH) {
        flush();
      }
    }

    private void append(@Nullable String value) {
      if (value == null) {
        buffer.append("\\N");
        return;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> buffer.append("\\\\");
          case '\t' -> buffer.append("\\t");
          case '\n' -> buffer.append("\\n");
          case '\r' -> buffer.append("\\r");
          default -> buffer.append(c);
        }
      }
    }

    private void flush() throws SQLException {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
      try {
        flush();
        in.endCopy();
        connection.commit();
      } finally {
        connection.close();
      }
    }
  }

  // ---- indexing ----

  private static long indexed(Path dir) {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (EntityIndex index = EntityIndex.open(dir)) {
      return index.count();
    }
  }

  /**
   * Builds the index as the node's rebuild does ({@code EntityIndexing.run}: batches of 5,000
   * through {@link EntityIndex#indexAll}, one commit at the end), each entity turned into its
   * document the way {@code EntityIndexing.document} does it, from the JSON stored.
   */
  private static void index(
      SyntheticIntelligence synthetic, long[][] labelIds, long entities, Path dir)
      throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    long t0 = System.nanoTime();
    long working = 0;
    long documentNanos = 0;
    long lastReport = t0;
    try (EntityIndex index = EntityIndex.open(dir)) {
      List<IndexedEntity> batch = new ArrayList<>(INDEX_BATCH);
      for (long i = 0; i < entities; i++) {
        SyntheticIntelligence.Generated g = synthetic.entity(i);
        long s = System.nanoTime();
        batch.add(document(g, labelIds));
        documentNanos += System.nanoTime() - s;
        if (batch.size() == INDEX_BATCH || i == entities - 1) {
          long b = System.nanoTime();
          index.indexAll(batch);
          working += System.nanoTime() - b;
          batch.clear();
        }
        if (System.nanoTime() - lastReport > 15_000_000_000L) {
          lastReport = System.nanoTime();
          System.out.printf(
              Locale.ROOT, "  t=%4.0fs indexed %,d%n", (lastReport - t0) / 1e9, i + 1);
        }
      }
      long c = System.nanoTime();
      index.commit();
      index.refresh();
      working += System.nanoTime() - c;
      long wall = System.nanoTime() - t0;
      long count = index.count();
      long size;
      try (Stream<Path> files = Files.list(dir)) {
        size = files.mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf(
          Locale.ROOT,
          "INDEXED %,d entities (count %,d, %,d MB on disk): %,.0f entities/s for documents +"
              + " indexAll + commit (%.0f s: documents %.0f s, indexAll and commit %.0f s);"
              + " %,.0f entities/s wall with the synthetic generation (%.0f s)%n",
          entities,
          count,
          size >> 20,
          entities / ((documentNanos + working) / 1e9),
          (documentNanos + working) / 1e9,
          documentNanos / 1e9,
          working / 1e9,
          entities / (wall / 1e9),
          wall / 1e9);
    }
  }

  /** {@code EntityIndexing.document}, mirrored: field values' strings, grouped by label. */
  static IndexedEntity document(SyntheticIntelligence.Generated g, long[][] labelIds) {
    long record = labelIds[g.agency()][g.plan()];
    long strict = labelIds[g.agency()][SyntheticIntelligence.STRICT_PLAN];
    Map<Long, Map<String, List<String>>> groups = new LinkedHashMap<>();
    for (SyntheticIntelligence.Field f : g.fields()) {
      List<String> values = strings(JSON.readTree(f.json()));
      if (!values.isEmpty()) {
        groups
            .computeIfAbsent(f.strict() ? strict : record, k -> new LinkedHashMap<>())
            .put(f.name(), values);
      }
    }
    List<FieldGroup> out = new ArrayList<>();
    groups.forEach((label, values) -> out.add(new FieldGroup(label, values)));
    return new IndexedEntity(g.id(), g.type().name(), record, out);
  }

  private static List<String> strings(JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isString()) {
      out.add(value.asString());
    } else if (value.isNumber()) {
      out.add(value.asString());
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        if (item.isString()) {
          out.add(item.asString());
        } else if (item.isObject() && item.get("number") != null) {
          out.add(item.get("number").asString());
        }
      }
    }
    return out;
  }

  // ---- searches ----

  /** A query and the entity it was made from. */
  record Query(String kind, String text, UUID target, long targetLabel) {}

  /** What one search returned, for the tallies. */
  record Outcome(long total, boolean truncated, boolean targetFound) {}

  @FunctionalInterface
  private interface Search {
    Outcome run(Query q, String user) throws Exception;
  }

  /** Share of entities each caller sees in full and as pointers. */
  private static void reach(JdbcTemplate jdbc, Map<String, VisibleLabels> visible) {
    Map<Long, Long> byLabel = new HashMap<>();
    jdbc.query(
        "SELECT label_id, count(*) FROM intelligence.entity GROUP BY label_id",
        rs -> {
          byLabel.put(rs.getLong(1), rs.getLong(2));
        });
    long all = byLabel.values().stream().mapToLong(Long::longValue).sum();
    visible.forEach((user, labels) -> {
      long seen = 0;
      long pointers = 0;
      for (Map.Entry<Long, Long> e : byLabel.entrySet()) {
        if (labels.sees(e.getKey())) {
          seen += e.getValue();
        } else if (labels.pointerTo(e.getKey())) {
          pointers += e.getValue();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "CALLER %-13s %2d visible labels, %2d pointer labels: sees %.1f %% of entities in full,"
              + " %.1f %% as pointers%n",
          user,
          labels.visible().length,
          labels.pointers().length,
          100.0 * seen / Math.max(1, all),
          100.0 * pointers / Math.max(1, all));
    });
  }

  /**
   * Queries made from a random sample of stored persons, phones and vehicles: full names as
   * written, folded to lower case without accents, surname and first given name, a misspelt
   * surname, four-letter prefixes, aliases, phone numbers as dialled nationally and in E.164 with
   * spaces, VINs and plates.
   */
  private static List<Query> queries(JdbcTemplate jdbc, long entities, int count, long seed) {
    double percent = Math.min(100.0, 100.0 * count * 4 / entities);
    Map<UUID, Map<String, String>> fields = new LinkedHashMap<>();
    Map<UUID, String> types = new HashMap<>();
    Map<UUID, Long> labels = new HashMap<>();
    jdbc.query(
        "SELECT e.id, e.type, e.label_id, f.name, f.field_value FROM intelligence.entity e"
            + " TABLESAMPLE BERNOULLI ("
            + percent
            + ") REPEATABLE (7) JOIN intelligence.entity_field f ON f.entity_id = e.id AND"
            + " f.version = e.version WHERE e.type IN ('PERSON', 'PHONE', 'VEHICLE')"
            + " ORDER BY e.id, f.name",
        rs -> {
          UUID id = rs.getObject(1, UUID.class);
          types.put(id, rs.getString(2));
          labels.put(id, rs.getLong(3));
          fields.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(4), rs.getString(5));
        });
    List<UUID> persons = new ArrayList<>();
    List<UUID> phones = new ArrayList<>();
    List<UUID> vehicles = new ArrayList<>();
    List<UUID> aliased = new ArrayList<>();
    List<UUID> plated = new ArrayList<>();
    List<UUID> vins = new ArrayList<>();
    fields.forEach((id, f) -> {
      switch (Objects.requireNonNull(types.get(id))) {
        case "PERSON" -> {
          persons.add(id);
          if (f.containsKey("aliases")) {
            aliased.add(id);
          }
        }
        case "PHONE" -> phones.add(id);
        default -> {
          vehicles.add(id);
          if (f.containsKey("plate")) {
            plated.add(id);
          }
          if (f.containsKey("vin")) {
            vins.add(id);
          }
        }
      }
    });
    SplittableRandom r = new SplittableRandom(seed + 7);
    String[] kinds = {
      "full name",
      "full name, no accents, lower case",
      "surname and given name",
      "misspelt surname",
      "name prefixes (4 letters)",
      "alias",
      "phone, national format",
      "phone, E.164 with spaces",
      "VIN",
      "plate"
    };
    int[] weights = {20, 15, 10, 15, 10, 5, 10, 5, 5, 5};
    List<Query> out = new ArrayList<>(count);
    while (out.size() < count) {
      int w = r.nextInt(100);
      int k = 0;
      while (w >= weights[k]) {
        w -= weights[k++];
      }
      String kind = kinds[k];
      List<UUID> pool =
          switch (k) {
            case 5 -> aliased;
            case 6, 7 -> phones;
            case 8 -> vins;
            case 9 -> plated;
            default -> persons;
          };
      if (pool.isEmpty()) {
        continue;
      }
      UUID id = pool.get(r.nextInt(pool.size()));
      Map<String, String> f = Objects.requireNonNull(fields.get(id));
      String given = value(f, "givenNames");
      String paternal = value(f, "paternalSurname");
      String maternal = value(f, "maternalSurname");
      String full = given + " " + paternal + (maternal.isEmpty() ? "" : " " + maternal);
      String text =
          switch (k) {
            case 0 -> full;
            case 1 -> fold(full);
            case 2 -> paternal + " " + given.split("[ -]", 2)[0];
            case 3 -> given.split("[ -]", 2)[0] + " " + misspell(paternal, r);
            case 4 -> prefix(given) + " " + prefix(paternal);
            case 5 -> JSON.readTree(Objects.requireNonNull(f.get("aliases"))).get(0).asString();
            case 6 -> national(value(f, "number"));
            case 7 -> spaced(value(f, "number"));
            case 8 -> value(f, "vin");
            default -> value(f, "plate");
          };
      out.add(new Query(kind, text, id, Objects.requireNonNull(labels.get(id))));
    }
    System.out.printf(
        Locale.ROOT,
        "QUERIES %d from a sample of %,d persons, %,d phones, %,d vehicles; e.g. %s%n",
        out.size(),
        persons.size(),
        phones.size(),
        vehicles.size(),
        out.subList(0, Math.min(12, out.size())).stream().map(Query::text).toList());
    return out;
  }

  private static String value(Map<String, String> fields, String name) {
    String json = fields.get(name);
    return json == null ? "" : JSON.readTree(json).asString();
  }

  static String fold(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static String prefix(String name) {
    String first = name.split("[ -]", 2)[0];
    return first.length() > 4 ? first.substring(0, 4) : first;
  }

  /** One typing or spelling slip that sound-alike matching should forgive. */
  static String misspell(String word, SplittableRandom r) {
    String[][] swaps = {{"z", "s"}, {"s", "z"}, {"v", "b"}, {"b", "v"}, {"ll", "y"}, {"y", "ll"}};
    List<String> options = new ArrayList<>();
    for (String[] s : swaps) {
      int at = word.indexOf(s[0], 1);
      if (at > 0) {
        options.add(word.substring(0, at) + s[1] + word.substring(at + s[0].length()));
      }
    }
    if (word.length() >= 5) {
      int at = 1 + r.nextInt(word.length() - 3);
      options.add(
          word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2));
      options.add(word.substring(0, at) + word.substring(at + 1));
    }
    if (options.isEmpty()) {
      return word + "e";
    }
    return options.get(r.nextInt(options.size()));
  }

  /** "+526671234567" as "667 123 4567", "+16135550142" as "(613) 555-0142". */
  private static String national(String e164) {
    if (e164.startsWith("+1")) {
      String n = e164.substring(2);
      return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
    String n = e164.substring(3);
    return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
  }

  private static String spaced(String e164) {
    int cc = e164.startsWith("+1") ? 2 : 3;
    String n = e164.substring(cc);
    return e164.substring(0, cc)
        + " "
        + n.substring(0, 3)
        + " "
        + n.substring(3, 6)
        + " "
        + n.substring(6);
  }

  /**
   * Runs the first {@code warmup} queries untimed, then times the rest, callers in turn, and prints
   * percentiles overall, per caller and per kind of query, with how often the entity a query was
   * made from came back among the hits when the caller may see it.
   */
  private static void times(
      List<Query> queries, int warmup, Search search, Map<String, VisibleLabels> visible)
      throws Exception {
    List<String> users = new ArrayList<>(visible.keySet());
    for (int i = 0; i < warmup && i < queries.size(); i++) {
      search.run(queries.get(i), users.get(i % users.size()));
    }
    Map<String, List<Long>> byKind = new LinkedHashMap<>();
    Map<String, List<Long>> byUser = new LinkedHashMap<>();
    Map<String, long[]> tallies = new LinkedHashMap<>();
    List<Long> all = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = warmup; i < queries.size(); i++) {
      Query q = queries.get(i);
      String user = users.get(i % users.size());
      long s = System.nanoTime();
      Outcome o = search.run(q, user);
      long nanos = System.nanoTime() - s;
      all.add(nanos);
      byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(nanos);
      byUser.computeIfAbsent(user, k -> new ArrayList<>()).add(nanos);
      // count, hits total, truncated, target visible, target found
      long[] t = tallies.computeIfAbsent(q.kind(), k -> new long[5]);
      t[0]++;
      t[1] += o.total();
      t[2] += o.truncated() ? 1 : 0;
      if (Objects.requireNonNull(visible.get(user)).sees(q.targetLabel())) {
        t[3]++;
        t[4] += o.targetFound() ? 1 : 0;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "ALL %d searches in %.1f s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        all.size(),
        seconds,
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        percentile(all, 1.0));
    byUser.forEach((user, list) ->
        System.out.printf(
            Locale.ROOT,
            "  as %-13s p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
            user,
            percentile(list, 0.50),
            percentile(list, 0.95),
            percentile(list, 0.99)));
    System.out.println(
        "| query | n | p50 ms | p95 ms | p99 ms | mean matches | capped | own entity in top "
            + SEARCH_LIMIT
            + " (when visible) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    byKind.forEach((kind, list) -> {
      long[] t = Objects.requireNonNull(tallies.get(kind));
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | %.1f | %,.0f | %.0f %% | %.0f %% of %d |%n",
          kind,
          t[0],
          percentile(list, 0.50),
          percentile(list, 0.95),
          percentile(list, 0.99),
          (double) t[1] / t[0],
          100.0 * t[2] / t[0],
          100.0 * t[4] / Math.max(1, t[3]),
          t[3]);
    });
  }

  /**
   * Untimed: for the first 500 timed queries whose entity the caller may see, whether that entity
   * is among all the matches (no limit) and at what rank, to tell a capped search that missed it
   * from one that found it among equally scored namesakes.
   */
  private static void matchedAtAll(
      EntityIndex index, List<Query> queries, Map<String, VisibleLabels> visible) {
    List<String> users = new ArrayList<>(visible.keySet());
    Map<String, long[]> byKind = new LinkedHashMap<>();
    int checked = 0;
    for (int i = 300; i < queries.size() && checked < 500; i++) {
      Query q = queries.get(i);
      VisibleLabels labels = Objects.requireNonNull(visible.get(users.get(i % users.size())));
      if (!labels.sees(q.targetLabel())) {
        continue;
      }
      checked++;
      SearchResult all =
          index.search(
              q.text(),
              null,
              new LabelFilter(labels.visible(), labels.pointers()),
              Integer.MAX_VALUE);
      int rank = -1;
      float score = 0;
      for (int h = 0; h < all.hits().size(); h++) {
        if (all.hits().get(h).id().equals(q.target())) {
          rank = h;
          score = all.hits().get(h).score();
          break;
        }
      }
      // n, matched at all, in top 25, tied with the 25th (same score, ranked below it by id)
      long[] t = byKind.computeIfAbsent(q.kind(), k -> new long[4]);
      t[0]++;
      if (rank >= 0) {
        t[1]++;
        if (rank < SEARCH_LIMIT) {
          t[2]++;
        } else if (score >= all.hits().get(SEARCH_LIMIT - 1).score()) {
          t[3]++;
        }
      }
    }
    System.out.println(
        "| query (entity visible to the caller) | n | matched at all | in top "
            + SEARCH_LIMIT
            + " | outside it only by an id tie-break |");
    System.out.println("|---|---:|---:|---:|---:|");
    byKind.forEach((kind, t) ->
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %.0f %% | %.0f %% | %.0f %% |%n",
            kind,
            t[0],
            100.0 * t[1] / t[0],
            100.0 * t[2] / t[0],
            100.0 * t[3] / t[0]));
  }

  private static double percentile(List<Long> nanos, double p) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    int at = Math.max(0, (int) Math.ceil(sorted.length * p) - 1);
    return sorted[at] / 1e6;
  }

  private static Caller withRequest(Caller caller) {
    return new Caller(caller.account(), UUID.randomUUID().toString(), caller.purpose());
  }

  // ---- graph ----

  private static void neighbourhoods(
      JdbcTemplate jdbc,
      Graph graph,
      Map<String, Caller> callers,
      Map<String, VisibleLabels> visible,
      long entities,
      int count,
      long seed) {
    double percent = Math.min(100.0, 100.0 * 20_000 / entities);
    List<UUID> ids = new ArrayList<>();
    List<Long> labels = new ArrayList<>();
    jdbc.query(
        "SELECT id, label_id FROM intelligence.entity TABLESAMPLE BERNOULLI ("
            + percent
            + ") REPEATABLE (11)",
        rs -> {
          ids.add(rs.getObject(1, UUID.class));
          labels.add(rs.getLong(2));
        });
    SplittableRandom r = new SplittableRandom(seed + 11);
    List<String> users = new ArrayList<>(callers.keySet());
    int warmup = Math.min(50, count / 10);
    List<Long> all = new ArrayList<>();
    Map<String, List<Long>> byUser = new LinkedHashMap<>();
    long nodes = 0;
    long edges = 0;
    int truncated = 0;
    List<Integer> sizes = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < warmup + count; i++) {
      String user = users.get(i % users.size());
      VisibleLabels sees = Objects.requireNonNull(visible.get(user));
      int k = r.nextInt(ids.size());
      while (!sees.sees(labels.get(k))) {
        k = r.nextInt(ids.size());
      }
      UUID start = ids.get(k);
      long s = System.nanoTime();
      Graph.View view =
          graph.neighbourhood(withRequest(Objects.requireNonNull(callers.get(user))), start, 2);
      long nanos = System.nanoTime() - s;
      if (i < warmup) {
        continue;
      }
      all.add(nanos);
      byUser.computeIfAbsent(user, x -> new ArrayList<>()).add(nanos);
      nodes += view.nodes().size();
      edges += view.edges().size();
      sizes.add(view.nodes().size());
      truncated += view.truncated() ? 1 : 0;
    }
    sizes.sort(Integer::compare);
    System.out.printf(
        Locale.ROOT,
        "%nGRAPH %d depth-2 neighbourhoods (after %d warm-up) in %.0f s: p50 %.1f ms, p95 %.1f ms,"
            + " p99 %.1f ms, max %.1f ms; nodes mean %.0f (median %d), edges mean %.0f, truncated at"
            + " %d nodes %.0f %%%n",
        count,
        warmup,
        (System.nanoTime() - t0) / 1e9,
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        percentile(all, 1.0),
        (double) nodes / count,
        sizes.get(sizes.size() / 2),
        (double) edges / count,
        Graph.MAX_NODES,
        100.0 * truncated / count);
    byUser.forEach((user, list) ->
        System.out.printf(
            Locale.ROOT,
            "  as %-13s p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
            user,
            percentile(list, 0.50),
            percentile(list, 0.95),
            percentile(list, 0.99)));
  }

  // ---- options ----

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static long option(String[] args, String name, long fallback) {
    String v = find(args, name);
    return v == null ? fallback : Long.parseLong(v);
  }

  private static String text(String[] args, String name, String fallback) {
    String v = find(args, name);
    return v == null ? fallback : v;
  }

  private static @Nullable String find(String[] args, String name) {
    for (String a : args) {
      if (a.startsWith(name + "=")) {
        return a.substring(name.length() + 1);
      }
    }
    return null;
  }
}
