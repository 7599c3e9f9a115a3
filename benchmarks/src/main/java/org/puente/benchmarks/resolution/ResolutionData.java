package org.puente.benchmarks.resolution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.intelligence.resolution.BirthDate;
import org.puente.intelligence.resolution.Names;
import org.puente.intelligence.resolution.PersonName;
import org.puente.intelligence.resolution.PersonRecord;

/**
 * Reads the evaluation data sets into person records with opaque ids, keeping the answers apart:
 * FEBRL's {@code rec-N-…} ids say who is who, so they never reach the resolver.
 */
final class ResolutionData {

  static final Path ROOT = Path.of("node/src/test/resources/resolution");

  private ResolutionData() {}

  /** Records and, per record id, the true entity. */
  record Labelled(List<PersonRecord> records, Map<String, String> entity) {}

  private static final Pattern FEBRL_ID = Pattern.compile("^rec-(\\d+)-");

  /** A FEBRL file; {@code prefix} makes the opaque ids of two files distinct. */
  static Labelled febrl(String file, String prefix, boolean nameAndBirthDateOnly)
      throws IOException {
    List<List<String>> rows = csv(Files.readString(ROOT.resolve("febrl").resolve(file)));
    List<String> header = rows.getFirst().stream().map(String::strip).toList();
    List<PersonRecord> records = new ArrayList<>();
    Map<String, String> entity = new HashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      Map<String, String> row = new HashMap<>();
      List<String> cells = rows.get(r);
      for (int c = 0; c < header.size() && c < cells.size(); c++) {
        row.put(header.get(c), cells.get(c).strip());
      }
      Matcher m = FEBRL_ID.matcher(row.getOrDefault("rec_id", ""));
      if (!m.find()) {
        continue;
      }
      String id = prefix + r;
      entity.put(id, m.group(1));
      PersonName name = Names.of(blank(row.get("given_name")), blank(row.get("surname")), null);
      BirthDate dob = BirthDate.parse(row.getOrDefault("date_of_birth", "")).orElse(null);
      if (nameAndBirthDateOnly) {
        records.add(
            new PersonRecord(id, name, List.of(), dob, Set.of(), List.of(), List.of(), null));
        continue;
      }
      List<PersonRecord.IdDocument> docs = new ArrayList<>();
      String ssn = blank(row.get("soc_sec_id"));
      if (ssn != null) {
        docs.add(new PersonRecord.IdDocument("SSN", ssn, null));
      }
      String line =
          String.join(
                  " ",
                  row.getOrDefault("street_number", ""),
                  row.getOrDefault("address_1", ""),
                  row.getOrDefault("address_2", ""))
              .strip();
      PersonRecord.Address address =
          new PersonRecord.Address(
              blank(line),
              blank(row.get("suburb")),
              blank(row.get("postcode")),
              blank(row.get("state")),
              null);
      records.add(new PersonRecord(id, name, List.of(), dob, Set.of(), docs, List.of(), address));
    }
    return new Labelled(records, entity);
  }

  /** The Senzing truth set's person records (customers, watchlist, reference). */
  static Labelled senzing() throws IOException {
    Map<String, String> truth = new HashMap<>();
    List<List<String>> key = csv(Files.readString(ROOT.resolve("senzing/actual_truthset_key.csv")));
    List<String> kh = key.getFirst();
    for (List<String> row : key.subList(1, key.size())) {
      Map<String, String> r = zip(kh, row);
      truth.put(r.get("DATA_SOURCE") + ":" + r.get("RECORD_ID"), r.getOrDefault("CLUSTER_ID", ""));
    }
    List<PersonRecord> records = new ArrayList<>();
    Map<String, String> entity = new HashMap<>();
    for (String file : List.of("customers.csv", "watchlist.csv", "reference.csv")) {
      List<List<String>> rows = csv(Files.readString(ROOT.resolve("senzing").resolve(file)));
      List<String> header = rows.getFirst();
      for (List<String> cells : rows.subList(1, rows.size())) {
        Map<String, String> r = zip(header, cells);
        String type = r.getOrDefault("RECORD_TYPE", "");
        if (!type.isEmpty() && !type.equals("PERSON")) {
          continue;
        }
        if (blank(r.get("PRIMARY_NAME_ORG")) != null) {
          continue;
        }
        String id = r.get("DATA_SOURCE") + ":" + r.get("RECORD_ID");
        String cluster = truth.get(id);
        if (cluster == null) {
          continue;
        }
        entity.put(id, cluster);
        records.add(senzingRecord(id, r));
      }
    }
    return new Labelled(records, entity);
  }

  private static PersonRecord senzingRecord(String id, Map<String, String> r) {
    String full = blank(r.get("PRIMARY_NAME_FULL"));
    PersonName name;
    if (full != null) {
      name = Names.parse(full);
    } else {
      String first = blank(r.get("PRIMARY_NAME_FIRST"));
      String middle = blank(r.get("PRIMARY_NAME_MIDDLE"));
      String given = first == null ? middle : middle == null ? first : first + " " + middle;
      name = Names.of(given, blank(r.get("PRIMARY_NAME_LAST")), null);
    }
    List<PersonName> aliases = new ArrayList<>();
    String nativeName = blank(r.get("NATIVE_NAME_FULL"));
    if (nativeName != null) {
      PersonName n = Names.parse(nativeName);
      if (!n.isEmpty()) {
        aliases.add(n);
      }
    }
    String dobText = blank(r.get("DATE_OF_BIRTH"));
    BirthDate dob = dobText == null ? null : BirthDate.parse(dobText).orElse(null);
    List<PersonRecord.IdDocument> docs = new ArrayList<>();
    document(docs, "PASSPORT", r.get("PASSPORT_NUMBER"), r.get("PASSPORT_COUNTRY"));
    document(docs, "SSN", r.get("SSN_NUMBER"), "USA");
    document(
        docs, "DRIVERS_LICENSE", r.get("DRIVERS_LICENSE_NUMBER"), r.get("DRIVERS_LICENSE_STATE"));
    document(docs, "NATIONAL_ID", r.get("NATIONAL_ID_NUMBER"), r.get("NATIONAL_ID_COUNTRY"));
    List<String> phones = new ArrayList<>();
    String phone = blank(r.get("PHONE_NUMBER"));
    if (phone != null) {
      String digits = phone.replaceAll("[^0-9]", "");
      phones.add(digits.length() == 10 ? "+1" + digits : "+" + digits);
    }
    PersonRecord.Address address = null;
    String addrFull = blank(r.get("ADDR_FULL"));
    String line1 = blank(r.get("ADDR_LINE1"));
    if (addrFull != null || line1 != null) {
      String line = addrFull != null ? addrFull : line1;
      String postcode = blank(r.get("ADDR_POSTAL_CODE"));
      if (postcode == null) {
        Matcher m = Pattern.compile("\\b(\\d{5})(-\\d{4})?\\s*$").matcher(line);
        if (m.find()) {
          postcode = m.group(1);
        }
      }
      address =
          new PersonRecord.Address(
              line,
              blank(r.get("ADDR_CITY")),
              postcode,
              blank(r.get("ADDR_STATE")),
              blank(r.get("ADDR_COUNTRY")));
    }
    return new PersonRecord(id, name, aliases, dob, Set.of(), docs, phones, address);
  }

  private static void document(
      List<PersonRecord.IdDocument> docs,
      String kind,
      @Nullable String number,
      @Nullable String country) {
    String n = blank(number);
    if (n != null) {
      String c = blank(country);
      docs.add(new PersonRecord.IdDocument(kind, n, c == null ? null : c.toUpperCase(Locale.ROOT)));
    }
  }

  private static Map<String, String> zip(List<String> header, List<String> cells) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int c = 0; c < header.size() && c < cells.size(); c++) {
      out.put(header.get(c).strip(), cells.get(c).strip());
    }
    return out;
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Comma-separated values with double-quoted cells. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        cell.setLength(0);
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
