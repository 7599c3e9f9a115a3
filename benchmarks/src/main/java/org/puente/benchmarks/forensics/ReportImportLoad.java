package org.puente.benchmarks.forensics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.PuenteNode;
import org.puente.forensics.Reports;
import org.puente.forensics.demo.DemoReports;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.transparency.TransparencyLog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports synthetic DSAP reports into a real node on PostgreSQL through {@link
 * Reports#importBatch}, the same path as {@code POST /api/v1/forensics/reports:batch} minus HTTP:
 * NDJSON parsing, schema and unit checks, registry resolution, SWGDRUG identification, route
 * attribution, label storage, the insert of reports, keys and profiles, and one CREATE entry per
 * report in the transparency log, all in one transaction per batch.
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) \
 *   org.puente.benchmarks.forensics.ReportImportLoad jdbc:postgresql://127.0.0.1:5432/puente_bench \
 *   reports=100000 batch=1000 writers=2
 * </pre>
 *
 * The database must exist and be empty; the driver migrates it, loads the demo agencies and
 * accounts (and two demo reports) and runs as its owner. Bodies are generated before the clock
 * starts, and {@code warmup=} reports (30,000 unless told) are imported first, unmeasured, so that
 * the figure is a warm node's rather than the JIT compiler's.
 */
public final class ReportImportLoad {

  private static final Pattern ANALYST = Pattern.compile("\"analyst\":\"([^\"]+)\"");

  private ReportImportLoad() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int total = (int) option(args, "reports", 100_000);
    int batch = (int) option(args, "batch", 1000);
    int writers = (int) option(args, "writers", 2);
    int warm = (int) option(args, "warmup", 30_000);
    Path key = Files.createTempDirectory("puente-bench").resolve("log.key");
    ConfigurableApplicationContext node =
        new SpringApplicationBuilder(PuenteNode.class)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=" + (writers + 4),
                "--server.port=0",
                "--puente.demo=true",
                "--puente.demo.reports=2",
                "--puente.node.key-file=" + key,
                "--puente.node.generate-key=true",
                "--logging.level.root=WARN");
    Reports reports = node.getBean(Reports.class);
    Accounts accounts = node.getBean(Accounts.class);
    TransparencyLog log = node.getBean(TransparencyLog.class);

    // One NDJSON body per analyst per batch; sample ids made unique across batches.
    List<Body> bodies = bodies("BENCH", 1000L, total, batch);
    List<Body> warmup = bodies("WARM", 1L, warm, batch);
    long bytes = bodies.stream().mapToLong(b -> b.ndjson().length).sum();
    System.out.printf(
        Locale.ROOT,
        "GENERATED %,d reports in %,d bodies (%,.0f bytes NDJSON per report)%n",
        total,
        bodies.size(),
        bytes / (double) total);

    // The node is run warm, as a node in service is: the first reports pay for JIT compilation.
    for (Body body : warmup) {
      reports.importBatch(
          new Caller(accounts.byUsername(body.analyst()).orElseThrow(), "warmup", "benchmark"),
          body.ndjson(),
          Reports.BatchFormat.NDJSON);
    }
    System.out.printf(Locale.ROOT, "WARMED UP with %,d reports (not measured)%n", warm);

    long logBefore = log.size() + log.pending();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger stored = new AtomicInteger();
    long[] latency = new long[bodies.size()];
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> futures = new ArrayList<>();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    AtomicLong writerCpu = new AtomicLong();
    Map<String, Long> tasksBefore = taskTicks();
    long cpuBefore = os.getProcessCpuTime();
    long gcBefore = gcMillis();
    long began = System.nanoTime();
    for (int w = 0; w < writers; w++) {
      futures.add(
          pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
              Body body = bodies.get(i);
              Caller chemist =
                  new Caller(
                      accounts.byUsername(body.analyst()).orElseThrow(), "bench", "benchmark");
              long t0 = System.nanoTime();
              stored.addAndGet(
                  reports
                      .importBatch(chemist, body.ndjson(), Reports.BatchFormat.NDJSON)
                      .reports());
              latency[i] = System.nanoTime() - t0;
            }
            writerCpu.addAndGet(threads.getCurrentThreadCpuTime());
            return null;
          }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    long cpu = os.getProcessCpuTime() - cpuBefore;
    long gc = gcMillis() - gcBefore;
    Map<String, Long> tasksAfter = taskTicks();
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "IMPORTED %,d reports in %.1f s: %,.0f reports/s (batch=%d, writers=%d); per body median"
            + " %.0f ms p99 %.0f ms%n",
        stored.get(),
        seconds,
        stored.get() / seconds,
        batch,
        writers,
        percentile(latency, 50),
        percentile(latency, 99));
    System.out.printf(
        Locale.ROOT,
        "CPU node process %.0f µs/report during the import (import threads %.0f µs/report; the"
            + " rest is the log sequencer, checkpoints, GC and JIT); GC pauses %.1f s; %d CPUs%n",
        cpu / 1e3 / stored.get(),
        writerCpu.get() / 1e3 / stored.get(),
        gc / 1e3,
        Runtime.getRuntime().availableProcessors());
    printBusiestThreads(tasksBefore, tasksAfter, stored.get());
    System.out.printf(
        Locale.ROOT,
        "LOGGED %,d transparency entries written by the import%n",
        log.size() + log.pending() - logBefore);

    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM forensics.report),"
                    + " pg_total_relation_size('forensics.report'),"
                    + " pg_total_relation_size('forensics.report_key'),"
                    + " pg_total_relation_size('forensics.profile')")) {
      rs.next();
      long rows = rs.getLong(1);
      long report = rs.getLong(2);
      long keys = rs.getLong(3);
      long profile = rs.getLong(4);
      System.out.printf(
          Locale.ROOT,
          "STORAGE %,d reports (warm-up included): %.0f bytes/report (report %.0f, keys %.0f, profiles %.0f; tables"
              + " with indexes and TOAST)%n",
          rows,
          (report + keys + profile) / (double) rows,
          report / (double) rows,
          keys / (double) rows,
          profile / (double) rows);
    }
    node.close();
    System.exit(0);
  }

  /** Synthetic reports in one NDJSON body per analyst and batch, sample ids made unique. */
  private static List<Body> bodies(String prefix, long firstSeed, int total, int batch) {
    List<Body> bodies = new ArrayList<>();
    for (int b = 0; b * batch < total; b++) {
      int n = Math.min(batch, total - b * batch);
      Map<String, StringBuilder> byAnalyst = new LinkedHashMap<>();
      for (String line : DemoReports.generate(firstSeed + b, n)) {
        Matcher m = ANALYST.matcher(line);
        if (!m.find()) {
          throw new IllegalStateException("generated report without analyst");
        }
        String unique = line.replace("\"sampleId\":\"SYN-", "\"sampleId\":\"" + prefix + b + "-");
        byAnalyst.computeIfAbsent(m.group(1), a -> new StringBuilder()).append(unique).append('\n');
      }
      for (Map.Entry<String, StringBuilder> e : byAnalyst.entrySet()) {
        bodies.add(new Body(e.getKey(), e.getValue().toString().getBytes(StandardCharsets.UTF_8)));
      }
    }
    return bodies;
  }

  /** One NDJSON body for one analyst; the array is built once and never changed. */
  @SuppressWarnings("ArrayRecordComponent")
  private record Body(String analyst, byte[] ndjson) {}

  /**
   * CPU clock ticks per operating-system thread of this process, by thread name with its id (from
   * {@code /proc/self/task}, so JIT and GC threads count too); empty where there is no procfs.
   */
  private static Map<String, Long> taskTicks() {
    Map<String, Long> ticks = new LinkedHashMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          String[] rest = stat.substring(close + 2).split(" ", -1);
          long cpu = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
          ticks.put(stat.substring(open + 1, close) + "#" + task.getFileName(), cpu);
        } catch (java.io.IOException | RuntimeException gone) {
          // The thread ended while it was being read.
        }
      }
    } catch (java.io.IOException noProcfs) {
      return Map.of();
    }
    return ticks;
  }

  /** Prints the CPU time per report of the threads that used the most, grouped by name. */
  private static void printBusiestThreads(
      Map<String, Long> before, Map<String, Long> after, int reports) {
    Map<String, Long> byName = new java.util.TreeMap<>();
    after.forEach((task, ticks) ->
        byName.merge(
            task.substring(0, task.lastIndexOf('#')).replaceAll("[0-9]+$", "N"),
            ticks - before.getOrDefault(task, 0L),
            Long::sum));
    StringBuilder line = new StringBuilder("THREADS µs/report:");
    byName.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(8)
        .forEach(e ->
            line.append(
                String.format(Locale.ROOT, " %s=%.0f", e.getKey(), e.getValue() * 1e4 / reports)));
    System.out.println(line);
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static long option(String[] args, String name, long fallback) {
    for (String arg : args) {
      if (arg.startsWith(name + "=")) {
        return Long.parseLong(arg.substring(name.length() + 1).replace("_", ""));
      }
    }
    return fallback;
  }
}
