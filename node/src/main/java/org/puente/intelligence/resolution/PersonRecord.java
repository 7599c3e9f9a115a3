package org.puente.intelligence.resolution;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person as the resolver compares them; every part may be missing.
 *
 * @param id the record's id, opaque to the resolver
 * @param name the primary name
 * @param aliases other names the person is known by
 * @param birthDate the date of birth, as precise as it is known
 * @param nationalities ISO 3166-1 alpha-3 codes
 * @param documents identity documents
 * @param phones phone numbers in E.164
 * @param address where the person lives or was recorded
 */
public record PersonRecord(
    String id,
    PersonName name,
    List<PersonName> aliases,
    @Nullable BirthDate birthDate,
    Set<String> nationalities,
    List<IdDocument> documents,
    List<String> phones,
    @Nullable Address address) {

  public PersonRecord {
    aliases = List.copyOf(aliases);
    nationalities = Set.copyOf(nationalities);
    documents = List.copyOf(documents);
    phones = List.copyOf(phones);
  }

  /** An identity document: kind (CURP, PASSPORT, SSN, …), number without separators, country. */
  public record IdDocument(String kind, String number, @Nullable String country) {}

  /** An address in parts; any may be missing. */
  public record Address(
      @Nullable String line,
      @Nullable String locality,
      @Nullable String postcode,
      @Nullable String region,
      @Nullable String country) {}
}
