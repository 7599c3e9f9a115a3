package org.puente.intelligence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * The label rule of the entity index holds for any entities, labels, callers and queries: every hit
 * has a document the caller may match, totals and facets never count more than the entities the
 * caller may match, and a search answers exactly as if the documents the caller may not match had
 * never been indexed. The rule is restated here, independently of the index's Lucene query.
 */
class EntityIndexPropertiesTest {

  /** Few labels, so that records and fields often share labels with callers and with each other. */
  static final List<Long> LABELS = List.of(1L, 2L, 3L, 4L);

  /** Names that collide exactly, phonetically and by prefix, and identifiers that share digits. */
  static final List<String> VOCABULARY =
      List.of(
          "José",
          "Jose",
          "Ángel",
          "Guzmán",
          "Gusman",
          "Guzmanes",
          "Jiménez",
          "Ximenez",
          "Valdés",
          "Baldes",
          "Llamas",
          "Yamas",
          "Hernández",
          "Pepe",
          "El Güero",
          "O'Brien",
          "Rivas",
          "1980-03-02",
          "CURP:GUXJ570404HSLZMS09",
          "GUXJ-570404",
          "+526671234567",
          "VKM-45-21");

  static final LabelFilter EVERYTHING = new LabelFilter(new long[] {1, 2, 3, 4}, new long[0]);

  static final List<String> FIELDS =
      List.of("givenNames", "surnames", "aliases", "notes", "documents", "dateOfBirth", "plate");

  static final List<String> TYPES = List.of("PERSON", "VEHICLE");

  record Scenario(List<IndexedEntity> entities, List<Search> searches) {}

  record Search(String query, @Nullable String type, LabelFilter filter, int limit) {}

  /** Rule 2, restated: may this caller match a document with these labels? */
  static boolean mayMatch(long recordLabel, long fieldLabel, LabelFilter filter) {
    Set<Long> visible = set(filter.visible());
    Set<Long> pointers = set(filter.pointers());
    boolean recordSeen = visible.contains(recordLabel) || pointers.contains(recordLabel);
    boolean fieldSeen =
        visible.contains(fieldLabel)
            || (fieldLabel == recordLabel && pointers.contains(recordLabel));
    return recordSeen && fieldSeen;
  }

  static Set<Long> set(long[] labels) {
    return java.util.Arrays.stream(labels).boxed().collect(Collectors.toSet());
  }

  static List<FieldGroup> matchable(IndexedEntity e, LabelFilter filter) {
    return e.groups().stream().filter(g -> mayMatch(e.recordLabel(), g.label(), filter)).toList();
  }

  // Edge cases (no entities, empty filters) are covered by EntityIndexTest.
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void searchesAnswerOnlyFromDocumentsTheCallerMayMatch(@ForAll("scenarios") Scenario scenario) {
    Map<UUID, IndexedEntity> byId = new HashMap<>();
    scenario.entities().forEach(e -> byId.put(e.id(), e));
    try (EntityIndex index = EntityIndex.inMemory()) {
      index.indexAll(scenario.entities());
      index.refresh();
      assertThat(index.count()).isEqualTo(byId.size());

      for (Search s : scenario.searches()) {
        SearchResult result = index.search(s.query(), s.type(), s.filter(), s.limit());

        for (SearchHit hit : result.hits()) {
          IndexedEntity e = byId.get(hit.id());
          assertThat(e).isNotNull();
          assertThat(matchable(e, s.filter()))
              .as("hit %s has no document the caller may match", hit.id())
              .isNotEmpty();
          assertThat(hit.type()).isEqualTo(e.type());
        }
        Map<String, Long> couldMatch =
            byId.values().stream()
                .filter(e -> s.type() == null || e.type().equals(s.type()))
                .filter(e -> !matchable(e, s.filter()).isEmpty())
                .collect(Collectors.groupingBy(IndexedEntity::type, Collectors.counting()));
        long couldMatchTotal = couldMatch.values().stream().mapToLong(Long::longValue).sum();
        assertThat(result.total()).isLessThanOrEqualTo(couldMatchTotal);
        assertThat(result.hits()).hasSizeLessThanOrEqualTo(s.limit());
        result
            .byType()
            .forEach(
                (type, n) -> assertThat(n).isLessThanOrEqualTo(couldMatch.getOrDefault(type, 0L)));
        assertThat(result.byType().values().stream().mapToLong(Long::longValue).sum())
            .isEqualTo(result.total());

        // The same search over an index that holds only what the caller may match, all visible.
        assertThat(result).isEqualTo(reference(scenario.entities(), s));

        long unfiltered = index.search(s.query(), s.type(), EVERYTHING, 0).total();
        Statistics.label("hits").collect(result.total() == 0 ? "none" : "some");
        Statistics.label("withheld").collect(unfiltered > result.total() ? "some" : "none");
      }
    }
    // Searches must find things, and often would find more without the filter.
    Statistics.label("hits").coverage(c -> c.check("some").percentage(p -> p > 20));
    Statistics.label("withheld").coverage(c -> c.check("some").percentage(p -> p > 15));
  }

  /** The search answered by an index that never held a document the caller may not match. */
  static SearchResult reference(List<IndexedEntity> entities, Search s) {
    long open = 0;
    try (EntityIndex reference = EntityIndex.inMemory()) {
      for (IndexedEntity e : entities) {
        List<FieldGroup> groups = new ArrayList<>();
        for (FieldGroup g : matchable(e, s.filter())) {
          groups.add(new FieldGroup(open, g.values()));
        }
        reference.index(new IndexedEntity(e.id(), e.type(), open, groups));
      }
      reference.refresh();
      return reference.search(
          s.query(), s.type(), new LabelFilter(new long[] {open}, new long[0]), s.limit());
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(
            entity().list().ofMinSize(1).ofMaxSize(20), search().list().ofSize(6))
        .as(Scenario::new);
  }

  Arbitrary<IndexedEntity> entity() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.longs(),
            Arbitraries.of(TYPES),
            Arbitraries.of(LABELS),
            group().list().ofMinSize(0).ofMaxSize(3))
        .as((hi, lo, type, label, groups) ->
            new IndexedEntity(new UUID(hi, lo), type, label, groups));
  }

  Arbitrary<FieldGroup> group() {
    Arbitrary<Map<String, List<String>>> values =
        Arbitraries.maps(
                Arbitraries.of(FIELDS), Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(2))
            .ofMinSize(1)
            .ofMaxSize(3);
    return Combinators.combine(Arbitraries.of(LABELS), values).as(FieldGroup::new);
  }

  Arbitrary<Search> search() {
    Arbitrary<long[]> labels =
        Arbitraries.of(LABELS)
            .set()
            .ofMaxSize(LABELS.size())
            .map(s -> s.stream().mapToLong(Long::longValue).toArray());
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(VOCABULARY),
            Arbitraries.of(VOCABULARY).map(v -> v.length() > 4 ? v.substring(0, 4) : v),
            Arbitraries.of(VOCABULARY).map(v -> v.toUpperCase(java.util.Locale.ROOT)));
    Arbitrary<String> query =
        Arbitraries.frequencyOf(
            Tuple.of(3, word),
            Tuple.of(1, word.list().ofMinSize(2).ofMaxSize(3).map(w -> String.join(" ", w))));
    Arbitrary<@Nullable String> type = Arbitraries.of(TYPES).injectNull(0.5);
    return Combinators.combine(
            query,
            type,
            Combinators.combine(labels, labels).as(LabelFilter::new),
            Arbitraries.integers().between(0, 5))
        .as(Search::new);
  }
}
