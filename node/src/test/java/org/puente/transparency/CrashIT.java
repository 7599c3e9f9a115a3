package org.puente.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.puente.PostgresDatabase;
import org.puente.protocol.log.LogExport;
import org.puente.protocol.note.NoteVerifier;
import org.puente.protocol.note.Vkey;

/**
 * Kills a node with SIGKILL in the middle of a burst of writes and reads, restarts it, and checks
 * that the log verifies, that every disclosure a client saw committed has its entry, and that no
 * entry exists for an action that did not happen.
 */
class CrashIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String database = PostgresDatabase.another();
  private final int port = freePort();
  private final Path keyFile;

  CrashIT() throws IOException {
    keyFile = Files.createTempDirectory("puente-crash").resolve("log.key");
  }

  @Test
  void aKilledNodeLosesNoEntryAndInventsNone() throws Exception {
    Process node = start();
    String token;
    try {
      token = token();
      ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> readRequests = new ConcurrentLinkedQueue<>();
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService burst = Executors.newFixedThreadPool(6);
      List<java.util.concurrent.Future<?>> workers = new java.util.ArrayList<>();
      for (int t = 0; t < 6; t++) {
        workers.add(
            burst.submit(() -> {
              while (running.get()) {
                try {
                  HttpResponse<String> c =
                      send(
                          HttpRequest.newBuilder(uri("/api/v1/bulletins"))
                              .header("Authorization", "Bearer " + token)
                              .header("Content-Type", "application/json")
                              .POST(
                                  HttpRequest.BodyPublishers.ofString(
                                      "{\"title\":\"Crash "
                                          + UUID.randomUUID()
                                          + "\",\"body\":\"Synthetic.\",\"label\":"
                                          + "{\"releasableTo\":[\"USA\"],\"tlp\":\"AMBER\"}}")));
                  if (c.statusCode() != 201) {
                    continue;
                  }
                  String id = c.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
                  created.add(id);
                  HttpResponse<String> r =
                      send(
                          HttpRequest.newBuilder(uri("/api/v1/bulletins/" + id))
                              .header("Authorization", "Bearer " + token)
                              .GET());
                  if (r.statusCode() == 200) {
                    readRequests.add(r.headers().firstValue("X-Request-Id").orElseThrow());
                  }
                } catch (IOException e) {
                  // The node is gone; keep trying until told to stop.
                } catch (InterruptedException e) {
                  return;
                }
              }
            }));
      }
      Thread.sleep(4000);
      node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Thread.sleep(500);
      running.set(false);
      burst.shutdown();
      assertThat(burst.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      for (java.util.concurrent.Future<?> worker : workers) {
        worker.get();
      }
      assertThat(created).as("the burst made writes before the kill").isNotEmpty();

      node = start();
      settle();

      // The whole log verifies against the node's key.
      Vkey vkey = Vkey.parse(get("/api/v1/transparency/key", null).strip());
      String export =
          get(
              "/api/v1/transparency/export",
              "Basic "
                  + java.util.Base64.getEncoder()
                      .encodeToString(
                          "usa.security:puente-demo"
                              .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      LogExport.parse(export).verify(NoteVerifier.of(vkey));

      try (Connection c = PostgresDatabase.adminTo(database);
          Statement s = c.createStatement()) {
        Set<String> createEntries =
            strings(
                s,
                "SELECT subject_id FROM transparency.leaf WHERE action = 'CREATE'"
                    + " AND subject_type = 'bulletin' UNION SELECT s.subject_id FROM"
                    + " transparency.leaf l JOIN transparency.leaf_subject s ON s.idx = l.idx"
                    + " WHERE l.action = 'CREATE' AND s.subject_type = 'bulletin'");
        Set<String> stored = strings(s, "SELECT CAST(id AS VARCHAR) FROM bulletins.bulletin");
        Set<String> readEntries =
            strings(s, "SELECT entry FROM transparency.leaf WHERE action = 'READ'");
        // Every write a client saw committed has its entry, and so has every stored record.
        assertThat(createEntries).containsAll(created).containsAll(stored);
        // No entry for a write that did not commit.
        assertThat(stored).containsAll(createEntries);
        // Every read a client received has its entry.
        String reads = String.join("\n", readEntries);
        for (String requestId : readRequests) {
          assertThat(reads).contains("\"requestId\":\"" + requestId + "\"");
        }
      }
    } finally {
      node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private Process start() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    File jar = new File("target/puente-node-exec.jar");
    assertThat(jar).as("the packaged node (mvn package runs before integration tests)").exists();
    Path log = Files.createTempFile("puente-crash-node", ".log");
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-jar",
                jar.getAbsolutePath(),
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresDatabase.APP_USER,
                "--spring.datasource.password=",
                "--spring.flyway.user=" + PostgresDatabase.ADMIN_USER,
                "--spring.flyway.password=" + PostgresDatabase.ADMIN_PASSWORD,
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--puente.demo=true",
                "--puente.node.key-file=" + keyFile,
                "--logging.level.root=WARN")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("the node exited: " + Files.readString(log));
      }
      try {
        if (get("/actuator/health", null).contains("UP")) {
          return process;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new AssertionError("the node did not start in 3 minutes: " + Files.readString(log));
  }

  private void settle() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      try (Connection c = PostgresDatabase.adminTo(database);
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT (SELECT COUNT(*) FROM transparency.pending),"
                      + " (SELECT COUNT(*) FROM transparency.leaf),"
                      + " (SELECT COALESCE(MAX(tree_size), -1) FROM transparency.checkpoint)")) {
        rs.next();
        if (rs.getLong(1) == 0 && rs.getLong(2) == rs.getLong(3)) {
          return;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the restarted node did not sequence the queue");
  }

  private String token() throws Exception {
    String basic =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    "ntc.officer:puente-demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash test\"}")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return r.body().replaceAll("(?s).*\"secret\":\"([^\"]+)\".*", "$1");
  }

  private String get(String path, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.GET()).body();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static Set<String> strings(Statement s, String sql) throws Exception {
    Set<String> values = new HashSet<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
