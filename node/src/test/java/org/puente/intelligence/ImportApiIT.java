package org.puente.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.intelligence.IntelligenceApiIT.SHARED_MEX;
import static org.puente.intelligence.IntelligenceApiIT.THREE;
import static org.puente.intelligence.IntelligenceApiIT.USA_ONLY;
import static org.puente.intelligence.IntelligenceApiIT.word;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/**
 * Bulk import against a node on PostgreSQL: JSON and CSV batches are stored and searchable, a batch
 * with bad rows is refused with each row's pointer and nothing of it is stored, and a dry run
 * stores nothing.
 */
class ImportApiIT {

  private static final String CSV = "text/csv";

  private final RunningNode node = RunningNode.get();
  private final Api cbp = node.as("ntc.officer");

  @Test
  void aJsonBatchIsStoredAndSearchable() {
    String a = word();
    String b = word();
    String plate = word().toUpperCase();
    Api.Response r =
        cbp.post(
            "/api/v1/entities:batch",
            """
            [{"type":"PERSON","givenNames":"Marisol","paternalSurname":"%s","label":%s,
              "dateOfBirth":"1990-05-06","fieldLabels":{"dateOfBirth":%s}},
             {"type":"PERSON","paternalSurname":"%s","aliases":["El Güero"],"label":%s},
             {"type":"VEHICLE","vin":"1HGCM82633A004352","plate":"%s","label":%s}]\
            """
                .formatted(a, SHARED_MEX, USA_ONLY, b, USA_ONLY, plate, USA_ONLY));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("created").asInt()).isEqualTo(3);
    assertThat(r.json().get("ids")).hasSize(3);
    String first = r.json().at("/ids/0").asString();
    assertThat(ids(cbp.get("/api/v1/search?q=" + a).json())).containsExactly(first);
    assertThat(ids(cbp.get("/api/v1/search?q=" + b).json()))
        .containsExactly(r.json().at("/ids/1").asString());
    JsonNode stored = cbp.get("/api/v1/entities/" + first).json();
    assertThat(stored.at("/fields/dateOfBirth/label/releasableTo").toString())
        .isEqualTo("[\"USA\"]");
    // Labels apply as in single requests: the Mexican analyst sees the name, not the birth date.
    JsonNode fgr = node.as("fgr.analyst").get("/api/v1/entities/" + first).json();
    assertThat(fgr.at("/fields/paternalSurname/value").asString()).isEqualTo(a);
    assertThat(fgr.at("/fields/dateOfBirth/withheld").asBoolean()).isTrue();
  }

  @Test
  void aCsvBatchIsStoredAndSearchable() {
    String a = word();
    String b = word();
    String csv =
        """
        type,givenNames,paternalSurname,maternalSurname,aliases,nationality,documents,\
        dateOfBirth,fieldLabel.dateOfBirth,vin,plate,unverified
        PERSON,Ana Lucía,%s,Ibáñez,La Güera|La Flaca,MEX|USA,PASSPORT:G1234-5678:MEX|VOTER_ID:AB12,\
        1984-02-29,%s,,,
        VEHICLE,,,,,,,,,WVWZZZ1JZXW000001,%s,vin
        """
            .formatted(a, quote(USA_ONLY), b);
    Api.Response r =
        cbp.post("/api/v1/entities:batch?label=" + enc(SHARED_MEX), csv, CSV + "; charset=UTF-8");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("created").asInt()).isEqualTo(2);
    String person = r.json().at("/ids/0").asString();
    assertThat(ids(cbp.get("/api/v1/search?q=" + enc("ana lucia " + a)).json()))
        .containsExactly(person);
    assertThat(ids(cbp.get("/api/v1/search?q=" + b).json()))
        .containsExactly(r.json().at("/ids/1").asString());
    JsonNode stored = cbp.get("/api/v1/entities/" + person).json();
    assertThat(stored.at("/fields/aliases/value").toString())
        .isEqualTo("[\"La Güera\",\"La Flaca\"]");
    assertThat(stored.at("/fields/nationality/value").toString()).isEqualTo("[\"MEX\",\"USA\"]");
    assertThat(stored.at("/fields/documents/value/0/number").asString()).isEqualTo("G12345678");
    assertThat(stored.at("/fields/documents/value/1").has("country")).isFalse();
    assertThat(stored.at("/fields/dateOfBirth/label/releasableTo").toString())
        .isEqualTo("[\"USA\"]");
    assertThat(stored.at("/label/releasableTo").toString()).contains("MEX");
    JsonNode vehicle = cbp.get("/api/v1/entities/" + r.json().at("/ids/1").asString()).json();
    assertThat(vehicle.at("/fields/vin/unverified").asBoolean()).isTrue();
  }

  @Test
  void aBatchWithBadRowsIsRefusedWholeNamingEachRow() {
    String good = word();
    String later = word();
    String csv =
        """
        type,paternalSurname,dateOfBirth,vin,plate,shoeSize
        PERSON,%s,1980-01-01,,,
        VEHICLE,,,1HGCM82633A004353,%s,
        PERSON,%s,1981-02-30,,,
        PERSON,%s,,,,44
        """
            .formatted(good, word(), word(), later);
    Api.Response r = cbp.post("/api/v1/entities:batch?label=" + enc(USA_ONLY), csv, CSV);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(pointers(r.json()))
        .containsExactlyInAnyOrder("/rows/1/vin", "/rows/2/dateOfBirth", "/rows/3/shoeSize");
    assertThat(r.body()).contains("vin.checkDigit", "date.invalid", "entity.field.unknown");
    assertThat(cbp.get("/api/v1/search?q=" + good).json().get("items")).isEmpty();
    assertThat(cbp.get("/api/v1/search?q=" + later).json().get("items")).isEmpty();

    // The same batch as JSON names the same items by index.
    Api.Response json =
        cbp.post(
            "/api/v1/entities:batch",
            """
            [{"type":"PERSON","paternalSurname":"%s","label":%s},
             {"type":"VEHICLE","vin":"1HGCM82633A004353","plate":"X1","label":%s},
             {"type":"PERSON","paternalSurname":"Soto","dateOfBirth":"1981-02-30","label":%s},
             {"type":"PERSON","paternalSurname":"Soto","shoeSize":44,"label":%s}]\
            """
                .formatted(good, USA_ONLY, USA_ONLY, USA_ONLY, USA_ONLY));
    assertThat(json.status()).isEqualTo(400);
    assertThat(pointers(json.json()))
        .containsExactlyInAnyOrder("/1/vin", "/2/dateOfBirth", "/3/shoeSize");
    assertThat(cbp.get("/api/v1/search?q=" + good).json().get("items")).isEmpty();

    // A bad label given once for the batch is named once.
    Api.Response label =
        cbp.post(
            "/api/v1/entities:batch?label=" + enc(USA_ONLY.replace("AMBER", "PURPLE")),
            "type,paternalSurname\nPERSON,%s\nPERSON,%s\n".formatted(good, later),
            CSV);
    assertThat(pointers(label.json())).containsExactly("/label/tlp");
    Api.Response malformedLabel =
        cbp.post("/api/v1/entities:batch?label=" + enc("{nope"), "type\nPERSON\n", CSV);
    assertThat(pointers(malformedLabel.json())).containsExactly("/label");
  }

  @Test
  void aDryRunReportsAndStoresNothing() {
    String a = word();
    String csv = "type,paternalSurname,dateOfBirth\nPERSON,%s,1975-07-07\n".formatted(a);
    Api.Response ok =
        cbp.post("/api/v1/entities:batch?dryRun=true&label=" + enc(USA_ONLY), csv, CSV);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("valid").asBoolean()).isTrue();
    assertThat(ok.json().get("items").asInt()).isEqualTo(1);
    assertThat(cbp.get("/api/v1/search?q=" + a).json().get("items")).isEmpty();
    Api.Response bad =
        cbp.in("es")
            .post(
                "/api/v1/entities:batch?dryRun=true&label=" + enc(USA_ONLY),
                csv + "PERSON,%s,1975-13-07\n".formatted(word()),
                CSV);
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.json().get("valid").asBoolean()).isFalse();
    assertThat(pointers(bad.json())).containsExactly("/rows/1/dateOfBirth");
    assertThat(bad.json().at("/errors/0/detail").asString()).isNotEqualTo("date.invalid");
    assertThat(cbp.get("/api/v1/search?q=" + a).json().get("items")).isEmpty();
  }

  @Test
  void relationshipsAreImportedBetweenExistingEntities() {
    String a = word();
    Api.Response people =
        cbp.post(
            "/api/v1/entities:batch",
            """
            [{"type":"PERSON","paternalSurname":"%s","label":%s},
             {"type":"PHONE","number":"+1 520 555 0111","label":%s}]\
            """
                .formatted(a, SHARED_MEX, SHARED_MEX));
    assertThat(people.status()).as(people.body()).isEqualTo(201);
    String person = people.json().at("/ids/0").asString();
    String phone = people.json().at("/ids/1").asString();
    String csv =
        """
        type,source,target,from,to,evidence,evaluation
        USES,%s,%s,2026-01-10,,"Subscriber records, synthetic",B2
        """
            .formatted(person, phone);
    Api.Response dry =
        cbp.post("/api/v1/relationships:batch?dryRun=true&label=" + enc(SHARED_MEX), csv, CSV);
    assertThat(dry.status()).as(dry.body()).isEqualTo(200);
    assertThat(dry.json().get("valid").asBoolean()).isTrue();
    assertThat(edges(person)).isZero();
    Api.Response stored =
        cbp.post("/api/v1/relationships:batch?label=" + enc(SHARED_MEX), csv, CSV);
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().get("created").asInt()).isEqualTo(1);
    JsonNode rel = cbp.get("/api/v1/relationships/" + stored.json().at("/ids/0").asString()).json();
    assertThat(rel.get("evidence").asString()).isEqualTo("Subscriber records, synthetic");
    assertThat(edges(person)).isEqualTo(1);

    // One bad relationship of one is named by its index, and nothing is stored.
    Api.Response refused =
        cbp.post(
            "/api/v1/relationships:batch",
            """
            [{"type":"CALLED","source":"%s","target":"%s","evaluation":"Z9","label":%s}]\
            """
                .formatted(person, phone, THREE.replace("\"CAN\",", "")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(pointers(refused.json())).containsExactly("/0/evaluation");
    Api.Response unknown =
        cbp.post(
            "/api/v1/relationships:batch?label=" + enc(SHARED_MEX),
            "type,source,target,evaluation\nUSES,%s,%s,B2\nUSES,%s,%s,B2\n"
                .formatted(person, phone, person, java.util.UUID.randomUUID()),
            CSV);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(pointers(unknown.json())).containsExactly("/rows/1/target");
    assertThat(edges(person)).isEqualTo(1);
  }

  @Test
  void limitsAndBrokenFilesAreNamed() {
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i <= Imports.MAX_ITEMS; i++) {
      many.append(i == 0 ? "" : ",").append("{}");
    }
    Api.Response tooMany = cbp.post("/api/v1/entities:batch", many.append("]").toString());
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("import.tooMany").contains("10000");
    Api.Response json = cbp.post("/api/v1/entities:batch", "[{\"type\":\"PERSON\",\n  \"x\": }]");
    assertThat(json.status()).isEqualTo(400);
    assertThat(json.body()).contains("import.json.malformed").contains("line 2");
    Api.Response notArray = cbp.post("/api/v1/entities:batch", "{\"type\":\"PERSON\"}");
    assertThat(notArray.body()).contains("import.json.notArray");
    Api.Response csv =
        cbp.post("/api/v1/entities:batch", "type,paternalSurname\nPERSON,\"Soto\nPERSON,x\n", CSV);
    assertThat(csv.status()).isEqualTo(400);
    assertThat(pointers(csv.json())).containsExactly("/rows/0");
    assertThat(csv.body()).contains("import.csv.malformed").contains("line 2");
    Api.Response type =
        cbp.post("/api/v1/entities:batch?type=SPACESHIP", "paternalSurname\nSoto\n", CSV);
    assertThat(pointers(type.json())).containsExactly("/type");
    // Only operational accounts import.
    assertThat(node.as("admin").post("/api/v1/entities:batch", "[{}]").status()).isEqualTo(403);
  }

  private int edges(String person) {
    return cbp.get("/api/v1/graph/neighbourhood?id=" + person + "&depth=1")
        .json()
        .get("edges")
        .size();
  }

  private static List<String> ids(JsonNode search) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : search.get("items")) {
      out.add(item.get("id").asString());
    }
    return out;
  }

  private static List<String> pointers(JsonNode problem) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : problem.get("errors")) {
      out.add(e.get("pointer").asString());
    }
    return out;
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
