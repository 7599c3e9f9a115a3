package org.puente.intelligence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name matching, identifiers, facets and, above all, the label rules of the entity index. */
class EntityIndexTest {

  static final long PUBLIC = 3;
  static final long DOB = 7;
  static final long SECRET = 9;

  private final EntityIndex index = EntityIndex.inMemory();

  @AfterEach
  void close() {
    index.close();
  }

  // --- fixtures -----------------------------------------------------------------------------

  static Map<String, List<String>> fields(String... nameAndValues) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < nameAndValues.length; i += 2) {
      out.computeIfAbsent(nameAndValues[i], k -> new ArrayList<>()).add(nameAndValues[i + 1]);
    }
    return out;
  }

  static FieldGroup group(long label, String... nameAndValues) {
    return new FieldGroup(label, fields(nameAndValues));
  }

  static IndexedEntity person(long recordLabel, FieldGroup... groups) {
    return new IndexedEntity(UUID.randomUUID(), "PERSON", recordLabel, List.of(groups));
  }

  static IndexedEntity aPerson(String givenNames, String surnames) {
    return person(PUBLIC, group(PUBLIC, "givenNames", givenNames, "surnames", surnames));
  }

  static LabelFilter sees(long... visible) {
    return new LabelFilter(visible, new long[0]);
  }

  static LabelFilter pointers(long... pointers) {
    return new LabelFilter(new long[0], pointers);
  }

  private IndexedEntity add(IndexedEntity entity) {
    index.index(entity);
    index.refresh();
    return entity;
  }

  private SearchResult search(String query, LabelFilter filter) {
    return search(query, null, filter);
  }

  private SearchResult search(String query, @Nullable String type, LabelFilter filter) {
    return index.search(query, type, filter, 20);
  }

  private List<UUID> ids(String query, LabelFilter filter) {
    return search(query, filter).hits().stream().map(SearchHit::id).toList();
  }

  // --- text ---------------------------------------------------------------------------------

  @Test
  void foldsCaseAndAccents() {
    IndexedEntity chapo = add(aPerson("José Ángel", "Guzmán Loera"));

    assertThat(ids("jose angel guzman", sees(PUBLIC))).containsExactly(chapo.id());
    assertThat(ids("JOSÉ ÁNGEL GUZMÁN", sees(PUBLIC))).containsExactly(chapo.id());
    // Decomposed accents (NFD), as some keyboards and browsers send them.
    assertThat(ids("Jose\u0301 Guzma\u0301n", sees(PUBLIC))).containsExactly(chapo.id());
  }

  @Test
  void decomposedAccentsInDataAreFoldedToo() {
    IndexedEntity e = add(aPerson("Ramo\u0301n", "Nun\u0303ez"));

    assertThat(ids("ramón núñez", sees(PUBLIC))).containsExactly(e.id());
  }

  @Test
  void findsSpanishSpellingVariantsPhonetically() {
    IndexedEntity jimenez = add(aPerson("Luis", "Jiménez"));
    IndexedEntity valdes = add(aPerson("Rosa", "Valdés"));
    IndexedEntity hernandez = add(aPerson("Marta", "Hernández"));
    IndexedEntity llamas = add(aPerson("Julio", "Llamas"));

    assertThat(ids("Ximenez", sees(PUBLIC))).containsExactly(jimenez.id());
    assertThat(ids("Baldes", sees(PUBLIC))).containsExactly(valdes.id());
    assertThat(ids("Ernandes", sees(PUBLIC))).containsExactly(hernandez.id());
    assertThat(ids("Yamas", sees(PUBLIC))).containsExactly(llamas.id());
  }

  @Test
  void ranksExactOverPhoneticOverPrefix() {
    IndexedEntity prefix = add(aPerson("Ana", "Guzmanes"));
    IndexedEntity phonetic = add(aPerson("Ana", "Gusmán"));
    IndexedEntity exact = add(aPerson("Ana", "Guzmán"));

    List<SearchHit> hits = search("guzman", sees(PUBLIC)).hits();

    assertThat(hits)
        .extracting(SearchHit::id)
        .containsExactly(exact.id(), phonetic.id(), prefix.id());
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(hits.get(1).score()).isGreaterThan(hits.get(2).score());
  }

  @Test
  void aliasesCountAsNames() {
    IndexedEntity e =
        add(person(PUBLIC, group(PUBLIC, "givenNames", "Joaquín", "aliases", "El Güero")));
    IndexedEntity other =
        add(person(PUBLIC, group(PUBLIC, "givenNames", "Mario", "notes", "habla con el guero")));

    List<SearchHit> hits = search("guero", sees(PUBLIC)).hits();

    assertThat(hits).extracting(SearchHit::id).containsExactly(e.id(), other.id());
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void matchesPrefixesOfThreeLettersOrMore() {
    IndexedEntity e = add(aPerson("Guadalupe", "Fernández"));

    assertThat(ids("guad fern", sees(PUBLIC))).containsExactly(e.id());
    assertThat(ids("gu", sees(PUBLIC))).isEmpty();
  }

  @Test
  void apostrophesAndHyphensMatchEitherWay() {
    IndexedEntity e = add(aPerson("Jean-Luc", "O'Brien"));

    assertThat(ids("obrien", sees(PUBLIC))).containsExactly(e.id());
    assertThat(ids("O'Brien Jean Luc", sees(PUBLIC))).containsExactly(e.id());
    assertThat(ids("jeanluc", sees(PUBLIC))).containsExactly(e.id());
  }

  @Test
  void everyWordMustMatch() {
    add(aPerson("José", "Guzmán"));

    assertThat(ids("jose zambada", sees(PUBLIC))).isEmpty();
  }

  // --- identifiers --------------------------------------------------------------------------

  @Test
  void matchesIdentifiersWithOrWithoutSeparators() {
    IndexedEntity p =
        add(
            person(
                PUBLIC,
                group(
                    PUBLIC,
                    "givenNames",
                    "Ismael",
                    "documents",
                    "CURP:GUXJ570404HSLZMS09",
                    "phone",
                    "+526671234567")));
    IndexedEntity v =
        add(
            new IndexedEntity(
                UUID.randomUUID(),
                "VEHICLE",
                PUBLIC,
                List.of(group(PUBLIC, "vin", "1HGCM82633A004352", "plate", "VKM-45-21"))));

    assertThat(ids("GUXJ-570404", sees(PUBLIC))).containsExactly(p.id());
    assertThat(ids("guxj570404hslzms09", sees(PUBLIC))).containsExactly(p.id());
    assertThat(ids("CURP GUXJ570404HSLZMS09", sees(PUBLIC))).containsExactly(p.id());
    assertThat(ids("667 123 4567", sees(PUBLIC))).containsExactly(p.id());
    assertThat(ids("+52 (667) 123-4567", sees(PUBLIC))).containsExactly(p.id());
    assertThat(ids("1HG CM826 33A004352", sees(PUBLIC))).containsExactly(v.id());
    assertThat(ids("vkm4521", sees(PUBLIC))).containsExactly(v.id());
    assertThat(ids("VKM 45 21", sees(PUBLIC))).containsExactly(v.id());
  }

  // --- results ------------------------------------------------------------------------------

  @Test
  void filtersByTypeAndCountsEntitiesPerType() {
    add(aPerson("Juan", "Pérez"));
    add(aPerson("Luisa", "Perez"));
    add(
        new IndexedEntity(
            UUID.randomUUID(),
            "VEHICLE",
            PUBLIC,
            List.of(group(PUBLIC, "ownerName", "Pérez", "plate", "ABC123"))));

    SearchResult all = search("perez", sees(PUBLIC));
    SearchResult vehicles = search("perez", "VEHICLE", sees(PUBLIC));

    assertThat(all.total()).isEqualTo(3);
    assertThat(all.byType()).containsExactly(Map.entry("PERSON", 2L), Map.entry("VEHICLE", 1L));
    assertThat(all.totalIsExact()).isTrue();
    assertThat(vehicles.total()).isEqualTo(1);
    assertThat(vehicles.byType()).containsExactly(Map.entry("VEHICLE", 1L));
    assertThat(vehicles.hits()).extracting(SearchHit::type).containsExactly("VEHICLE");
  }

  @Test
  void collapsesAnEntitysDocumentsIntoOneHit() {
    IndexedEntity e =
        add(
            person(
                PUBLIC,
                group(PUBLIC, "givenNames", "Pepe"),
                group(DOB, "aliases", "Pepe"),
                group(SECRET, "aliases", "Pepe el Toro")));

    SearchResult r = search("pepe", sees(PUBLIC, DOB, SECRET));

    assertThat(r.hits()).extracting(SearchHit::id).containsExactly(e.id());
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.byType()).containsExactly(Map.entry("PERSON", 1L));
  }

  @Test
  void limitsHitsButCountsEveryMatch() {
    for (int i = 0; i < 5; i++) {
      index.index(aPerson("Carlos", "Rivas"));
    }
    index.refresh();

    SearchResult r = index.search("rivas", null, sees(PUBLIC), 2);

    assertThat(r.hits()).hasSize(2);
    assertThat(r.total()).isEqualTo(5);
    assertThat(index.search("rivas", null, sees(PUBLIC), 0).total()).isEqualTo(5);
    assertThatThrownBy(() -> index.search("rivas", null, sees(PUBLIC), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyQueryFindsNothing() {
    add(aPerson("Carlos", "Rivas"));

    assertThat(search("  -- ", sees(PUBLIC)).total()).isZero();
  }

  // --- labels -------------------------------------------------------------------------------

  @Test
  void aRecordUnderAnUnseenLabelIsNeverReturnedCountedOrFaceted() {
    // The hidden record matches best (exact, every word, name and identifier); the visible one
    // only phonetically.
    add(
        new IndexedEntity(
            UUID.randomUUID(),
            "VEHICLE",
            SECRET,
            List.of(
                group(SECRET, "ownerName", "Guzmán", "plate", "GUZ-123"),
                group(PUBLIC, "ownerName", "Guzmán")))); // a public field does not open the record
    IndexedEntity visible = add(aPerson("Ana", "Gusmán"));

    SearchResult r = search("guzman", sees(PUBLIC));

    assertThat(r.hits()).extracting(SearchHit::id).containsExactly(visible.id());
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.byType()).containsExactly(Map.entry("PERSON", 1L));
    assertThat(search("GUZ-123", sees(PUBLIC)).total()).isZero();
    assertThat(search("guzman", "VEHICLE", sees(PUBLIC)).byType()).isEmpty();
  }

  @Test
  void anEmptyFilterMatchesNothing() {
    add(aPerson("Carlos", "Rivas"));

    assertThat(search("rivas", LabelFilter.none())).isEqualTo(SearchResult.empty());
  }

  @Test
  void aPointerMatchesOnlyFieldsUnderTheRecordsOwnLabel() {
    long record = 4;
    long alias = 6;
    IndexedEntity e =
        add(
            person(
                record,
                group(record, "givenNames", "Carlos", "surnames", "Rivas"),
                group(alias, "aliases", "El Chapulín")));

    assertThat(ids("rivas", pointers(record))).containsExactly(e.id());
    assertThat(ids("chapulin", pointers(record))).isEmpty();
    assertThat(ids("carlos chapulin", pointers(record))).isEmpty();
    // Being a pointer under the field's label too does not make the field matchable.
    assertThat(ids("chapulin", pointers(record, alias))).isEmpty();
    // Seeing the field's label in full does.
    assertThat(ids("chapulin", new LabelFilter(new long[] {alias}, new long[] {record})))
        .containsExactly(e.id());
  }

  @Test
  void aFieldUnderAStricterHiddenLabelCannotBeMatched() {
    IndexedEntity e =
        add(
            person(
                PUBLIC,
                group(PUBLIC, "givenNames", "Ramón", "surnames", "Ortega"),
                group(DOB, "dateOfBirth", "1980-03-02")));

    for (String query : List.of("1980-03-02", "19800302", "1980", "ortega 1980")) {
      assertThat(search(query, sees(PUBLIC)).total()).as(query).isZero();
      assertThat(search(query, pointers(PUBLIC)).total()).as(query).isZero();
    }
    assertThat(ids("ortega", sees(PUBLIC))).containsExactly(e.id());
    assertThat(ids("1980-03-02", sees(PUBLIC, DOB))).containsExactly(e.id());
    assertThat(ids("ortega 1980", sees(PUBLIC, DOB))).containsExactly(e.id());
  }

  @Test
  void aNameSpanningLabelsMatchesOnlyWhenEveryPartIsMatchable() {
    long surnames = 5;
    IndexedEntity e =
        add(
            person(
                PUBLIC,
                group(PUBLIC, "givenNames", "José Ángel"),
                group(surnames, "surnames", "Guzmán")));

    assertThat(ids("jose guzman", sees(PUBLIC, surnames))).containsExactly(e.id());
    assertThat(ids("jose guzman", sees(PUBLIC))).isEmpty();
    assertThat(ids("guzman", sees(PUBLIC))).isEmpty();
    assertThat(ids("jose", sees(PUBLIC))).containsExactly(e.id());
  }

  @Test
  void givenNamesAndSurnamesUnderTwoLabelsAreFoundOnlyByACallerWhoSeesBoth() {
    long given = 5;
    long surnames = 6;
    IndexedEntity e =
        add(
            person(
                PUBLIC,
                group(given, "givenNames", "Marisol"),
                group(surnames, "paternalSurname", "Quintanar", "maternalSurname", "Ochoa")));

    assertThat(ids("marisol quintanar ochoa", sees(PUBLIC, given, surnames)))
        .containsExactly(e.id());
    assertThat(ids("quintanar marisol", sees(PUBLIC, given, surnames))).containsExactly(e.id());
    // Seeing both groups is not enough when the record's own label is hidden.
    assertThat(search("quintanar marisol", sees(given, surnames)).total()).isZero();
    assertThat(search("marisol quintanar", sees(PUBLIC, given)).total()).isZero();
    assertThat(search("marisol quintanar", sees(PUBLIC, surnames)).total()).isZero();
    // A pointer to the record matches only fields under the record's own label: neither group.
    assertThat(search("marisol quintanar", pointers(PUBLIC)).total()).isZero();

    index.delete(e.id());
    index.refresh();
    assertThat(search("quintanar", sees(PUBLIC, given, surnames)).total()).isZero();
    assertThat(search("marisol", sees(PUBLIC, given, surnames)).total()).isZero();
    assertThat(index.count()).isZero();
  }

  @Test
  void findsEveryMatchHoweverCommonTheWords() {
    // Before the block join, only the rarest word's first 10,000 documents became candidates, so
    // an entity indexed after 10,000 namesakes was never found by its common words.
    List<IndexedEntity> namesakes = new ArrayList<>();
    for (int i = 0; i < 15_000; i++) {
      namesakes.add(
          person(
              PUBLIC,
              group(PUBLIC, "givenNames", "José", "paternalSurname", "García"),
              group(PUBLIC, "maternalSurname", "Lopez")));
    }
    index.indexAll(namesakes);
    IndexedEntity target =
        add(
            person(
                PUBLIC,
                group(PUBLIC, "givenNames", "José"),
                group(PUBLIC, "paternalSurname", "Zqrare", "maternalSurname", "García")));

    SearchResult exact = index.search("jose garcia zqrare", null, sees(PUBLIC), 25);
    assertThat(exact.hits()).extracting(SearchHit::id).containsExactly(target.id());
    assertThat(exact.totalIsExact()).isTrue();

    SearchResult common = index.search("jose garcia", null, sees(PUBLIC), 20_000);
    assertThat(common.total()).isEqualTo(15_001);
    assertThat(common.byType()).containsExactly(Map.entry("PERSON", 15_001L));
    assertThat(common.totalIsExact()).isTrue();
    assertThat(common.hits()).hasSize(15_001);
    assertThat(common.hits()).extracting(SearchHit::id).contains(target.id());

    SearchResult top = index.search("jose garcia", null, sees(PUBLIC), 25);
    assertThat(top.total()).isEqualTo(15_001);
    assertThat(top.hits()).hasSize(25);
    assertThat(search("jose garcia", sees(SECRET)).total()).isZero();
  }

  // --- lifecycle ----------------------------------------------------------------------------

  @Test
  void reindexingReplacesAnEntitysDocuments() {
    IndexedEntity before = add(aPerson("Rigoberto", "Salas"));
    assertThat(ids("rigoberto", sees(PUBLIC))).containsExactly(before.id());

    add(
        new IndexedEntity(
            before.id(),
            "PERSON",
            PUBLIC,
            List.of(group(PUBLIC, "givenNames", "Fernando", "surnames", "Salas"))));

    assertThat(ids("rigoberto", sees(PUBLIC))).isEmpty();
    assertThat(ids("fernando salas", sees(PUBLIC))).containsExactly(before.id());
    assertThat(index.count()).isEqualTo(1);
  }

  @Test
  void reindexingUnderAStricterLabelHidesTheOldValues() {
    IndexedEntity before = add(aPerson("Rigoberto", "Salas"));

    add(
        new IndexedEntity(
            before.id(),
            "PERSON",
            SECRET,
            List.of(group(SECRET, "givenNames", "Rigoberto", "surnames", "Salas"))));

    assertThat(ids("rigoberto", sees(PUBLIC))).isEmpty();
    assertThat(ids("rigoberto", sees(SECRET))).containsExactly(before.id());
  }

  @Test
  void deletingRemovesTheEntity() {
    IndexedEntity e = add(aPerson("Carlos", "Rivas"));
    add(aPerson("Beatriz", "Rivas"));

    index.delete(e.id());
    assertThat(ids("carlos", sees(PUBLIC))).containsExactly(e.id()); // not yet refreshed
    index.refresh();

    assertThat(ids("carlos", sees(PUBLIC))).isEmpty();
    assertThat(index.count()).isEqualTo(1);
  }

  @Test
  void indexesInBulkAndCountsEntitiesNotDocuments() {
    List<IndexedEntity> entities = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      entities.add(
          person(
              PUBLIC,
              group(PUBLIC, "givenNames", "Persona" + i),
              group(DOB, "dateOfBirth", "1990-01-01")));
    }
    entities.add(person(PUBLIC)); // no fields at all

    index.indexAll(entities);
    index.refresh();

    assertThat(index.count()).isEqualTo(501);
    // persona42 exactly, persona420 to persona429 by prefix.
    SearchResult r = search("persona42", sees(PUBLIC));
    assertThat(r.total()).isEqualTo(11);
    assertThat(r.hits().get(0).id()).isEqualTo(entities.get(42).id());
    assertThat(search("1990-01-01", sees(PUBLIC, DOB)).total()).isEqualTo(500);
  }

  @Test
  void keepsWhatWasCommittedAcrossReopening(@TempDir Path dir) {
    IndexedEntity e = aPerson("Carlos", "Rivas");
    try (EntityIndex onDisk = EntityIndex.open(dir)) {
      onDisk.index(e);
      onDisk.commit();
    }
    try (EntityIndex reopened = EntityIndex.open(dir)) {
      assertThat(reopened.count()).isEqualTo(1);
      assertThat(reopened.search("rivas", null, sees(PUBLIC), 10).hits())
          .extracting(SearchHit::id)
          .containsExactly(e.id());
    }
  }

  @Test
  void labelFiltersCannotBeChangedAfterTheFact() {
    long[] visible = {PUBLIC};
    LabelFilter filter = sees(visible);
    visible[0] = SECRET;
    filter.visible()[0] = SECRET;

    assertThat(filter.visible()).containsExactly(PUBLIC);
  }
}
