package org.puente.benchmarks.intelligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.intelligence.EntityType;
import org.puente.intelligence.RelationshipType;

/**
 * Synthetic entities and relationships for the intelligence benchmarks, every value a pure function
 * of the seed and the entity's (or relationship's) number, so that a second pass (indexing) sees
 * exactly what the first (loading) stored, without keeping millions of entities in memory.
 *
 * <p>Persons get Spanish, English or French given names and surnames from small lists, one in three
 * surnames made of syllables for a long tail, compound given names, aliases, dates of birth, CURPs
 * (valid check digit) or passports; vehicles get North American VINs with a computed check digit;
 * phones are E.164 numbers of real area codes; shipments carry ISO 6346 container numbers with
 * their check digit. Eight agencies own records under seven label plans each (national, national
 * with pointers, national to law enforcement only, two bilateral, trilateral to law enforcement,
 * and named agencies only); about one person in ten has a date of birth labelled national and law
 * enforcement only, stricter than its record.
 */
final class SyntheticIntelligence {

  static final String[] AGENCIES = {
    "CBP-NTC", "DEA-LAB", "ATF-NTC", "FGR", "FGR-SP", "RCMP", "CBSA", "HC-DAS"
  };
  static final String[] COUNTRY = {"USA", "USA", "USA", "MEX", "MEX", "CAN", "CAN", "CAN"};

  /** The demo account of each agency, recorded as the author. */
  static final String[] USERS = {
    "ntc.officer",
    "dea.chemist",
    "atf.tracer",
    "fgr.analyst",
    "fgr.chemist",
    "rcmp.analyst",
    "cbsa.officer",
    "hc.chemist"
  };

  private static final String[] STRICT_PARTNER = {
    "RCMP", "FGR", "FGR", "CBP-NTC", "DEA-LAB", "CBP-NTC", "CBP-NTC", "DEA-LAB"
  };
  private static final double[] AGENCY_CUM =
      cumulative(0.18, 0.08, 0.07, 0.25, 0.05, 0.16, 0.15, 0.06);

  static final int PLANS = 7;

  /** National and law enforcement only: the stricter label of some dates of birth. */
  static final int STRICT_PLAN = 2;

  private static final double[] PLAN_CUM = cumulative(0.20, 0.15, 0.10, 0.20, 0.10, 0.20, 0.05);
  private static final EntityType[] TYPES = {
    EntityType.PERSON,
    EntityType.PHONE,
    EntityType.VEHICLE,
    EntityType.PLACE,
    EntityType.ORGANISATION,
    EntityType.FIREARM,
    EntityType.SHIPMENT,
    EntityType.SEIZURE,
    EntityType.CASE
  };
  private static final double[] TYPE_CUM =
      cumulative(0.45, 0.15, 0.12, 0.08, 0.06, 0.05, 0.05, 0.03, 0.01);

  private static final long EPOCH = Instant.parse("2023-12-08T00:00:00Z").getEpochSecond();
  private static final long THREE_YEARS = 3L * 365 * 86_400;
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

  /** A prime above any entity count used, so that multiplying by it modulo N permutes 0..N-1. */
  private static final long SCATTER = 2_147_483_647L;

  private final long seed;
  private final long entities;

  SyntheticIntelligence(long seed, long entities) {
    this.seed = seed;
    this.entities = entities;
  }

  /** One field as stored: canonical JSON, and whether it carries the stricter label. */
  record Field(String name, String json, boolean strict) {}

  /** One generated entity. */
  record Generated(
      UUID id,
      EntityType type,
      int agency,
      int plan,
      boolean watchlisted,
      long createdAt,
      List<Field> fields) {}

  /** One generated relationship, ends by entity number. */
  record Link(
      UUID id,
      RelationshipType type,
      long source,
      long target,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String evidence,
      String evaluation,
      int agency,
      int plan,
      long createdAt) {}

  /** The label of a plan for records owned by an agency, as a request would carry it. */
  static String labelJson(int agency, int plan) {
    String c = COUNTRY[agency];
    String p1 =
        switch (c) {
          case "USA" -> "MEX";
          default -> "USA";
        };
    String p2 =
        switch (c) {
          case "CAN" -> "MEX";
          default -> "CAN";
        };
    return switch (plan) {
      case 0 -> "{\"releasableTo\":[\"" + c + "\"],\"tlp\":\"AMBER\",\"outsiders\":\"NOTHING\"}";
      case 1 -> "{\"releasableTo\":[\"" + c + "\"],\"tlp\":\"AMBER\",\"outsiders\":\"POINTER\"}";
      case 2 ->
          "{\"releasableTo\":[\""
              + c
              + "\"],\"communities\":[\"LE\"],\"tlp\":\"AMBER\",\"outsiders\":\"NOTHING\"}";
      case 3 ->
          "{\"releasableTo\":[\""
              + c
              + "\",\""
              + p1
              + "\"],\"tlp\":\"AMBER\",\"outsiders\":\"POINTER\"}";
      case 4 ->
          "{\"releasableTo\":[\""
              + c
              + "\",\""
              + p2
              + "\"],\"tlp\":\"AMBER\",\"outsiders\":\"NOTHING\"}";
      case 5 ->
          "{\"releasableTo\":[\"USA\",\"MEX\",\"CAN\"],\"communities\":[\"LE\"],"
              + "\"tlp\":\"GREEN\",\"outsiders\":\"NOTHING\"}";
      case 6 ->
          "{\"releasableTo\":[\""
              + AGENCIES[agency]
              + "\",\""
              + STRICT_PARTNER[agency]
              + "\"],\"tlp\":\"AMBER+STRICT\",\"outsiders\":\"POINTER\"}";
      default -> throw new IllegalArgumentException("plan " + plan);
    };
  }

  UUID entityId(long i) {
    return uuid(1, i);
  }

  UUID versionId(long i) {
    return uuid(2, i);
  }

  UUID fieldId(long i, int k) {
    return uuid(3, i * 32 + k);
  }

  UUID linkId(long j) {
    return uuid(4, j);
  }

  /**
   * Owner, plan and type of entity {@code i}, packed as {@code agency << 16 | plan << 8 | type}.
   */
  int header(long i) {
    SplittableRandom r = random(i);
    int agency = pick(r, AGENCY_CUM);
    int plan = pick(r, PLAN_CUM);
    int type = pick(r, TYPE_CUM);
    return (agency << 16) | (plan << 8) | type;
  }

  Generated entity(long i) {
    SplittableRandom r = random(i);
    int agency = pick(r, AGENCY_CUM);
    int plan = pick(r, PLAN_CUM);
    EntityType type = TYPES[pick(r, TYPE_CUM)];
    boolean watchlisted = r.nextDouble() < 0.02;
    long created = EPOCH + r.nextLong(THREE_YEARS);
    String country = COUNTRY[agency];
    List<Field> fields = new ArrayList<>(8);
    switch (type) {
      case PERSON -> person(r, country, plan, fields);
      case PHONE -> phone(r, country, fields);
      case VEHICLE -> vehicle(r, country, fields);
      case PLACE -> place(r, country, fields);
      case ORGANISATION -> organisation(r, country, fields);
      case FIREARM -> firearm(r, fields);
      case SHIPMENT -> shipment(r, fields);
      case SEIZURE -> seizure(r, country, fields);
      case CASE -> legalCase(r, agency, fields);
    }
    return new Generated(entityId(i), type, agency, plan, watchlisted, created, fields);
  }

  /**
   * Relationship {@code j}, drawn from {@code r}: each end uniformly in half the draws and from a
   * steep power law otherwise, so that a few entities (a network's hub, a busy phone) have
   * thousands of relationships and most have a handful.
   */
  Link link(long j, SplittableRandom r) {
    long a = end(r);
    long b = end(r);
    while (b == a) {
      b = end(r);
    }
    int ha = header(a);
    int hb = header(b);
    EntityType ta = TYPES[ha & 0xFF];
    EntityType tb = TYPES[hb & 0xFF];
    RelationshipType type = RelationshipType.ASSOCIATE_OF;
    boolean swap = false;
    double u = r.nextDouble();
    // Ordered so that the lower type drives: (PERSON, X) etc.; swap reverses the direction.
    if (ta.compareTo(tb) > 0) {
      long t = a;
      a = b;
      b = t;
      int h = ha;
      ha = hb;
      hb = h;
      EntityType e = ta;
      ta = tb;
      tb = e;
    }
    switch (tb) {
      case PERSON ->
          type =
              u < 0.6
                  ? RelationshipType.ASSOCIATE_OF
                  : u < 0.85 ? RelationshipType.RELATIVE_OF : RelationshipType.TRAVELLED_WITH;
      case ORGANISATION -> {
        if (ta == EntityType.PERSON) {
          type =
              u < 0.6
                  ? RelationshipType.MEMBER_OF
                  : u < 0.9 ? RelationshipType.EMPLOYED_BY : RelationshipType.LEADS;
        } else {
          type = u < 0.5 ? RelationshipType.SUPPLIES : RelationshipType.ASSOCIATE_OF;
        }
      }
      case VEHICLE -> type = u < 0.5 ? RelationshipType.OWNS : RelationshipType.USES;
      case PHONE -> type = ta == EntityType.PHONE ? RelationshipType.CALLED : RelationshipType.USES;
      case PLACE ->
          type =
              ta == EntityType.PERSON ? RelationshipType.RESIDES_AT : RelationshipType.LOCATED_AT;
      case FIREARM -> type = RelationshipType.OWNS;
      case SHIPMENT -> {
        type = u < 0.5 ? RelationshipType.SHIPPED_BY : RelationshipType.CONSIGNED_TO;
        swap = true;
      }
      case SEIZURE -> {
        type = RelationshipType.SEIZED_IN;
        if (ta == EntityType.SEIZURE) {
          type = RelationshipType.ASSOCIATE_OF;
        }
      }
      case CASE ->
          type = ta == EntityType.SEIZURE ? RelationshipType.PART_OF : RelationshipType.SUBJECT_OF;
    }
    if (swap) {
      long t = a;
      a = b;
      b = t;
      int h = ha;
      ha = hb;
      hb = h;
    }
    boolean bySource = r.nextDouble() < 0.8;
    int owner = bySource ? ha >>> 16 : hb >>> 16;
    int ownerPlan = bySource ? (ha >>> 8) & 0xFF : (hb >>> 8) & 0xFF;
    int plan = r.nextDouble() < 0.6 ? ownerPlan : pick(r, PLAN_CUM);
    LocalDate from = null;
    LocalDate to = null;
    if (r.nextDouble() < 0.5) {
      from = TODAY.minusDays(1 + r.nextInt(3650));
      if (r.nextDouble() < 0.2) {
        to = from.plusDays(r.nextInt((int) (TODAY.toEpochDay() - from.toEpochDay()) + 1));
      }
    }
    String evidence = r.nextDouble() < 0.3 ? EVIDENCE[r.nextInt(EVIDENCE.length)] : null;
    String evaluation = EVALUATIONS[pick(r, EVALUATION_CUM)];
    return new Link(
        linkId(j),
        type,
        a,
        b,
        from,
        to,
        evidence,
        evaluation,
        owner,
        plan,
        EPOCH + r.nextLong(THREE_YEARS));
  }

  private long end(SplittableRandom r) {
    if (r.nextBoolean()) {
      return r.nextLong(entities);
    }
    double u = r.nextDouble();
    long rank = Math.min(entities - 1, (long) (entities * u * u));
    return rank * SCATTER % entities;
  }

  // ---- persons ----

  private static final int ES = 0;
  private static final int EN = 1;
  private static final int FR = 2;

  private void person(SplittableRandom r, String country, int plan, List<Field> fields) {
    double c = r.nextDouble();
    int culture =
        switch (country) {
          case "MEX" -> c < 0.85 ? ES : c < 0.95 ? EN : FR;
          case "USA" -> c < 0.45 ? EN : c < 0.9 ? ES : FR;
          default -> c < 0.45 ? EN : c < 0.8 ? FR : ES;
        };
    boolean female = r.nextDouble() < 0.34;
    String given = givenNames(r, culture, female);
    String paternal = surname(r, culture);
    String maternal =
        culture == ES && r.nextDouble() < 0.85
            ? surname(r, ES)
            : culture == FR && r.nextDouble() < 0.08 ? surname(r, FR) : null;
    fields.add(text("givenNames", given));
    fields.add(text("paternalSurname", paternal));
    if (maternal != null) {
      fields.add(text("maternalSurname", maternal));
    }
    if (r.nextDouble() < 0.25) {
      List<String> aliases = new ArrayList<>();
      aliases.add(ALIASES[culture][r.nextInt(ALIASES[culture].length)]);
      if (r.nextDouble() < 0.3) {
        aliases.add(given.split("[ -]", 2)[0] + " " + surname(r, culture));
      }
      fields.add(texts("aliases", aliases));
    }
    LocalDate born = null;
    if (r.nextDouble() < 0.8) {
      born = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(20_800));
      double d = r.nextDouble();
      String dob =
          d < 0.85
              ? born.toString()
              : d < 0.95 ? born.toString().substring(0, 7) : born.toString().substring(0, 4);
      if (d >= 0.85) {
        born = null;
      }
      boolean strict = plan != STRICT_PLAN && plan != 6 && r.nextDouble() < 0.12;
      fields.add(new Field("dateOfBirth", quote(dob), strict));
    }
    String nationality =
        switch (culture) {
          case ES -> {
            double n = r.nextDouble();
            yield n < 0.75 ? "MEX" : n < 0.87 ? "USA" : n < 0.92 ? "GTM" : n < 0.96 ? "COL" : "HND";
          }
          case EN -> r.nextDouble() < 0.7 ? "USA" : "CAN";
          default -> r.nextDouble() < 0.9 ? "CAN" : "FRA";
        };
    fields.add(new Field("nationality", "[" + quote(nationality) + "]", false));
    if (r.nextDouble() < 0.4) {
      String document;
      if (nationality.equals("MEX") && born != null && maternal != null) {
        document =
            "{\"kind\":\"CURP\",\"number\":"
                + quote(curp(r, paternal, maternal, given, born, female))
                + ",\"country\":\"MEX\"}";
      } else {
        document =
            "{\"kind\":\"PASSPORT\",\"number\":"
                + quote(passport(r, nationality))
                + ",\"country\":"
                + quote(nationality)
                + "}";
      }
      fields.add(new Field("documents", "[" + document + "]", false));
    }
    if (r.nextDouble() < 0.9) {
      double g = r.nextDouble();
      String gender = g < 0.98 ? (female ? "F" : "M") : g < 0.99 ? "X" : "U";
      fields.add(text("gender", gender));
    }
  }

  private static String givenNames(SplittableRandom r, int culture, boolean female) {
    String[] names = GIVEN[culture][female ? 1 : 0];
    String first = names[r.nextInt(names.length)];
    if (r.nextDouble() < 0.22) {
      String second = names[r.nextInt(names.length)];
      if (!second.equals(first)) {
        return first + (culture == FR ? "-" : " ") + second;
      }
    }
    return first;
  }

  private static String surname(SplittableRandom r, int culture) {
    if (r.nextDouble() < 0.67) {
      String[] list = SURNAMES[culture];
      return list[r.nextInt(list.length)];
    }
    String[][] parts = SYLLABLES[culture];
    StringBuilder s = new StringBuilder();
    for (String[] part : parts) {
      s.append(part[r.nextInt(part.length)]);
    }
    return s.toString();
  }

  /** A CURP of the right shape and a valid check digit, from the person's names and birth date. */
  static String curp(
      SplittableRandom r,
      String paternal,
      String maternal,
      String given,
      LocalDate born,
      boolean female) {
    String p = letters(paternal);
    String m = letters(maternal);
    String g = letters(given.split("[ -]", 2)[0]);
    StringBuilder c = new StringBuilder(18);
    c.append(p.charAt(0));
    c.append(firstInner(p, "AEIOU", 'X'));
    c.append(m.charAt(0));
    c.append(g.charAt(0));
    c.append(String.format(Locale.ROOT, "%02d", born.getYear() % 100));
    c.append(String.format(Locale.ROOT, "%02d", born.getMonthValue()));
    c.append(String.format(Locale.ROOT, "%02d", born.getDayOfMonth()));
    c.append(female ? 'M' : 'H');
    c.append(STATES[r.nextInt(STATES.length)]);
    c.append(firstInner(p, "BCDFGHJKLMNPQRSTVWXYZ", 'X'));
    c.append(firstInner(m, "BCDFGHJKLMNPQRSTVWXYZ", 'X'));
    c.append(firstInner(g, "BCDFGHJKLMNPQRSTVWXYZ", 'X'));
    c.append(born.getYear() < 2000 ? (char) ('0' + r.nextInt(10)) : (char) ('A' + r.nextInt(26)));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CURP_VALUES.indexOf(c.charAt(i)) * (18 - i);
    }
    c.append((char) ('0' + (10 - sum % 10) % 10));
    return c.toString();
  }

  private static final String CURP_VALUES = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

  /** Upper-case A to Z only, accents dropped and Ñ as X, as RENAPO writes names in a CURP. */
  private static String letters(String name) {
    String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char ch = decomposed.charAt(i);
      if (ch == 'ñ' || ch == 'Ñ') {
        out.append('X');
      } else if (ch == '\u0303' && out.length() > 0 && out.charAt(out.length() - 1) == 'N') {
        out.setCharAt(out.length() - 1, 'X');
      } else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
        out.append(Character.toUpperCase(ch));
      }
    }
    return out.isEmpty() ? "X" : out.toString();
  }

  private static char firstInner(String word, String among, char fallback) {
    for (int i = 1; i < word.length(); i++) {
      if (among.indexOf(word.charAt(i)) >= 0) {
        return word.charAt(i);
      }
    }
    return fallback;
  }

  private static String passport(SplittableRandom r, String country) {
    return switch (country) {
      case "USA" -> String.valueOf(500_000_000 + r.nextInt(499_999_999));
      case "CAN" -> "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + digits(r, 6);
      case "MEX" -> "G" + digits(r, 8);
      default -> (char) ('A' + r.nextInt(26)) + digits(r, 8);
    };
  }

  // ---- phones ----

  private void phone(SplittableRandom r, String country, List<Field> fields) {
    String where = r.nextDouble() < 0.7 ? country : COUNTRIES[r.nextInt(3)];
    fields.add(text("number", phoneNumber(r, where)));
    double k = r.nextDouble();
    fields.add(
        text(
            "kind",
            k < 0.7
                ? "MOBILE"
                : k < 0.85 ? "LANDLINE" : k < 0.93 ? "VOIP" : k < 0.95 ? "SATELLITE" : "UNKNOWN"));
    if (r.nextDouble() < 0.6) {
      String[] carriers = CARRIERS[indexOf(COUNTRIES, where)];
      fields.add(text("carrier", carriers[r.nextInt(carriers.length)]));
    }
  }

  static String phoneNumber(SplittableRandom r, String country) {
    return switch (country) {
      case "MEX" -> {
        String area = MX_AREAS[r.nextInt(MX_AREAS.length)];
        yield "+52" + area + digits(r, 10 - area.length());
      }
      case "USA" -> "+1" + US_AREAS[r.nextInt(US_AREAS.length)] + nanpLocal(r);
      default -> "+1" + CA_AREAS[r.nextInt(CA_AREAS.length)] + nanpLocal(r);
    };
  }

  private static String nanpLocal(SplittableRandom r) {
    return (char) ('2' + r.nextInt(8)) + digits(r, 6);
  }

  // ---- vehicles ----

  private void vehicle(SplittableRandom r, String country, List<Field> fields) {
    String[] model = VEHICLES[r.nextInt(VEHICLES.length)];
    int year = 1995 + r.nextInt(31);
    boolean hasVin = r.nextDouble() < 0.9;
    boolean hasPlate = !hasVin || r.nextDouble() < 0.85;
    if (hasVin) {
      fields.add(text("vin", vin(r, model[2], year)));
    }
    String where = r.nextDouble() < 0.8 ? country : COUNTRIES[r.nextInt(3)];
    if (hasPlate) {
      String[] subdivisions = PLATE_SUBDIVISIONS[indexOf(COUNTRIES, where)];
      String subdivision = subdivisions[r.nextInt(subdivisions.length)];
      fields.add(text("plate", plate(r, where)));
      fields.add(text("plateJurisdiction", subdivision));
    }
    fields.add(text("make", model[0]));
    fields.add(text("model", model[1]));
    fields.add(new Field("year", Integer.toString(year), false));
    if (r.nextDouble() < 0.7) {
      String[] colours = COLOURS[where.equals("MEX") ? 0 : where.equals("USA") ? 1 : 2];
      fields.add(text("colour", colours[r.nextInt(colours.length)]));
    }
  }

  private static final String VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
  private static final String VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY";
  private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  private static final int[] VIN_VALUES = {
    1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9
  };

  /**
   * A 17-character VIN: maker, five descriptor characters, check digit, model year, plant, serial.
   */
  static String vin(SplittableRandom r, String wmi, int year) {
    char[] v = new char[17];
    wmi.getChars(0, 3, v, 0);
    for (int i = 3; i < 8; i++) {
      v[i] = VIN_CHARS.charAt(r.nextInt(VIN_CHARS.length()));
    }
    v[9] =
        year >= 2001 && year <= 2009
            ? (char) ('0' + year - 2000)
            : VIN_YEARS.charAt((year - (year < 2001 ? 1980 : 2010)) % 21);
    v[10] = VIN_CHARS.charAt(r.nextInt(VIN_CHARS.length()));
    for (int i = 11; i < 17; i++) {
      v[i] = (char) ('0' + r.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      if (i == 8) {
        continue;
      }
      char c = v[i];
      sum += (c <= '9' ? c - '0' : VIN_VALUES[c - 'A']) * VIN_WEIGHTS[i];
    }
    int check = sum % 11;
    v[8] = check == 10 ? 'X' : (char) ('0' + check);
    return new String(v);
  }

  private static String plate(SplittableRandom r, String country) {
    return switch (country) {
      case "MEX" -> upper(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 2);
      case "USA" -> (char) ('1' + r.nextInt(9)) + upper(r, 3) + digits(r, 3);
      default -> upper(r, 4) + " " + digits(r, 3);
    };
  }

  // ---- places, organisations, firearms, shipments, seizures, cases ----

  private void place(SplittableRandom r, String country, List<Field> fields) {
    String where = r.nextDouble() < 0.75 ? country : COUNTRIES[r.nextInt(3)];
    int ci = indexOf(COUNTRIES, where);
    String[] city = CITIES[ci][r.nextInt(CITIES[ci].length)];
    int culture = ci == 0 ? ES : ci == 1 ? EN : (r.nextBoolean() ? FR : EN);
    boolean named = r.nextDouble() < 0.3;
    boolean coordinates = r.nextDouble() < 0.7;
    if (named) {
      String[] kinds = PLACE_KINDS[culture];
      fields.add(text("name", kinds[r.nextInt(kinds.length)] + " " + surname(r, culture)));
    }
    if ((!named && !coordinates) || r.nextDouble() < 0.8) {
      int n = 1 + r.nextInt(4999);
      String street = surname(r, culture);
      String address =
          switch (culture) {
            case ES -> "Calle " + street + " " + n;
            case FR -> n + " rue " + street;
            default -> n + " " + street + " St";
          };
      fields.add(text("address", address));
    }
    fields.add(text("locality", city[0]));
    fields.add(text("subdivision", city[1]));
    fields.add(text("country", where));
    if (coordinates) {
      double lat = Double.parseDouble(city[2]) + (r.nextDouble() - 0.5) * 0.2;
      double lon = Double.parseDouble(city[3]) + (r.nextDouble() - 0.5) * 0.2;
      fields.add(
          new Field(
              "coordinates", "{\"lat\":" + round(lat) + ",\"lon\":" + round(lon) + "}", false));
    }
  }

  private void organisation(SplittableRandom r, String country, List<Field> fields) {
    int ci = indexOf(COUNTRIES, country);
    int culture = ci == 0 ? ES : ci == 1 ? EN : (r.nextBoolean() ? FR : EN);
    double k = r.nextDouble();
    String kind;
    String name;
    if (k < 0.15) {
      kind = r.nextBoolean() ? "CARTEL" : "TRAFFICKING_NETWORK";
      name =
          (culture == ES ? "Organización " : culture == FR ? "Réseau " : "Network ")
              + surname(r, culture);
    } else if (k < 0.25) {
      kind = "GANG";
      name = (culture == ES ? "Los " : culture == FR ? "Les " : "The ") + surname(r, culture) + "s";
    } else {
      String[] kinds = {"COMPANY", "SHELL_COMPANY", "FREIGHT_FORWARDER", "MONEY_SERVICE"};
      kind = kinds[r.nextInt(kinds.length)];
      String[] prefixes = COMPANY_PREFIXES[culture];
      String[] suffixes = COMPANY_SUFFIXES[culture];
      name =
          prefixes[r.nextInt(prefixes.length)]
              + " "
              + surname(r, culture)
              + " "
              + suffixes[r.nextInt(suffixes.length)];
    }
    List<String> names = new ArrayList<>();
    names.add(name);
    if (r.nextDouble() < 0.2) {
      names.add(upper(r, 3));
    }
    fields.add(texts("names", names));
    fields.add(text("kind", kind));
    if (r.nextDouble() < 0.3) {
      String id =
          country.equals("MEX")
              ? "{\"kind\":\"TAX_ID\",\"number\":\""
                  + upper(r, 3)
                  + digits(r, 6)
                  + upper(r, 2)
                  + digits(r, 1)
                  + "\",\"country\":\"MEX\"}"
              : "{\"kind\":\"COMPANY_REGISTRATION\",\"number\":\""
                  + digits(r, 9)
                  + "\",\"country\":\""
                  + country
                  + "\"}";
      fields.add(new Field("identifiers", "[" + id + "]", false));
    }
    fields.add(text("country", country));
  }

  private void firearm(SplittableRandom r, List<Field> fields) {
    String[] f = FIREARMS[r.nextInt(FIREARMS.length)];
    fields.add(text("make", f[0]));
    fields.add(text("model", f[1]));
    fields.add(text("calibre", f[2]));
    if (r.nextDouble() < 0.9) {
      fields.add(text("serial", upper(r, 3) + digits(r, 5 + r.nextInt(3))));
    }
    fields.add(text("kind", f[3]));
  }

  private void shipment(SplittableRandom r, List<Field> fields) {
    String[] carrier = SHIPPERS[r.nextInt(SHIPPERS.length)];
    boolean container = r.nextDouble() < 0.8;
    if (container) {
      fields.add(text("container", container(r, carrier[1])));
    }
    if (!container || r.nextDouble() < 0.7) {
      fields.add(text("billOfLading", carrier[1] + digits(r, 9)));
    }
    fields.add(text("carrier", carrier[0]));
    double m = r.nextDouble();
    fields.add(text("mode", m < 0.6 ? "SEA" : m < 0.9 ? "ROAD" : m < 0.95 ? "RAIL" : "AIR"));
    fields.add(text("origin", PORTS[r.nextInt(PORTS.length)]));
    fields.add(text("destination", PORTS[r.nextInt(PORTS.length)]));
    fields.add(text("commodity", COMMODITIES[r.nextInt(COMMODITIES.length)]));
  }

  /** An ISO 6346 container number: owner code and U, six digits, check digit. */
  static String container(SplittableRandom r, String owner) {
    String base = owner.substring(0, 3) + "U" + digits(r, 6);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      char c = base.charAt(i);
      int value = c <= '9' ? c - '0' : CONTAINER_VALUES[c - 'A'];
      sum += value << i;
    }
    return base + (char) ('0' + sum % 11 % 10);
  }

  private static final int[] CONTAINER_VALUES = {
    10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36,
    37, 38
  };

  private void seizure(SplittableRandom r, String country, List<Field> fields) {
    int ci = indexOf(COUNTRIES, country);
    String[] city = CITIES[ci][r.nextInt(CITIES[ci].length)];
    fields.add(text("date", TODAY.minusDays(1 + r.nextInt(1800)).toString()));
    fields.add(text("place", city[0]));
    fields.add(text("subdivision", city[1]));
    fields.add(
        text(
            "description",
            (1 + r.nextInt(80))
                + " kg of "
                + DRUGS[r.nextInt(DRUGS.length)]
                + " "
                + CONCEALMENT[r.nextInt(CONCEALMENT.length)]));
  }

  private void legalCase(SplittableRandom r, int agency, List<Field> fields) {
    String word = CASE_WORDS[r.nextInt(CASE_WORDS.length)];
    LocalDate opened = TODAY.minusDays(1 + r.nextInt(2500));
    fields.add(text("title", "Operation " + word + " " + upper(r, 1) + digits(r, 2)));
    fields.add(
        text(
            "reference",
            AGENCIES[agency]
                + "-"
                + opened.getYear()
                + "-"
                + String.format(Locale.ROOT, "%06d", r.nextInt(1_000_000))));
    fields.add(text("opened", opened.toString()));
    double s = r.nextDouble();
    fields.add(text("status", s < 0.6 ? "OPEN" : s < 0.9 ? "CLOSED" : "SUSPENDED"));
    if (r.nextDouble() < 0.5) {
      fields.add(
          text(
              "summary",
              "Investigation of "
                  + DRUGS[r.nextInt(DRUGS.length)]
                  + " trafficking through "
                  + CITIES[r.nextInt(3)][0][0]));
    }
  }

  // ---- helpers ----

  private SplittableRandom random(long i) {
    return new SplittableRandom(mix(seed ^ (i * 0x9E3779B97F4A7C15L)));
  }

  private UUID uuid(long salt, long i) {
    long hi = mix(seed * 0x9E3779B97F4A7C15L + salt * 0xD1B54A32D192ED03L + i);
    long lo = mix(hi ^ 0x632BE59BD9B4E019L ^ salt);
    hi = (hi & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static double[] cumulative(double... weights) {
    double[] out = new double[weights.length];
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double run = 0;
    for (int i = 0; i < weights.length; i++) {
      run += weights[i] / sum;
      out[i] = run;
    }
    out[weights.length - 1] = 1.0;
    return out;
  }

  private static int pick(SplittableRandom r, double[] cumulative) {
    double u = r.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  private static int indexOf(String[] values, String value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i].equals(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException(value);
  }

  private static String digits(SplittableRandom r, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + r.nextInt(10));
    }
    return new String(c);
  }

  private static String upper(SplittableRandom r, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('A' + r.nextInt(26));
    }
    return new String(c);
  }

  private static String round(double v) {
    return Double.toString(Math.round(v * 10_000) / 10_000.0);
  }

  private static Field text(String name, String value) {
    return new Field(name, quote(value), false);
  }

  private static Field texts(String name, List<String> values) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(quote(values.get(i)));
    }
    return new Field(name, s.append(']').toString(), false);
  }

  /** A JSON string as Jackson writes it: only quotes, backslashes and controls escaped. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  // ---- word lists ----

  private static final String[] COUNTRIES = {"MEX", "USA", "CAN"};

  private static final String[][][] GIVEN = {
    {
      {
        "José",
        "Juan",
        "Luis",
        "Carlos",
        "Jorge",
        "Miguel",
        "Francisco",
        "Jesús",
        "Antonio",
        "Alejandro",
        "Manuel",
        "Ricardo",
        "Fernando",
        "Roberto",
        "Eduardo",
        "Raúl",
        "Sergio",
        "Javier",
        "Arturo",
        "Héctor",
        "Óscar",
        "Ramón",
        "Joaquín",
        "Ismael",
        "Rafael",
        "Ángel",
        "Andrés",
        "Ignacio",
        "Iván",
        "Rubén",
        "Gerardo",
        "Alfonso",
        "Efraín",
        "Rogelio",
        "Nicolás"
      },
      {
        "María",
        "Guadalupe",
        "Verónica",
        "Rosa",
        "Ana",
        "Leticia",
        "Patricia",
        "Alejandra",
        "Gabriela",
        "Claudia",
        "Marisol",
        "Sofía",
        "Ximena",
        "Lucía",
        "Elena",
        "Beatriz",
        "Adriana",
        "Mónica",
        "Yolanda",
        "Carmen",
        "Itzel",
        "Fernanda",
        "Araceli",
        "Noemí",
        "Dolores"
      }
    },
    {
      {
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Brian", "Kevin", "Jason",
        "Tyler", "Brandon", "Ryan", "Kyle", "Dustin", "Travis", "Cody"
      },
      {
        "Mary", "Jennifer", "Linda", "Patricia", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen",
        "Nancy", "Ashley", "Emily", "Megan", "Amanda", "Rachel", "Brittany", "Heather", "Kayla"
      }
    },
    {
      {
        "Jean",
        "Pierre",
        "Michel",
        "André",
        "Philippe",
        "Luc",
        "François",
        "Jacques",
        "Marc",
        "Étienne",
        "Mathieu",
        "Guillaume",
        "Benoît",
        "Sébastien",
        "Yannick",
        "Gaétan",
        "Réjean"
      },
      {
        "Marie",
        "Nathalie",
        "Isabelle",
        "Sylvie",
        "Catherine",
        "Chantal",
        "Geneviève",
        "Mélanie",
        "Julie",
        "Véronique",
        "Émilie",
        "Hélène",
        "Josée",
        "Céline",
        "Sophie",
        "Anne",
        "Maryse"
      }
    }
  };

  private static final String[][] SURNAMES = {
    {
      "García",
      "Hernández",
      "Martínez",
      "López",
      "González",
      "Pérez",
      "Rodríguez",
      "Sánchez",
      "Ramírez",
      "Cruz",
      "Flores",
      "Gómez",
      "Morales",
      "Vázquez",
      "Reyes",
      "Jiménez",
      "Torres",
      "Díaz",
      "Gutiérrez",
      "Ruiz",
      "Mendoza",
      "Aguilar",
      "Ortiz",
      "Moreno",
      "Castillo",
      "Romero",
      "Álvarez",
      "Méndez",
      "Chávez",
      "Rivera",
      "Juárez",
      "Ramos",
      "Domínguez",
      "Herrera",
      "Medina",
      "Castro",
      "Vargas",
      "Guzmán",
      "Velázquez",
      "Muñoz",
      "Rojas",
      "Salazar",
      "Contreras",
      "Beltrán",
      "Núñez",
      "Ibarra",
      "Quintero",
      "Peña",
      "Esquivel",
      "Treviño"
    },
    {
      "Smith",
      "Johnson",
      "Williams",
      "Brown",
      "Jones",
      "Miller",
      "Davis",
      "Wilson",
      "Anderson",
      "Taylor",
      "Thomas",
      "Moore",
      "Jackson",
      "Martin",
      "Lee",
      "Thompson",
      "White",
      "Harris",
      "Clark",
      "Lewis",
      "Robinson",
      "Walker",
      "Young",
      "Allen",
      "King",
      "Wright",
      "Scott",
      "Hill",
      "Green",
      "Adams",
      "Baker",
      "Nelson",
      "O'Brien",
      "MacDonald",
      "Campbell",
      "Murphy",
      "Kelly",
      "Sullivan"
    },
    {
      "Tremblay",
      "Gagnon",
      "Roy",
      "Côté",
      "Bouchard",
      "Gauthier",
      "Morin",
      "Lavoie",
      "Fortin",
      "Gagné",
      "Ouellet",
      "Pelletier",
      "Bélanger",
      "Lévesque",
      "Bergeron",
      "Leblanc",
      "Paquette",
      "Girard",
      "Simard",
      "Boucher",
      "Caron",
      "Beaulieu",
      "Cloutier",
      "Dubé",
      "Poirier",
      "Fournier",
      "Lapointe",
      "Leclerc",
      "Lefebvre",
      "Dubois",
      "St-Pierre",
      "D'Amours"
    }
  };

  /** Syllables of made-up surnames, for a long tail of rare names in each language. */
  private static final String[][][] SYLLABLES = {
    {
      {
        "Al", "Bal", "Car", "Del", "Es", "Fer", "Gal", "Ib", "Lar", "Mar", "Nav", "Ol", "Pas",
        "Quin", "Ros", "Sal", "Tor", "Ur", "Val", "Zar", "Ber", "Cas", "Mon", "San"
      },
      {"a", "e", "i", "o", "u", "an", "en", "ar", "or", "ill", "err", "et"},
      {"ez", "es", "ado", "edo", "ino", "ana", "ero", "ón", "uela", "ara", "ía", "ueta"}
    },
    {
      {
        "Ash", "Black", "Brad", "Craw", "Fair", "Hal", "Kings", "Long", "Mar", "Penn", "Ross",
        "Stan", "Thorn", "Wal", "Whit", "Win", "Ald", "Brook", "Hart", "Lin"
      },
      {"", "er", "ing", "s", "en", "a"},
      {"ford", "ley", "ton", "wood", "field", "ham", "well", "by", "more", "ridge", "worth"}
    },
    {
      {
        "Beau", "Bel", "Cham", "Des", "Dur", "Fon", "Gran", "La", "Mont", "Ro", "Ste", "Ver", "Vil",
        "Bou", "Char", "Mar"
      },
      {"", "e", "i", "a"},
      {"lieu", "champ", "mont", "val", "court", "ville", "pré", "bois", "roche", "fort", "neau"}
    }
  };

  private static final String[][] ALIASES = {
    {
      "El Güero",
      "El Flaco",
      "El Chino",
      "La Güera",
      "El Gordo",
      "El Negro",
      "El Compa",
      "El Tigre",
      "La Reina",
      "El Ingeniero",
      "El Licenciado",
      "El Contador",
      "La Jefa",
      "El Mecánico",
      "Pepe",
      "Paco",
      "Nacho",
      "Chuy",
      "Memo",
      "Beto",
      "Toño",
      "Lupita"
    },
    {"Shorty", "Big Mike", "Slim", "Red", "Doc", "Ghost", "Junior", "Ace", "Tank", "Smitty"},
    {"Le Grand", "Ti-Jean", "Le Boss", "Frenchie", "Le Chat", "La Puce", "Le Rouge", "Coco"}
  };

  private static final String[] STATES = {
    "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN",
    "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS",
    "NE"
  };

  private static final String[] MX_AREAS = {
    "55", "33", "81", "664", "667", "656", "686", "644", "998", "222", "477", "662", "614", "871"
  };
  private static final String[] US_AREAS = {
    "212", "213", "305", "520", "602", "619", "713", "915", "956", "312", "404", "206", "210", "323"
  };
  private static final String[] CA_AREAS = {
    "416", "514", "604", "613", "403", "780", "204", "902", "905", "450", "519", "778"
  };
  private static final String[][] CARRIERS = {
    {"Telcel", "AT&T México", "Movistar", "Telmex", "Bait"},
    {"Verizon", "AT&T", "T-Mobile", "US Cellular", "Mint Mobile"},
    {"Rogers", "Bell", "Telus", "Vidéotron", "Freedom Mobile"}
  };

  /** Make, model and a real world manufacturer identifier (the VIN's first three characters). */
  private static final String[][] VEHICLES = {
    {"Ford", "F-150", "1FT"},
    {"Chevrolet", "Silverado", "1GC"},
    {"Nissan", "Versa", "3N1"},
    {"Toyota", "Tacoma", "3TM"},
    {"Honda", "Civic", "2HG"},
    {"Volkswagen", "Jetta", "3VW"},
    {"Ram", "1500", "1C6"},
    {"GMC", "Sierra", "3GT"},
    {"Jeep", "Grand Cherokee", "1C4"},
    {"Kia", "Forte", "3KP"},
    {"Toyota", "Corolla", "2T1"},
    {"Chevrolet", "Aveo", "3G1"},
    {"Nissan", "NP300", "3N6"},
    {"Dodge", "Charger", "2C3"},
    {"Freightliner", "Cascadia", "1FU"},
    {"Kenworth", "T680", "1XK"}
  };

  private static final String[][] PLATE_SUBDIVISIONS = {
    {"MX-SIN", "MX-BCN", "MX-CHH", "MX-SON", "MX-JAL", "MX-NLE", "MX-CMX", "MX-TAM", "MX-MIC"},
    {"US-CA", "US-AZ", "US-TX", "US-NM", "US-IL", "US-GA", "US-NY", "US-WA", "US-MI", "US-FL"},
    {"CA-ON", "CA-QC", "CA-BC", "CA-AB", "CA-MB", "CA-NS"}
  };
  private static final String[][] COLOURS = {
    {"blanco", "negro", "gris", "rojo", "plata", "azul", "verde"},
    {"white", "black", "gray", "red", "silver", "blue", "green"},
    {"white", "black", "grey", "red", "silver", "blanc", "noir", "gris"}
  };

  /** Locality, subdivision, latitude, longitude. */
  private static final String[][][] CITIES = {
    {
      {"Culiacán", "MX-SIN", "24.80", "-107.39"},
      {"Tijuana", "MX-BCN", "32.51", "-117.04"},
      {"Ciudad Juárez", "MX-CHH", "31.69", "-106.42"},
      {"Hermosillo", "MX-SON", "29.07", "-110.96"},
      {"Guadalajara", "MX-JAL", "20.67", "-103.35"},
      {"Monterrey", "MX-NLE", "25.69", "-100.32"},
      {"Ciudad de México", "MX-CMX", "19.43", "-99.13"},
      {"Nogales", "MX-SON", "31.31", "-110.94"},
      {"Manzanillo", "MX-COL", "19.05", "-104.32"},
      {"Lázaro Cárdenas", "MX-MIC", "17.96", "-102.20"},
      {"Reynosa", "MX-TAM", "26.09", "-98.28"}
    },
    {
      {"San Diego", "US-CA", "32.72", "-117.16"},
      {"Los Angeles", "US-CA", "34.05", "-118.24"},
      {"Phoenix", "US-AZ", "33.45", "-112.07"},
      {"Tucson", "US-AZ", "32.22", "-110.97"},
      {"El Paso", "US-TX", "31.76", "-106.49"},
      {"Houston", "US-TX", "29.76", "-95.37"},
      {"Laredo", "US-TX", "27.53", "-99.49"},
      {"Chicago", "US-IL", "41.88", "-87.63"},
      {"Atlanta", "US-GA", "33.75", "-84.39"},
      {"New York", "US-NY", "40.71", "-74.01"},
      {"Seattle", "US-WA", "47.61", "-122.33"},
      {"Detroit", "US-MI", "42.33", "-83.05"}
    },
    {
      {"Toronto", "CA-ON", "43.65", "-79.38"},
      {"Montréal", "CA-QC", "45.50", "-73.57"},
      {"Vancouver", "CA-BC", "49.28", "-123.12"},
      {"Calgary", "CA-AB", "51.05", "-114.07"},
      {"Windsor", "CA-ON", "42.31", "-83.04"},
      {"Winnipeg", "CA-MB", "49.90", "-97.14"},
      {"Halifax", "CA-NS", "44.65", "-63.58"},
      {"Ottawa", "CA-ON", "45.42", "-75.70"}
    }
  };

  private static final String[][] PLACE_KINDS = {
    {"Bodega", "Rancho", "Taller", "Casa de cambio", "Hotel", "Laboratorio"},
    {"Warehouse", "Storage", "Auto Shop", "Motel", "Ranch", "Depot"},
    {"Entrepôt", "Garage", "Dépanneur", "Motel", "Ferme", "Hangar"}
  };
  private static final String[][] COMPANY_PREFIXES = {
    {
      "Transportes",
      "Comercializadora",
      "Importadora",
      "Logística",
      "Servicios",
      "Distribuidora",
      "Grupo"
    },
    {"Pacific", "Southwest", "Border", "Global", "United", "Premier", "Eastern"},
    {"Transports", "Import-Export", "Logistique", "Entreprises", "Distribution", "Groupe"}
  };
  private static final String[][] COMPANY_SUFFIXES = {
    {"S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."},
    {"LLC", "Inc.", "Logistics LLC", "Trading Corp."},
    {"Inc.", "Ltée", "S.E.N.C.", "Ltd."}
  };

  /** Make, model, calibre, kind. */
  private static final String[][] FIREARMS = {
    {"Glock", "19", "9mm", "PISTOL"},
    {"Glock", "17", "9mm", "PISTOL"},
    {"Colt", "M4 Carbine", "5.56x45mm", "RIFLE"},
    {"Smith & Wesson", "M&P15", "5.56x45mm", "RIFLE"},
    {"Ruger", "AR-556", "5.56x45mm", "RIFLE"},
    {"Barrett", "M82A1", ".50 BMG", "RIFLE"},
    {"FN Herstal", "Five-seveN", "5.7x28mm", "PISTOL"},
    {"Century Arms", "WASR-10", "7.62x39mm", "RIFLE"},
    {"Taurus", "G2C", "9mm", "PISTOL"},
    {"Beretta", "92FS", "9mm", "PISTOL"},
    {"Smith & Wesson", "Model 686", ".357 Magnum", "REVOLVER"},
    {"Mossberg", "500", "12 gauge", "SHOTGUN"},
    {"Polymer80", "PF940C", "9mm", "RECEIVER"}
  };

  /** Carrier and its SCAC / container owner prefix. */
  private static final String[][] SHIPPERS = {
    {"Mediterranean Shipping Company", "MSCU"},
    {"Maersk", "MAEU"},
    {"CMA CGM", "CMAU"},
    {"Hapag-Lloyd", "HLCU"},
    {"Evergreen", "EGLV"},
    {"COSCO", "COSU"},
    {"ONE", "ONEY"},
    {"Transportes Castores", "TCAS"},
    {"Schneider", "SNDR"}
  };

  private static final String[] PORTS = {
    "Manzanillo, MX",
    "Lázaro Cárdenas, MX",
    "Veracruz, MX",
    "Long Beach, US",
    "Los Angeles, US",
    "Houston, US",
    "Vancouver, CA",
    "Montréal, CA",
    "Shanghai, CN",
    "Busan, KR",
    "Buenaventura, CO",
    "Nuevo Laredo, MX",
    "Laredo, US"
  };
  private static final String[] COMMODITIES = {
    "auto parts", "avocados", "industrial chemicals", "ceramic tiles", "frozen shrimp", "textiles",
    "consumer electronics", "machinery", "tequila", "limes", "furniture",
        "pharmaceutical excipients"
  };
  private static final String[] DRUGS = {
    "fentanyl", "methamphetamine", "cocaine", "heroin", "counterfeit oxycodone tablets"
  };
  private static final String[] CONCEALMENT = {
    "in a spare tyre",
    "in a false floor",
    "among produce",
    "in a fuel tank",
    "in parcels",
    "on a person",
    "in a trailer wall"
  };
  private static final String[] CASE_WORDS = {
    "Aurora",
    "Cascada",
    "Frontera",
    "Halcón",
    "Iceberg",
    "Jaguar",
    "Northern Light",
    "Relámpago",
    "Sierra",
    "Tempest",
    "Trillium",
    "Zenzontle"
  };
  private static final String[] EVIDENCE = {
    "intercepted call records", "surveillance report", "informant statement", "financial records",
    "border crossing record", "seizure inventory", "vehicle registration", "phone extraction"
  };
  private static final String[] EVALUATIONS = {"A1", "A2", "B2", "B3", "C3", "X4"};
  private static final double[] EVALUATION_CUM = cumulative(0.05, 0.10, 0.40, 0.15, 0.25, 0.05);
}
