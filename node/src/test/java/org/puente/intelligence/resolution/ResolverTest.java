package org.puente.intelligence.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ResolverTest {

  private static final Model MODEL = Model.defaults();

  private static PersonRecord person(
      String id, String given, String surname, @Nullable String dob) {
    return new PersonRecord(
        id,
        Names.of(given, surname, null),
        List.of(),
        dob == null ? null : BirthDate.parse(dob).orElseThrow(),
        Set.of(),
        List.of(),
        List.of(),
        null);
  }

  private static PersonRecord full(String id, String given, String surname, String dob) {
    return new PersonRecord(
        id,
        Names.of(given, surname, null),
        List.of(),
        BirthDate.parse(dob).orElseThrow(),
        Set.of("MEX"),
        List.of(new PersonRecord.IdDocument("PASSPORT", "G1234567", "MEX")),
        List.of("+525512345678"),
        new PersonRecord.Address("12 Calle Sur", "Tijuana", "22000", "BC", "MEX"));
  }

  private static double weight(Explanation e, String feature) {
    return e.features().stream()
        .filter(f -> f.feature().equals(feature))
        .mapToDouble(FeatureWeight::weight)
        .sum();
  }

  private static String level(Explanation e, String feature) {
    return e.features().stream()
        .filter(f -> f.feature().equals(feature))
        .map(FeatureWeight::level)
        .findFirst()
        .orElse("none");
  }

  @Test
  void theFeaturesAddUpExactlyToTheScoreLessThePrior() {
    List<PersonRecord[]> pairs =
        List.of(
            new PersonRecord[] {
              full("1", "José", "Guzmán", "1984-02-01"), full("2", "Jose", "Guzman", "1984-02-01")
            },
            new PersonRecord[] {
              full("1", "Maria", "Lopez", "1970-05-06"),
              full("2", "Ana", "Quintanilla", "1999-12-31")
            },
            new PersonRecord[] {
              person("1", "Maria", "Smith", "1970-05-06"),
              person("2", "Mary", "Smyth", "1970-06-05")
            });
    for (PersonRecord[] p : pairs) {
      Explanation e = MODEL.explain(p[0], p[1]);
      double sum = 0;
      for (FeatureWeight f : e.features()) {
        sum += f.weight();
      }
      assertThat(sum).isEqualTo(e.score() - e.prior());
      assertThat(e.prior()).isEqualTo(MODEL.prior());
      assertThat(e.probability())
          .isCloseTo(
              Math.pow(2, e.score()) / (1 + Math.pow(2, e.score())),
              org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  @Test
  void aMissingFeatureAddsNoWeightAndIsLeftOut() {
    Explanation e =
        MODEL.explain(person("1", "Ana", "Ruiz", null), person("2", "Ana", "Ruiz", "1990-01-02"));
    assertThat(e.features())
        .extracting(FeatureWeight::feature)
        .containsExactly("givenName", "surname");
  }

  @Test
  void aRareSurnameAgreesMoreThanACommonOne() {
    double smith =
        weight(
            MODEL.explain(person("1", "Ann", "Smith", null), person("2", "Ann", "Smith", null)),
            "surname");
    double quintanilla =
        weight(
            MODEL.explain(
                person("1", "Ann", "Quintanilla", null), person("2", "Ann", "Quintanilla", null)),
            "surname");
    double garcia =
        weight(
            MODEL.explain(person("1", "Ann", "Garcia", null), person("2", "Ann", "Garcia", null)),
            "surname");
    assertThat(smith).isPositive().isLessThan(quintanilla);
    assertThat(garcia).isLessThan(quintanilla);
  }

  @Test
  void frequenciesLearntFromTheIndexLowerTheWeightOfANameManyShare() {
    Resolver few = new Resolver(MODEL);
    Resolver many = new Resolver(MODEL);
    for (int i = 0; i < 2000; i++) {
      many.put(person("m" + i, "X" + i, "Zubizarreta", null));
    }
    PersonRecord a = person("1", "Ann", "Zubizarreta", null);
    PersonRecord b = person("2", "Ann", "Zubizarreta", null);
    assertThat(weight(many.explain(a, b), "surname"))
        .isLessThan(weight(few.explain(a, b), "surname"));
  }

  @Test
  void birthDateLevels() {
    assertThat(dob("1984-02-01", "1984-02-01")).isEqualTo("EXACT");
    // Written day first, the ambiguous date is the same day as the ISO one.
    assertThat(dob("01/02/1984", "1984-02-01")).isEqualTo("EXACT");
    // Read month first, it is still that date as written, not a clerical swap.
    assertThat(dob("02/01/1984", "1984-02-01")).isEqualTo("EXACT");
    // Two unambiguous dates with day and month exchanged.
    assertThat(dob("1984-01-02", "1984-02-01")).isEqualTo("DAY_MONTH_SWAPPED");
    assertThat(dob("1984-02-13", "1984-02-18")).isEqualTo("ONE_DIGIT");
    assertThat(dob("1984-02-13", "1948-02-13")).isEqualTo("ONE_DIGIT");
    assertThat(dob("1984-02-13", "1951-02-13")).isEqualTo("DIFFERENT");
    assertThat(dob("1984-02-13", "1984-12-03")).isEqualTo("WITHIN_3_YEARS");
    assertThat(dob("1984-01-01", "1984-06-13")).isEqualTo("PLACEHOLDER");
    assertThat(dob("1984", "1984-06-13")).isEqualTo("YEAR_ONLY");
    assertThat(dob("1986-06-13", "1984-03-02")).isEqualTo("WITHIN_3_YEARS");
    assertThat(dob("1996-06-13", "1984-03-02")).isEqualTo("DIFFERENT");
    Explanation swapped =
        MODEL.explain(person("1", "A", "B", "1984-01-02"), person("2", "A", "B", "1984-02-01"));
    Explanation exact =
        MODEL.explain(person("1", "A", "B", "1984-02-01"), person("2", "A", "B", "1984-02-01"));
    assertThat(weight(swapped, "birthDate")).isPositive().isLessThan(weight(exact, "birthDate"));
  }

  private static String dob(String a, String b) {
    return level(
        MODEL.explain(person("1", "Ann", "Ruiz", a), person("2", "Ann", "Ruiz", b)), "birthDate");
  }

  @Test
  void aDifferentDocumentOfTheSameKindAndCountrySpeaksAgainst() {
    PersonRecord a = full("1", "Ana", "Ruiz", "1990-03-04");
    PersonRecord b =
        new PersonRecord(
            "2",
            a.name(),
            List.of(),
            a.birthDate(),
            a.nationalities(),
            List.of(new PersonRecord.IdDocument("PASSPORT", "K9876543", "MEX")),
            a.phones(),
            a.address());
    Explanation e = MODEL.explain(a, b);
    assertThat(level(e, "document")).isEqualTo("DIFFERENT");
    assertThat(weight(e, "document")).isNegative();
    assertThat(level(MODEL.explain(a, a), "document")).isEqualTo("EXACT");
  }

  @Test
  void matchFindsVariantsBestFirstAndRespectsMinScoreAndLimit() {
    Resolver r = new Resolver(MODEL);
    r.put(full("a", "José", "Guzmán", "1984-02-01"));
    r.put(person("b", "Maria", "Lopez", "1970-05-06"));
    r.put(person("c", "Jose", "Guzman", "1984-02-01"));
    assertThat(r.size()).isEqualTo(3);
    List<Candidate> found =
        r.match(
            full("q", "Jose", "Guzman", "1984-02-01"),
            10,
            MatchMode.BALANCED.minScore(),
            Optional::of);
    assertThat(found).extracting(Candidate::id).containsExactly("a", "c");
    assertThat(found.get(0).explanation().score())
        .isGreaterThan(found.get(1).explanation().score());
    assertThat(r.match(full("q", "Jose", "Guzman", "1984-02-01"), 1, 0, Optional::of)).hasSize(1);
  }

  @Test
  void theViewDecidesWhatIsComparedAndHiddenFieldsNeverBringARecordIn() {
    Resolver r = new Resolver(MODEL);
    PersonRecord stored = full("a", "José", "Guzmán", "1984-02-01");
    r.put(stored);
    PersonRecord query = full("q", "Jose", "Guzman", "1984-02-01");
    double seen = r.match(query, 5, -100, Optional::of).getFirst().explanation().score();
    // A view without documents, phones and address: those features vanish from the explanation.
    List<Candidate> limited =
        r.match(
            query,
            5,
            -100,
            p ->
                Optional.of(
                    new PersonRecord(
                        p.id(),
                        p.name(),
                        List.of(),
                        p.birthDate(),
                        Set.of(),
                        List.of(),
                        List.of(),
                        null)));
    assertThat(limited).hasSize(1);
    assertThat(limited.getFirst().explanation().features())
        .extracting(FeatureWeight::feature)
        .containsExactly("givenName", "surname", "birthDate");
    assertThat(limited.getFirst().explanation().score()).isLessThan(seen);
    // Nothing visible: the record is skipped entirely.
    assertThat(r.match(query, 5, -100, p -> Optional.empty())).isEmpty();
    // A query that shares only the phone with the stored record: when the view hides the phone,
    // the record is not found at all.
    PersonRecord byPhone =
        new PersonRecord(
            "q2",
            Names.of("Zed", "Unrelated", null),
            List.of(),
            null,
            Set.of(),
            List.of(),
            List.of("+525512345678"),
            null);
    assertThat(r.match(byPhone, 5, -100, Optional::of)).hasSize(1);
    assertThat(
            r.match(
                byPhone,
                5,
                -100,
                p ->
                    Optional.of(
                        new PersonRecord(
                            p.id(),
                            p.name(),
                            List.of(),
                            p.birthDate(),
                            Set.of(),
                            List.of(),
                            List.of(),
                            null))))
        .isEmpty();
  }

  @Test
  void removeAndReplace() {
    Resolver r = new Resolver(MODEL);
    r.put(full("a", "José", "Guzmán", "1984-02-01"));
    r.put(full("b", "José", "Guzmán", "1984-02-01"));
    r.remove("a");
    r.remove("missing");
    assertThat(r.size()).isEqualTo(1);
    PersonRecord q = full("q", "Jose", "Guzman", "1984-02-01");
    assertThat(r.match(q, 5, 0, Optional::of)).extracting(Candidate::id).containsExactly("b");
    r.put(person("b", "Other", "Person", "1950-07-08"));
    assertThat(r.size()).isEqualTo(1);
    assertThat(r.match(q, 5, 0, Optional::of)).isEmpty();
    r.put(full("a", "José", "Guzmán", "1984-02-01"));
    assertThat(r.match(q, 5, 0, Optional::of)).extracting(Candidate::id).containsExactly("a");
  }

  @Test
  void readersRunAlongsideWriters() throws Exception {
    Resolver r = new Resolver(MODEL);
    for (int i = 0; i < 200; i++) {
      r.put(full("keep" + i, "José", "Guzmán" + (char) ('a' + i % 26), "1984-02-01"));
    }
    r.put(full("target", "José", "Guzmán", "1984-02-01"));
    PersonRecord q = full("q", "José", "Guzmán", "1984-02-01");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer =
          pool.submit(() -> {
            for (int i = 0; i < 3000; i++) {
              r.put(full("churn" + (i % 50), "Jose", "Guzman", "1984-02-0" + (1 + i % 9)));
              if (i % 3 == 0) {
                r.remove("churn" + ((i + 7) % 50));
              }
            }
          });
      List<Future<Boolean>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(
            pool.submit(() -> {
              boolean always = true;
              while (!writer.isDone()) {
                List<Candidate> c = r.match(q, 1000, 0, Optional::of);
                always &= c.stream().anyMatch(x -> x.id().equals("target"));
              }
              return always;
            }));
      }
      writer.get(60, TimeUnit.SECONDS);
      for (Future<Boolean> f : readers) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(r.size()).isBetween(201, 251);
  }

  @Test
  void estimateCountsTheCandidatesBeforeRunning() {
    Resolver r = new Resolver(MODEL, 3);
    for (int i = 0; i < 5; i++) {
      r.put(person("s" + i, "Ann", "Smith", "19" + (50 + i) + "-01-02"));
    }
    // Every key of the shared name (the surname's spelling key and Metaphone code, initial and
    // surname, given name and surname) and the initials key ("an|sm") hold 5 records each, over
    // the cap of 3: they are reported and not used.
    assertThat(r.oversizedKeys()).isGreaterThanOrEqualTo(2);
    assertThat(r.estimate(person("q", "Zed", "Smith", null))).isZero();
    // Only the oversized keys connect a query without a birth date: nothing is found.
    assertThat(r.match(person("q", "Ann", "Smith", null), 10, -100, Optional::of)).isEmpty();
    // The birth date's keys are small and find the record.
    assertThat(r.estimate(person("q", "Ann", "Smith", "1950-01-02"))).isEqualTo(2);
    assertThat(r.match(person("q", "Ann", "Smith", "1950-01-02"), 10, -100, Optional::of))
        .extracting(Candidate::id)
        .containsExactly("s0");
  }

  @Test
  void deduplicationDoesNotChainTwoGroupsThroughOneWeakLink() {
    Deduplicator d = new Deduplicator(MODEL, 0, 1000, Blocking.DEFAULT_CAP, 1);
    int[] cluster =
        d.cluster(4, new int[] {0, 2, 1}, new int[] {1, 3, 2}, new double[] {20, 20, 5});
    assertThat(cluster[0]).isEqualTo(cluster[1]);
    assertThat(cluster[2]).isEqualTo(cluster[3]);
    assertThat(cluster[1]).isNotEqualTo(cluster[2]);
    Deduplicator strong = new Deduplicator(MODEL, 0, 4, Blocking.DEFAULT_CAP, 1);
    int[] joined =
        strong.cluster(4, new int[] {0, 2, 1}, new int[] {1, 3, 2}, new double[] {20, 20, 5});
    assertThat(joined[0]).isEqualTo(joined[3]);
  }
}
