package org.puente.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch readers face uploaded files: whatever bytes arrive, and whatever is cut, repeated or
 * spliced into a real batch, a reader either returns requests (each row's problems named by a
 * {@code /rows/<n>} pointer) or rejects the file with named problems — never any other exception.
 */
class EntityCsvFuzzTest {

  static final String ENTITIES =
      """
      type,givenNames,paternalSurname,aliases,nationality,documents,dateOfBirth,\
      fieldLabel.dateOfBirth,vin,plate,coordinates,year,unverified,watchlisted,label
      PERSON,José Ángel,Ximénez,El Güero|El Flaco,MEX|USA,PASSPORT:G1234:MEX|VOTER_ID:AB12,\
      1981-04-04,"{""releasableTo"":[""USA""],""tlp"":""AMBER""}",,,,,,true,
      VEHICLE,,,,,,,,1HGCM82633A004352,ABC123,,2019,vin,false,"{""tlp"":""RED""}"
      PLACE,,,,,,,,,,"19.4;-99.1",,,,
      PLACE,,,,,,,,,,19.4;x,,,,
      """;

  static final String RELATIONSHIPS =
      """
      type,source,target,from,to,evidence,evaluation,label
      USES,7f000000-0000-4000-8000-000000000001,7f000000-0000-4000-8000-000000000002,\
      2026-01-10,,"Subscriber records, synthetic",B2,"{""tlp"":""AMBER""}"
      """;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  record Mutation(boolean entities, int at, int cut, String insert) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    Arbitrary<String> inserts =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars(",\"\r\n|:;{}[]0123456789.-ÁéñÜ ").ofMaxLength(12),
            Arbitraries.strings().ofMaxLength(8),
            Arbitraries.of(
                "", "\"", "\"\"", ",,,", "\n", "\r", "|", "::", "{", "\uFEFF", "\u0000", "\uD800"));
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 600),
            Arbitraries.integers().between(0, 40),
            inserts)
        .as(Mutation::new);
  }

  @Property(tries = 800)
  void aMutatedBatchIsReadOrRejectedWithItsProblemsNamed(@ForAll("mutations") Mutation m) {
    String text = m.entities() ? ENTITIES : RELATIONSHIPS;
    int at = Math.min(m.at(), text.length());
    int end = Math.min(text.length(), at + m.cut());
    String mutated = text.substring(0, at) + m.insert() + text.substring(end);
    readOrRejected(mutated.getBytes(StandardCharsets.UTF_8), m.entities());
  }

  @Property(tries = 500)
  void arbitraryBytesAreReadOrRejected(@ForAll byte[] bytes, @ForAll boolean entities) {
    readOrRejected(bytes, entities);
  }

  @Property(tries = 500)
  void arbitraryTextIsReadOrRejected(@ForAll String text, @ForAll boolean entities) {
    readOrRejected(text.getBytes(StandardCharsets.UTF_8), entities);
  }

  @Property(tries = 500)
  void arbitraryJsonBatchesAreReadOrRejected(@ForAll("jsonish") String text) {
    try {
      List<JsonNode> items = Imports.readJson(text.getBytes(StandardCharsets.UTF_8));
      assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(Imports.MAX_ITEMS);
    } catch (Rejected e) {
      assertThat(e.violations()).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("[]{}\",:0123456789truefalsn \n\\").ofMaxLength(40),
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.of(
            "[]", "[{}]", "[{\"a\":1,\"a\":2}]", "[1] [2]", "{}", "", "[" + "[".repeat(2000)));
  }

  @Property(tries = 300)
  void everyPointerMapsToARowOrIsKept(@ForAll("pointers") String pointer) {
    EntityCsv.Read read = EntityCsv.entities(ENTITIES.getBytes(StandardCharsets.UTF_8), null, null);
    Violation mapped = read.toRows(Violation.of(pointer, "x"));
    assertThat(mapped.code()).isEqualTo("x");
    assertThat(mapped.pointer().isEmpty() || mapped.pointer().startsWith("/")).isTrue();
  }

  @Provide
  Arbitrary<String> pointers() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("/0123456789abc~.").ofMaxLength(20).map(s -> "/" + s),
        Arbitraries.of("", "/", "//", "/0", "/2/fieldLabels", "/99999999999/x", "/-1/x"));
  }

  @Example
  void rowsBecomeTheRequestsTheApiTakes() {
    JsonNode label = JSON.readTree("{\"releasableTo\":[\"USA\"]}");
    EntityCsv.Read read =
        EntityCsv.entities(ENTITIES.getBytes(StandardCharsets.UTF_8), label, null);
    assertThat(read.violations()).isEmpty();
    assertThat(read.rows()).containsExactly(0, 1, 2, 3);
    JsonNode person = read.items().get(0);
    assertThat(person.at("/aliases").toString()).isEqualTo("[\"El Güero\",\"El Flaco\"]");
    assertThat(person.at("/documents/0/country").asString()).isEqualTo("MEX");
    assertThat(person.at("/documents/1").has("country")).isFalse();
    assertThat(person.at("/fieldLabels/dateOfBirth/tlp").asString()).isEqualTo("AMBER");
    assertThat(person.at("/watchlisted").asBoolean()).isTrue();
    assertThat(person.at("/label")).isEqualTo(label);
    JsonNode vehicle = read.items().get(1);
    assertThat(vehicle.at("/year").asInt()).isEqualTo(2019);
    assertThat(vehicle.at("/unverified/0").asString()).isEqualTo("vin");
    assertThat(vehicle.at("/label/tlp").asString()).isEqualTo("RED");
    assertThat(read.items().get(2).at("/coordinates/lon").asDouble()).isEqualTo(-99.1);
    assertThat(read.items().get(3).at("/coordinates").isString()).isTrue();
    // Problems point at rows and columns; the batch's own label is named once.
    assertThat(read.toRows(Violation.of("/1/vin", "vin.checkDigit")).pointer())
        .isEqualTo("/rows/1/vin");
    assertThat(read.toRows(Violation.of("/0/fieldLabels/dateOfBirth/tlp", "x")).pointer())
        .isEqualTo("/rows/0/fieldLabel.dateOfBirth");
    assertThat(read.toRows(Violation.of("/0/label/tlp", "x")).pointer()).isEqualTo("/label/tlp");
    assertThat(read.toRows(Violation.of("/1/label/tlp", "x")).pointer()).isEqualTo("/rows/1/label");
    assertThat(read.toRows(Violation.of("/2", "x")).pointer()).isEqualTo("/rows/2");
  }

  @Example
  void brokenCsvNamesItsLine() {
    String broken = "type,givenNames\nPERSON,Ana\nPERSON,\"Ana\n\nPERSON,Luz\n";
    try {
      EntityCsv.entities(broken.getBytes(StandardCharsets.UTF_8), null, null);
      throw new AssertionError("accepted");
    } catch (Rejected e) {
      assertThat(e.violations())
          .containsExactly(
              Violation.of("/rows/1", "import.csv.malformed", 3, "unterminated-quote"));
    }
    EntityCsv.Read narrow =
        EntityCsv.entities(
            "type,givenNames\nPERSON,Ana,x\nPERSON,Luz\n".getBytes(StandardCharsets.UTF_8),
            null,
            null);
    assertThat(narrow.violations())
        .containsExactly(Violation.of("/rows/0", "import.csv.row.width", 3, 2));
    assertThat(narrow.rows()).containsExactly(1);
    EntityCsv.Read document =
        EntityCsv.entities(
            "type,documents\nPERSON,PASSPORT\n".getBytes(StandardCharsets.UTF_8), null, null);
    assertThat(document.violations())
        .containsExactly(Violation.of("/rows/0/documents", "import.csv.document", "PASSPORT"));
  }

  private static void readOrRejected(byte[] bytes, boolean entities) {
    try {
      EntityCsv.Read read =
          entities
              ? EntityCsv.entities(bytes, null, "PERSON")
              : EntityCsv.relationships(bytes, null);
      assertThat(read.items()).hasSameSizeAs(read.rows());
      for (int i = 0; i < read.items().size(); i++) {
        assertThat(read.items().get(i).isObject()).isTrue();
        assertThat(read.toRows(Violation.of("/" + i + "/x", "c")).pointer())
            .isEqualTo("/rows/" + read.rows().get(i) + "/x");
      }
      for (Violation v : read.violations()) {
        assertThat(v.pointer()).matches("/(header|rows)(/.*)?");
      }
    } catch (Rejected e) {
      assertThat(e.violations()).isNotEmpty();
    }
  }
}
