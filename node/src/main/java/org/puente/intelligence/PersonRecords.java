package org.puente.intelligence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.puente.governance.RequestText;
import org.puente.governance.Violation;
import org.puente.intelligence.identifiers.Phones;
import org.puente.intelligence.resolution.BirthDate;
import org.puente.intelligence.resolution.Names;
import org.puente.intelligence.resolution.PersonName;
import org.puente.intelligence.resolution.PersonRecord;
import tools.jackson.databind.JsonNode;

/**
 * Turns a person entity's fields, or a person described in a request (a screened traveller, a
 * record to match), into the resolver's {@link PersonRecord}.
 */
final class PersonRecords {

  static final int MAX_TEXT = 200;
  static final int MAX_ITEMS = 20;

  private static final Set<String> ISO_COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  /** The members a described person may have. */
  static final List<String> MEMBERS =
      List.of(
          "name",
          "givenNames",
          "paternalSurname",
          "maternalSurname",
          "aliases",
          "dateOfBirth",
          "nationality",
          "document",
          "documents",
          "phones");

  private PersonRecords() {}

  /** A person entity's fields (name to canonical JSON value) as the resolver compares them. */
  static PersonRecord ofFields(String id, Map<String, JsonNode> fields) {
    PersonName name =
        Names.of(
            textOf(fields.get("givenNames")),
            textOf(fields.get("paternalSurname")),
            textOf(fields.get("maternalSurname")));
    List<PersonName> aliases = new ArrayList<>();
    JsonNode a = fields.get("aliases");
    if (a != null && a.isArray()) {
      for (JsonNode item : a) {
        if (item.isString()) {
          aliases.add(Names.parse(item.asString()));
        }
      }
    }
    String dob = textOf(fields.get("dateOfBirth"));
    BirthDate birth = dob == null ? null : BirthDate.parse(dob).orElse(null);
    Set<String> nationalities = new LinkedHashSet<>();
    JsonNode n = fields.get("nationality");
    if (n != null && n.isArray()) {
      for (JsonNode item : n) {
        nationalities.add(item.asString());
      }
    }
    List<PersonRecord.IdDocument> documents = new ArrayList<>();
    JsonNode d = fields.get("documents");
    if (d != null && d.isArray()) {
      for (JsonNode doc : d) {
        JsonNode kind = doc.get("kind");
        JsonNode number = doc.get("number");
        JsonNode country = doc.get("country");
        if (kind != null && number != null) {
          documents.add(
              new PersonRecord.IdDocument(
                  kind.asString(),
                  compact(number.asString()),
                  country == null || country.isNull() ? null : country.asString()));
        }
      }
    }
    return new PersonRecord(id, name, aliases, birth, nationalities, documents, List.of(), null);
  }

  /**
   * A person described in a request: {@code name} (whole, in any order) or its parts, {@code
   * aliases}, {@code dateOfBirth} (ISO, or day and month either way round with slashes), {@code
   * nationality} (one code or a list), {@code document} or {@code documents} ({@code
   * {"kind","number","country"}} or a bare number) and {@code phones}. Every problem is added to
   * {@code violations} under {@code at}; null when there were any.
   */
  static @Nullable PersonRecord read(
      String id, JsonNode body, String at, List<String> extra, List<Violation> violations) {
    int before = violations.size();
    if (!body.isObject()) {
      violations.add(Violation.of(at, "request.notObject"));
      return null;
    }
    for (String member : body.propertyNames()) {
      if (!MEMBERS.contains(member) && !extra.contains(member)) {
        violations.add(Violation.of(Violation.pointer(at, member), "field.unknown", member));
      }
    }
    String full = text(body, "name", at, violations);
    String given = text(body, "givenNames", at, violations);
    String paternal = text(body, "paternalSurname", at, violations);
    String maternal = text(body, "maternalSurname", at, violations);
    PersonName name;
    if (full != null && (given != null || paternal != null || maternal != null)) {
      violations.add(Violation.of(Violation.pointer(at, "name"), "resolution.name.both"));
      name = Names.parse(full);
    } else if (full != null) {
      name = Names.parse(full);
    } else {
      name = Names.of(given, paternal, maternal);
    }
    List<PersonName> aliases = new ArrayList<>();
    for (String alias : texts(body, "aliases", at, violations)) {
      PersonName parsed = Names.parse(alias);
      if (!parsed.isEmpty()) {
        aliases.add(parsed);
      }
    }
    BirthDate birth = null;
    String dob = text(body, "dateOfBirth", at, violations);
    if (dob != null) {
      birth = BirthDate.parse(dob).orElse(null);
      if (birth == null) {
        violations.add(
            Violation.of(Violation.pointer(at, "dateOfBirth"), "resolution.dateOfBirth", dob));
      }
    }
    Set<String> nationalities = new LinkedHashSet<>();
    JsonNode nat = body.get("nationality");
    List<String> codes =
        nat != null && nat.isString()
            ? List.of(nat.asString())
            : texts(body, "nationality", at, violations);
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i).strip().toUpperCase(Locale.ROOT);
      if (!ISO_COUNTRIES.contains(code)) {
        violations.add(
            Violation.of(
                Violation.pointer(at, "nationality"), "resolution.nationality", codes.get(i)));
      } else {
        nationalities.add(code);
      }
    }
    List<PersonRecord.IdDocument> documents = new ArrayList<>();
    JsonNode one = body.get("document");
    if (one != null && !one.isNull()) {
      document(one, Violation.pointer(at, "document"), documents, violations);
    }
    JsonNode many = body.get("documents");
    if (many != null && !many.isNull()) {
      if (!many.isArray() || many.size() > MAX_ITEMS) {
        violations.add(Violation.of(Violation.pointer(at, "documents"), "field.notList"));
      } else {
        for (int i = 0; i < many.size(); i++) {
          document(
              many.get(i), Violation.pointer(at, "documents") + "/" + i, documents, violations);
        }
      }
    }
    List<String> phones = new ArrayList<>();
    List<String> rawPhones = texts(body, "phones", at, violations);
    for (int i = 0; i < rawPhones.size(); i++) {
      switch (Phones.check(rawPhones.get(i))) {
        case org.puente.intelligence.identifiers.Checked.Valid v -> phones.add(v.normalised());
        case org.puente.intelligence.identifiers.Checked.Invalid bad ->
            violations.add(
                Violation.of(
                    Violation.pointer(at, "phones") + "/" + i, bad.reason(), bad.args().toArray()));
      }
    }
    if (violations.size() == before
        && name.isEmpty()
        && aliases.isEmpty()
        && documents.isEmpty()
        && phones.isEmpty()) {
      violations.add(Violation.of(at, "resolution.record.empty"));
    }
    if (violations.size() > before) {
      return null;
    }
    return new PersonRecord(id, name, aliases, birth, nationalities, documents, phones, null);
  }

  private static void document(
      JsonNode doc, String at, List<PersonRecord.IdDocument> out, List<Violation> violations) {
    if (doc.isString()) {
      String number = compact(doc.asString());
      if (number.isEmpty() || number.length() > 40) {
        violations.add(Violation.of(at, "resolution.document.number"));
      } else {
        out.add(new PersonRecord.IdDocument(guessKind(number), number, null));
      }
      return;
    }
    if (!doc.isObject()) {
      violations.add(Violation.of(at, "field.notObject"));
      return;
    }
    for (String member : doc.propertyNames()) {
      if (!List.of("kind", "number", "country").contains(member)) {
        violations.add(Violation.of(Violation.pointer(at, member), "field.unknown", member));
      }
    }
    String kind = optional(doc.get("kind"), at + "/kind", 30, violations);
    String number = RequestText.read(doc.get("number"), at + "/number", 40, false, violations);
    String country = optional(doc.get("country"), at + "/country", 3, violations);
    if (country != null && !ISO_COUNTRIES.contains(country)) {
      violations.add(Violation.of(at + "/country", "resolution.nationality", country));
      return;
    }
    if (number == null) {
      return;
    }
    String compact = compact(number);
    if (compact.isEmpty()) {
      violations.add(Violation.of(at + "/number", "resolution.document.number"));
      return;
    }
    out.add(
        new PersonRecord.IdDocument(
            kind == null ? guessKind(compact) : kind.toUpperCase(Locale.ROOT), compact, country));
  }

  /** A bare number shaped like a CURP is one; anything else is a document of unknown kind. */
  private static String guessKind(String number) {
    return number.length() == 18 && Character.isLetter(number.charAt(0)) ? "CURP" : "OTHER";
  }

  static String compact(String number) {
    StringBuilder out = new StringBuilder(number.length());
    number
        .toUpperCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static @Nullable String text(
      JsonNode body, String member, String at, List<Violation> violations) {
    return optional(body.get(member), Violation.pointer(at, member), MAX_TEXT, violations);
  }

  /** Text that may be absent (or null); when present it must be acceptable text. */
  static @Nullable String optional(
      @Nullable JsonNode node, String pointer, int max, List<Violation> violations) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return RequestText.read(node, pointer, max, false, violations);
  }

  static List<String> texts(JsonNode body, String member, String at, List<Violation> violations) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return List.of();
    }
    String p = Violation.pointer(at, member);
    if (!node.isArray() || node.size() > MAX_ITEMS) {
      violations.add(Violation.of(p, "field.notList"));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String s = RequestText.read(node.get(i), p + "/" + i, MAX_TEXT, false, violations);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static @Nullable String textOf(@Nullable JsonNode node) {
    return node != null && node.isString() ? node.asString() : null;
  }
}
