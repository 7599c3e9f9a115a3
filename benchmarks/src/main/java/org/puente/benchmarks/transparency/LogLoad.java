package org.puente.benchmarks.transparency;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.puente.PuenteNode;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.puente.transparency.TransparencyLog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives the transparency log of a real node on PostgreSQL: writer threads append disclosure events
 * in transactions (as list reads do, many per transaction) while the sequencer integrates them and
 * checkpoints are signed; then it measures inclusion and consistency proof latency at the size
 * reached, and storage per entry.
 *
 * <pre>
 * java -cp @benchmarks/target/classpath.txt:benchmarks/target/classes \
 *   org.puente.benchmarks.transparency.LogLoad jdbc:postgresql://127.0.0.1:5432/puente_bench \
 *   entries=10000000 writers=4 perTransaction=50
 * </pre>
 *
 * The database must exist and be empty; the driver migrates it and runs as its owner.
 */
public final class LogLoad {

  private LogLoad() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    long target = option(args, "entries", 1_000_000);
    int writers = (int) option(args, "writers", 4);
    int perTransaction = (int) option(args, "perTransaction", 50);
    int proofs = (int) option(args, "proofs", 2000);
    Path key = Files.createTempDirectory("puente-bench").resolve("log.key");
    ConfigurableApplicationContext node =
        new SpringApplicationBuilder(PuenteNode.class)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=" + (writers + 4),
                "--server.port=0",
                "--puente.demo=false",
                "--puente.node.key-file=" + key,
                "--puente.node.generate-key=true",
                "--puente.transparency.batch=10000",
                "--puente.transparency.sequence-every=20",
                "--logging.level.root=WARN");
    Transparency transparency = node.getBean(Transparency.class);
    TransparencyLog log = node.getBean(TransparencyLog.class);
    TransactionTemplate tx =
        new TransactionTemplate(node.getBean(PlatformTransactionManager.class));

    long start0 = log.size();
    AtomicLong appended = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> futures = new ArrayList<>();
    long began = System.nanoTime();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      futures.add(
          pool.submit(() -> {
            SplittableRandom random = new SplittableRandom(writer);
            while (!stop.get() && appended.get() < target - start0) {
              List<Event> events = new ArrayList<>(perTransaction);
              String request = UUID.randomUUID().toString();
              for (int i = 0; i < perTransaction; i++) {
                events.add(
                    Event.of(
                            new Actor("user" + random.nextInt(500), "FGR", "MEX"),
                            "SEARCH_HIT",
                            List.of(
                                new ObjectRef("bulletin", UUID.randomUUID().toString(), "CBP-NTC")))
                        .withLabel(
                            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                        .inRequest(request, "synthetic load"));
              }
              tx.executeWithoutResult(s -> transparency.appendAll(events));
              appended.addAndGet(perTransaction);
            }
          }));
    }
    long lastReport = System.nanoTime();
    long lastSize = start0;
    while (log.size() < target) {
      Thread.sleep(1000);
      long now = System.nanoTime();
      long size = log.size();
      System.out.printf(
          Locale.ROOT,
          "t=%5.0fs appended=%,d sequenced=%,d (%,.0f/s) checkpoint=%,d pending=%,d%n",
          (now - began) / 1e9,
          appended.get(),
          size,
          (size - lastSize) / ((now - lastReport) / 1e9),
          log.checkpointedSize(),
          log.pending());
      lastReport = now;
      lastSize = size;
    }
    stop.set(true);
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    for (Future<?> f : futures) {
      f.get();
    }
    long seconds = Math.max(1, (System.nanoTime() - began) / 1_000_000_000L);
    while (log.checkpointedSize() < log.size()) {
      Thread.sleep(200);
    }
    long size = log.size();
    System.out.printf(
        Locale.ROOT,
        "SUSTAINED %,d entries appended and sequenced in %d s: %,.0f entries/s (writers=%d,"
            + " perTransaction=%d)%n",
        size - start0,
        seconds,
        (size - start0) / (double) seconds,
        writers,
        perTransaction);

    SplittableRandom random = new SplittableRandom(42);
    long[] inclusion = new long[proofs];
    long[] consistency = new long[proofs];
    for (int i = 0; i < proofs; i++) {
      long index = random.nextLong(size);
      long t0 = System.nanoTime();
      log.inclusion(index, size);
      inclusion[i] = System.nanoTime() - t0;
      long from = 1 + random.nextLong(size - 1);
      long t1 = System.nanoTime();
      log.consistency(from, size);
      consistency[i] = System.nanoTime() - t1;
    }
    System.out.printf(
        Locale.ROOT,
        "PROOFS at %,d entries: inclusion median %.3f ms p99 %.3f ms; consistency median %.3f ms"
            + " p99 %.3f ms (%d each)%n",
        size,
        percentile(inclusion, 50),
        percentile(inclusion, 99),
        percentile(consistency, 50),
        percentile(consistency, 99),
        proofs);

    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT pg_total_relation_size('transparency.leaf'),"
                    + " pg_total_relation_size('transparency.leaf_subject'),"
                    + " pg_total_relation_size('transparency.subtree'),"
                    + " pg_total_relation_size('transparency.checkpoint')")) {
      rs.next();
      long leaf = rs.getLong(1);
      long subject = rs.getLong(2);
      long subtree = rs.getLong(3);
      long checkpoint = rs.getLong(4);
      long total = leaf + subject + subtree + checkpoint;
      System.out.printf(
          Locale.ROOT,
          "STORAGE %,d bytes for %,d entries: %.0f bytes/entry (leaf %.0f, subjects %.0f,"
              + " subtrees %.0f, checkpoints %.1f; tables with indexes)%n",
          total,
          size,
          total / (double) size,
          leaf / (double) size,
          subject / (double) size,
          subtree / (double) size,
          checkpoint / (double) size);
    }
    node.close();
    System.exit(0);
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
