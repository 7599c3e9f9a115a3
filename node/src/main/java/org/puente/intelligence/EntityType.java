package org.puente.intelligence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;

/** The kinds of entity the exchange holds, each with the fields it may have. */
public enum EntityType {
  PERSON(
      Set.of("givenNames", "paternalSurname", "aliases"),
      field("givenNames", FieldKind.TEXT),
      field("paternalSurname", FieldKind.TEXT),
      field("maternalSurname", FieldKind.TEXT),
      field("aliases", FieldKind.TEXTS),
      field("dateOfBirth", FieldKind.DATE),
      field("nationality", FieldKind.COUNTRIES),
      field("documents", FieldKind.DOCUMENTS),
      code("gender", "F", "M", "X", "U")),
  ORGANISATION(
      Set.of("names"),
      field("names", FieldKind.TEXTS),
      code(
          "kind",
          "CARTEL",
          "GANG",
          "TRAFFICKING_NETWORK",
          "COMPANY",
          "SHELL_COMPANY",
          "FREIGHT_FORWARDER",
          "MONEY_SERVICE",
          "OTHER"),
      field("identifiers", FieldKind.DOCUMENTS),
      field("country", FieldKind.COUNTRY)),
  VEHICLE(
      Set.of("vin", "plate"),
      field("vin", FieldKind.VIN),
      field("plate", FieldKind.TEXT),
      field("plateJurisdiction", FieldKind.SUBDIVISION),
      field("make", FieldKind.TEXT),
      field("model", FieldKind.TEXT),
      field("year", FieldKind.INTEGER),
      field("colour", FieldKind.TEXT)),
  PHONE(
      Set.of("number"),
      field("number", FieldKind.PHONE),
      code("kind", "MOBILE", "LANDLINE", "SATELLITE", "VOIP", "UNKNOWN"),
      field("carrier", FieldKind.TEXT)),
  PLACE(
      Set.of("name", "address", "coordinates"),
      field("name", FieldKind.TEXT),
      field("address", FieldKind.TEXT),
      field("locality", FieldKind.TEXT),
      field("subdivision", FieldKind.SUBDIVISION),
      field("country", FieldKind.COUNTRY),
      field("coordinates", FieldKind.COORDINATES)),
  FIREARM(
      Set.of("serial", "make"),
      field("make", FieldKind.TEXT),
      field("model", FieldKind.TEXT),
      field("calibre", FieldKind.TEXT),
      field("serial", FieldKind.TEXT),
      code("kind", "PISTOL", "REVOLVER", "RIFLE", "SHOTGUN", "MACHINE_GUN", "RECEIVER", "OTHER")),
  SHIPMENT(
      Set.of("container", "billOfLading"),
      field("container", FieldKind.CONTAINER),
      field("billOfLading", FieldKind.TEXT),
      field("carrier", FieldKind.TEXT),
      code("mode", "SEA", "ROAD", "RAIL", "AIR", "POST"),
      field("origin", FieldKind.TEXT),
      field("destination", FieldKind.TEXT),
      field("commodity", FieldKind.TEXT)),
  SEIZURE(
      Set.of("date"),
      field("date", FieldKind.DATE),
      field("place", FieldKind.TEXT),
      field("subdivision", FieldKind.SUBDIVISION),
      field("description", FieldKind.TEXT),
      field("reports", FieldKind.REPORTS)),
  CASE(
      Set.of("title"),
      field("title", FieldKind.TEXT),
      field("reference", FieldKind.TEXT),
      field("opened", FieldKind.DATE),
      code("status", "OPEN", "CLOSED", "SUSPENDED"),
      field("summary", FieldKind.TEXT));

  // Both are unmodifiable copies made once in the constructor.
  @SuppressWarnings("ImmutableEnumChecker")
  private final SequencedMap<String, FieldSpec> fields;

  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<String> identifying;

  EntityType(Set<String> identifying, FieldSpec... specs) {
    SequencedMap<String, FieldSpec> m = new LinkedHashMap<>();
    for (FieldSpec s : specs) {
      m.put(s.name(), s);
    }
    this.fields = java.util.Collections.unmodifiableSequencedMap(m);
    this.identifying = Set.copyOf(identifying);
  }

  /** The fields an entity of this type may have, in display order. */
  public List<FieldSpec> fields() {
    return List.copyOf(fields.values());
  }

  /** The field with this name, if this type has it. */
  public Optional<FieldSpec> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** Fields of which an entity must have at least one, so that it can be told apart. */
  public Set<String> identifying() {
    return identifying;
  }

  /** The type with this name, if there is one. */
  public static Optional<EntityType> parse(String name) {
    for (EntityType t : values()) {
      if (t.name().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** A field's name, kind and (for codes) the codes it allows. */
  public record FieldSpec(String name, FieldKind kind, List<String> codes) {

    /** Whether the field holds an identifier that may be stored unverified, flagged as such. */
    public boolean verifiable() {
      return kind == FieldKind.VIN
          || kind == FieldKind.PHONE
          || kind == FieldKind.CONTAINER
          || kind == FieldKind.DOCUMENTS;
    }
  }

  private static FieldSpec field(String name, FieldKind kind) {
    return new FieldSpec(name, kind, List.of());
  }

  private static FieldSpec code(String name, String... codes) {
    return new FieldSpec(name, FieldKind.CODE, List.of(codes));
  }
}
