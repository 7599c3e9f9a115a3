package org.puente.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/** Public context data against a demo node on PostgreSQL: provenance, import rules and series. */
class ContextDataIT {

  private final RunningNode node = RunningNode.get();

  private static JsonNode dataset(Api api, String kind) {
    Api.Response list = api.get("/api/v1/trends/context");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode d : list.json().get("datasets")) {
      if (d.get("kind").asString().equals(kind)) {
        return d;
      }
    }
    throw new AssertionError("no dataset " + kind + " in " + list.body());
  }

  @Test
  void theDemoLoadsEveryShippedDatasetWithItsProvenance() throws Exception {
    Api analyst = node.as("rcmp.analyst");
    for (ContextKind kind : ContextKind.values()) {
      JsonNode d = dataset(analyst, kind.wire());
      assertThat(d.get("sourceUrl").asString()).startsWith("https://");
      assertThat(d.get("licence").asString()).isNotBlank();
      assertThat(d.get("retrieved").asString()).contains("github.com/");
      assertThat(d.get("importedBy").asString()).isNotBlank();
      assertThat(d.get("importedByAgency").asString()).isNotBlank();
      assertThat(d.get("importedAt").asString()).isNotBlank();
      assertThat(d.get("rows").asLong()).isPositive();
      assertThat(d.get("sha256").asString())
          .isEqualTo(sha256(ContextDataTest.shipped(kind).getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void cdcSyntheticOpioidDeathsForArizonaAreTheSourceFigures() throws Exception {
    // The shipped file itself says what each month must be: state,year,month,...,data_value,...
    String text = ContextDataTest.shipped(ContextKind.CDC_OVERDOSES);
    List<String> expectedMonths = new ArrayList<>();
    String january2023 = null;
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("AZ,")) {
        continue;
      }
      String[] fields = line.split(",", -1);
      String value = fields[fields.length - 2];
      if (value.isEmpty()) {
        continue;
      }
      int month = java.time.Month.valueOf(fields[2].toUpperCase(java.util.Locale.ROOT)).getValue();
      String period = "%s-%02d".formatted(fields[1], month);
      expectedMonths.add(period);
      if (period.equals("2023-01")) {
        january2023 = value;
      }
    }
    assertThat(january2023).isNotNull();
    Api.Response r =
        node.as("ntc.officer")
            .get(
                "/api/v1/trends/context/series?kind=cdc-overdoses&measure=synthetic-opioids&region=US-AZ");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("dataset").get("kind").asString()).isEqualTo("cdc-overdoses");
    assertThat(body.get("unit").asString()).isEqualTo("deaths");
    assertThat(body.get("periodKind").asString()).isEqualTo("MONTH");
    List<String> months = new ArrayList<>();
    BigDecimal seen = null;
    for (JsonNode p : body.get("points")) {
      months.add(p.get("period").asString());
      assertThat(p.get("start").asString()).isEqualTo(p.get("period").asString() + "-01");
      if (p.get("period").asString().equals("2023-01")) {
        seen = p.get("value").decimalValue();
      }
    }
    assertThat(months).isEqualTo(expectedMonths.stream().sorted().toList());
    assertThat(months).allMatch(m -> m.compareTo("2015-01") >= 0 && m.compareTo("2026-12") <= 0);
    assertThat(seen).isNotNull();
    assertThat(seen).isEqualByComparingTo(new BigDecimal(january2023));
  }

  @Test
  void badParametersAreNamedInProblemDetails() {
    Api.Response r =
        node.as("ntc.officer")
            .get("/api/v1/trends/context/series?kind=nope&region=XX-1&from=2024-13-01&colour=red");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body()).contains("/kind", "/region", "/from", "/colour");
  }

  @Test
  void aBadFileIsRefusedWholeAndChangesNothing() throws Exception {
    Api admin = node.as("admin");
    JsonNode before = dataset(admin, "cdc-overdoses");
    String text = ContextDataTest.shipped(ContextKind.CDC_OVERDOSES);
    // Spoil the value of the last Arizona line that has one.
    String[] lines = text.split("\n", -1);
    int spoiled = -1;
    for (int i = lines.length - 1; i > 0; i--) {
      if (lines[i].startsWith("AZ,") && lines[i].matches(".*,\\d+,\\d+$")) {
        lines[i] = lines[i].replaceFirst(",(\\d+),(\\d+)$", ",12x,$2");
        spoiled = i + 1;
        break;
      }
    }
    assertThat(spoiled).isPositive();
    Api.Response r =
        admin.post(
            "/api/v1/trends/context/cdc-overdoses", gzip(String.join("\n", lines)), "text/csv");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body()).contains("/lines/" + spoiled + "/data_value");
    JsonNode after = dataset(admin, "cdc-overdoses");
    assertThat(after.get("sha256")).isEqualTo(before.get("sha256"));
    assertThat(after.get("importedAt")).isEqualTo(before.get("importedAt"));
    assertThat(after.get("rows")).isEqualTo(before.get("rows"));
  }

  @Test
  void onlyAdministratorsAndSecurityOfficersImport() throws Exception {
    byte[] file = gzip(ContextDataTest.shipped(ContextKind.SESNSP_NARCOMENUDEO));
    Api.Response refused =
        node.as("ntc.officer").post("/api/v1/trends/context/sesnsp-narcomenudeo", file, "text/csv");
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    JsonNode before = dataset(node.as("admin"), "sesnsp-narcomenudeo");
    Api.Response stored =
        node.as("usa.security")
            .post("/api/v1/trends/context/sesnsp-narcomenudeo", file, "text/csv");
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().get("importedBy").asString()).isEqualTo("usa.security");
    // Replaced whole: the same file gives the same figures.
    assertThat(stored.json().get("rows")).isEqualTo(before.get("rows"));
    assertThat(stored.json().get("sha256")).isEqualTo(before.get("sha256"));
    Api.Response sonora =
        node.as("fgr.analyst")
            .get(
                "/api/v1/trends/context/series?kind=sesnsp-narcomenudeo&region=MX-SON&from=2024-01-01&to=2024-12-31");
    assertThat(sonora.status()).as(sonora.body()).isEqualTo(200);
    assertThat(sonora.json().get("periodKind").asString()).isEqualTo("YEAR");
    assertThat(sonora.json().get("points")).hasSize(1);
  }

  @Test
  void thePageShowsProvenanceAndTheLinesOfABadUpload() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String login = get(browser, "/login").body();
    post(
        browser,
        "/login",
        "application/x-www-form-urlencoded",
        ("username=usa.security&password=puente-demo&_csrf=" + csrf(login))
            .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> page = get(browser, "/trends/context?kind=cdc-overdoses&region=US-AZ");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("https://data.cdc.gov/d/xkb8-kh2a", "context-upload-form", "2023-01");
    // Every text comes from the i18n/context bundle (listed in spring.messages.basename).
    assertThat(page.body()).contains("Public context data").doesNotContain("??context.");
    String boundary = "----puente" + UUID.randomUUID();
    String form =
        "--%1$s\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n%2$s\r\n"
                .formatted(boundary, csrf(page.body()))
            + "--%1$s\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nsesnsp-narcomenudeo\r\n"
                .formatted(boundary)
            + "--%1$s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad.csv\"\r\n"
                .formatted(boundary)
            + "Content-Type: text/csv\r\n\r\n"
            + ContextDataTest.SESNSP.replace(",3999,", ",lots,")
            + "\r\n--%1$s--\r\n".formatted(boundary);
    HttpResponse<String> refused =
        post(
            browser,
            "/trends/context",
            "multipart/form-data; boundary=" + boundary,
            form.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("context-upload-errors", "n_delitos");

    // The dashboard's context layer: the source's figure for one month, or a named bad field.
    String expected = null;
    for (String line : ContextDataTest.shipped(ContextKind.CDC_OVERDOSES).split("\n", -1)) {
      if (line.startsWith("AZ,2023,January,")) {
        String[] fields = line.split(",", -1);
        expected = fields[fields.length - 2];
      }
    }
    assertThat(expected).isNotNull();
    HttpResponse<String> layer =
        get(
            browser,
            "/trends/data/context?kind=cdc-overdoses&region=US-AZ&from=2023-01&to=2023-01");
    assertThat(layer.statusCode()).as(layer.body()).isEqualTo(200);
    JsonNode points =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(layer.body())
            .get("points");
    assertThat(points).hasSize(1);
    assertThat(points.get(0).get("period").asString()).isEqualTo("2023-01");
    assertThat(points.get(0).get("value").decimalValue())
        .isEqualByComparingTo(new BigDecimal(expected));
    HttpResponse<String> bad = get(browser, "/trends/data/context?kind=cdc-overdoses&to=2023-99");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(bad.body()).contains("/to");
  }

  private HttpResponse<String> get(HttpClient browser, String path)
      throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create(node.base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(HttpClient browser, String path, String type, byte[] body)
      throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create(node.base() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      m = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(html);
      assertThat(m.find()).as("a CSRF token in the page").isTrue();
    }
    return m.group(1);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
