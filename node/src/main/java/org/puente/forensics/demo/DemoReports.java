package org.puente.forensics.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.puente.forensics.csv.Csv;
import org.puente.forensics.linkage.ImpurityProfiles;
import org.puente.forensics.linkage.SyntheticReferencePairs;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deterministic generator of synthetic DSAP reports (NDJSON lines) from the three countries.
 * Every report says it is synthetic in its notes and sample id. US volumes per area of
 * responsibility and drug follow CBP's FY2024 seizure events; every other proportion is an
 * illustrative assumption or a cited public figure, listed in {@code docs/dsap.md}.
 */
public final class DemoReports {

  /** The seed of the demo node's reports. */
  public static final long SEED = 20260101L;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * DEA public safety alert (March 2023): xylazine in about 23 % of fentanyl powders, 7 % of pills.
   */
  static final double XYLAZINE_IN_POWDER = 0.23;

  static final double XYLAZINE_IN_PILLS = 0.07;

  /** Illustrative assumption, not a statistic. */
  static final double NITAZENE_IN_FENTANYL = 0.01;

  /** Illustrative assumption, not a statistic. */
  static final double LIQUID_FENTANYL = 0.01;

  private static final String[][] AOR_SUBDIVISIONS = {
    {"ATLANTA FIELD OFFICE", "US-GA", ""}, {"BALTIMORE FIELD OFFICE", "US-MD", ""},
    {"BIG BEND SECTOR", "US-TX", ""}, {"BLAINE SECTOR", "US-WA", "3004"},
    {"BOSTON FIELD OFFICE", "US-MA", ""}, {"BUFFALO FIELD OFFICE", "US-NY", "0901"},
    {"BUFFALO SECTOR", "US-NY", ""}, {"CHICAGO FIELD OFFICE", "US-IL", ""},
    {"DEL RIO SECTOR", "US-TX", ""}, {"DETROIT FIELD OFFICE", "US-MI", "3801"},
    {"DETROIT SECTOR", "US-MI", ""}, {"EL CENTRO SECTOR", "US-CA", ""},
    {"EL PASO FIELD OFFICE", "US-TX", "2402"}, {"EL PASO SECTOR", "US-TX", ""},
    {"GRAND FORKS SECTOR", "US-ND", ""}, {"HAVRE SECTOR", "US-MT", ""},
    {"HOULTON SECTOR", "US-ME", ""}, {"HOUSTON FIELD OFFICE", "US-TX", ""},
    {"LAREDO FIELD OFFICE", "US-TX", "2304"}, {"LAREDO SECTOR", "US-TX", ""},
    {"LOS ANGELES FIELD OFFICE", "US-CA", ""}, {"MIAMI FIELD OFFICE", "US-FL", ""},
    {"MIAMI SECTOR", "US-FL", ""}, {"NEW ORLEANS FIELD OFFICE", "US-LA", ""},
    {"NEW ORLEANS SECTOR", "US-LA", ""}, {"NEW YORK FIELD OFFICE", "US-NY", ""},
    {"PORTLAND FIELD OFFICE", "US-OR", ""}, {"RAMEY SECTOR", "US-PR", ""},
    {"RIO GRANDE VALLEY SECTOR", "US-TX", ""}, {"SAN DIEGO FIELD OFFICE", "US-CA", "2504"},
    {"SAN DIEGO SECTOR", "US-CA", ""}, {"SAN FRANCISCO FIELD OFFICE", "US-CA", ""},
    {"SAN JUAN FIELD OFFICE", "US-PR", ""}, {"SEATTLE FIELD OFFICE", "US-WA", ""},
    {"SPOKANE SECTOR", "US-WA", ""}, {"SWANTON SECTOR", "US-VT", ""},
    {"TAMPA FIELD OFFICE", "US-FL", ""}, {"TUCSON FIELD OFFICE", "US-AZ", "2604"},
    {"TUCSON SECTOR", "US-AZ", ""}, {"YUMA SECTOR", "US-AZ", "2608"}
  };

  /** Illustrative shares of Mexican and Canadian reports by state or province. */
  private static final String[] MEX_STATES = {"MX-SON", "MX-BCN", "MX-CHH", "MX-SIN", "MX-TAM"};

  private static final double[] MEX_WEIGHTS = {35, 25, 15, 15, 10};
  private static final String[] CAN_PROVINCES = {"CA-BC", "CA-ON", "CA-AB", "CA-QC"};
  private static final double[] CAN_WEIGHTS = {40, 35, 20, 5};

  private static final String[][] ROUTE_MARKERS = {
    {"GUPTA", "4-anpp", "npp", "phenethyl-4-anpp"},
    {"SIEGFRIED", "4-anpp", "npp"},
    {"FOUR_AP", "4-ap", "4-anpp", "phenethyl-4-anpp"},
    {"BOC_FOUR_AP", "1-boc-4-ap", "4-ap", "4-anpp"},
    {"JANSSEN", "benzylfentanyl", "norfentanyl"}
  };

  private DemoReports() {}

  /**
   * Generates {@code count} reports (at least the two of the story), deterministically from the
   * seed. The first two are the story: FGR-SP's report on counterfeit pills seized in Sonora and a
   * DEA report on pills seized at Nogales, Arizona, pressed from the same synthetic batch.
   */
  public static List<String> generate(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<double[]> batches = new ArrayList<>();
    for (int b = 0; b < 12; b++) {
      batches.add(batchCentroid(random, ROUTE_MARKERS[b % ROUTE_MARKERS.length]));
    }
    List<Weighted> usa = usaWeights();
    List<String> lines = new ArrayList<>();
    LocalDate base = LocalDate.of(2023, 10, 1);
    lines.add(
        pillReport(
                random,
                "FGR-SP",
                "fgr.chemist",
                "MEX",
                "MX-SON",
                "",
                1,
                batches.get(0),
                base.plusDays(150),
                "MEX")
            .toString());
    lines.add(
        pillReport(
                random,
                "DEA-LAB",
                "dea.chemist",
                "USA",
                "US-AZ",
                "2604",
                2,
                batches.get(0),
                base.plusDays(158),
                "USA")
            .toString());
    for (int n = 3; lines.size() < count; n++) {
      double country = random.nextDouble();
      LocalDate date = base.plusDays(random.nextInt(366));
      double[] batch = batches.get(random.nextInt(batches.size()));
      ObjectNode report;
      if (country < 0.6) {
        Weighted pick = pick(random, usa);
        report =
            report(
                random,
                "DEA-LAB",
                "dea.chemist",
                "USA",
                pick.subdivision(),
                pick.port(),
                n,
                pick.drug(),
                batch,
                date);
      } else if (country < 0.85) {
        report =
            report(
                random,
                "FGR-SP",
                "fgr.chemist",
                "MEX",
                MEX_STATES[index(random, MEX_WEIGHTS)],
                "",
                n,
                pickDrug(random, 0.5, 0.4),
                batch,
                date);
      } else {
        report =
            report(
                random,
                "HC-DAS",
                "hc.chemist",
                "CAN",
                CAN_PROVINCES[index(random, CAN_WEIGHTS)],
                "",
                n,
                pickDrug(random, 0.6, 0.25),
                batch,
                date);
      }
      lines.add(report.toString());
    }
    return List.copyOf(lines);
  }

  private record Weighted(String subdivision, String port, String drug, double weight) {}

  private static List<Weighted> usaWeights() {
    Csv cbp = Csv.resource("/forensics/demo/cbp_fy2024_drug_seizures_by_aor.csv");
    Map<String, String[]> places = new LinkedHashMap<>();
    for (String[] row : AOR_SUBDIVISIONS) {
      places.put(row[0], row);
    }
    List<Weighted> out = new ArrayList<>();
    for (List<String> row : cbp.records()) {
      String[] place = places.get(cbp.get(row, "area_of_responsibility"));
      if (place == null) {
        continue; // preclearance offices lie outside the three countries' subdivisions
      }
      out.add(
          new Weighted(
              place[1],
              place[2],
              cbp.get(row, "drug_type").toLowerCase(java.util.Locale.ROOT),
              Double.parseDouble(cbp.get(row, "events"))));
    }
    return out;
  }

  private static Weighted pick(SplittableRandom random, List<Weighted> weights) {
    double total = weights.stream().mapToDouble(Weighted::weight).sum();
    double target = random.nextDouble() * total;
    for (Weighted w : weights) {
      target -= w.weight();
      if (target <= 0) {
        return w;
      }
    }
    return weights.getLast();
  }

  private static String pickDrug(SplittableRandom random, double fentanyl, double meth) {
    double x = random.nextDouble();
    return x < fentanyl ? "fentanyl" : x < fentanyl + meth ? "methamphetamine" : "cocaine";
  }

  private static int index(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double target = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double[] batchCentroid(SplittableRandom random, String[] route) {
    double[] centroid = new double[ImpurityProfiles.VOCABULARY.size()];
    for (int i = 1; i < route.length; i++) {
      int at = ImpurityProfiles.VOCABULARY.indexOf(route[i]);
      centroid[at] = Math.exp(Math.log(0.08) + 1.0 * SyntheticReferencePairs.gaussianOf(random));
    }
    for (String common : new String[] {"acetylfentanyl", "fentanyl-n-oxide"}) {
      if (random.nextDouble() < 0.5) {
        centroid[ImpurityProfiles.VOCABULARY.indexOf(common)] =
            Math.exp(Math.log(0.01) + 0.8 * SyntheticReferencePairs.gaussianOf(random));
      }
    }
    return centroid;
  }

  private static ObjectNode pillReport(
      SplittableRandom random,
      String lab,
      String analyst,
      String country,
      String subdivision,
      String port,
      int n,
      double[] batch,
      LocalDate date,
      String owner) {
    ObjectNode report = skeleton(random, lab, analyst, country, subdivision, port, n, date);
    ObjectNode form = report.putObject("form");
    form.put("type", "TABLET").put("imprint", "M 30").put("colour", "blue");
    form.put("counterfeit", true).put("count", 200 + random.nextInt(4800));
    form.put("mgPerTablet", round(100 + 20 * random.nextDouble(), 1));
    quantity(report, round(20 + 500 * random.nextDouble(), 2), "g");
    techniques(report, true);
    ArrayNode findings = report.putArray("findings");
    finding(
        findings, "fentanyl", "PRIMARY", round(1 + 2 * random.nextDouble(), 2), "t1", "t2", "t3");
    finding(findings, "mannitol", "DILUENT", -1, "t3");
    profile(report, random, batch);
    label(report, random, owner, true);
    return report;
  }

  private static ObjectNode report(
      SplittableRandom random,
      String lab,
      String analyst,
      String country,
      String subdivision,
      String port,
      int n,
      String drug,
      double[] batch,
      LocalDate date) {
    ObjectNode report = skeleton(random, lab, analyst, country, subdivision, port, n, date);
    ArrayNode findings;
    switch (drug) {
      case "fentanyl" -> {
        double form = random.nextDouble();
        boolean pill = form < 0.55;
        boolean liquid = !pill && form < 0.55 + LIQUID_FENTANYL;
        ObjectNode f = report.putObject("form");
        if (pill) {
          f.put("type", "TABLET").put("imprint", "M 30").put("colour", "blue");
          f.put("counterfeit", true).put("count", 10 + random.nextInt(5000));
          f.put("mgPerTablet", round(100 + 20 * random.nextDouble(), 1));
          quantity(report, round(1 + 500 * random.nextDouble(), 2), "g");
        } else if (liquid) {
          f.put("type", "LIQUID").put("container", "AMPOULE").put("pharmaceutical", true);
          quantity(report, round(2 + 20 * random.nextDouble(), 1), "mL");
        } else {
          f.put("type", "POWDER").put("colour", "white");
          quantity(report, round(5 + 2000 * random.nextDouble(), 1), "g");
        }
        techniques(report, true);
        findings = report.putArray("findings");
        double purity =
            pill ? 1 + 2 * random.nextDouble() : liquid ? 0.005 : 5 + 15 * random.nextDouble();
        finding(findings, "fentanyl", "PRIMARY", round(purity, 3), "t1", "t2", "t3");
        double xylazine = pill ? XYLAZINE_IN_PILLS : XYLAZINE_IN_POWDER;
        if (!liquid && random.nextDouble() < xylazine) {
          finding(findings, "xylazine", "ADULTERANT", -1, "t1", "t2");
        }
        if (!liquid && random.nextDouble() < NITAZENE_IN_FENTANYL) {
          finding(findings, "isotonitazene", "ADULTERANT", -1, "t1", "t2");
        }
        if (!liquid) {
          finding(
              findings,
              pill ? "mannitol" : "lidocaine",
              pill ? "DILUENT" : "ADULTERANT",
              -1,
              "t1",
              "t2");
          profile(report, random, batch);
        }
      }
      case "methamphetamine" -> {
        report.putObject("form").put("type", "POWDER").put("colour", "clear crystalline");
        quantity(report, round(10 + 5000 * random.nextDouble(), 1), "g");
        techniques(report, false);
        findings = report.putArray("findings");
        finding(
            findings,
            "methamphetamine",
            "PRIMARY",
            round(80 + 19 * random.nextDouble(), 1),
            "t1",
            "t2",
            "t3");
        if (random.nextDouble() < 0.2) {
          finding(findings, "dimethyl-sulfone", "DILUENT", -1, "t1", "t2");
        }
      }
      case "heroin" -> {
        report.putObject("form").put("type", "POWDER").put("colour", "brown");
        quantity(report, round(5 + 1000 * random.nextDouble(), 1), "g");
        techniques(report, false);
        findings = report.putArray("findings");
        finding(
            findings,
            "heroin",
            "PRIMARY",
            round(20 + 50 * random.nextDouble(), 1),
            "t1",
            "t2",
            "t3");
        if (random.nextDouble() < 0.3) {
          finding(findings, "fentanyl", "ADULTERANT", -1, "t1", "t2");
        }
      }
      default -> {
        report.putObject("form").put("type", "POWDER").put("colour", "white");
        quantity(report, round(10 + 5000 * random.nextDouble(), 1), "g");
        techniques(report, false);
        findings = report.putArray("findings");
        finding(
            findings,
            "cocaine",
            "PRIMARY",
            round(50 + 40 * random.nextDouble(), 1),
            "t1",
            "t2",
            "t3");
        if (random.nextDouble() < 0.3) {
          finding(findings, "levamisole", "ADULTERANT", -1, "t1", "t2");
        }
      }
    }
    label(report, random, country, false);
    return report;
  }

  private static ObjectNode skeleton(
      SplittableRandom random,
      String lab,
      String analyst,
      String country,
      String subdivision,
      String port,
      int n,
      LocalDate date) {
    ObjectNode report = NODES.objectNode();
    report.put("dsap", "1");
    report.putObject("lab").put("id", lab).put("analyst", analyst);
    report.put("sampleId", "SYN-" + lab + "-" + n);
    ObjectNode seizure = report.putObject("seizure");
    seizure.put("eventId", "SYN-EVENT-" + n).put("date", date.toString());
    seizure.put("country", country).put("subdivision", subdivision);
    if (!port.isEmpty()) {
      seizure.put("portOfEntry", port);
    }
    LocalDate submitted = date.plusDays(1 + random.nextInt(10));
    report.put("submitted", submitted.toString());
    report.put("analysed", submitted.plusDays(1 + random.nextInt(30)).toString());
    report.put("notes", "SYNTHETIC demonstration record; not a real seizure.");
    return report;
  }

  private static void quantity(ObjectNode report, double value, String unit) {
    ObjectNode q = report.putObject("netQuantity");
    q.put("value", value)
        .put("unit", unit)
        .put("uncertainty", round(Math.max(0.01, value * 0.002), 3));
    q.put("k", 2);
  }

  private static void techniques(ObjectNode report, boolean infrared) {
    ArrayNode t = report.putArray("techniques");
    t.addObject()
        .put("id", "t1")
        .put("code", "GC")
        .put("category", "B")
        .put("result", "POSITIVE")
        .put("run", "r1");
    t.addObject()
        .put("id", "t2")
        .put("code", "MS")
        .put("category", "A")
        .put("result", "POSITIVE")
        .put("run", "r1");
    if (infrared) {
      t.addObject()
          .put("id", "t3")
          .put("code", "IR")
          .put("category", "A")
          .put("result", "POSITIVE");
    } else {
      t.addObject()
          .put("id", "t3")
          .put("code", "COLOR_TEST")
          .put("category", "C")
          .put("result", "POSITIVE");
    }
  }

  private static void finding(
      ArrayNode findings, String substance, String role, double purity, String... techniques) {
    ObjectNode f = findings.addObject();
    f.put("substance", substance).put("role", role);
    ObjectNode p = f.putObject("purity");
    if (purity < 0) {
      p.put("kind", "QUALITATIVE");
    } else {
      p.put("kind", "QUANTITATIVE").put("percent", purity);
      p.put("uncertainty", round(Math.max(0.001, purity * 0.05), 3)).put("k", 2);
    }
    ArrayNode cited = f.putArray("techniques");
    for (String t : techniques) {
      cited.add(t);
    }
  }

  private static void profile(ObjectNode report, SplittableRandom random, double[] batch) {
    double[] raw = SyntheticReferencePairs.sample(random, batch);
    ObjectNode markers = report.putObject("impurityProfile");
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] > 0) {
        markers.put(ImpurityProfiles.VOCABULARY.get(i), round(raw[i], 5));
      }
    }
    if (markers.isEmpty()) {
      report.remove("impurityProfile");
    }
  }

  /**
   * A label in the shape governance parses: releasable to all three (TLP CLEAR/GREEN), to two
   * (AMBER) or national only (AMBER+STRICT/RED, which name agencies, not countries).
   */
  private static void label(
      ObjectNode report, SplittableRandom random, String country, boolean story) {
    ObjectNode label = report.putObject("label");
    ArrayNode to = label.putArray("releasableTo");
    double x = story ? 0.5 : random.nextDouble();
    String tlp;
    String outsiders = "NOTHING";
    if (x < 0.4) {
      to.add("USA").add("MEX").add("CAN");
      tlp = random.nextBoolean() ? "GREEN" : "CLEAR";
    } else if (x < 0.7) {
      to.add(country).add(country.equals("USA") ? "MEX" : "USA");
      tlp = "AMBER";
      outsiders = random.nextBoolean() ? "POINTER" : "NOTHING";
    } else {
      to.add(
          switch (country) {
            case "USA" -> "DEA-LAB";
            case "MEX" -> "FGR-SP";
            default -> "HC-DAS";
          });
      tlp = random.nextBoolean() ? "AMBER+STRICT" : "RED";
      // TLP:RED lets outsiders see nothing; AMBER+STRICT may show them a pointer.
      outsiders = !tlp.equals("RED") && random.nextDouble() < 0.5 ? "POINTER" : "NOTHING";
    }
    if (!tlp.equals("CLEAR")) {
      label.putArray("communities").add("FORENSIC");
    }
    label.put("handling", "H1");
    label.put("tlp", tlp);
    label.put("outsiders", outsiders);
    label.putArray("statistics").add("USA").add("MEX").add("CAN");
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
