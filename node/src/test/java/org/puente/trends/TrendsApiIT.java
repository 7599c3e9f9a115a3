package org.puente.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/** The trends and early-warning API against a node on PostgreSQL. */
class TrendsApiIT {

  private final RunningNode node = RunningNode.get();

  /** A Health Canada report of fentanyl in the given form, as its chemist would send it. */
  static String report(
      String sample, LocalDate seized, String subdivision, String port, String form, String label) {
    String portMember = port.isEmpty() ? "" : ", \"portOfEntry\": \"" + port + "\"";
    return """
    {
      "dsap": "1",
      "lab": {"id": "HC-DAS", "analyst": "hc.chemist"},
      "sampleId": "%s",
      "seizure": {"eventId": "EV-%s", "date": "%s", "country": "CAN",
                  "subdivision": "%s"%s},
      "submitted": "%s",
      "analysed": "%s",
      "form": %s,
      "netQuantity": {"value": 12.5, "unit": "g", "uncertainty": 0.05, "k": 2},
      "techniques": [
        {"id": "t1", "code": "GC", "category": "B", "result": "POSITIVE", "run": "r1"},
        {"id": "t2", "code": "MS", "category": "A", "result": "POSITIVE", "run": "r1"},
        {"id": "t3", "code": "IR", "category": "A", "result": "POSITIVE"}
      ],
      "findings": [
        {"substance": "fentanyl", "role": "PRIMARY",
         "purity": {"kind": "QUANTITATIVE", "percent": 12.4, "uncertainty": 0.4, "k": 2},
         "techniques": ["t1", "t2", "t3"]}
      ],
      "notes": "Synthetic test report.",
      "label": %s
    }
    """
        .formatted(sample, sample, seized, subdivision, portMember, seized, seized, form, label);
  }

  static final String POWDER = "{\"type\": \"POWDER\", \"colour\": \"white\"}";
  static final String LIQUID =
      "{\"type\": \"LIQUID\", \"container\": \"VIAL\", \"pharmaceutical\": true}";

  private static String sample() {
    return "HC-DAS-T-" + UUID.randomUUID().toString().substring(0, 12);
  }

  private void submit(
      LocalDate seized, String subdivision, String port, String form, String label) {
    Api.Response created =
        node.as("hc.chemist")
            .post(
                "/api/v1/forensics/reports",
                report(sample(), seized, subdivision, port, form, label));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  private static <T> T eventually(Supplier<T> probe, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    T value = probe.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      value = probe.get();
    }
    return value;
  }

  private JsonNode week(String user, String query) {
    Api.Response r = node.as(user).get("/api/v1/trends/series?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("points")).hasSize(1);
    return r.json().at("/points/0");
  }

  @Test
  void statisticsOnlyReportsCountOnlyFromTheThresholdAndInMultiplesOfIt() {
    // A week of its own, long ago, so no other report shares these cells.
    LocalDate monday =
        LocalDate.of(1960 + ThreadLocalRandom.current().nextInt(30), 1, 1)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY))
            .plusWeeks(ThreadLocalRandom.current().nextInt(50));
    String label =
        """
        {"releasableTo": ["CAN"], "tlp": "AMBER", "outsiders": "NOTHING",
         "statistics": ["CAN", "USA"]}\
        """;
    String query = "measure=count&substance=fentanyl&region=CA-NU&from=" + monday + "&to=" + monday;
    for (int i = 0; i < 3; i++) {
      submit(monday.plusDays(i), "CA-NU", "", POWDER, label);
    }
    JsonNode own = eventually(() -> week("hc.chemist", query), p -> p.get("n").asLong() == 3);
    assertThat(own.get("n").asLong()).isEqualTo(3);
    assertThat(own.get("suppressed").asBoolean()).isFalse();

    // The US chemist may only count them, and three are below the threshold of five.
    JsonNode us = week("dea.chemist", query);
    assertThat(us.get("n").asLong()).isZero();
    assertThat(us.get("suppressed").asBoolean()).isTrue();
    // The Mexican chemist may not even count them: exactly as if they did not exist.
    JsonNode mx = week("fgr.chemist", query);
    assertThat(mx.get("n").asLong()).isZero();
    assertThat(mx.get("suppressed").asBoolean()).isFalse();

    for (int i = 0; i < 4; i++) {
      submit(monday.plusDays(i), "CA-NU", "", POWDER, label);
    }
    eventually(() -> week("hc.chemist", query), p -> p.get("n").asLong() == 7);
    // Seven statistics-only reports are published as five: a multiple of the threshold.
    us = week("dea.chemist", query);
    assertThat(us.get("n").asLong()).isEqualTo(5);
    assertThat(us.get("suppressed").asBoolean()).isFalse();
    assertThat(week("fgr.chemist", query).get("n").asLong()).isZero();

    JsonNode map =
        node.as("dea.chemist")
            .get(
                "/api/v1/trends/map?measure=count&substance=fentanyl&from="
                    + monday
                    + "&to="
                    + monday)
            .json();
    JsonNode nunavut = null;
    for (JsonNode r : map.get("regions")) {
      if (r.get("code").asString().equals("CA-NU")) {
        nunavut = r;
      }
    }
    assertThat(nunavut).as(map.toString()).isNotNull();
    assertThat(nunavut.get("n").asLong()).isEqualTo(5);

    JsonNode purity =
        week(
            "hc.chemist",
            "measure=purity&substance=fentanyl&region=CA-NU&from=" + monday + "&to=" + monday);
    assertThat(purity.get("n").asLong()).isEqualTo(7);
    assertThat(purity.get("median").asDouble()).isEqualTo(12.5);
    assertThat(purity.get("q1").asDouble()).isEqualTo(12.5);

    JsonNode share =
        week(
            "hc.chemist",
            "measure=share&form=POWDER&region=CA-NU&from=" + monday + "&to=" + monday);
    assertThat(share.get("value").asDouble()).isEqualTo(1.0);
  }

  @Test
  void theCountsOfReportsPastTheirRetainUntilDateArePurgedWithThem() {
    LocalDate monday =
        LocalDate.of(1950 + ThreadLocalRandom.current().nextInt(8), 3, 1)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY))
            .plusWeeks(ThreadLocalRandom.current().nextInt(30));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String label =
        "{\"releasableTo\": [\"CAN\"], \"tlp\": \"AMBER\", \"retainUntil\": \""
            + today.plusDays(2)
            + "\"}";
    String query = "measure=count&substance=fentanyl&region=CA-NT&from=" + monday + "&to=" + monday;
    for (int i = 0; i < 2; i++) {
      submit(monday.plusDays(i), "CA-NT", "", POWDER, label);
    }
    assertThat(
            eventually(() -> week("hc.chemist", query), p -> p.get("n").asLong() == 2)
                .get("n")
                .asLong())
        .isEqualTo(2);

    org.puente.governance.Disclosures disclosures =
        node.bean(org.puente.governance.Disclosures.class);
    assertThat(disclosures.purgeExpired(today.plusDays(3))).isPositive();
    // The reports are gone, and so is every count of them.
    assertThat(week("hc.chemist", query).get("n").asLong()).isZero();
  }

  @Test
  void badQueriesNameEachBadField() {
    Api.Response r =
        node.as("dea.chemist")
            .get(
                "/api/v1/trends/series?measure=speed&substance=notasubstancexyz&region=ZZ-1"
                    + "&interval=day&from=2026-13-01&colour=blue");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    List<String> pointers = new ArrayList<>();
    r.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asString()));
    assertThat(pointers)
        .contains("/measure", "/substance", "/region", "/interval", "/from", "/colour");

    Api.Response purity =
        node.as("dea.chemist").get("/api/v1/trends/series?measure=purity&class=NITAZENE");
    assertThat(purity.status()).isEqualTo(400);
    assertThat(purity.body()).contains("/substance");

    Api.Response in =
        node.as("dea.chemist").in("es").get("/api/v1/trends/map?measure=share&country=XYZ");
    assertThat(in.status()).isEqualTo(400);
    assertThat(in.body()).contains("País desconocido");
  }

  @Test
  void subscriptionsRefuseBadFieldsAndStoreNothing() {
    int before =
        node.as("dea.chemist").get("/api/v1/alert-subscriptions").json().get("items").size();
    Api.Response r =
        node.as("dea.chemist")
            .post(
                "/api/v1/alert-subscriptions",
                """
                {"substance": "notasubstancexyz", "form": "GAS", "kinds": ["SOMETIMES"],
                 "webhook": {"url": "ftp://example.org/x", "secret": "short"},
                 "email": "not-an-address", "colour": "blue"}\
                """);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    List<String> pointers = new ArrayList<>();
    r.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asString()));
    assertThat(pointers)
        .contains(
            "/substance",
            "/form",
            "/kinds/0",
            "/webhook/url",
            "/webhook/secret",
            "/email",
            "/colour");
    assertThat(node.as("dea.chemist").get("/api/v1/alert-subscriptions").json().get("items"))
        .hasSize(before);
  }

  @Test
  void aLiquidFentanylReportAtANewPortAlertsSubscribersWhoseLabelsAllowIt() throws Exception {
    Map<String, String> received = new ConcurrentHashMap<>();
    HttpServer hook =
        HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    hook.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.put(
              body,
              exchange.getRequestHeaders().getFirst("Puente-Timestamp")
                  + " "
                  + exchange.getRequestHeaders().getFirst("Puente-Signature"));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    hook.start();
    try {
      String secret = "test-secret-" + UUID.randomUUID();
      String mailbox =
          "dea.chemist+" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
      Api.Response sub =
          node.as("dea.chemist")
              .post(
                  "/api/v1/alert-subscriptions",
                  """
                  {"form": "LIQUID_PHARMACEUTICAL", "country": "CAN", "kinds": ["FIRST_DETECTION"],
                   "webhook": {"url": "http://127.0.0.1:%d/hook", "secret": "%s"},
                   "email": "%s"}\
                  """
                      .formatted(hook.getAddress().getPort(), secret, mailbox));
      assertThat(sub.status()).as(sub.body()).isEqualTo(201);
      assertThat(sub.body()).doesNotContain(secret);
      assertThat(
              node.as("fgr.chemist")
                  .post("/api/v1/alert-subscriptions", "{\"form\": \"LIQUID_PHARMACEUTICAL\"}")
                  .status())
          .isEqualTo(201);

      String port = "9" + (100 + ThreadLocalRandom.current().nextInt(900));
      LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
      Api.Response created =
          node.as("hc.chemist")
              .post(
                  "/api/v1/forensics/reports",
                  report(
                      sample(),
                      yesterday,
                      "CA-BC",
                      port,
                      LIQUID,
                      """
                      {"releasableTo": ["CAN", "USA"], "tlp": "AMBER", "outsiders": "NOTHING",
                       "statistics": ["CAN", "USA", "MEX"]}\
                      """));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String reportId = created.json().get("id").asString();

      JsonNode alert = eventually(() -> portAlert(node.as("dea.chemist"), port), a -> a != null);
      assertThat(alert).as("a first detection at port " + port).isNotNull();
      assertThat(alert.get("kind").asString()).isEqualTo("FIRST_DETECTION");
      assertThat(alert.at("/scope/country").asString()).isEqualTo("CAN");
      assertThat(alert.get("since").asString()).isEqualTo(yesterday.toString());
      assertThat(alert.at("/evidence/reports/0").asString()).isEqualTo(reportId);

      // The Mexican chemist may not see the report: no alert, no pointer, no notification.
      assertThat(portAlert(node.as("fgr.chemist"), port)).isNull();
      assertThat(node.as("fgr.chemist").get("/api/v1/alerts").body()).doesNotContain(reportId);

      // By port: the US chemist, who may see the report, counts it there; the Mexican chemist may
      // only count it for statistics, and one report is below the threshold: suppressed, 0.
      String byPort =
          "/api/v1/trends/ports?measure=count&form=LIQUID_PHARMACEUTICAL&from="
              + yesterday
              + "&to="
              + yesterday;
      JsonNode us =
          eventually(() -> portFigure(node.as("dea.chemist"), byPort, port), p -> p != null);
      assertThat(us).as("port " + port + " for dea.chemist").isNotNull();
      assertThat(us.get("n").asLong()).isEqualTo(1);
      assertThat(us.get("suppressed").asBoolean()).isFalse();
      JsonNode mx = portFigure(node.as("fgr.chemist"), byPort, port);
      assertThat(mx).as("port " + port + " for fgr.chemist").isNotNull();
      assertThat(mx.get("n").asLong()).isZero();
      assertThat(mx.get("suppressed").asBoolean()).isTrue();

      JsonNode notifications =
          eventually(
              () -> node.as("dea.chemist").get("/api/v1/notifications").json(),
              n -> n.get("items").toString().contains(port));
      assertThat(notifications.get("items").toString()).contains(port);
      assertThat(node.as("fgr.chemist").get("/api/v1/notifications").body()).doesNotContain(port);

      String body =
          eventually(
              () -> received.keySet().stream().filter(b -> b.contains(port)).findFirst().orElse(""),
              b -> !b.isEmpty());
      assertThat(body).contains(reportId);
      String[] headers = received.get(body).split(" ");
      assertThat(headers[1]).isEqualTo(Deliveries.sign(secret, headers[0], body));

      MimeMessage mail =
          eventually(
              () -> {
                for (MimeMessage m : node.mail.getReceivedMessages()) {
                  try {
                    if (m.getAllRecipients()[0].toString().equals(mailbox)
                        && m.getSubject().contains(port)) {
                      return m;
                    }
                  } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                  }
                }
                return null;
              },
              m -> m != null);
      assertThat(mail).as("an e-mail to " + mailbox).isNotNull();
      assertThat(mail.getSubject()).contains("Puente early warning");
    } finally {
      hook.stop(0);
    }
  }

  private static @org.jspecify.annotations.Nullable JsonNode portFigure(
      Api api, String path, String port) {
    Api.Response r = api.get(path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    for (JsonNode p : r.json().get("ports")) {
      if (p.get("code").asString().equals(port)) {
        return p;
      }
    }
    return null;
  }

  private static @org.jspecify.annotations.Nullable JsonNode portAlert(Api api, String port) {
    for (JsonNode a : api.get("/api/v1/alerts").json().get("alerts")) {
      if (a.has("scope")
          && a.at("/scope/kind").asString().equals("PORT")
          && a.at("/scope/code").asString().equals(port)
          && a.get("value").asString().equals("LIQUID_PHARMACEUTICAL")) {
        return a;
      }
    }
    return null;
  }
}
