package org.puente.forensics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/**
 * Spectral search and libraries against a demo node on PostgreSQL: the shipped MassBank library
 * answers at once, an agency's national-only library is never scored for outsiders, and bad
 * requests and bad library files are refused with a pointer per problem and nothing stored.
 */
class SpectraApiIT {

  private final RunningNode node = RunningNode.get();

  /**
   * Fentanyl at 30 eV (MassBank MSBNK-Eawag-EQ364002), intensities perturbed, two peaks dropped.
   */
  static final String FENTANYL_PEAKS =
      "[[57.0333,0.3],[84.0808,0.2],[105.0697,3.9],[132.0806,0.3],[134.0963,1.1],"
          + "[146.0963,0.6],[150.0913,0.4],[186.1277,0.4],[188.1432,100],[190.1224,0.5],"
          + "[216.1382,3.2],[281.2011,2.2],[337.2271,88]]";

  /** A Mexico-only FGR-SP pill report with the given {@code spectra} array attached. */
  static String reportWithSpectra(String sample, String spectra) {
    return ReportsApiIT.pillReport(
            "FGR-SP", "fgr.chemist", sample, "MEX", "MX-SON", 2.0, ReportsApiIT.MEXICO_ONLY)
        .replace("\"notes\":", "\"spectra\": " + spectra + ", \"notes\":");
  }

  /** A synthetic compound's spectrum with peaks no real library holds. */
  static String syntheticMsp(String id, String name) {
    return """
    Name: %s
    DB#: %s
    PrecursorMZ: 401.3337
    Spectrum_type: MS2
    Ion_mode: P
    Num Peaks: 4
    101.1234 40
    202.2345 100
    303.3456 60
    383.3001 20

    """
        .formatted(name, id);
  }

  @Test
  void theShippedLibraryPutsFentanylFirstForAnyForensicChemist() {
    for (String chemist : List.of("fgr.chemist", "dea.chemist", "hc.chemist")) {
      Api.Response response =
          node.as(chemist)
              .post(
                  "/api/v1/forensics/spectra/search",
                  """
                  {"peaks": %s, "precursorMz": 337.2274, "msLevel": 2, "toleranceMz": 0.02,
                   "algorithm": "cosine", "limit": 5}\
                  """
                      .formatted(FENTANYL_PEAKS));
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode hits = response.json().get("hits");
      assertThat(hits.size()).isBetween(1, 5);
      JsonNode top = hits.get(0);
      assertThat(top.get("substance").asString()).isEqualTo("fentanyl");
      assertThat(top.get("inchikey").asString()).isEqualTo("PJMPHNIQZUBGLI-UHFFFAOYSA-N");
      assertThat(top.get("score").asDouble()).isGreaterThan(0.9);
      assertThat(top.get("matchedPeaks").asInt()).isGreaterThanOrEqualTo(10);
      assertThat(top.get("entryId").asString()).startsWith("MSBNK-Eawag-EQ3640");
      assertThat(top.get("library").asString()).isEqualTo("MassBank drug spectra");
      for (int i = 1; i < hits.size(); i++) {
        assertThat(hits.get(i).get("score").asDouble())
            .isLessThanOrEqualTo(hits.get(i - 1).get("score").asDouble());
      }
      assertThat(response.json().get("note").asString()).contains("Category A");
    }
    // Every algorithm agrees on the top candidate.
    for (String algorithm : List.of("composite", "modified-cosine", "entropy")) {
      JsonNode hits =
          node.as("dea.chemist")
              .post(
                  "/api/v1/forensics/spectra/search",
                  """
                  {"peaks": %s, "precursorMz": 337.2274, "algorithm": "%s"}\
                  """
                      .formatted(FENTANYL_PEAKS, algorithm))
              .json()
              .get("hits");
      assertThat(hits.get(0).get("substance").asString()).as(algorithm).isEqualTo("fentanyl");
    }
  }

  @Test
  void aNationalLibraryIsNeverScoredForOutsiders() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String compound = "Synthetic compound " + tag;
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "DEA in-house " + tag);
    fields.put("format", "msp");
    fields.put(
        "label",
        """
        {"releasableTo":["USA"],"communities":["FORENSIC"],"handling":"H2","tlp":"AMBER",
         "outsiders":"POINTER"}\
        """);
    Api.Response created =
        upload("dea.chemist", fields, Map.of("inhouse.msp", syntheticMsp("SYN-" + tag, compound)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.json().get("entries").asInt()).isEqualTo(1);
    assertThat(created.json().get("unresolvedEntries").values())
        .extracting(JsonNode::asString)
        .containsExactly("SYN-" + tag);

    String query =
        """
        {"peaks": [[101.1234,40],[202.2345,100],[303.3456,60],[383.3001,20]],
         "precursorMz": 401.3337, "limit": 100}\
        """;
    JsonNode own = node.as("dea.chemist").post("/api/v1/forensics/spectra/search", query).json();
    assertThat(own.at("/hits/0/compound").asString()).isEqualTo(compound);
    assertThat(own.at("/hits/0/score").asDouble()).isGreaterThan(0.99);

    Api.Response outsider = node.as("fgr.chemist").post("/api/v1/forensics/spectra/search", query);
    assertThat(outsider.status()).isEqualTo(200);
    assertThat(outsider.body()).doesNotContain(tag);
    List<String> elsewhere = new ArrayList<>();
    outsider.json().get("librariesElsewhere").forEach(p -> elsewhere.add(p.get("id").asString()));
    assertThat(elsewhere).contains(id);
    // The pointer says who holds it, never what it holds.
    JsonNode pointer =
        node.as("fgr.chemist").get("/api/v1/forensics/spectra/libraries/" + id).json();
    assertThat(pointer.get("pointer").asBoolean()).isTrue();
    assertThat(pointer.toString()).doesNotContain(tag);
    Api.Response entry =
        node.as("fgr.chemist")
            .get("/api/v1/forensics/spectra/libraries/" + id + "/entries/SYN-" + tag);
    Api.Response never =
        node.as("fgr.chemist")
            .get(
                "/api/v1/forensics/spectra/libraries/" + UUID.randomUUID() + "/entries/SYN-" + tag);
    assertThat(entry.status()).isEqualTo(404);
    assertThat(never.status()).isEqualTo(404);
    assertThat(entry.json().get("title")).isEqualTo(never.json().get("title"));

    JsonNode peaks =
        node.as("dea.chemist")
            .get("/api/v1/forensics/spectra/libraries/" + id + "/entries/SYN-" + tag)
            .json();
    assertThat(peaks.get("peaks").size()).isEqualTo(4);
    assertThat(peaks.get("precursorMz").asDouble()).isEqualTo(401.3337);
  }

  @Test
  void aReportsAttachedSpectrumGetsRankedCandidatesForItsViewer() {
    String sample = "FGR-SP-SPEC-" + UUID.randomUUID().toString().substring(0, 8);
    String json =
        reportWithSpectra(
            sample,
            "[{\"technique\": \"t2\", \"title\": \"MS/MS of the main peak\","
                + " \"msLevel\": 2, \"precursorMz\": 337.2274, \"toleranceMz\": 0.02,"
                + " \"peaks\": "
                + FENTANYL_PEAKS
                + "}, {\"technique\": \"t2\", \"title\": \"the same, no precursor\","
                + " \"peaks\": "
                + FENTANYL_PEAKS
                + "}]");
    Api.Response created = node.as("fgr.chemist").post("/api/v1/forensics/reports", json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    JsonNode stored = node.as("fgr.chemist").get("/api/v1/forensics/reports/" + id).json();
    assertThat(stored.toString()).contains("\"precursorMz\":337.2274");
    JsonNode spectra =
        node.as("fgr.chemist").get("/api/v1/forensics/reports/" + id + "/spectra").json();
    assertThat(spectra.at("/spectra/0/technique").asString()).isEqualTo("t2");
    assertThat(spectra.at("/spectra/0/msLevel").asInt()).isEqualTo(2);
    // With its precursor, the MS/MS spectrum meets the library's MS/MS records: fentanyl first.
    JsonNode candidates = spectra.at("/spectra/0/candidates");
    assertThat(candidates.get(0).get("substance").asString()).isEqualTo("fentanyl");
    assertThat(candidates.get(0).get("score").asDouble()).isGreaterThan(0.9);
    for (int i = 1; i < candidates.size(); i++) {
      assertThat(candidates.get(i).get("score").asDouble())
          .isLessThanOrEqualTo(candidates.get(i - 1).get("score").asDouble());
    }
    // Without one it is a full scan: only MS1 records compete, and none of them is fentanyl's
    // MS/MS spectrum, so whatever comes first scores well below the MS/MS match.
    assertThat(spectra.at("/spectra/1/msLevel").asInt()).isEqualTo(1);
    JsonNode fullScan = spectra.at("/spectra/1/candidates");
    if (!fullScan.isEmpty()) {
      assertThat(fullScan.get(0).get("score").asDouble())
          .isLessThan(candidates.get(0).get("score").asDouble());
    }
    assertThat(spectra.get("note").asString()).contains("never an identification");
    // Mexico only, outsiders see nothing: the report and its candidates do not exist for DEA.
    assertThat(node.as("dea.chemist").get("/api/v1/forensics/reports/" + id + "/spectra").status())
        .isEqualTo(404);
  }

  @Test
  void badAttachedSpectraNameEachBadField() {
    String sample = "FGR-SP-BAD-" + UUID.randomUUID().toString().substring(0, 8);
    String json =
        reportWithSpectra(
            sample,
            "[{\"technique\": \"t2\", \"msLevel\": 1, \"precursorMz\": 337.2,"
                + " \"peaks\": [[100, 5]]}, {\"technique\": \"t2\", \"msLevel\": 0,"
                + " \"precursorMz\": -1, \"toleranceMz\": 3, \"peaks\": [[100, 5]]},"
                + " {\"technique\": \"t2\", \"msLevel\": 2.5, \"peaks\": [[100, 5]]}]");
    Api.Response refused = node.as("fgr.chemist").post("/api/v1/forensics/reports", json);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(pointers(refused))
        .contains(
            "/spectra/0/precursorMz",
            "/spectra/1/msLevel",
            "/spectra/1/precursorMz",
            "/spectra/1/toleranceMz",
            "/spectra/2/msLevel");
  }

  @Test
  void badSearchesNameEachBadField() {
    Api.Response bad =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/spectra/search",
                """
                {"peaks": [[100, 5], [-3, 2], "x"], "toleranceMz": 4, "algorithm": "dot",
                 "limit": 0, "msLevel": 2}\
                """);
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(pointers(bad))
        .contains("/peaks/1", "/peaks/2", "/toleranceMz", "/algorithm", "/limit");

    Api.Response noPrecursor =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/spectra/search",
                "{\"peaks\": [[100, 5]], \"algorithm\": \"modified-cosine\"}");
    assertThat(noPrecursor.status()).isEqualTo(400);
    assertThat(pointers(noPrecursor)).containsExactly("/precursorMz");

    Api.Response empty =
        node.as("fgr.chemist").post("/api/v1/forensics/spectra/search", "{\"peaks\": []}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(pointers(empty)).containsExactly("/peaks");

    Api.Response malformed =
        node.as("fgr.chemist").post("/api/v1/forensics/spectra/search", "{\"peaks\": [[1,");
    assertThat(malformed.status()).isEqualTo(400);
  }

  @Test
  void aBadLibraryIsRefusedWholeWithFileAndLine() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long before = libraryCount("hc.chemist");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "Broken " + tag);
    fields.put("format", "msp");
    fields.put("label", "{\"releasableTo\":[\"CAN\"],\"tlp\":\"AMBER\",\"outsiders\":\"NOTHING\"}");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("good.msp", syntheticMsp("OK-" + tag, "Fine " + tag));
    files.put("bad.msp", "Name: Broken\nNum Peaks: 3\n100 10\n200 x\n");
    Api.Response refused = upload("hc.chemist", fields, files);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(pointers(refused)).anyMatch(p -> p.startsWith("/files/bad.msp/lines/"));
    assertThat(libraryCount("hc.chemist")).isEqualTo(before);

    Map<String, String> noFormat = new LinkedHashMap<>(fields);
    noFormat.put("format", "jcamp");
    Api.Response unknown = upload("hc.chemist", noFormat, Map.of("a.msp", "x"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(pointers(unknown)).containsExactly("/format");

    Api.Response analyst =
        upload("rcmp.analyst", fields, Map.of("good.msp", files.get("good.msp")));
    assertThat(analyst.status()).isEqualTo(403);
  }

  private long libraryCount(String user) {
    return node.as(user).get("/api/v1/forensics/spectra/libraries").json().get("items").size();
  }

  /** Posts a multipart library upload as {@code user}. */
  static Api.Response upload(String user, Map<String, String> fields, Map<String, String> files) {
    String boundary = "puente-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      head.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"")
          .append(f.getKey())
          .append("\"\r\n\r\n")
          .append(f.getValue())
          .append("\r\n");
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      head.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
          .append(f.getKey())
          .append("\"\r\nContent-Type: text/plain\r\n\r\n")
          .append(f.getValue())
          .append("\r\n");
    }
    head.append("--").append(boundary).append("--\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    return RunningNode.get()
        .as(user)
        .post(
            "/api/v1/forensics/spectra/libraries",
            body.toByteArray(),
            "multipart/form-data; boundary=" + boundary);
  }

  private static List<String> pointers(Api.Response response) {
    List<String> out = new ArrayList<>();
    JsonNode errors = response.json().get("errors");
    if (errors != null) {
      errors.forEach(e -> out.add(e.get("pointer").asString()));
    }
    return out;
  }
}
