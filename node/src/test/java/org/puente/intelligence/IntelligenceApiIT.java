package org.puente.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.PostgresDatabase;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/**
 * The intelligence exchange's contract against a node on PostgreSQL, above all the issue's
 * scenario: a Mexican analyst finds a person CBP-NTC recorded, sees the name but not the
 * national-only date of birth, sees a pointer to an RCMP record, asks for it and gets it once the
 * RCMP analyst approves — each step in the transparency log.
 */
class IntelligenceApiIT {

  static final String SHARED_MEX =
      """
      {"releasableTo":["USA","MEX"],"communities":["LE"],"tlp":"AMBER","outsiders":"POINTER"}\
      """;
  static final String USA_ONLY =
      """
      {"releasableTo":["USA"],"communities":["LE"],"tlp":"AMBER","outsiders":"POINTER"}\
      """;
  static final String CAN_ONLY =
      """
      {"releasableTo":["CAN"],"communities":["LE"],"tlp":"AMBER","outsiders":"POINTER"}\
      """;
  static final String CAN_ONLY_SILENT =
      """
      {"releasableTo":["CAN"],"communities":["LE"],"tlp":"AMBER","outsiders":"NOTHING"}\
      """;
  static final String THREE =
      """
      {"releasableTo":["CAN","USA","MEX"],"communities":["LE"],"tlp":"AMBER","outsiders":"NOTHING"}\
      """;

  private final RunningNode node = RunningNode.get();

  static String word() {
    // Letters only, so the name analyser keeps it as one searchable word.
    StringBuilder s = new StringBuilder("Zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
      s.append((char) ('a' + (Character.digit(c, 16) % 26)));
    }
    return s.toString();
  }

  static String person(String surname, String label, String fieldLabels) {
    return """
    {"type":"PERSON","givenNames":"José Ángel","paternalSurname":"%s","maternalSurname":"Ximénez",
     "aliases":["El Güero"],"dateOfBirth":"1981-04-04","nationality":["MEX"],"gender":"M",
     "documents":[{"kind":"PASSPORT","number":"G1234-5678","country":"MEX"}],
     "label":%s,"fieldLabels":%s}\
    """
        .formatted(surname, label, fieldLabels);
  }

  private String create(String user, String json) {
    Api.Response r = node.as(user).post("/api/v1/entities", json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  @Test
  void theMexicanAnalystFindsSeesAsksAndIsGranted() {
    String surname = word();
    String person =
        create("ntc.officer", person(surname, SHARED_MEX, "{\"dateOfBirth\":" + USA_ONLY + "}"));
    String phone =
        create(
            "rcmp.analyst",
            """
            {"type":"PHONE","number":"+1 613 555 0142","kind":"MOBILE","label":%s}\
            """
                .formatted(CAN_ONLY));
    Api.Response rel =
        node.as("rcmp.analyst")
            .post(
                "/api/v1/relationships",
                """
                {"type":"USES","source":"%s","target":"%s","from":"2026-01-10","evaluation":"B2",
                 "evidence":"Subscriber records (synthetic).","label":%s}\
                """
                    .formatted(person, phone, THREE));
    assertThat(rel.status()).as(rel.body()).isEqualTo(201);

    // Found by a folded, accent-free query; the name is shown, the date of birth withheld.
    Api fgr = node.as("fgr.analyst");
    JsonNode found =
        fgr.get("/api/v1/search?q=" + enc("jose angel " + surname.toLowerCase() + " jimenez"))
            .json();
    assertThat(found.get("items")).hasSize(1);
    JsonNode item = found.get("items").get(0);
    assertThat(item.get("id").asString()).isEqualTo(person);
    assertThat(item.at("/fields/paternalSurname/value").asString()).isEqualTo(surname);
    assertThat(item.at("/fields/dateOfBirth/withheld").asBoolean()).isTrue();
    assertThat(item.at("/fields/dateOfBirth").has("value")).isFalse();
    assertThat(item.toString()).doesNotContain("1981-04-04");
    // The CBP officer sees the date of birth, with its stricter label.
    JsonNode own = node.as("ntc.officer").get("/api/v1/entities/" + person).json();
    assertThat(own.at("/fields/dateOfBirth/value").asString()).isEqualTo("1981-04-04");
    assertThat(own.at("/fields/dateOfBirth/label/releasableTo").toString()).isEqualTo("[\"USA\"]");
    assertThat(own.at("/fields/documents/value/0/number").asString()).isEqualTo("G12345678");

    // The neighbourhood shows the RCMP phone as a pointer, with whom to ask.
    JsonNode graph = fgr.get("/api/v1/graph/neighbourhood?id=" + person + "&depth=2").json();
    assertThat(graph.get("nodes")).hasSize(2);
    JsonNode pointer = null;
    for (JsonNode n : graph.get("nodes")) {
      if (n.get("id").asString().equals(phone)) {
        pointer = n;
      }
    }
    assertThat(pointer).isNotNull();
    assertThat(pointer.get("pointer").asBoolean()).isTrue();
    assertThat(pointer.at("/owner/agency").asString()).isEqualTo("RCMP");
    assertThat(pointer.toString()).doesNotContain("613");
    assertThat(graph.get("edges")).hasSize(1);
    assertThat(fgr.get("/api/v1/entities/" + phone).json().get("pointer").asBoolean()).isTrue();

    // She asks; the RCMP analyst sees it in the inbox and approves.
    Api.Response asked =
        fgr.post(
            "/api/v1/release-requests",
            """
            {"recordType":"entity","recordId":"%s","purpose":"Joint investigation (synthetic)."}\
            """
                .formatted(phone));
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    String request = asked.json().get("id").asString();
    assertThat(fgr.post("/api/v1/release-requests", asked.body().replace("id", "x")).status())
        .isEqualTo(400);
    JsonNode inbox = node.as("rcmp.analyst").get("/api/v1/release-requests").json();
    assertThat(inbox.get("inbox").toString()).contains(request);
    // Nobody but the owner decides.
    assertThat(
            fgr.post(
                    "/api/v1/release-requests/" + request + "/decision",
                    "{\"decision\":\"APPROVE\"}")
                .status())
        .isEqualTo(404);
    Api.Response decided =
        node.as("rcmp.analyst")
            .post(
                "/api/v1/release-requests/" + request + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"Shared for the joint case.\"}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().get("status").asString()).isEqualTo("APPROVED");
    JsonNode released = fgr.get("/api/v1/entities/" + phone).json();
    assertThat(released.has("pointer")).isFalse();
    assertThat(released.at("/fields/number/value").asString()).isEqualTo("+16135550142");
    assertThat(released.at("/label/releasableTo").toString()).contains("FGR");
    // The search index follows the release: the phone is now found as a record, not a pointer.
    boolean foundInFull = false;
    for (JsonNode hit :
        fgr.get("/api/v1/search?q=" + enc("+16135550142") + "&limit=200").json().get("items")) {
      if (hit.get("id").asString().equals(phone)) {
        foundInFull = !hit.has("pointer");
      }
    }
    assertThat(foundInFull).isTrue();
    // A second decision is a conflict.
    assertThat(
            node.as("rcmp.analyst")
                .post(
                    "/api/v1/release-requests/" + request + "/decision",
                    "{\"decision\":\"REFUSE\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(409);

    // Each step is in the transparency log.
    assertThat(eventually(person, 6)).contains("CREATE", "SEARCH_HIT");
    assertThat(eventually(phone, 5))
        .contains("CREATE", "POINTER_SHOWN", "RELEASE", "LABEL_CHANGE", "READ");
  }

  @Test
  void aWithheldFieldIsAskedForAndReleasedAlone() {
    String surname = word();
    String person =
        create("ntc.officer", person(surname, SHARED_MEX, "{\"dateOfBirth\":" + USA_ONLY + "}"));
    Api fgr = node.as("fgr.analyst");
    String fieldId =
        fgr.get("/api/v1/entities/" + person).json().at("/fields/dateOfBirth/fieldId").asString();
    // A withheld field cannot be searched on: that would reveal it.
    String byBirth = "/api/v1/search?q=" + enc(surname + " 1981-04-04");
    assertThat(fgr.get(byBirth).json().get("items")).isEmpty();
    assertThat(node.as("ntc.officer").get(byBirth).json().get("items")).hasSize(1);
    Api.Response asked =
        fgr.post(
            "/api/v1/release-requests",
            """
            {"recordType":"entity_field","recordId":"%s","purpose":"Identity check (synthetic)."}\
            """
                .formatted(fieldId));
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(asked.json().get("field").asString()).isEqualTo("dateOfBirth");
    // CBP-NTC has no analyst in the demo; its security officer decides.
    Api.Response decided =
        node.as("usa.security")
            .post(
                "/api/v1/release-requests/" + asked.json().get("id").asString() + "/decision",
                "{\"decision\":\"APPROVE\"}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(
            fgr.get("/api/v1/entities/" + person).json().at("/fields/dateOfBirth/value").asString())
        .isEqualTo("1981-04-04");
    // Once released, the search index knows the field's new label.
    assertThat(fgr.get(byBirth).json().get("items")).hasSize(1);
    // RCMP, outside the record's label, still gets only a pointer, and no field.
    JsonNode rcmp = node.as("rcmp.analyst").get("/api/v1/entities/" + person).json();
    assertThat(rcmp.get("pointer").asBoolean()).isTrue();
    assertThat(rcmp.toString()).doesNotContain(surname).doesNotContain("1981");
  }

  @Test
  void aNarrowedReleaseKeepsNamedFieldsBack() {
    String surname = word();
    String person = create("rcmp.analyst", person(surname, CAN_ONLY, "{}"));
    Api fgr = node.as("fgr.analyst");
    Api.Response asked =
        fgr.post(
            "/api/v1/release-requests",
            "{\"recordType\":\"entity\",\"recordId\":\"%s\",\"purpose\":\"Case 12 (synthetic).\"}"
                .formatted(person));
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    String id = asked.json().get("id").asString();
    Api rcmp = node.as("rcmp.analyst");
    assertThat(
            rcmp.post(
                    "/api/v1/release-requests/" + id + "/decision",
                    "{\"decision\":\"NARROW\",\"reason\":\"DOB stays\",\"withhold\":[\"nope\"]}")
                .status())
        .isEqualTo(400);
    Api.Response decided =
        rcmp.post(
            "/api/v1/release-requests/" + id + "/decision",
            "{\"decision\":\"NARROW\",\"reason\":\"The date of birth stays national.\",\"withhold\":[\"dateOfBirth\",\"documents\"]}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    JsonNode seen = fgr.get("/api/v1/entities/" + person).json();
    assertThat(seen.at("/fields/paternalSurname/value").asString()).isEqualTo(surname);
    assertThat(seen.at("/fields/dateOfBirth/withheld").asBoolean()).isTrue();
    assertThat(seen.at("/fields/documents/withheld").asBoolean()).isTrue();
    assertThat(seen.toString()).doesNotContain("1981-04-04").doesNotContain("G12345678");
    // History shows the version with the same fields, and the same ones withheld.
    JsonNode history = fgr.get("/api/v1/entities/" + person + "/history").json();
    assertThat(history.get("versions")).hasSize(1);
    assertThat(history.toString()).doesNotContain("1981-04-04");
  }

  @Test
  void hiddenAndMissingIdsAnswerAlike() {
    String silent = create("rcmp.analyst", person(word(), CAN_ONLY_SILENT, "{}"));
    Api fgr = node.as("fgr.analyst");
    for (String path :
        List.of(
            "/api/v1/entities/%s",
            "/api/v1/entities/%s/history", "/api/v1/graph/neighbourhood?id=%s&depth=1")) {
      Api.Response hidden = fgr.get(path.formatted(silent));
      Api.Response missing = fgr.get(path.formatted(UUID.randomUUID()));
      assertThat(hidden.status()).isEqualTo(404);
      assertThat(missing.status()).isEqualTo(404);
      assertThat(strip(hidden.json())).isEqualTo(strip(missing.json()));
    }
    Api.Response ask =
        fgr.post(
            "/api/v1/release-requests",
            "{\"recordType\":\"entity\",\"recordId\":\"%s\",\"purpose\":\"x\"}".formatted(silent));
    assertThat(ask.status()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedByFieldAndNothingIsStored() {
    String surname = word();
    Api cbp = node.as("ntc.officer");
    Api.Response r =
        cbp.post(
            "/api/v1/entities",
            """
            {"type":"PERSON","paternalSurname":"%s","dateOfBirth":"1981-02-30","shoeSize":44,
             "label":%s,"fieldLabels":{"paternalSurname":%s}}\
            """
                .formatted(surname, USA_ONLY, SHARED_MEX));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    List<String> pointers = pointers(r.json());
    assertThat(pointers).contains("/dateOfBirth", "/shoeSize", "/fieldLabels/paternalSurname");
    Api.Response vin =
        cbp.post(
            "/api/v1/entities",
            """
            {"type":"VEHICLE","vin":"1HGCM82633A004353","plate":"%s","label":%s}\
            """
                .formatted(surname, USA_ONLY));
    assertThat(vin.status()).isEqualTo(400);
    assertThat(vin.body()).contains("/vin").contains("vin.checkDigit");
    Api.Response container =
        cbp.post(
            "/api/v1/entities",
            "{\"type\":\"SHIPMENT\",\"container\":\"CSQU3054384\",\"label\":%s}"
                .formatted(USA_ONLY));
    assertThat(container.body()).contains("container.checkDigit");
    Api.Response phone =
        cbp.post(
            "/api/v1/entities",
            "{\"type\":\"PHONE\",\"number\":\"555-01\",\"label\":%s}".formatted(USA_ONLY));
    assertThat(phone.status()).isEqualTo(400);
    assertThat(
            cbp.post(
                    "/api/v1/entities", "{\"type\":\"SPACESHIP\",\"label\":%s}".formatted(USA_ONLY))
                .status())
        .isEqualTo(400);
    // Nothing of the refused person was stored.
    assertThat(cbp.get("/api/v1/search?q=" + surname).json().get("items")).isEmpty();
    // An explicitly unverified identifier is stored as given and flagged.
    Api.Response unverified =
        cbp.post(
            "/api/v1/entities",
            "{\"type\":\"VEHICLE\",\"vin\":\"WVWZZZ1JZXW000001\",\"plate\":\"%s\",\"unverified\":[\"vin\"],\"label\":%s}"
                .formatted(surname, USA_ONLY));
    assertThat(unverified.status()).as(unverified.body()).isEqualTo(201);
    assertThat(unverified.json().at("/fields/vin/unverified").asBoolean()).isTrue();
    // A new version needs a reason and keeps the old one in the history.
    String id = unverified.json().get("id").asString();
    String next =
        "{\"type\":\"VEHICLE\",\"plate\":\"%s\",\"colour\":\"Red\",\"label\":%s}"
            .formatted(surname, USA_ONLY);
    assertThat(cbp.put("/api/v1/entities/" + id, next).status()).isEqualTo(400);
    Api.Response v2 =
        cbp.put(
            "/api/v1/entities/" + id,
            next.replace("\"label\"", "\"reason\":\"Colour seen at the port.\",\"label\""));
    assertThat(v2.status()).as(v2.body()).isEqualTo(200);
    assertThat(v2.json().get("version").asInt()).isEqualTo(2);
    JsonNode history = cbp.get("/api/v1/entities/" + id + "/history").json();
    assertThat(history.get("versions")).hasSize(2);
    assertThat(history.at("/versions/0/fields/vin/value").asString())
        .isEqualTo("WVWZZZ1JZXW000001");
    assertThat(history.at("/versions/1/reason").asString()).isEqualTo("Colour seen at the port.");
    // Only the owner writes: a reader with a pointer is refused, one without answers as for
    // nothing.
    assertThat(node.as("fgr.analyst").put("/api/v1/entities/" + id, next).status()).isEqualTo(403);
    assertThat(node.as("rcmp.analyst").put("/api/v1/entities/" + UUID.randomUUID(), next).status())
        .isEqualTo(404);
  }

  private static List<String> pointers(JsonNode problem) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : problem.get("errors")) {
      out.add(e.get("pointer").asString());
    }
    return out;
  }

  private static String strip(JsonNode problem) {
    return ((tools.jackson.databind.node.ObjectNode) problem.deepCopy())
        .without(List.of("instance", "requestId", "timestamp"))
        .toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The actions logged about a record, waiting for the sequencer to place them. */
  static List<String> eventually(String subject, int atLeast) {
    List<String> actions = new ArrayList<>();
    for (int attempt = 0; attempt < 50; attempt++) {
      actions.clear();
      try (Connection c = PostgresDatabase.admin();
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT action FROM transparency.leaf WHERE subject_id = ?"
                      + " UNION ALL SELECT l.action FROM transparency.leaf l JOIN transparency.leaf_subject s"
                      + " ON s.idx = l.idx WHERE s.subject_id = ?")) {
        s.setString(1, subject);
        s.setString(2, subject);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            actions.add(rs.getString(1));
          }
        }
        if (actions.size() >= atLeast) {
          return actions;
        }
        Thread.sleep(200);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return actions;
  }
}
