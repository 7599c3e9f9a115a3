package org.puente.intelligence.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A synthetic trafficking network across Mexico, the United States and Canada, generated from a
 * fixed seed so that every demo node holds the same one: people, organisations, phones, vehicles
 * (with valid VINs), shipments (with valid ISO 6346 container numbers), ports of entry, firearms, a
 * seizure, a joint case and the relationships between them. Every person, number, company and event
 * in it is invented; case titles and evidence say so.
 *
 * <p>It always holds the scenario of the issue, fixed rather than drawn at random: {@value
 * #SCENARIO_PERSON}, recorded by CBP-NTC ({@code ntc.officer}) under a label releasable to USA and
 * MEX (LE community, TLP AMBER, outsiders POINTER) whose {@code dateOfBirth} and {@code documents}
 * are releasable to USA only (outsiders POINTER); the phone {@value #SCENARIO_PHONE}, recorded by
 * RCMP ({@code rcmp.analyst}) releasable to CAN only with outsiders POINTER; and RCMP's {@code
 * USES} relationship from the person to the phone, releasable to all three countries. So {@code
 * fgr.analyst} searching for "Quintanilla" sees the name, aliases and nationality but not the date
 * of birth (withheld, with whom to ask), and in the graph a pointer to the RCMP phone.
 *
 * <p>Labels vary by design: some records are shared with all three countries, some are national
 * with a pointer for outsiders, some national and invisible to outsiders; some field labels are
 * stricter than their record's (dates of birth national only, documents the owner agency's only). A
 * relationship is owned by an agency that owns one end and can reach the other, and is releasable
 * only to the countries that see one end in full and can reach the other, so that no relationship
 * reveals a record to a country that may not know of it.
 */
final class SyntheticNetwork {

  /** The seed every demo node generates its network from. */
  static final long SEED = 20261208L;

  /** The person of the scenario: search for "Quintanilla" as {@code fgr.analyst}. */
  static final String SCENARIO_PERSON = "Rafael Arturo Quintanilla Ybarra";

  /** The RCMP phone linked to the scenario person, a pointer to {@code fgr.analyst}. */
  static final String SCENARIO_PHONE = "+16045550187";

  /** The demo accounts that record the network, in the order their records are stored. */
  static final List<String> OWNERS =
      List.of("ntc.officer", "atf.tracer", "fgr.analyst", "rcmp.analyst", "cbsa.officer");

  private static final Map<String, String> AGENCY =
      Map.of(
          "ntc.officer", "CBP-NTC",
          "atf.tracer", "ATF-NTC",
          "fgr.analyst", "FGR",
          "rcmp.analyst", "RCMP",
          "cbsa.officer", "CBSA");
  private static final Map<String, String> COUNTRY =
      Map.of(
          "ntc.officer", "USA",
          "atf.tracer", "USA",
          "fgr.analyst", "MEX",
          "rcmp.analyst", "CAN",
          "cbsa.officer", "CAN");
  private static final List<String> COUNTRIES = List.of("USA", "MEX", "CAN");
  private static final List<String> EVALUATIONS =
      List.of("A1", "A2", "B1", "B2", "B2", "B3", "C2", "C3", "X4");
  private static final String SYNTHETIC = " (synthetic demo data)";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SyntheticNetwork() {}

  private static String agency(String owner) {
    return java.util.Objects.requireNonNull(AGENCY.get(owner), owner);
  }

  private static String country(String owner) {
    return java.util.Objects.requireNonNull(COUNTRY.get(owner), owner);
  }

  /**
   * A label with the LE community and TLP AMBER, or AMBER+STRICT when it names agencies only.
   *
   * @param releasableTo countries and agencies
   * @param outsiders POINTER or NOTHING
   */
  record Lbl(List<String> releasableTo, String outsiders) {

    static Lbl of(String outsiders, String... releasableTo) {
      return new Lbl(List.of(releasableTo), outsiders);
    }

    /** The same label, naming the owner's agency too, so that a field may be the agency's only. */
    Lbl and(String agency) {
      List<String> wider = new ArrayList<>(releasableTo);
      wider.add(agency);
      return new Lbl(List.copyOf(wider), outsiders);
    }

    boolean names(String code) {
      return releasableTo.contains(code);
    }

    boolean pointer() {
      return outsiders.equals("POINTER");
    }

    ObjectNode json() {
      ObjectNode label = NODES.objectNode();
      ArrayNode to = label.putArray("releasableTo");
      releasableTo.forEach(to::add);
      label.putArray("communities").add("LE");
      boolean agenciesOnly = releasableTo.stream().noneMatch(COUNTRIES::contains);
      label.put("tlp", agenciesOnly ? "AMBER+STRICT" : "AMBER");
      label.put("outsiders", outsiders);
      return label;
    }
  }

  private static final Lbl ALL = Lbl.of("NOTHING", "CAN", "USA", "MEX");

  /**
   * One entity to record.
   *
   * @param key a stable name for it within the network, such as {@code person/mx/3}
   * @param owner the demo account that records it
   * @param json the request {@code POST /api/v1/entities} takes
   * @param label its record label
   */
  record Item(String key, String owner, ObjectNode json, Lbl label) {}

  /**
   * One relationship to record, its ends named by key.
   *
   * @param owner the demo account that records it
   * @param source the key of its source entity
   * @param target the key of its target entity
   * @param json the request {@code POST /api/v1/relationships} takes, without source and target
   */
  record Link(String owner, String source, String target, ObjectNode json) {}

  /**
   * The network.
   *
   * @param entities every entity, in the order generated
   * @param relationships every relationship
   */
  record Network(List<Item> entities, List<Link> relationships) {}

  /** The network for a seed; the same seed gives the same network. */
  static Network generate(long seed) {
    return new Builder(new Random(seed)).build();
  }

  /** The VIN check digit (49 CFR 565.15) of a 17-character VIN, position 9 ignored. */
  static char vinCheckDigit(String vin) {
    int[] letters = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = vin.charAt(i);
      boolean allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && "IOQ".indexOf(c) < 0);
      if (!allowed) {
        throw new IllegalArgumentException("not a VIN character: " + c);
      }
      sum += (c <= '9' ? c - '0' : letters[c - 'A']) * weights[i];
    }
    int remainder = sum % 11;
    return remainder == 10 ? 'X' : (char) ('0' + remainder);
  }

  /** The ISO 6346 check digit of a container number's first ten characters. */
  static char containerCheckDigit(String number) {
    int[] letters = {
      10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35,
      36, 37, 38
    };
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      char c = number.charAt(i);
      sum += (c <= '9' ? c - '0' : letters[c - 'A']) << i;
    }
    return (char) ('0' + sum % 11 % 10);
  }

  private static final class Builder {

    private final Random random;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Set<String> linked = new HashSet<>();

    Builder(Random random) {
      this.random = random;
    }

    Network build() {
      scenario();
      List<String> mx = mexicans();
      List<String> us = americans();
      List<String> ca = canadians();
      organisations();
      phones();
      vehicles();
      shipments();
      places();
      firearms();
      seizureAndCase();
      relationships(mx, us, ca);
      return new Network(List.copyOf(items.values()), List.copyOf(links));
    }

    // ---- entities ----

    private void scenario() {
      ObjectNode p = entity("PERSON");
      p.put("givenNames", "Rafael Arturo");
      p.put("paternalSurname", "Quintanilla");
      p.put("maternalSurname", "Ybarra");
      p.putArray("aliases").add("El Ingeniero");
      p.put("dateOfBirth", "1978-09-14");
      p.putArray("nationality").add("MEX");
      p.put("gender", "M");
      document(p.putArray("documents"), "PASSPORT", "G30417825", "MEX");
      Lbl usaOnly = Lbl.of("POINTER", "USA");
      fieldLabel(p, "dateOfBirth", usaOnly);
      fieldLabel(p, "documents", usaOnly);
      add("person/scenario", "ntc.officer", p, Lbl.of("POINTER", "USA", "MEX"));

      ObjectNode phone = entity("PHONE");
      phone.put("number", "+1 604 555 0187");
      phone.put("kind", "MOBILE");
      add("phone/scenario", "rcmp.analyst", phone, Lbl.of("POINTER", "CAN"));
    }

    private List<String> mexicans() {
      List<String[]> given =
          shuffled(
              new String[][] {
                {"Héctor Manuel", "M"},
                {"María Fernanda", "F"},
                {"Jesús Alberto", "M"},
                {"Óscar Iván", "M"},
                {"Lucía Guadalupe", "F"},
                {"Ramón Eduardo", "M"},
                {"Itzel Alejandra", "F"},
                {"Efraín", "M"},
                {"Néstor Joaquín", "M"},
                {"Verónica", "F"},
                {"Saúl Ernesto", "M"},
                {"Citlali", "F"},
                {"Adrián Tomás", "M"},
                {"Yolanda Belén", "F"},
                {"Ulises", "M"},
                {"Martín Alonso", "M"},
                {"Araceli", "F"},
                {"Fabián Octavio", "M"},
                {"Dolores Inés", "F"}
              });
      List<String> paternal =
          shuffled(
              "Zepeda",
              "Urías",
              "Montaño",
              "Salcido",
              "Valenzuela",
              "Sotelo",
              "Rentería",
              "Bojórquez",
              "Almanza",
              "Peñuñuri",
              "Castañeda",
              "Núñez",
              "Medrano",
              "Escárcega",
              "Tirado",
              "Villaseñor",
              "Cázares",
              "Barraza",
              "Olguín");
      List<String> maternal =
          shuffled(
              "Ibáñez",
              "Lugo",
              "Araújo",
              "Espinoza",
              "Maldonado",
              "Ortega",
              "Ríos",
              "Sepúlveda",
              "Cota",
              "Galaviz",
              "Quiñónez",
              "Acuña",
              "Patiño",
              "Ledezma",
              "Moreno",
              "Páez",
              "Soto",
              "Ávila",
              "Zazueta");
      List<String> aliases =
          shuffled(
              "El Güero",
              "El Contador",
              "La Güera",
              "El Flaco",
              "El Profe",
              "El Chino",
              "La Maestra",
              "El Tractor",
              "El Cuñado",
              "El Mecánico");
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < given.size(); k++) {
        ObjectNode p = entity("PERSON");
        p.put("givenNames", given.get(k)[0]);
        p.put("paternalSurname", paternal.get(k));
        p.put("maternalSurname", maternal.get(k));
        if (k % 2 == 0 && k / 2 < aliases.size()) {
          p.putArray("aliases").add(aliases.get(k / 2));
        }
        p.put("dateOfBirth", birth());
        ArrayNode nationality = p.putArray("nationality").add("MEX");
        if (k == 7) {
          nationality.add("USA");
        }
        p.put("gender", given.get(k)[1]);
        ArrayNode documents = p.putArray("documents");
        document(documents, "PASSPORT", "G" + digits(8), "MEX");
        if (k % 3 == 0) {
          document(documents, "VOTER_ID", letters(6) + digits(8) + "H" + digits(3), "MEX");
        }
        String owner = k == 11 || k == 15 ? "ntc.officer" : "fgr.analyst";
        String key = "person/mx/" + k;
        keys.add(key);
        person(key, owner, p, k, owner.equals("fgr.analyst") ? "USA" : "MEX");
      }
      return keys;
    }

    private List<String> americans() {
      List<String[]> given =
          shuffled(
              new String[][] {
                {"Travis Wade", "M"},
                {"Kayla Marie", "F"},
                {"Brandon Lee", "M"},
                {"Dustin Ray", "M"},
                {"Ashley Nicole", "F"},
                {"Cody Allen", "M"},
                {"Tanner James", "M"},
                {"Brittany Lynn", "F"},
                {"Garrett Scott", "M"},
                {"Shelby Ann", "F"}
              });
      List<String> surnames =
          shuffled(
              "Holloway",
              "Pruitt",
              "Whitaker",
              "Delgado",
              "Kowalski",
              "Branson",
              "McCready",
              "Tillman",
              "Sorensen",
              "Gaither");
      List<String> aliases = shuffled("Tex", "Boone", "Shorty");
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < given.size(); k++) {
        ObjectNode p = entity("PERSON");
        p.put("givenNames", given.get(k)[0]);
        p.put("paternalSurname", surnames.get(k));
        if (k % 3 == 1) {
          p.putArray("aliases").add(aliases.get(k / 3));
        }
        p.put("dateOfBirth", birth());
        p.putArray("nationality").add("USA");
        p.put("gender", given.get(k)[1]);
        document(p.putArray("documents"), "DRIVERS_LICENCE", "D" + digits(7), "USA");
        String key = "person/us/" + k;
        keys.add(key);
        person(key, k % 2 == 0 ? "ntc.officer" : "atf.tracer", p, k, "MEX");
      }
      return keys;
    }

    private List<String> canadians() {
      List<String[]> given =
          shuffled(
              new String[][] {
                {"Marc-André", "M"},
                {"Geneviève", "F"},
                {"Connor", "M"},
                {"Priya", "F"},
                {"Étienne", "M"},
                {"Jasmine", "F"},
                {"Dmitri", "M"},
                {"Mathieu", "M"},
                {"Harpreet", "F"},
                {"Siobhan", "F"}
              });
      List<String> surnames =
          shuffled(
              "Lavoie",
              "Côté",
              "MacIsaac",
              "Gagnon",
              "Sandhu",
              "Brennan",
              "Thibodeau",
              "Kowalczyk",
              "Desjardins",
              "Nakamura");
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < given.size(); k++) {
        ObjectNode p = entity("PERSON");
        p.put("givenNames", given.get(k)[0]);
        p.put("paternalSurname", surnames.get(k));
        if (k == 4) {
          p.putArray("aliases").add("Moose");
        }
        p.put("dateOfBirth", birth());
        ArrayNode nationality = p.putArray("nationality").add("CAN");
        if (k == 3) {
          nationality.add("IND");
        }
        p.put("gender", given.get(k)[1]);
        document(p.putArray("documents"), "PASSPORT", letters(2) + digits(6), "CAN");
        String key = "person/ca/" + k;
        keys.add(key);
        person(key, k % 2 == 0 ? "rcmp.analyst" : "cbsa.officer", p, k, "USA");
      }
      return keys;
    }

    /**
     * Records a person under the k-th of four label patterns: shared with all three (dates of birth
     * national, documents the owner agency's only), national with pointers, national and silent, or
     * shared with the {@code other} country (dates of birth national). National means the owner's
     * country.
     */
    private void person(String key, String owner, ObjectNode p, int k, String other) {
      String home = country(owner);
      Lbl national = Lbl.of("POINTER", home);
      Lbl label =
          switch (k % 4) {
            case 0 -> ALL.and(agency(owner));
            case 1 -> national;
            case 2 -> Lbl.of("NOTHING", home);
            default -> Lbl.of("POINTER", home, other);
          };
      if (k % 4 == 0 || k % 4 == 3) {
        fieldLabel(p, "dateOfBirth", national);
      }
      if (k % 4 == 0) {
        fieldLabel(p, "documents", Lbl.of("POINTER", agency(owner)));
      }
      add(key, owner, p, label);
    }

    private void organisations() {
      ObjectNode o1 = entity("ORGANISATION");
      o1.putArray("names").add("Organización Cañada Alta").add("Los de la Cañada");
      o1.put("kind", "TRAFFICKING_NETWORK");
      o1.put("country", "MEX");
      add("org/canada-alta", "fgr.analyst", o1, ALL);

      ObjectNode o2 = entity("ORGANISATION");
      o2.putArray("names").add("Transportes y Logística Bajío Norte, S.A. de C.V.");
      o2.put("kind", "FREIGHT_FORWARDER");
      o2.put("country", "MEX");
      document(o2.putArray("identifiers"), "TAX_ID", "TLB150312QK4", "MEX");
      fieldLabel(o2, "identifiers", Lbl.of("POINTER", "MEX"));
      add("org/bajio-norte", "fgr.analyst", o2, Lbl.of("POINTER", "MEX", "USA"));

      ObjectNode o3 = entity("ORGANISATION");
      o3.putArray("names").add("Desert Line Freight LLC");
      o3.put("kind", "SHELL_COMPANY");
      o3.put("country", "USA");
      document(o3.putArray("identifiers"), "COMPANY_REGISTRATION", "L" + digits(8), "USA");
      fieldLabel(o3, "identifiers", Lbl.of("POINTER", "CBP-NTC"));
      add("org/desert-line", "ntc.officer", o3, ALL.and("CBP-NTC"));

      ObjectNode o4 = entity("ORGANISATION");
      o4.putArray("names").add("Northgate Cold Chain Ltd.");
      o4.put("kind", "COMPANY");
      o4.put("country", "CAN");
      add("org/northgate", "cbsa.officer", o4, Lbl.of("POINTER", "CAN", "USA"));
    }

    private void phones() {
      String[][] mx = {{"631", "ALL"}, {"867", "P"}, {"667", "N"}, {"664", "PAIR"}};
      for (int k = 0; k < mx.length; k++) {
        phone("phone/mx/" + k, "fgr.analyst", "+52 " + mx[k][0], mx[k][1], "MEX", "USA");
      }
      String[][] us = {{"520", "P"}, {"956", "ALL"}, {"915", "N"}};
      for (int k = 0; k < us.length; k++) {
        phone("phone/us/" + k, "ntc.officer", "+1 " + us[k][0], us[k][1], "USA", "MEX");
      }
      phone("phone/ca/0", "cbsa.officer", "+1 519", "N", "CAN", "USA");
      phone("phone/ca/1", "rcmp.analyst", "+1 514", "ALL", "CAN", "USA");
    }

    private void phone(
        String key, String owner, String prefix, String pattern, String home, String other) {
      ObjectNode phone = entity("PHONE");
      // 555-0100 to 555-0199: reserved for fiction in North America; the same range in Mexico.
      phone.put("number", prefix + " 555 01" + digits(2));
      phone.put("kind", random.nextInt(5) == 0 ? "LANDLINE" : "MOBILE");
      add(key, owner, phone, pattern(pattern, home, other));
    }

    private static Lbl pattern(String pattern, String home, String other) {
      return switch (pattern) {
        case "ALL" -> ALL;
        case "P" -> Lbl.of("POINTER", home);
        case "N" -> Lbl.of("NOTHING", home);
        default -> Lbl.of("POINTER", home, other);
      };
    }

    private void vehicles() {
      String[][] vehicles = {
        {"ntc.officer", "1FU", "Freightliner", "Cascadia", "2019", "White", "US-AZ"},
        {"ntc.officer", "1FT", "Ford", "F-150", "2021", "Grey", "US-TX"},
        {"fgr.analyst", "3N6", "Nissan", "NP300", "2020", "Red", "MX-SON"},
        {"fgr.analyst", "3GC", "Chevrolet", "Silverado", "2018", "Black", "MX-TAM"},
        {"cbsa.officer", "1XK", "Kenworth", "T680", "2022", "Blue", "CA-ON"},
        {"rcmp.analyst", "2T3", "Toyota", "RAV4", "2023", "Silver", "CA-BC"}
      };
      Lbl[] labels = {
        ALL,
        Lbl.of("POINTER", "USA", "MEX"),
        Lbl.of("POINTER", "MEX", "USA"),
        Lbl.of("NOTHING", "MEX"),
        Lbl.of("POINTER", "CAN", "USA"),
        Lbl.of("POINTER", "CAN")
      };
      for (int k = 0; k < vehicles.length; k++) {
        String[] v = vehicles[k];
        vehicle("vehicle/" + (k + 1), v, labels[k]);
      }
    }

    /** A vehicle (owner, WMI, make, model, year, colour, plate jurisdiction) with a valid VIN. */
    private void vehicle(String key, String[] spec, Lbl label) {
      String wmi = spec[1];
      int year = Integer.parseInt(spec[4]);
      String vinChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
      StringBuilder vin = new StringBuilder(wmi);
      for (int i = 0; i < 5; i++) {
        vin.append(vinChars.charAt(random.nextInt(vinChars.length())));
      }
      vin.append('0');
      vin.append("ABCDEFGHJKLMNPRSTVWXY123456789".charAt((year - 2010) % 30));
      vin.append("ABCDEFGHJKLMNPRSTUVWXYZ".charAt(random.nextInt(23)));
      vin.append(digits(6));
      vin.setCharAt(8, vinCheckDigit(vin.toString()));
      ObjectNode v = entity("VEHICLE");
      v.put("vin", vin.toString());
      v.put("plate", letters(3) + digits(4));
      v.put("plateJurisdiction", spec[6]);
      v.put("make", spec[2]);
      v.put("model", spec[3]);
      v.put("year", year);
      v.put("colour", spec[5]);
      add(key, spec[0], v, label);
    }

    private void shipments() {
      shipment(
          "shipment/1",
          "ntc.officer",
          "CSQU",
          "ROAD",
          "Culiacán, Sinaloa",
          "Phoenix, Arizona",
          "Frozen produce",
          ALL);
      shipment(
          "shipment/2",
          "ntc.officer",
          "TGHU",
          "ROAD",
          "Nuevo Laredo, Tamaulipas",
          "Dallas, Texas",
          "Auto parts",
          Lbl.of("POINTER", "USA", "MEX"));
      shipment(
          "shipment/3",
          "cbsa.officer",
          "MSCU",
          "SEA",
          "Manzanillo, Colima",
          "Vancouver, British Columbia",
          "Ceramic tiles",
          ALL);
      shipment(
          "shipment/4",
          "cbsa.officer",
          "HLXU",
          "RAIL",
          "Detroit, Michigan",
          "Windsor, Ontario",
          "Refrigerated avocados",
          Lbl.of("POINTER", "CAN"));
    }

    private void shipment(
        String key,
        String owner,
        String prefix,
        String mode,
        String origin,
        String destination,
        String commodity,
        Lbl label) {
      String number = prefix + digits(6);
      ObjectNode s = entity("SHIPMENT");
      s.put("container", number + containerCheckDigit(number));
      s.put("billOfLading", "SYN-BL-" + digits(7));
      s.put("mode", mode);
      s.put("origin", origin);
      s.put("destination", destination);
      s.put("commodity", commodity + " (synthetic manifest)");
      add(key, owner, s, label);
    }

    private void places() {
      place(
          "place/nogales",
          "ntc.officer",
          "Nogales — DeConcini Port of Entry",
          "Nogales",
          "US-AZ",
          "USA",
          31.3330,
          -110.9408,
          ALL);
      place(
          "place/laredo",
          "ntc.officer",
          "Laredo — World Trade Bridge",
          "Laredo",
          "US-TX",
          "USA",
          27.5997,
          -99.5335,
          ALL);
      place(
          "place/windsor",
          "cbsa.officer",
          "Windsor — Ambassador Bridge",
          "Windsor",
          "CA-ON",
          "CAN",
          42.3118,
          -83.0739,
          ALL);
      place(
          "place/nuevo-laredo",
          "fgr.analyst",
          "Nuevo Laredo — aduana",
          "Nuevo Laredo",
          "MX-TAM",
          "MEX",
          27.4861,
          -99.5069,
          Lbl.of("POINTER", "MEX", "USA"));
      place(
          "place/manzanillo",
          "fgr.analyst",
          "Puerto de Manzanillo",
          "Manzanillo",
          "MX-COL",
          "MEX",
          19.0522,
          -104.3158,
          ALL);
      place(
          "place/culiacan",
          "fgr.analyst",
          "Bodega en Culiacán (synthetic)",
          "Culiacán",
          "MX-SIN",
          "MEX",
          24.8091,
          -107.3940,
          Lbl.of("NOTHING", "MEX"));
      place(
          "place/deltaport",
          "rcmp.analyst",
          "Port of Vancouver — Deltaport",
          "Delta",
          "CA-BC",
          "CAN",
          49.0150,
          -123.1500,
          Lbl.of("POINTER", "CAN"));
    }

    private void place(
        String key,
        String owner,
        String name,
        String locality,
        String subdivision,
        String country,
        double lat,
        double lon,
        Lbl label) {
      ObjectNode p = entity("PLACE");
      p.put("name", name);
      p.put("locality", locality);
      p.put("subdivision", subdivision);
      p.put("country", country);
      ObjectNode at = p.putObject("coordinates");
      at.put("lat", lat);
      at.put("lon", lon);
      add(key, owner, p, label);
    }

    private void firearms() {
      String[][] guns = {
        {"Glock", "19", "9mm", "PISTOL"},
        {"Colt", "AR-15 pattern rifle", ".223 Rem", "RIFLE"},
        {"Century Arms", "AK-pattern rifle", "7.62x39mm", "RIFLE"},
        {"Smith & Wesson", "M&P9", "9mm", "PISTOL"}
      };
      Lbl[] labels = {
        Lbl.of("POINTER", "USA", "MEX"), ALL, Lbl.of("POINTER", "USA"), Lbl.of("NOTHING", "USA")
      };
      for (int k = 0; k < guns.length; k++) {
        ObjectNode f = entity("FIREARM");
        f.put("make", guns[k][0]);
        f.put("model", guns[k][1]);
        f.put("calibre", guns[k][2]);
        f.put("serial", letters(3) + digits(5));
        f.put("kind", guns[k][3]);
        add("firearm/" + k, "atf.tracer", f, labels[k]);
      }
    }

    private void seizureAndCase() {
      ObjectNode s = entity("SEIZURE");
      s.put("date", "2026-03-14");
      s.put("place", "Nogales, Arizona — DeConcini Port of Entry");
      s.put("subdivision", "US-AZ");
      s.put(
          "description",
          "Synthetic demo seizure: fentanyl pills and two firearms in a refrigerated load.");
      add("seizure/nogales", "ntc.officer", s, ALL);

      ObjectNode c = entity("CASE");
      c.put("title", "Caso conjunto Puente Norte (synthetic demo case)");
      c.put("reference", "SYN-JC-2026-001");
      c.put("opened", "2026-04-01");
      c.put("status", "OPEN");
      c.put(
          "summary",
          "Synthetic joint case of CBP-NTC, FGR, RCMP, CBSA and ATF-NTC; every person, number"
              + " and event in it is invented.");
      add("case/puente-norte", "fgr.analyst", c, ALL);
    }

    // ---- relationships ----

    private void relationships(List<String> mx, List<String> us, List<String> ca) {
      String person = "person/scenario";
      link(
          "rcmp.analyst",
          "USES",
          person,
          "phone/scenario",
          "B2",
          "Subscriber records obtained by RCMP" + SYNTHETIC);
      link("MEMBER_OF", person, "org/canada-alta");
      link("EMPLOYED_BY", person, "org/bajio-norte");
      link("ASSOCIATE_OF", person, ca.get(0));
      link("SUBJECT_OF", person, "case/puente-norte");

      link("LEADS", mx.get(0), "org/canada-alta");
      for (int k = 1; k <= 9; k++) {
        link("MEMBER_OF", mx.get(k), "org/canada-alta");
      }
      for (int k = 10; k <= 12; k++) {
        link("EMPLOYED_BY", mx.get(k), "org/bajio-norte");
      }
      for (int k = 0; k <= 2; k++) {
        link("EMPLOYED_BY", us.get(k), "org/desert-line");
        link("EMPLOYED_BY", ca.get(k + 1), "org/northgate");
      }
      for (int k = 0; k < 4; k++) {
        link("USES", mx.get(2 * k), "phone/mx/" + k);
      }
      link("USES", us.get(0), "phone/us/0");
      link("USES", us.get(3), "phone/us/1");
      link("USES", us.get(5), "phone/us/2");
      link("USES", ca.get(1), "phone/ca/0");
      link("USES", ca.get(4), "phone/ca/1");
      link("CALLED", "phone/mx/0", "phone/us/0");
      link("CALLED", "phone/mx/1", "phone/mx/2");
      link("CALLED", "phone/us/1", "phone/ca/0");
      link("CALLED", "phone/scenario", "phone/mx/0");

      link("OWNS", "org/desert-line", "vehicle/1");
      link("OWNS", us.get(1), "vehicle/2");
      link("OWNS", mx.get(3), "vehicle/3");
      link("OWNS", mx.get(5), "vehicle/4");
      link("OWNS", "org/northgate", "vehicle/5");
      link("OWNS", ca.get(2), "vehicle/6");
      link("USES", us.get(0), "vehicle/1");
      link("USES", mx.get(7), "vehicle/3");

      link("SHIPPED_BY", "shipment/1", "org/desert-line");
      link("SHIPPED_BY", "shipment/2", "org/bajio-norte");
      link("SHIPPED_BY", "shipment/3", "org/bajio-norte");
      link("SHIPPED_BY", "shipment/4", "org/northgate");
      link("CONSIGNED_TO", "shipment/3", "org/northgate");
      link("CONSIGNED_TO", "shipment/2", "org/desert-line");
      link("CARRIED_IN", "firearm/0", "vehicle/1");
      link("CARRIED_IN", "firearm/1", "vehicle/1");
      link("CARRIED_IN", "firearm/2", "shipment/2");
      link("CARRIED_IN", "shipment/1", "vehicle/1");
      link("SEIZED_IN", "firearm/0", "seizure/nogales");
      link("SEIZED_IN", "firearm/1", "seizure/nogales");
      link("SEIZED_IN", "shipment/1", "seizure/nogales");
      link("SEIZED_IN", "vehicle/1", "seizure/nogales");
      link("LOCATED_AT", "seizure/nogales", "place/nogales");
      link("LOCATED_AT", "org/bajio-norte", "place/nuevo-laredo");
      link("LOCATED_AT", "org/canada-alta", "place/culiacan");
      link("LOCATED_AT", "shipment/3", "place/manzanillo");
      link("LOCATED_AT", "shipment/4", "place/windsor");
      link("LOCATED_AT", "vehicle/5", "place/windsor");
      link("LOCATED_AT", "vehicle/2", "place/laredo");
      link("LOCATED_AT", "shipment/3", "place/deltaport");
      link("RESIDES_AT", mx.get(0), "place/culiacan");
      link("TRAVELLED_WITH", mx.get(8), us.get(4));
      link("TRAVELLED_WITH", ca.get(5), us.get(6));
      link("SUPPLIES", us.get(7), "org/canada-alta");
      link("SUPPLIES", us.get(8), "org/canada-alta");
      link("OWNS", us.get(9), "firearm/3");
      link("CARRIED_IN", "firearm/3", "vehicle/2");
      for (String subject :
          List.of(
              mx.get(0),
              mx.get(1),
              us.get(0),
              ca.get(0),
              "org/canada-alta",
              "org/bajio-norte",
              "seizure/nogales")) {
        link("SUBJECT_OF", subject, "case/puente-norte");
      }

      List<String> family = mx.subList(0, 13);
      for (int made = 0, tries = 0; made < 3 && tries < 200; tries++) {
        String a = family.get(random.nextInt(family.size()));
        String b = family.get(random.nextInt(family.size()));
        if (!a.equals(b) && !linked.contains(a + "|" + b) && !linked.contains(b + "|" + a)) {
          link("RELATIVE_OF", a, b);
          made++;
        }
      }
      List<String> people = new ArrayList<>(mx);
      people.addAll(us);
      people.addAll(ca);
      for (int made = 0, tries = 0; made < 10 && tries < 1000; tries++) {
        String a = people.get(random.nextInt(people.size()));
        String b = people.get(random.nextInt(people.size()));
        if (!a.equals(b)
            && !linked.contains(a + "|" + b)
            && !linked.contains(b + "|" + a)
            && owner(a, b) != null) {
          link("ASSOCIATE_OF", a, b);
          made++;
        }
      }
    }

    private void link(String type, String source, String target) {
      String owner = owner(source, target);
      if (owner == null) {
        throw new IllegalStateException("no demo agency may link " + source + " and " + target);
      }
      link(owner, type, source, target, evaluation(), evidence(type));
    }

    private void link(
        String owner,
        String type,
        String source,
        String target,
        String evaluation,
        String evidence) {
      Lbl a = item(source).label();
      Lbl b = item(target).label();
      if (!reaches(owner, a) || !reaches(owner, b)) {
        throw new IllegalStateException(owner + " cannot reach " + source + " and " + target);
      }
      List<String> countries = new ArrayList<>();
      for (String c : List.of("CAN", "USA", "MEX")) {
        boolean seesA = a.names(c);
        boolean seesB = b.names(c);
        if ((seesA && (seesB || b.pointer())) || (seesB && a.pointer())) {
          countries.add(c);
        }
      }
      if (!countries.contains(country(owner))) {
        throw new IllegalStateException(owner + " would not see its own link " + source);
      }
      ObjectNode json = NODES.objectNode();
      json.put("type", type);
      LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
      json.put("from", from.toString());
      if (random.nextInt(6) == 0) {
        json.put("to", from.plusDays(30 + random.nextInt(200)).toString());
      }
      json.put("evidence", evidence);
      json.put("evaluation", evaluation);
      json.set("label", new Lbl(List.copyOf(countries), "NOTHING").json());
      links.add(new Link(owner, source, target, json));
      linked.add(source + "|" + target);
    }

    /** The owner of either end who can reach the other, the source's first; null if neither. */
    private @Nullable String owner(String source, String target) {
      Item s = item(source);
      Item t = item(target);
      if (reaches(s.owner(), t.label())) {
        return s.owner();
      }
      if (reaches(t.owner(), s.label())) {
        return t.owner();
      }
      return null;
    }

    private static boolean reaches(String owner, Lbl label) {
      return label.names(agency(owner)) || label.names(country(owner)) || label.pointer();
    }

    private Item item(String key) {
      Item item = items.get(key);
      if (item == null) {
        throw new IllegalStateException("no demo entity " + key);
      }
      return item;
    }

    private String evaluation() {
      return EVALUATIONS.get(random.nextInt(EVALUATIONS.size()));
    }

    private static String evidence(String type) {
      return switch (type) {
            case "MEMBER_OF" -> "Named as a member by a cooperating witness";
            case "LEADS" -> "Directs the network's logistics, per intercepted messages";
            case "ASSOCIATE_OF" -> "Seen together repeatedly during surveillance";
            case "RELATIVE_OF" -> "Civil registry records show a family tie";
            case "EMPLOYED_BY" -> "Payroll records of the company";
            case "OWNS" -> "Registration records";
            case "USES" -> "Subscriber records and observed use";
            case "CALLED" -> "Call detail records";
            case "RESIDES_AT" -> "Utility and lease records";
            case "LOCATED_AT" -> "Site inspection and manifests";
            case "TRAVELLED_WITH" -> "Crossed the border in the same vehicle";
            case "SUPPLIES" -> "Straw purchases traced by ATF";
            case "SHIPPED_BY" -> "The manifest names the shipper";
            case "CONSIGNED_TO" -> "The manifest names the consignee";
            case "CARRIED_IN" -> "Found in the load at inspection";
            case "SEIZED_IN" -> "Listed in the seizure inventory";
            case "SUBJECT_OF" -> "Named in the joint case file";
            default -> "Analyst's assessment";
          }
          + SYNTHETIC;
    }

    // ---- small pieces ----

    private static ObjectNode entity(String type) {
      ObjectNode e = NODES.objectNode();
      e.put("type", type);
      return e;
    }

    private void add(String key, String owner, ObjectNode json, Lbl label) {
      json.set("label", label.json());
      if (items.putIfAbsent(key, new Item(key, owner, json, label)) != null) {
        throw new IllegalStateException("two demo entities named " + key);
      }
    }

    private static void fieldLabel(ObjectNode entity, String field, Lbl label) {
      ObjectNode labels =
          entity.get("fieldLabels") instanceof ObjectNode existing
              ? existing
              : entity.putObject("fieldLabels");
      labels.set(field, label.json());
    }

    private static void document(ArrayNode documents, String kind, String number, String country) {
      ObjectNode d = documents.addObject();
      d.put("kind", kind);
      d.put("number", number);
      d.put("country", country);
    }

    private String birth() {
      LocalDate d = LocalDate.of(1962, 1, 1).plusDays(random.nextInt(40 * 365));
      return d.toString();
    }

    private String digits(int n) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      return s.toString();
    }

    private String letters(int n) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append("ABCDEFGHJKLMNPRSTUVWXYZ".charAt(random.nextInt(23)));
      }
      return s.toString();
    }

    private List<String> shuffled(String... values) {
      List<String> list = new ArrayList<>(List.of(values));
      Collections.shuffle(list, random);
      return list;
    }

    private List<String[]> shuffled(String[][] values) {
      List<String[]> list = new ArrayList<>(List.of(values));
      Collections.shuffle(list, random);
      return list;
    }
  }
}
