package org.puente.benchmarks.trends;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.puente.PuenteNode;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.Label;
import org.puente.governance.Labels;
import org.puente.governance.StoredLabel;
import org.puente.governance.Violation;
import org.puente.trends.Alerts;
import org.puente.trends.TrendQuery;
import org.puente.trends.Trends;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the trend rollups of {@code reports} synthetic reports (seeded; spread over 12 labels of
 * six agencies, the 103 subdivisions, 40 ports and five years of weeks) into a real node on
 * PostgreSQL, then times the dashboard's aggregate queries as three readers of three countries,
 * each through the enforcement point (label filter, statistics releases, threshold) as the API runs
 * them.
 *
 * <pre>
 * psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE puente_bench_trends'
 * java -cp "$CP" org.puente.benchmarks.trends.TrendsLoad \
 *   jdbc:postgresql://127.0.0.1:5432/puente_bench_trends reports=10000000 runs=40
 * </pre>
 */
public final class TrendsLoad {

  private TrendsLoad() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    long reports = option(args, "reports", 10_000_000);
    int runs = (int) option(args, "runs", 40);
    Path key = Files.createTempDirectory("puente-bench").resolve("log.key");
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
                "--logging.level.root=WARN");
    JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
    Labels labels = node.getBean(Labels.class);
    Accounts accounts = node.getBean(Accounts.class);
    Trends trends = node.getBean(Trends.class);
    Alerts alerts = node.getBean(Alerts.class);

    LocalDate last =
        LocalDate.now(java.time.ZoneOffset.UTC)
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    LocalDate first = last.minusWeeks(259);
    // reuse=1 times the queries over rollups an earlier run loaded into the same database.
    Long loadedCells = jdbc.queryForObject("SELECT count(*) FROM trends.cell", Long.class);
    boolean reuse = option(args, "reuse", 0) == 1 && loadedCells != null && loadedCells > 0;
    if (reuse) {
      System.out.println("REUSED the rollups already loaded");
    } else {
      load(jdbc, labels, reports, first);
    }

    LocalDate yearAgo = last.minusWeeks(51);
    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    List<Caller> readers = new ArrayList<>();
    for (String user : List.of("dea.chemist", "fgr.chemist", "hc.chemist")) {
      readers.add(new Caller(accounts.byUsername(user).orElseThrow(), "bench", "benchmark"));
    }
    int[] turn = {0};
    Supplier<Caller> reader = () -> readers.get(turn[0]++ % readers.size());
    TrendQuery share =
        query(trends, "measure=share&substance=fentanyl&from=" + yearAgo + "&to=" + last);
    TrendQuery xylazine =
        query(
            trends,
            "measure=share&substance=fentanyl&with=xylazine&interval=month&from="
                + first
                + "&to="
                + last);
    TrendQuery purity =
        query(trends, "measure=purity&substance=fentanyl&from=" + yearAgo + "&to=" + last);
    TrendQuery region =
        query(
            trends, "measure=count&substance=fentanyl&region=MX-SON&from=" + first + "&to=" + last);
    TrendQuery liquid =
        query(trends, "measure=count&form=LIQUID_PHARMACEUTICAL&from=" + yearAgo + "&to=" + last);
    queries.put("series: share of fentanyl, 52 weeks", () -> trends.series(reader.get(), share));
    queries.put("map: share of fentanyl, 52 weeks", () -> trends.map(reader.get(), share));
    queries.put(
        "series: fentanyl with xylazine, 60 months", () -> trends.series(reader.get(), xylazine));
    queries.put(
        "series: fentanyl purity quartiles, 52 weeks", () -> trends.series(reader.get(), purity));
    queries.put("series: fentanyl in MX-SON, 260 weeks", () -> trends.series(reader.get(), region));
    queries.put("map: liquid pharmaceutical, 52 weeks", () -> trends.map(reader.get(), liquid));
    queries.put(
        "alerts: increases, 12 weeks + baseline",
        () -> alerts.increases(reader.get(), last.minusWeeks(11)));
    List<Long> all = new ArrayList<>();
    System.out.println("| Query | p50 ms | p95 ms | max ms |");
    System.out.println("|---|---:|---:|---:|");
    for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
      Object sink = null;
      for (int i = 0; i < 5; i++) {
        sink = q.getValue().get();
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long s = System.nanoTime();
        sink = q.getValue().get();
        nanos[i] = System.nanoTime() - s;
        all.add(nanos[i]);
      }
      Arrays.sort(nanos);
      if (sink == null) {
        throw new IllegalStateException("no result");
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f | %.0f |%n",
          q.getKey(),
          nanos[runs / 2] / 1e6,
          nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
          nanos[runs - 1] / 1e6);
    }
    long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "ALL %d queries: p50 %.0f ms, p95 %.0f ms%n",
        every.length,
        every[every.length / 2] / 1e6,
        every[(int) Math.ceil(every.length * 0.95) - 1] / 1e6);
    node.close();
  }

  private static void load(JdbcTemplate jdbc, Labels labels, long reports, LocalDate first)
      throws Exception {
    // Twelve labels: national, bilateral and trilateral, with and without statistics releases.
    String[][] plans = {
      {"DEA-LAB", "USA", "USA,MEX,CAN"}, {"DEA-LAB", "USA,MEX", "USA,MEX,CAN"},
      {"DEA-LAB", "USA", ""}, {"CBP-NTC", "USA,CAN", "USA,CAN"},
      {"FGR-SP", "MEX", "USA,MEX,CAN"}, {"FGR-SP", "MEX,USA", "MEX,USA"},
      {"FGR-SP", "MEX", ""}, {"FGR", "MEX,USA,CAN", "USA,MEX,CAN"},
      {"HC-DAS", "CAN", "USA,MEX,CAN"}, {"HC-DAS", "CAN,USA", "CAN"},
      {"HC-DAS", "CAN", ""}, {"CBSA", "CAN,USA,MEX", "USA,MEX,CAN"}
    };
    JsonMapper json = JsonMapper.builder().build();
    jdbc.execute("DROP TABLE IF EXISTS bench_label");
    jdbc.execute("CREATE UNLOGGED TABLE bench_label (li INT, label_id BIGINT, owner VARCHAR(32))");
    for (int i = 0; i < plans.length; i++) {
      String stats =
          plans[i][2].isEmpty() ? "[]" : "[\"" + plans[i][2].replace(",", "\",\"") + "\"]";
      String text =
          "{\"releasableTo\":[\""
              + plans[i][1].replace(",", "\",\"")
              + "\"],\"tlp\":\"AMBER\",\"outsiders\":\"NOTHING\",\"statistics\":"
              + stats
              + "}";
      List<Violation> violations = new ArrayList<>();
      Label label = labels.read(json.readTree(text), "/label", plans[i][0], violations);
      if (label == null) {
        throw new IllegalStateException(violations.toString());
      }
      StoredLabel stored = labels.register(label, plans[i][0]);
      jdbc.update("INSERT INTO bench_label VALUES (?, ?, ?)", i, stored.id(), plans[i][0]);
    }
    List<String[]> subdivisions = new ArrayList<>();
    try (var in = PuenteNode.class.getResourceAsStream("/forensics/report/subdivisions.csv")) {
      List<String> lines =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
      for (int i = 1; i < lines.size(); i++) {
        String[] cols = lines.get(i).split(",", 3);
        if (cols.length >= 2) {
          subdivisions.add(new String[] {cols[0], cols[1]});
        }
      }
    }
    jdbc.execute("DROP TABLE IF EXISTS bench_sub");
    jdbc.execute("CREATE UNLOGGED TABLE bench_sub (si INT, code VARCHAR(10), country VARCHAR(3))");
    for (int i = 0; i < subdivisions.size(); i++) {
      jdbc.update(
          "INSERT INTO bench_sub VALUES (?, ?, ?)",
          i,
          subdivisions.get(i)[0],
          subdivisions.get(i)[1]);
    }
    jdbc.execute("DROP TABLE IF EXISTS bench_week");
    jdbc.execute("CREATE UNLOGGED TABLE bench_week (wk INT, week DATE, month DATE)");
    for (int w = 0; w < 260; w++) {
      LocalDate week = first.plusWeeks(w);
      jdbc.update(
          "INSERT INTO bench_week VALUES (?, ?, ?)",
          w,
          java.sql.Date.valueOf(week),
          java.sql.Date.valueOf(week.plusDays(3).withDayOfMonth(1)));
    }
    long t0 = System.nanoTime();
    jdbc.execute("SET work_mem = '512MB'");
    jdbc.execute("SELECT setseed(0.20261207)");
    jdbc.execute("DROP TABLE IF EXISTS bench_r");
    jdbc.execute(
        "CREATE UNLOGGED TABLE bench_r AS SELECT floor(random() * 12)::int AS li,"
            + " floor(random() * "
            + subdivisions.size()
            + ")::int AS si, floor(random() * 260)::int AS wk, random() AS a, random() AS b,"
            + " random() AS c, random() AS d, random() AS e FROM generate_series(1, "
            + reports
            + ")");
    jdbc.execute(
        """
        INSERT INTO trends.cell (label_id, owner_agency, country, subdivision, port_code, week,
          month_start, dim, dim_value, bin, n)
        SELECT l.label_id, l.owner, s.country, s.code,
               CASE WHEN r.e < 0.15 THEN '2' || lpad((r.si % 40)::text, 3, '0') ELSE '' END,
               w.week, w.month, k.dim, k.value, k.bin, count(*)
        FROM bench_r r JOIN bench_label l USING (li) JOIN bench_sub s USING (si)
             JOIN bench_week w USING (wk)
        CROSS JOIN LATERAL (VALUES
          ('ALL', '*', -1, true),
          ('SUBSTANCE', 'fentanyl', -1, r.a < 0.55),
          ('CLASS', 'SEPARATELY_SCHEDULED_FENTANYL', -1, r.a < 0.55),
          ('SUBSTANCE', 'xylazine', -1, r.a < 0.55 AND r.b < 0.3),
          ('CLASS', 'ALPHA2_AGONIST', -1, r.a < 0.55 AND r.b < 0.3),
          ('PAIR', 'fentanyl|xylazine', -1, r.a < 0.55 AND r.b < 0.3),
          ('SUBSTANCE', 'methamphetamine', -1, r.a >= 0.55 AND r.a < 0.8),
          ('SUBSTANCE', 'cocaine', -1, r.a >= 0.8 AND r.a < 0.95),
          ('SUBSTANCE', 'heroin', -1, r.a >= 0.95),
          ('FORM', CASE WHEN r.c < 0.5 THEN 'POWDER' WHEN r.c < 0.9 THEN 'TABLET'
                        ELSE 'LIQUID' END, -1, true),
          ('FORM', 'COUNTERFEIT_TABLET', -1, r.c >= 0.5 AND r.c < 0.85),
          ('FORM', 'LIQUID_PHARMACEUTICAL', -1, r.c >= 0.97),
          ('ROUTE', CASE WHEN r.d < 0.4 THEN 'GUPTA' WHEN r.d < 0.6 THEN 'SIEGFRIED'
                         ELSE 'UNASSIGNED' END, -1, true),
          ('PURITY', 'fentanyl', floor(r.d * 40)::int, r.a < 0.55),
          ('MGTAB', 'fentanyl', floor(r.b * 400)::int, r.a < 0.55 AND r.c >= 0.5 AND r.c < 0.9)
        ) AS k(dim, value, bin, present)
        WHERE k.present
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        """);
    // A bulk load leaves the visibility map empty; autovacuum fills it on a live node.
    jdbc.execute("VACUUM ANALYZE trends.cell");
    long loaded = System.nanoTime() - t0;
    Long cells = jdbc.queryForObject("SELECT count(*) FROM trends.cell", Long.class);
    long storage =
        java.util.Objects.requireNonNull(
            jdbc.queryForObject("SELECT pg_total_relation_size('trends.cell')", Long.class));
    System.out.printf(
        Locale.ROOT,
        "LOADED %,d reports as %,d rollup rows (%,d MB with indexes) in %.0f s%n",
        reports,
        cells,
        storage / 1_000_000,
        loaded / 1e9);
    jdbc.execute("DROP TABLE bench_r");
  }

  private static TrendQuery query(Trends trends, String text) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : text.split("&", -1)) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], kv[1]);
    }
    return trends.read(params);
  }

  private static long option(String[] args, String name, long fallback) {
    for (String a : args) {
      if (a.startsWith(name + "=")) {
        return Long.parseLong(a.substring(name.length() + 1));
      }
    }
    return fallback;
  }
}
