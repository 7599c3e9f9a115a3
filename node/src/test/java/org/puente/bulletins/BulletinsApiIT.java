package org.puente.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.puente.Api;
import org.puente.PostgresDatabase;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The bulletins API contract against a node on PostgreSQL. */
class BulletinsApiIT {

  private final RunningNode node = RunningNode.get();

  private static String bulletin(String title, String label) {
    return """
    {"kind":"INTELLIGENCE","title":"%s","body":"Synthetic test bulletin body.","label":%s}
    """
        .formatted(title, label);
  }

  @Test
  void issuesAndReadsABulletin() {
    String word = "issued" + UUID.randomUUID().toString().substring(0, 8);
    Api.Response created =
        node.as("ntc.officer")
            .post(
                "/api/v1/bulletins",
                bulletin(
                    "Test " + word,
                    """
                    {"releasableTo":["USA","MEX"],"communities":["LE"],"handling":"H2",
                     "tlp":"AMBER","outsiders":"POINTER"}\
                    """));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("id").asString();
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/bulletins/" + id);
    assertThat(body.get("title").asString()).isEqualTo("Test " + word);
    assertThat(body.at("/owner/agency").asString()).isEqualTo("CBP-NTC");
    assertThat(body.at("/label/tlp").asString()).isEqualTo("AMBER");

    JsonNode read = node.as("fgr.analyst").get("/api/v1/bulletins/" + id).json();
    assertThat(read.get("title").asString()).isEqualTo("Test " + word);
    assertThat(read.has("pointer")).isFalse();

    JsonNode found = node.as("fgr.analyst").get("/api/v1/bulletins?q=" + word).json();
    assertThat(found.get("items")).hasSize(1);
  }

  @Test
  void outsidersOfAPointerLabelGetOnlyThePointer() {
    String word = "pointer" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        node.as("rcmp.analyst")
            .post(
                "/api/v1/bulletins",
                bulletin(
                    "Secret " + word,
                    """
                    {"releasableTo":["CAN"],"tlp":"AMBER","outsiders":"POINTER"}\
                    """))
            .json()
            .get("id")
            .asString();
    Api.Response read = node.as("fgr.analyst").get("/api/v1/bulletins/" + id);
    assertThat(read.status()).isEqualTo(200);
    JsonNode pointer = read.json();
    List<String> members = new ArrayList<>(pointer.propertyNames());
    assertThat(members).containsExactlyInAnyOrder("id", "pointer", "type", "owner", "contact");
    assertThat(pointer.get("pointer").asBoolean()).isTrue();
    assertThat(pointer.at("/owner/agency").asString()).isEqualTo("RCMP");
    assertThat(pointer.at("/owner/country").asString()).isEqualTo("CAN");
    assertThat(read.body()).doesNotContain(word).doesNotContain("Secret");

    JsonNode search = node.as("fgr.analyst").get("/api/v1/bulletins?q=" + word).json();
    assertThat(search.get("items")).hasSize(1);
    assertThat(search.at("/items/0/pointer").asBoolean()).isTrue();
    assertThat(search.toString()).doesNotContain("Secret");
  }

  @Test
  void aHiddenBulletinAnswersExactlyLikeOneThatNeverExisted() {
    String word = "hidden" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        node.as("rcmp.analyst")
            .post(
                "/api/v1/bulletins",
                bulletin(
                    "Hidden " + word,
                    """
                    {"releasableTo":["CAN"],"tlp":"AMBER","outsiders":"NOTHING"}\
                    """))
            .json()
            .get("id")
            .asString();
    Api.Response hidden = node.as("fgr.analyst").get("/api/v1/bulletins/" + id);
    String never = UUID.randomUUID().toString();
    Api.Response missing = node.as("fgr.analyst").get("/api/v1/bulletins/" + never);
    assertThat(hidden.status()).isEqualTo(404).isEqualTo(missing.status());
    assertThat(hidden.contentType()).isEqualTo(missing.contentType());
    assertThat(normalised(hidden, id)).isEqualTo(normalised(missing, never));
    assertThat(node.as("fgr.analyst").get("/api/v1/bulletins?q=" + word).json().get("items"))
        .isEmpty();
    assertThat(node.as("cbsa.officer").get("/api/v1/bulletins/" + id).status()).isEqualTo(200);
  }

  static String normalised(Api.Response response, String id) {
    ObjectNode body = (ObjectNode) response.json();
    body.remove("requestId");
    return body.toString().replace(id, "ID");
  }

  @Test
  void unauthenticatedCallsGet401ProblemDetails() {
    Api.Response r = node.anonymous().get("/api/v1/bulletins");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("type").asString()).isEqualTo("/problems/unauthenticated");
    Api.Response wrong = node.authorization("Bearer pnt_not-a-real-token").get("/api/v1/bulletins");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
  }

  static Stream<Arguments> badRequests() {
    String okLabel = "{\"releasableTo\":[\"USA\"],\"tlp\":\"AMBER\"}";
    return Stream.of(
        Arguments.of("malformed JSON", "{\"title\": \"x\", ", List.of()),
        Arguments.of("not an object", "[1,2]", List.of("")),
        Arguments.of(
            "unknown country or agency",
            bulletin("t", "{\"releasableTo\":[\"USA\",\"XYZ\"],\"tlp\":\"AMBER\"}"),
            List.of("/label/releasableTo")),
        Arguments.of(
            "unknown community",
            bulletin(
                "t", "{\"releasableTo\":[\"USA\"],\"communities\":[\"ZZ\"],\"tlp\":\"AMBER\"}"),
            List.of("/label/communities")),
        Arguments.of(
            "unknown handling, TLP and outsiders",
            bulletin(
                "t",
                "{\"releasableTo\":[\"USA\"],\"handling\":\"H9\",\"tlp\":\"PURPLE\","
                    + "\"outsiders\":\"MAYBE\"}"),
            List.of("/label/handling", "/label/tlp", "/label/outsiders")),
        Arguments.of(
            "TLP contradicting the releasability",
            bulletin("t", "{\"releasableTo\":[\"USA\"],\"tlp\":\"GREEN\"}"),
            List.of("/label/tlp")),
        Arguments.of(
            "TLP:RED with whole countries",
            bulletin("t", "{\"releasableTo\":[\"USA\",\"CBP-NTC\"],\"tlp\":\"RED\"}"),
            List.of("/label/tlp")),
        Arguments.of(
            "empty releasability",
            bulletin("t", "{\"releasableTo\":[],\"tlp\":\"AMBER\"}"),
            List.of("/label/releasableTo")),
        Arguments.of(
            "a label hiding the record from its owner",
            bulletin("t", "{\"releasableTo\":[\"MEX\"],\"tlp\":\"AMBER\"}"),
            List.of("/label/releasableTo")),
        Arguments.of(
            "H3 without its text",
            bulletin("t", "{\"releasableTo\":[\"USA\"],\"handling\":\"H3\",\"tlp\":\"AMBER\"}"),
            List.of("/label/handlingText")),
        Arguments.of(
            "oversized body",
            "{\"title\":\"t\",\"body\":\""
                + "x".repeat(Bulletins.MAX_BODY + 1)
                + "\",\"label\":"
                + okLabel
                + "}",
            List.of("/body")),
        Arguments.of(
            "missing label, unknown field and empty title",
            "{\"title\":\"\",\"body\":\"b\",\"colour\":\"red\"}",
            List.of("/title", "/label", "/colour")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void badInputIsRefusedNamingEachFieldAndStoresNothing(
      String what, String request, List<String> pointers) throws Exception {
    long before = bulletins();
    Api.Response r = node.as("ntc.officer").post("/api/v1/bulletins", request);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode problem = r.json();
    if (pointers.isEmpty()) {
      assertThat(problem.get("type").asString()).isEqualTo("/problems/malformed-request");
    } else {
      assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-request");
      List<String> named = new ArrayList<>();
      problem.get("errors").values().forEach(e -> named.add(e.get("pointer").asString()));
      assertThat(named).containsAll(pointers);
      problem
          .get("errors")
          .values()
          .forEach(e -> assertThat(e.get("detail").asString()).isNotBlank());
    }
    assertThat(bulletins()).isEqualTo(before);
  }

  @Test
  void problemsAreInTheCallersLanguage() {
    Api.Response r =
        node.as("fgr.analyst")
            .in("es")
            .post(
                "/api/v1/bulletins",
                bulletin("t", "{\"releasableTo\":[\"MEX\"],\"tlp\":\"GREEN\"}"));
    assertThat(r.json().get("title").asString()).isEqualTo("La solicitud no es válida");
    Api.Response f =
        node.as("hc.chemist")
            .in("fr")
            .post(
                "/api/v1/bulletins",
                bulletin("t", "{\"releasableTo\":[\"CAN\"],\"tlp\":\"GREEN\"}"));
    assertThat(f.json().get("title").asString()).isEqualTo("La requête n’est pas valide");
  }

  @Test
  void everyOtherApiErrorIsProblemDetailsToo() {
    Api api = node.as("ntc.officer");
    Api.Response unknownPath = api.get("/api/v1/no-such-thing");
    assertThat(unknownPath.status()).isEqualTo(404);
    assertThat(unknownPath.contentType()).startsWith("application/problem+json");
    Api.Response method = api.method("PATCH", "/api/v1/bulletins");
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.contentType()).startsWith("application/problem+json");
    Api.Response media = api.post("/api/v1/bulletins", "title=x", "text/plain");
    assertThat(media.status()).isEqualTo(415);
    assertThat(media.contentType()).startsWith("application/problem+json");
    Api.Response badId = api.get("/api/v1/bulletins/not-a-uuid");
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().at("/errors/0/pointer").asString()).isEqualTo("/id");
  }

  @Test
  void anOversizedRequestIsRefusedWith413BeforeItIsRead() throws Exception {
    long before = bulletins();
    String huge = "{\"title\":\"t\",\"body\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    Api.Response r = node.as("ntc.officer").post("/api/v1/bulletins", huge);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("type").asString()).isEqualTo("/problems/payload-too-large");
    assertThat(bulletins()).isEqualTo(before);
  }

  @Test
  void recordsArePurgedAfterTheirRetainUntilDateWithALogEntry() throws Exception {
    String id =
        node.as("cbsa.officer")
            .post(
                "/api/v1/bulletins",
                bulletin(
                    "Short-lived " + UUID.randomUUID(),
                    "{\"releasableTo\":[\"CAN\"],\"tlp\":\"AMBER\","
                        + "\"retainUntil\":\""
                        + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2)
                        + "\"}"))
            .json()
            .get("id")
            .asString();
    assertThat(node.as("cbsa.officer").get("/api/v1/bulletins/" + id).status()).isEqualTo(200);
    org.puente.governance.Disclosures disclosures =
        node.bean(org.puente.governance.Disclosures.class);
    assertThat(disclosures.purgeExpired(java.time.LocalDate.now(java.time.ZoneOffset.UTC)))
        .isZero();
    assertThat(
            disclosures.purgeExpired(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3)))
        .isPositive();
    assertThat(node.as("cbsa.officer").get("/api/v1/bulletins/" + id).status()).isEqualTo(404);
    try (Connection c = PostgresDatabase.admin();
        Statement s = c.createStatement();
        // One statement, one snapshot: the sequencer may move the entry from pending to the
        // tree between two queries, and it would then be counted twice.
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM transparency.pending WHERE action = 'PURGE'"
                    + " AND subject_id = '"
                    + id
                    + "') + (SELECT COUNT(*) FROM transparency.leaf WHERE action = 'PURGE'"
                    + " AND subject_id = '"
                    + id
                    + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1);
    }
  }

  private static long bulletins() throws Exception {
    try (Connection c = PostgresDatabase.admin();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bulletins.bulletin")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
