package org.puente.forensics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/** The DSAP report API against a node on PostgreSQL: the story of the issue, and bad input. */
class ReportsApiIT {

  private final RunningNode node = RunningNode.get();

  static final String SHARED_FORENSIC =
      """
      {"releasableTo":["USA","MEX"],"communities":["FORENSIC"],"handling":"H1","tlp":"AMBER",
       "outsiders":"POINTER","statistics":["USA","MEX","CAN"]}\
      """;

  static final String MEXICO_ONLY =
      """
      {"releasableTo":["MEX"],"handling":"H2","tlp":"AMBER","outsiders":"NOTHING"}\
      """;

  /** A counterfeit-pill report; the impurity profile's areas are scaled by {@code batch}. */
  static String pillReport(
      String lab,
      String analyst,
      String sample,
      String country,
      String subdivision,
      double batch,
      String label) {
    return """
    {
      "dsap": "1",
      "lab": {"id": "%s", "analyst": "%s"},
      "sampleId": "%s",
      "seizure": {"eventId": "EV-%s", "date": "2025-03-02", "country": "%s",
                  "subdivision": "%s"},
      "submitted": "2025-03-04",
      "analysed": "2025-03-10",
      "form": {"type": "TABLET", "imprint": "M 30", "colour": "blue", "counterfeit": true,
               "count": 500, "mgPerTablet": 110.0},
      "netQuantity": {"value": 55.2, "unit": "g", "uncertainty": 0.05, "k": 2},
      "techniques": [
        {"id": "t1", "code": "GC", "category": "B", "result": "POSITIVE", "run": "r1"},
        {"id": "t2", "code": "MS", "category": "A", "result": "POSITIVE", "run": "r1"},
        {"id": "t3", "code": "IR", "category": "A", "result": "POSITIVE"},
        {"id": "t4", "code": "COLOR_TEST", "category": "C", "result": "NEGATIVE"}
      ],
      "findings": [
        {"substance": "fentanilo", "role": "PRIMARY",
         "purity": {"kind": "QUANTITATIVE", "percent": 1.9, "uncertainty": 0.2, "k": 2},
         "techniques": ["t1", "t2", "t3"]},
        {"substance": "xilacina", "role": "ADULTERANT", "purity": {"kind": "QUALITATIVE"},
         "techniques": ["t1", "t2"]},
        {"substance": "manitol", "role": "DILUENT", "purity": {"kind": "QUALITATIVE"},
         "techniques": ["t4"]}
      ],
      "impurityProfile": {"4-ANPP": %s, "phenethyl-4-ANPP": %s, "NPP": %s, "norfentanyl": %s},
      "notes": "Synthetic test report.",
      "label": %s
    }
    """
        .formatted(
            lab,
            analyst,
            sample,
            sample,
            country,
            subdivision,
            0.42 * batch,
            0.08 / batch,
            0.03 * batch * batch,
            0.011 / (batch * batch),
            label);
  }

  private static String sample(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
  }

  @Test
  void aSonoraPillReportIsIdentifiedAttributedAndLinkedToArizona() {
    double batch = 1.7 + Math.random();
    String sonora = sample("FGR-SP");
    Api.Response created =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/reports",
                pillReport(
                    "FGR-SP", "fgr.chemist", sonora, "MEX", "MX-SON", batch, SHARED_FORENSIC));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode report = created.json();
    String id = report.get("id").asString();
    assertThat(created.headers().firstValue("Location"))
        .contains("/api/v1/forensics/reports/" + id);
    assertThat(report.at("/report/findings/0/substance").asString()).isEqualTo("fentanyl");
    JsonNode fentanyl = report.at("/identification/0");
    assertThat(fentanyl.get("status").asString()).isEqualTo("IDENTIFIED");
    assertThat(fentanyl.get("rule").asString()).isEqualTo("CATEGORY_A_PLUS_ANOTHER");
    // Mannitol rests on a negative colour test alone: not identified.
    assertThat(report.at("/identification/2/status").asString()).isEqualTo("INCONCLUSIVE");
    assertThat(report.at("/attribution/route").asString()).isNotBlank();
    assertThat(report.at("/attribution/evidence")).isNotEmpty();

    String arizona = sample("DEA");
    String linked =
        node.as("dea.chemist")
            .post(
                "/api/v1/forensics/reports",
                pillReport(
                    "DEA-LAB",
                    "dea.chemist",
                    arizona,
                    "USA",
                    "US-AZ",
                    batch * 1.01,
                    SHARED_FORENSIC))
            .json()
            .get("id")
            .asString();
    String hidden =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/reports",
                pillReport(
                    "FGR-SP", "fgr.chemist", sample("FGR-SP"), "MEX", "MX-SIN", batch, MEXICO_ONLY))
            .json()
            .get("id")
            .asString();

    JsonNode seen = node.as("dea.chemist").get("/api/v1/forensics/reports/" + id).json();
    assertThat(seen.has("pointer")).isFalse();
    assertThat(seen.at("/summary/subdivision").asString()).isEqualTo("MX-SON");

    JsonNode links =
        node.as("dea.chemist").get("/api/v1/forensics/reports/" + linked + "/links").json();
    assertThat(links.get("falsePositiveRate").asDouble()).isLessThanOrEqualTo(0.01);
    List<String> direct = new ArrayList<>();
    links.get("links").forEach(l -> direct.add(l.at("/report/id").asString()));
    assertThat(direct).contains(id).doesNotContain(hidden, linked);

    // The Mexican chemist sees her own hidden report among the links of the Sonora one.
    JsonNode own = node.as("fgr.chemist").get("/api/v1/forensics/reports/" + id + "/links").json();
    List<String> ownLinks = new ArrayList<>();
    own.get("links").forEach(l -> ownLinks.add(l.at("/report/id").asString()));
    assertThat(ownLinks).contains(hidden, linked);

    // A record the caller may not see behaves as one that does not exist.
    Api.Response absent = node.as("dea.chemist").get("/api/v1/forensics/reports/" + hidden);
    Api.Response never =
        node.as("dea.chemist").get("/api/v1/forensics/reports/" + UUID.randomUUID());
    assertThat(absent.status()).isEqualTo(404);
    assertThat(never.status()).isEqualTo(404);
    assertThat(absent.json().get("title")).isEqualTo(never.json().get("title"));
    assertThat(
            node.as("dea.chemist").get("/api/v1/forensics/reports/" + hidden + "/links").status())
        .isEqualTo(404);

    // Canada is not in the label: a pointer, since outsiders get one.
    JsonNode pointer = node.as("hc.chemist").get("/api/v1/forensics/reports/" + id).json();
    assertThat(pointer.get("pointer").asBoolean()).isTrue();
    assertThat(pointer.has("report")).isFalse();
  }

  @Test
  void aResubmissionIsAConflictAndAnAmendmentANewVersion() {
    String s = sample("FGR-SP");
    String body = pillReport("FGR-SP", "fgr.chemist", s, "MEX", "MX-SON", 1.0, SHARED_FORENSIC);
    Api.Response first = node.as("fgr.chemist").post("/api/v1/forensics/reports", body);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String id = first.json().get("id").asString();

    Api.Response again = node.as("fgr.chemist").post("/api/v1/forensics/reports", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");

    Api.Response amended =
        node.as("fgr.chemist")
            .put(
                "/api/v1/forensics/reports/" + id,
                body.replace("Synthetic test report.", "Amended."));
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    assertThat(amended.json().get("version").asInt()).isEqualTo(2);
    assertThat(amended.json().at("/report/notes").asString()).isEqualTo("Amended.");

    Api.Response otherSample =
        node.as("fgr.chemist").put("/api/v1/forensics/reports/" + id, body.replace(s, s + "-X"));
    assertThat(otherSample.status()).isEqualTo(400);
    assertThat(otherSample.json().at("/errors/0/pointer").asString()).isEqualTo("/sampleId");

    Api.Response byAnother = node.as("dea.chemist").put("/api/v1/forensics/reports/" + id, body);
    assertThat(byAnother.status()).isIn(403, 400);
  }

  @Test
  void badReportsAreRefusedWithAPointerPerProblem() {
    String good =
        pillReport(
            "FGR-SP", "fgr.chemist", sample("FGR-SP"), "MEX", "MX-SON", 1.0, SHARED_FORENSIC);

    Api.Response purity =
        node.as("fgr.chemist")
            .in("es")
            .post(
                "/api/v1/forensics/reports", good.replace("\"percent\": 1.9", "\"percent\": 150"));
    assertThat(purity.status()).isEqualTo(400);
    assertThat(pointers(purity)).contains("/findings/0/purity/percent");

    Api.Response lab =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/reports",
                good.replace("\"id\": \"FGR-SP\"", "\"id\": \"DEA-LAB\""));
    assertThat(lab.status()).isEqualTo(400);
    assertThat(pointers(lab)).contains("/lab/id");

    Api.Response unknown =
        node.as("fgr.chemist")
            .post("/api/v1/forensics/reports", good.replace("\"xilacina\"", "\"xilazina\""));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(pointers(unknown)).contains("/findings/1/substance");
    assertThat(unknown.body()).containsIgnoringCase("xilacina");

    Api.Response malformed =
        node.as("fgr.chemist").post("/api/v1/forensics/reports", good.substring(0, 200));
    assertThat(malformed.status()).isEqualTo(400);

    Api.Response notAChemist = node.as("fgr.analyst").post("/api/v1/forensics/reports", good);
    assertThat(notAChemist.status()).isEqualTo(403);

    // None of the refused reports was stored: the good one still goes in as new.
    assertThat(node.as("fgr.chemist").post("/api/v1/forensics/reports", good).status())
        .isEqualTo(201);
  }

  @Test
  void aBatchIsAllOrNothing() {
    String a = sample("FGR-SP");
    String b = sample("FGR-SP");
    String rowA =
        pillReport("FGR-SP", "fgr.chemist", a, "MEX", "MX-SON", 1.3, SHARED_FORENSIC)
            .replace("\n", " ");
    String rowB =
        pillReport("FGR-SP", "fgr.chemist", b, "MEX", "MX-SON", 1.3, SHARED_FORENSIC)
            .replace("\n", " ");
    String badB = rowB.replace("\"value\": 55.2", "\"value\": -3");
    Api.Response refused =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/reports:batch",
                rowA + "\n" + badB + "\n",
                "application/x-ndjson");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(pointers(refused)).allMatch(p -> p.startsWith("/rows/1/"));

    Api.Response accepted =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/reports:batch",
                rowA + "\n" + rowB + "\n",
                "application/x-ndjson");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    assertThat(accepted.json().get("reports").asInt()).isEqualTo(2);

    Api.Response duplicate =
        node.as("fgr.chemist")
            .post("/api/v1/forensics/reports:batch", rowB + "\n", "application/x-ndjson");
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(pointers(duplicate)).containsExactly("/rows/0/sampleId");
  }

  @Test
  void aCsvBatchNamesRowAndColumn() {
    String s = sample("FGR-SP");
    String header =
        "lab_id,analyst,sample_id,exhibit_id,seizure_event_id,seizure_date,seizure_country,"
            + "seizure_subdivision,port_of_entry,latitude,longitude,submitted,analysed,form,"
            + "form_colour,tablet_imprint,tablet_counterfeit,tablet_count,mg_per_tablet,"
            + "liquid_container,liquid_pharmaceutical,blotter_units,form_description,net_quantity,"
            + "net_quantity_unit,net_quantity_uncertainty,net_quantity_k,techniques,"
            + "impurity_profile,notes,label_releasable_to,label_communities,label_handling,"
            + "label_handling_text,label_tlp,label_outsiders,label_statistics,finding_substance,"
            + "finding_role,purity,purity_uncertainty,purity_k,finding_techniques";
    String row =
        "FGR-SP,fgr.chemist,"
            + s
            + ",,EV-1,2025-03-02,MEX,MX-SON,,,,2025-03-04,2025-03-10,POWDER,white,,,,,,,,,"
            + "12.5,g,0.01,2,t1:GC:B:POSITIVE:r1;t2:MS:A:POSITIVE:r1,4-ANPP=0.3,Synthetic,"
            + "USA|MEX,FORENSIC,H1,,AMBER,POINTER,USA|MEX|CAN,fentanyl,PRIMARY,%s,0.5,2,t1;t2";
    Api.Response refused =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/reports:batch",
                header + "\n" + row.formatted("140") + "\n",
                "text/csv");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(pointers(refused)).contains("/rows/0/purity");
    Api.Response accepted =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/reports:batch",
                header + "\n" + row.formatted("14") + "\n",
                "text/csv");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
  }

  @Test
  void listsFilterBySubstanceClassCountryAndDate() {
    assertThat(
            node.as("fgr.chemist")
                .post(
                    "/api/v1/forensics/reports",
                    pillReport(
                        "FGR-SP",
                        "fgr.chemist",
                        sample("FGR-SP"),
                        "MEX",
                        "MX-SON",
                        1.0,
                        SHARED_FORENSIC))
                .status())
        .isEqualTo(201);
    JsonNode items =
        node.as("dea.chemist")
            .get("/api/v1/forensics/reports?substance=xilacina&country=MEX&from=2025-01-01")
            .json()
            .get("items");
    assertThat(items).isNotEmpty();
    items.forEach(i -> {
      if (!i.has("pointer")) {
        assertThat(i.at("/summary/country").asString()).isEqualTo("MEX");
      }
    });
    Api.Response badClass =
        node.as("dea.chemist").get("/api/v1/forensics/reports?class=NOPE&from=2025-13-01");
    assertThat(badClass.status()).isEqualTo(400);
    JsonNode nitazenes =
        node.as("dea.chemist").get("/api/v1/forensics/reports?class=nitazene").json();
    assertThat(nitazenes.get("items")).isNotNull();
  }

  @Test
  void substancesAreFoundInThreeLanguagesAndTheSchemaIsServed() {
    JsonNode es = node.as("fgr.analyst").get("/api/v1/forensics/substances?q=xilacina").json();
    assertThat(es.at("/items/0/id").asString()).isEqualTo("xylazine");
    JsonNode fr = node.as("hc.chemist").get("/api/v1/forensics/substances?q=fentanyl").json();
    assertThat(fr.at("/items/0/class").asString()).contains("FENTANYL");
    Api.Response schema = node.as("fgr.analyst").get("/api/v1/forensics/schema");
    assertThat(schema.status()).isEqualTo(200);
    assertThat(schema.contentType()).startsWith("application/schema+json");
    assertThat(schema.json().get("title")).isNotNull();
  }

  @Test
  void aProposedSubstanceIsUsableOnceAnotherChemistAcceptsIt() {
    String name =
        "Testfentanyl " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    // A synthetic fentanyl analogue: the N-phenethyl propanamide core with a 4-ethoxy anilide.
    String smiles =
        "CCC(=O)N(c1ccc(O"
            + "C".repeat(2 + (int) (Math.random() * 6))
            + ")cc1)C1CCN(CCc2ccccc2)CC1";
    Api.Response proposed =
        node.as("fgr.chemist")
            .post(
                "/api/v1/forensics/substances/proposals",
                "{\"name\":\"%s\",\"smiles\":\"%s\",\"note\":\"seen in a seizure\"}"
                    .formatted(name, smiles));
    if (proposed.status() == 400 && proposed.body().contains("proposal.structure")) {
      return; // this random chain length was proposed by an earlier run on the same database
    }
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    assertThat(proposed.json().get("detectedClass").asString())
        .isEqualTo("FENTANYL_RELATED_SUBSTANCE");
    String id = proposed.json().get("id").asString();
    assertThat(
            node.as("fgr.chemist")
                .post("/api/v1/forensics/substances/proposals/" + id + ":accept", "{}")
                .status())
        .isEqualTo(403);
    Api.Response accepted =
        node.as("dea.chemist")
            .post("/api/v1/forensics/substances/proposals/" + id + ":accept", "{\"note\":\"ok\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
    String report =
        pillReport("FGR-SP", "fgr.chemist", sample("FGR-SP"), "MEX", "MX-SON", 1.0, SHARED_FORENSIC)
            .replace("\"xilacina\"", "\"" + name + "\"");
    Api.Response stored = node.as("fgr.chemist").post("/api/v1/forensics/reports", report);
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().at("/identification/1/class").asString())
        .isEqualTo("FENTANYL_RELATED_SUBSTANCE");
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
