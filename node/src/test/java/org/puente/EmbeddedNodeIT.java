package org.puente;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@code ./puente run} starts: a demo node on the embedded default database (the H2 URL of
 * application.yaml, only its file moved to a temporary directory). Every migration must run on it,
 * the demo must load, and the dashboard's figures must be rolled up — the PostgreSQL tests cannot
 * see a statement H2 refuses.
 */
class EmbeddedNodeIT {

  @Test
  void theDefaultEmbeddedDatabaseTakesEveryMigrationAndTheDemo() throws Exception {
    String yaml =
        new String(
            Objects.requireNonNull(getClass().getResourceAsStream("/application.yaml"))
                .readAllBytes(),
            StandardCharsets.UTF_8);
    Matcher url = Pattern.compile("\\$\\{PUENTE_DB_URL:(jdbc:h2:[^}]+)}").matcher(yaml);
    assertThat(url.find()).as("the default database URL in application.yaml").isTrue();
    Path dir = Files.createTempDirectory("puente-embedded");
    String embedded = url.group(1).replace("./data/puente", dir.resolve("puente").toString());
    assertThat(embedded).isNotEqualTo(url.group(1));

    try (ConfigurableApplicationContext node =
        new SpringApplicationBuilder(PuenteNode.class)
            .run(
                "--spring.datasource.url=" + embedded,
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--puente.demo=true",
                "--puente.demo.reports=200",
                "--puente.node.key-file=" + dir.resolve("log.key"),
                "--logging.level.root=WARN")) {
      JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM forensics.report", Long.class))
          .isEqualTo(200);
      long cells = 0;
      for (int i = 0; i < 100 && cells == 0; i++) {
        Thread.sleep(200);
        // The sum of all reports over all cells: the rollups ran.
        cells =
            Objects.requireNonNullElse(
                jdbc.queryForObject("SELECT sum(n) FROM trends.cell WHERE dim = 'ALL'", Long.class),
                0L);
      }
      assertThat(cells).isEqualTo(200);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM trends.context_dataset", Long.class))
          .isEqualTo(4);

      int port =
          Objects.requireNonNull(((WebServerApplicationContext) node).getWebServer()).getPort();
      HttpClient http = HttpClient.newHttpClient();
      for (String path : new String[] {"/login", "/geo/subdivisions.json", "/js/trends.js"}) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
      }
      // Every kind of aggregate the dashboard asks for runs on H2 too.
      String basic =
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString("fgr.chemist:puente-demo".getBytes(StandardCharsets.UTF_8));
      String range = "&from=2023-10-01&to=2024-09-30";
      for (String path :
          new String[] {
            "/api/v1/trends/series?measure=share&substance=fentanyl&interval=week" + range,
            "/api/v1/trends/series?measure=count&substance=fentanyl&interval=month" + range,
            "/api/v1/trends/series?measure=purity&substance=fentanyl" + range,
            "/api/v1/trends/series?measure=share&substance=fentanyl&with=xylazine" + range,
            "/api/v1/trends/map?measure=share&substance=fentanyl" + range,
            "/api/v1/trends/ports?measure=count&substance=fentanyl" + range,
            "/api/v1/alerts?since=2023-10-01",
            "/api/v1/trends/context/series?kind=cdc-overdoses&measure=synthetic-opioids"
                + "&unit=deaths&region=US-AZ"
          }) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", basic)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
      }
      // The intelligence exchange's reads, walks and release run on H2 too.
      String base = "http://127.0.0.1:" + port;
      String shared =
          "{\"releasableTo\":[\"USA\",\"MEX\"],\"communities\":[\"LE\"],\"tlp\":\"AMBER\",\"outsiders\":\"POINTER\"}";
      String canada =
          "{\"releasableTo\":[\"CAN\"],\"communities\":[\"LE\"],\"tlp\":\"AMBER\",\"outsiders\":\"POINTER\"}";
      String usa =
          "{\"releasableTo\":[\"USA\"],\"communities\":[\"LE\"],\"tlp\":\"AMBER\",\"outsiders\":\"POINTER\"}";
      String person =
          id(
              send(
                  http,
                  base + "/api/v1/entities",
                  "ntc.officer",
                  "{\"type\":\"PERSON\",\"givenNames\":\"Ana\",\"paternalSurname\":\"Zqembedded\","
                      + "\"dateOfBirth\":\"1980-01-02\",\"label\":"
                      + shared
                      + ",\"fieldLabels\":{\"dateOfBirth\":"
                      + usa
                      + "}}",
                  201));
      String phone =
          id(
              send(
                  http,
                  base + "/api/v1/entities",
                  "rcmp.analyst",
                  "{\"type\":\"PHONE\",\"number\":\"+1 613 555 0199\",\"kind\":\"MOBILE\",\"label\":"
                      + canada
                      + "}",
                  201));
      send(
          http,
          base + "/api/v1/relationships",
          "rcmp.analyst",
          "{\"type\":\"USES\",\"source\":\""
              + person
              + "\",\"target\":\""
              + phone
              + "\",\"evaluation\":\"B2\",\"label\":"
              + shared.replace("\"USA\"", "\"USA\",\"CAN\"")
              + "}",
          201);
      assertThat(send(http, base + "/api/v1/search?q=zqembedded", "fgr.analyst", null, 200))
          .contains(person)
          .doesNotContain("1980-01-02");
      assertThat(
              send(
                  http, base + "/api/v1/entities/" + person + "/history", "fgr.analyst", null, 200))
          .contains("Zqembedded");
      assertThat(
              send(
                  http,
                  base + "/api/v1/graph/neighbourhood?depth=2&id=" + person,
                  "fgr.analyst",
                  null,
                  200))
          .contains(phone)
          .contains("\"pointer\":true");
      send(
          http,
          base + "/api/v1/graph/paths?from=" + person + "&to=" + phone,
          "fgr.analyst",
          null,
          200);
      send(
          http, base + "/api/v1/export/entities?format=csv&q=zqembedded", "fgr.analyst", null, 200);
      String request =
          id(
              send(
                  http,
                  base + "/api/v1/release-requests",
                  "fgr.analyst",
                  "{\"recordType\":\"entity\",\"recordId\":\"" + phone + "\",\"purpose\":\"test\"}",
                  201));
      send(
          http,
          base + "/api/v1/release-requests/" + request + "/decision",
          "rcmp.analyst",
          "{\"decision\":\"NARROW\",\"reason\":\"test\",\"withhold\":[\"kind\"]}",
          200);
      assertThat(send(http, base + "/api/v1/entities/" + phone, "fgr.analyst", null, 200))
          .contains("+16135550199");
      // Screening, the liaison queue and matching run on H2 too; the demo's FGR person is hit.
      String screened =
          send(
              http,
              base + "/api/v1/screenings",
              "ntc.officer",
              "{\"place\":\"Nogales\",\"records\":[{\"name\":\"Chuy Guzman Jimenez\","
                  + "\"dateOfBirth\":\"01/02/1984\"}]}",
              201);
      assertThat(screened).contains("\"pointer\"").doesNotContain("1984-02-01");
      assertThat(send(http, base + "/api/v1/screening-hits", "fgr.analyst", null, 200))
          .contains("Chuy Guzman Jimenez")
          .contains("1984-02-01");
      assertThat(
              send(
                  http,
                  base + "/api/v1/resolution/match",
                  "ntc.officer",
                  "{\"record\":{\"name\":\"Ana Zqembeded\",\"dateOfBirth\":\"1980-01-02\"}}",
                  200))
          .contains(person);
    }
  }

  /** Sends a GET (no body) or a JSON POST with HTTP Basic and checks the status. */
  private static String send(
      HttpClient http,
      String url,
      String user,
      @org.jspecify.annotations.Nullable String json,
      int status)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString((user + ":puente-demo").getBytes(StandardCharsets.UTF_8)));
    if (json != null) {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(status);
    return r.body();
  }

  private static String id(String json) {
    Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }
}
