package org.puente.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.PostgresDatabase;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/**
 * Resolution and screening against a node on PostgreSQL: the scenario (a driver screened at
 * Nogales as "Chuy Guzman Jimenez, 01/02/1984" hits a Mexican-owned record of "Jesús Guzmán
 * Ximénez, 1984-02-01"; the officer gets a pointer, the FGR liaison the explanation and the
 * decision), matching on what the caller sees, and bad input refused with nothing stored.
 */
class ResolutionApiIT {

  static final String MEX_ONLY =
      """
      {"releasableTo":["MEX"],"communities":["LE"],"tlp":"AMBER","outsiders":"POINTER"}\
      """;
  static final String MEX_SILENT =
      """
      {"releasableTo":["MEX"],"communities":["LE"],"tlp":"AMBER","outsiders":"NOTHING"}\
      """;

  private final RunningNode node = RunningNode.get();

  /** A random lower-case word, a surname no other test uses. */
  static String word() {
    return IntelligenceApiIT.word().toLowerCase(Locale.ROOT).substring(2);
  }

  private String create(String user, String json) {
    Api.Response r = node.as(user).post("/api/v1/entities", json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private static String jesus(String tail, String label) {
    return """
    {"type":"PERSON","watchlisted":true,"givenNames":"Jesús","paternalSurname":"Guzmán",
     "maternalSurname":"Xi%s","dateOfBirth":"1984-02-01","nationality":["MEX"],"gender":"M",
     "label":%s}\
    """
        .formatted(tail, label);
  }

  private static String screening(String name, String dob) {
    return """
    {"mode":"BALANCED","place":"Nogales","records":[
      {"kind":"PERSON","name":"%s","dateOfBirth":"%s","nationality":"MEX"}]}\
    """
        .formatted(name, dob);
  }

  @Test
  void aDriverScreenedAtNogalesReachesTheMexicanLiaisonWhoReleasesTheRecord() {
    String tail = word();
    String jesus = create("fgr.analyst", jesus(tail, MEX_ONLY));

    // The CBP officer screens the driver as written on the manifest.
    Api officer = node.as("ntc.officer");
    Api.Response screened =
        officer.post("/api/v1/screenings", screening("Chuy Guzman Ji" + tail, "01/02/1984"));
    assertThat(screened.status()).as(screened.body()).isEqualTo(201);
    String screeningId = screened.json().get("id").asString();
    JsonNode hits = screened.json().at("/results/0/hits");
    JsonNode pointer = null;
    for (JsonNode h : hits) {
      if (h.has("pointer") && h.at("/pointer/id").asString().equals(jesus)) {
        pointer = h;
      }
    }
    assertThat(pointer).as(screened.body()).isNotNull();
    assertThat(pointer.get("status").asString()).isEqualTo("REFERRED");
    assertThat(pointer.at("/pointer/owner/agency").asString()).isEqualTo("FGR");
    // The officer learns whom to ask, nothing of the record itself.
    assertThat(pointer.toString()).doesNotContain("1984-02-01").doesNotContain(tail);
    assertThat(pointer.has("explanation")).isFalse();
    assertThat(pointer.has("score")).isFalse();

    // The FGR liaison sees the hit with what was screened and why it matched.
    Api liaison = node.as("fgr.analyst");
    JsonNode queued = null;
    for (JsonNode h : liaison.get("/api/v1/screening-hits").json().get("hits")) {
      if (h.get("entityId").asString().equals(jesus)
          && h.get("screeningId").asString().equals(screeningId)) {
        queued = h;
      }
    }
    assertThat(queued).isNotNull();
    assertThat(queued.at("/screened/name").asString()).isEqualTo("Chuy Guzman Ji" + tail);
    assertThat(queued.get("screeningAgency").asString()).isEqualTo("CBP-NTC");
    assertThat(queued.get("place").asString()).isEqualTo("Nogales");
    assertThat(queued.at("/entity/fields/dateOfBirth/value").asString()).isEqualTo("1984-02-01");
    String explained = queued.get("explanation").toString();
    // Chuy is Jesús; Jimenez sounds as Ximénez; 01/02/1984 read day first is 1 February.
    assertThat(explained)
        .contains("{\"feature\":\"givenName\",\"level\":\"ALIAS\"")
        .contains("{\"feature\":\"surname\",\"level\":\"PHONETIC\"")
        .contains("{\"feature\":\"birthDate\",\"level\":\"EXACT\"");
    assertThat(queued.get("clauses").toString()).contains("ALIAS");
    // Nobody else's liaison has it, and the officer may not decide it.
    String hitId = queued.get("hitId").asString();
    assertThat(node.as("rcmp.analyst").get("/api/v1/screening-hits/" + hitId).status())
        .isEqualTo(404);
    assertThat(
            officer
                .post("/api/v1/screening-hits/" + hitId + "/decision", "{\"decision\":\"RELEASE\"}")
                .status())
        .isIn(403, 404);

    // The liaison releases it; the officer now sees the record, explained on what it shows.
    Api.Response decided =
        liaison.post(
            "/api/v1/screening-hits/" + hitId + "/decision",
            "{\"decision\":\"RELEASE\",\"reason\":\"Joint operation (synthetic).\"}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().get("status").asString()).isEqualTo("RELEASED");
    assertThat(
            liaison
                .post(
                    "/api/v1/screening-hits/" + hitId + "/decision",
                    "{\"decision\":\"DISMISS\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(409);
    JsonNode after = officer.get("/api/v1/screenings/" + screeningId).json();
    JsonNode shown = null;
    for (JsonNode h : after.at("/results/0/hits")) {
      if (jesus.equals(h.path("entityId").asString(""))) {
        shown = h;
      }
    }
    assertThat(shown).as(after.toString()).isNotNull();
    assertThat(shown.get("status").asString()).isEqualTo("RELEASED");
    assertThat(shown.at("/entity/fields/maternalSurname/value").asString()).isEqualTo("Xi" + tail);
    assertThat(shown.get("explanation")).isNotEmpty();

    // Each step is in the transparency log.
    assertThat(IntelligenceApiIT.eventually(jesus, 5))
        .contains("CREATE", "POINTER_SHOWN", "RELEASE", "LABEL_CHANGE");
    assertThat(IntelligenceApiIT.eventually(screeningId, 1)).contains("SCREENING");
  }

  @Test
  void aHitOnARecordTheOfficerMayNotKnowOfShowsNothingButReachesTheOwner() {
    String tail = word();
    String silent = create("fgr.analyst", jesus(tail, MEX_SILENT));
    Api.Response screened =
        node.as("ntc.officer")
            .post("/api/v1/screenings", screening("Jesus Guzman Xi" + tail, "1984-02-01"));
    assertThat(screened.status()).as(screened.body()).isEqualTo(201);
    assertThat(screened.body()).doesNotContain(silent);
    boolean queued = false;
    for (JsonNode h : node.as("fgr.analyst").get("/api/v1/screening-hits").json().get("hits")) {
      queued |= h.get("entityId").asString().equals(silent);
    }
    assertThat(queued).isTrue();
  }

  @Test
  void matchingScoresOnlyWhatTheCallerSees() {
    String surname = word();
    String usaOnlyBirth =
        """
        {"releasableTo":["USA"],"communities":["LE"],"tlp":"AMBER","outsiders":"POINTER"}\
        """;
    String shared =
        """
        {"releasableTo":["USA","MEX"],"communities":["LE"],"tlp":"AMBER","outsiders":"POINTER"}\
        """;
    String person =
        create(
            "ntc.officer",
            """
            {"type":"PERSON","givenNames":"María José","paternalSurname":"Ba%s",
             "maternalSurname":"Llamas","dateOfBirth":"1990-07-15","nationality":["MEX"],
             "label":%s,"fieldLabels":{"dateOfBirth":%s}}\
            """
                .formatted(surname, shared, usaOnlyBirth));
    String query =
        """
        {"record":{"name":"Maria Jose Va%s Yamas","dateOfBirth":"1990-07-15"},"limit":5}\
        """
            .formatted(surname);
    JsonNode mine =
        candidate(node.as("ntc.officer").post("/api/v1/resolution/match", query), person);
    JsonNode theirs =
        candidate(node.as("fgr.analyst").post("/api/v1/resolution/match", query), person);
    assertThat(mine).isNotNull();
    assertThat(theirs).isNotNull();
    // The owner's score counts the date of birth; FGR's cannot, as FGR may not see it.
    assertThat(mine.get("explanation").toString()).contains("birthDate");
    assertThat(theirs.get("explanation").toString()).doesNotContain("birthDate");
    assertThat(theirs.get("score").asDouble()).isLessThan(mine.get("score").asDouble());
    assertThat(theirs.toString()).doesNotContain("1990-07-15");
    // The explanation adds up: prior plus every weight is the score.
    double sum = mine.get("prior").asDouble();
    for (JsonNode f : mine.get("explanation")) {
      sum += f.get("weight").asDouble();
    }
    assertThat(sum)
        .isCloseTo(mine.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.01));

    // A confirmed match is logged with the explanation the analyst saw.
    String other =
        create(
            "ntc.officer",
            """
            {"type":"PERSON","givenNames":"Maria","paternalSurname":"Va%s","dateOfBirth":"1990",
             "label":%s}\
            """
                .formatted(surname, shared));
    Api.Response decided =
        node.as("ntc.officer")
            .post(
                "/api/v1/resolution/decisions",
                """
                {"entityA":"%s","entityB":"%s","decision":"CONFIRM"}\
                """
                    .formatted(person, other));
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    assertThat(decided.json().get("explanation")).isNotEmpty();
    assertThat(IntelligenceApiIT.eventually(other, 2)).contains("MATCH_DECISION");
    // Confirmed people form a cluster whose id survives a merge and the split that undoes it.
    Api cbp = node.as("ntc.officer");
    JsonNode cluster = cbp.get("/api/v1/resolution/clusters?entity=" + person).json();
    String clusterId = cluster.get("clusterId").asString();
    assertThat(cluster.get("members")).hasSize(2);
    String third =
        create(
            "ntc.officer",
            """
            {"type":"PERSON","givenNames":"M. José","paternalSurname":"Ba%s","label":%s}\
            """
                .formatted(surname, shared));
    String confirmThird =
        """
        {"entityA":"%s","entityB":"%s","decision":"%s","reason":"Checked (synthetic)."}\
        """;
    assertThat(
            cbp.post(
                    "/api/v1/resolution/decisions", confirmThird.formatted(other, third, "CONFIRM"))
                .status())
        .isEqualTo(201);
    JsonNode merged = cbp.get("/api/v1/resolution/clusters?entity=" + third).json();
    assertThat(merged.get("clusterId").asString()).isEqualTo(clusterId);
    assertThat(merged.get("members")).hasSize(3);
    assertThat(
            cbp.post("/api/v1/resolution/decisions", confirmThird.formatted(third, other, "REJECT"))
                .status())
        .isEqualTo(201);
    assertThat(
            cbp.get("/api/v1/resolution/clusters?entity=" + person)
                .json()
                .get("clusterId")
                .asString())
        .isEqualTo(clusterId);
    assertThat(cbp.get("/api/v1/resolution/clusters?entity=" + third).status()).isEqualTo(404);
    // Clusters are the deciding agency's own.
    assertThat(node.as("fgr.analyst").get("/api/v1/resolution/clusters?entity=" + person).status())
        .isEqualTo(404);
    // A record the caller may not know of answers as missing.
    String hidden = create("fgr.analyst", jesus(word(), MEX_SILENT));
    assertThat(
            node.as("ntc.officer")
                .post(
                    "/api/v1/resolution/decisions",
                    """
                    {"entityA":"%s","entityB":"%s","decision":"REJECT","reason":"no"}\
                    """
                        .formatted(person, hidden))
                .status())
        .isEqualTo(404);
  }

  private static JsonNode candidate(Api.Response r, String id) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    for (JsonNode c : r.json().get("candidates")) {
      if (id.equals(c.path("entityId").asString(""))) {
        return c;
      }
    }
    return null;
  }

  @Test
  void badScreeningsAreRefusedByFieldAndStoreNothing() throws Exception {
    long before = screenings();
    Api officer = node.as("ntc.officer");
    Api.Response bad =
        officer.post(
            "/api/v1/screenings",
            """
            {"mode":"SOMETIMES","records":[
              {"kind":"PERSON","name":"Ana Ruiz","dateOfBirth":"1984-13-45"},
              {"kind":"PERSON","name":"","nationality":"ZZZ"},
              {"kind":"SPACESHIP"},
              {"kind":"PERSON","name":"Иван Петров","colour":"red"}]}\
            """);
    assertThat(bad.status()).isEqualTo(400);
    String problems = bad.body();
    assertThat(problems)
        .contains("/mode")
        .contains("/records/0/dateOfBirth")
        .contains("/records/1/name")
        .contains("/records/1/nationality")
        .contains("/records/2/kind")
        .contains("/records/3/colour");
    StringBuilder many = new StringBuilder("{\"records\":[");
    for (int i = 0; i <= 1_000; i++) {
      many.append(i == 0 ? "" : ",").append("{\"name\":\"A B\"}");
    }
    many.append("]}");
    assertThat(officer.post("/api/v1/screenings", many.toString()).status()).isEqualTo(413);
    assertThat(officer.post("/api/v1/screenings", "[1,2]").status()).isEqualTo(400);
    assertThat(officer.post("/api/v1/screenings", "{\"records\":[]}").status()).isEqualTo(400);
    assertThat(screenings()).isEqualTo(before);
    // Names in other scripts are transliterated, never a failure.
    Api.Response cyrillic =
        officer.post(
            "/api/v1/screenings", "{\"records\":[{\"name\":\"Иван Петров\",\"document\":\"X1\"}]}");
    assertThat(cyrillic.status()).as(cyrillic.body()).isEqualTo(201);
    // Chemists do not screen.
    assertThat(
            node.as("dea.chemist")
                .post("/api/v1/screenings", "{\"records\":[{\"name\":\"Ana Ruiz\"}]}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void vehiclesCargoAndRulesAreScreenedWithTheClauseThatFired() {
    String plate = "ZQ-" + word().substring(0, 4).toUpperCase(Locale.ROOT);
    String vehicle =
        create(
            "ntc.officer",
            """
            {"type":"VEHICLE","watchlisted":true,"plate":"%s","plateJurisdiction":"MX-SON",
             "label":{"releasableTo":["USA"],"communities":["LE"],"tlp":"AMBER","outsiders":"POINTER"}}\
            """
                .formatted(plate));
    Api.Response rule =
        node.as("cbsa.officer")
            .post(
                "/api/v1/screening-rules",
                """
                {"name":"Precursor-like commodity","kind":"CARGO",
                 "clauses":[{"field":"commodity","op":"CONTAINS","value":"industrial chemicals"},
                            {"field":"origin","op":"IN","values":["Shanghai","Ningbo"]}]}\
                """);
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    Api.Response badRule =
        node.as("cbsa.officer")
            .post(
                "/api/v1/screening-rules",
                "{\"name\":\"x\",\"kind\":\"CARGO\",\"clauses\":[{\"field\":\"colour\",\"op\":\"LIKE\",\"value\":\"x\"}]}");
    assertThat(badRule.status()).isEqualTo(400);
    assertThat(badRule.body()).contains("/clauses/0/field").contains("/clauses/0/op");

    JsonNode own =
        node.as("ntc.officer")
            .post(
                "/api/v1/screenings",
                """
                {"records":[{"kind":"VEHICLE","plate":"%s","plateJurisdiction":"MX-SON"}]}\
                """
                    .formatted(plate.toLowerCase(Locale.ROOT).replace("-", " ")))
            .json();
    assertThat(own.at("/results/0/hits/0/entityId").asString()).isEqualTo(vehicle);
    assertThat(own.at("/results/0/hits/0/clauses").toString()).contains("PLATE:EXACT");

    JsonNode cargo =
        node.as("cbsa.officer")
            .post(
                "/api/v1/screenings",
                """
                {"records":[{"kind":"CARGO","shipper":"Acme SA de CV","commodity":"Industrial Chemicals, n.o.s.",
                  "origin":"NINGBO"},{"kind":"CARGO","commodity":"toys","origin":"Ningbo"}]}\
                """)
            .json();
    assertThat(cargo.at("/results/0/hits").toString())
        .contains("commodity CONTAINS industrial chemicals");
    assertThat(cargo.at("/results/1/hits")).isEmpty();
  }

  @Test
  void importedWatchlistEntriesAreScreenedAllOrNothing() {
    Api rcmp = node.as("rcmp.analyst");
    Api.Response list =
        rcmp.post(
            "/api/v1/watchlists",
            """
            {"name":"Synthetic fugitives","label":{"releasableTo":["CAN","USA"],"communities":["LE"],
             "tlp":"AMBER","outsiders":"NOTHING"}}\
            """);
    assertThat(list.status()).as(list.body()).isEqualTo(201);
    String id = list.json().get("id").asString();
    String surname = "Zo" + word();
    Api.Response bad =
        rcmp.post(
            "/api/v1/watchlists/" + id + "/entries:import",
            ("name,dateOfBirth,nationality\nLuc "
                    + surname
                    + ",1975-02-30,CAN\nAnne Roy,1980,XXX\n")
                .getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("/rows/1/dateOfBirth").contains("/rows/2/nationality");
    Api.Response good =
        rcmp.post(
            "/api/v1/watchlists/" + id + "/entries:import",
            ("name,aliases,dateOfBirth,nationality\n\""
                    + surname
                    + ", Luc\",Lucky,1975-02-03,CAN\n")
                .getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(good.status()).as(good.body()).isEqualTo(201);
    assertThat(good.json().get("created").asInt()).isEqualTo(1);
    String entry = good.json().at("/ids/0").asString();
    JsonNode hit =
        node.as("cbsa.officer")
            .post(
                "/api/v1/screenings",
                """
                {"mode":"HIGH_PRECISION","records":[{"name":"Luc %s","dateOfBirth":"1975-02-03"}]}\
                """
                    .formatted(surname))
            .json();
    assertThat(hit.at("/results/0/hits/0/entityId").asString()).isEqualTo(entry);
    assertThat(rcmp.get("/api/v1/watchlists").json().toString()).contains("\"entries\":1");
    // An agency that may not know of the list's entries screens and finds nothing.
    JsonNode fgr =
        node.as("fgr.analyst")
            .post(
                "/api/v1/screenings",
                """
                {"records":[{"name":"Luc %s","dateOfBirth":"1975-02-03"}]}\
                """
                    .formatted(surname))
            .json();
    assertThat(fgr.toString()).doesNotContain(entry);
  }

  private static long screenings() throws Exception {
    try (Connection c = PostgresDatabase.admin();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM intelligence.screening)"
                    + " + (SELECT COUNT(*) FROM intelligence.screening_hit)")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
