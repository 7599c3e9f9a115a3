package org.puente.intelligence.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a partner's record holds, the checks answer with a result, never an exception, and a
 * normal form checks as itself. A single substitution in a valid identifier is caught exactly where
 * its check digit can see it: the expectations below restate each standard's arithmetic rather than
 * asking the code under test.
 */
class IdentifiersFuzzTest {

  private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @Provide
  Arbitrary<String> typed() {
    return Arbitraries.oneOf(
        Arbitraries.strings(),
        Arbitraries.strings().withChars(ALPHANUMERIC + "abcxyz +-.()ÑñIOQ").ofMaxLength(22),
        Arbitraries.strings().withChars("+0123456789 -()").ofMaxLength(20),
        Arbitraries.of("", "+", "00", "011", "+52 1", "\uD83D", "ß".repeat(17)));
  }

  @Property(tries = 2000)
  void anythingTypedIsCheckedWithoutThrowingAndNormalFormsAreFixedPoints(
      @ForAll("typed") String raw, @ForAll("countries") String country) {
    List<Function<String, Checked>> checks =
        List.of(
            Vin::check,
            ContainerNumber::check,
            Curp::check,
            Phones::check,
            s -> Phones.check(s, country));
    for (Function<String, Checked> check : checks) {
      Checked checked = check.apply(raw);
      switch (checked) {
        case Checked.Valid valid -> assertThat(check.apply(valid.normalised())).isEqualTo(valid);
        case Checked.Invalid invalid -> {
          assertThat(invalid.reason()).matches("(vin|container|curp|phone)\\.[a-zA-Z]+");
          assertThat(invalid.args()).doesNotContainNull();
        }
      }
    }
    assertThat(Curp.birthDate(raw).isPresent()).isEqualTo(Curp.sex(raw).isPresent());
  }

  @Provide
  Arbitrary<String> countries() {
    return Arbitraries.of("USA", "CAN", "MEX", "GTM", "", "mex");
  }

  // VIN: transliterations that share a value; the check digit cannot tell them apart.
  private static final List<String> VIN_VALUES =
      List.of("0", "1AJ", "2BKS", "3CLT", "4DMU", "5ENV", "6FW", "7GPX", "8HY", "9RZ");

  record Mutation(String valid, int at, char replacement) {
    String mutated() {
      return valid.substring(0, at) + replacement + valid.substring(at + 1);
    }
  }

  @Provide
  Arbitrary<Mutation> vinMutations() {
    return Combinators.combine(
            Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ").ofLength(16),
            Arbitraries.integers().between(0, 16),
            Arbitraries.chars().with(ALPHANUMERIC))
        .as((body, at, c) -> new Mutation(completed(body), at, c));
  }

  /** The one check character that makes a VIN of the 16 others, found by trying each. */
  private static String completed(String sixteen) {
    List<String> valid =
        "0123456789X"
            .chars()
            .mapToObj(c -> sixteen.substring(0, 8) + (char) c + sixteen.substring(8))
            .filter(vin -> Vin.check(vin) instanceof Checked.Valid)
            .toList();
    assertThat(valid).hasSize(1);
    return valid.getFirst();
  }

  @Property(tries = 1000)
  void aVinSubstitutionIsCaughtUnlessTheValuesAgree(@ForAll("vinMutations") Mutation m) {
    char original = m.valid().charAt(m.at());
    Assume.that(m.replacement() != original);
    Checked checked = Vin.check(m.mutated());
    if ("IOQ".indexOf(m.replacement()) >= 0) {
      assertThat(checked).isInstanceOf(Checked.Invalid.class);
    } else if (m.at() == 8
        || valueClass(VIN_VALUES, original) != valueClass(VIN_VALUES, m.replacement())) {
      assertThat(checked).isInstanceOf(Checked.Invalid.class);
      assertThat(((Checked.Invalid) checked).reason()).isEqualTo("vin.checkDigit");
    } else {
      assertThat(checked).isEqualTo(new Checked.Valid(m.mutated()));
    }
  }

  // ISO 6346: letters by their value modulo 11 (A, K, U = 10, 21, 32 and so on).
  private static final List<String> CONTAINER_RESIDUES =
      List.of("AKU", "BLV", "CMW", "DNX", "EOY", "FPZ", "GQ", "HR", "IS", "JT");

  @Provide
  Arbitrary<Mutation> containerMutations() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
            Arbitraries.of('U', 'J', 'Z'),
            Arbitraries.strings().numeric().ofLength(6),
            Arbitraries.integers().between(0, 10),
            Arbitraries.chars().with(ALPHANUMERIC))
        .as((owner, category, serial, at, c) -> new Mutation(owner + category + serial, at, c))
        .map(m -> new Mutation(containerCompleted(m.valid()), m.at(), m.replacement()));
  }

  private static String containerCompleted(String ten) {
    List<String> valid =
        "0123456789"
            .chars()
            .mapToObj(c -> ten + (char) c)
            .filter(n -> ContainerNumber.check(n) instanceof Checked.Valid)
            .toList();
    assertThat(valid).hasSize(1);
    return valid.getFirst();
  }

  @Property(tries = 1000)
  void aContainerSubstitutionIsCaughtUnlessTheResiduesAgree(
      @ForAll("containerMutations") Mutation m) {
    char original = m.valid().charAt(m.at());
    // A check digit 0 may stand for remainder 10, which a substitution can turn into 0 unseen.
    Assume.that(m.replacement() != original && m.valid().charAt(10) != '0');
    boolean letter = Character.isLetter(m.replacement());
    Checked checked = ContainerNumber.check(m.mutated());
    if (letter != (m.at() < 4)) {
      assertThat(checked).isEqualTo(VinTest.invalid("container.format"));
    } else if (m.at() == 3 && "UJZ".indexOf(m.replacement()) < 0) {
      assertThat(checked)
          .isEqualTo(VinTest.invalid("container.category", String.valueOf(m.replacement())));
    } else if (m.at() < 3
        && valueClass(CONTAINER_RESIDUES, original)
            == valueClass(CONTAINER_RESIDUES, m.replacement())) {
      assertThat(checked).isEqualTo(new Checked.Valid(m.mutated()));
    } else {
      assertThat(checked).isInstanceOf(Checked.Invalid.class);
      assertThat(((Checked.Invalid) checked).reason()).isEqualTo("container.checkDigit");
    }
  }

  private static int valueClass(List<String> classes, char c) {
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i).indexOf(c) >= 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no class for " + c);
  }

  // CURP: RENAPO's dictionary; position i (from 0) weighs 18 - i.
  private static final String CURP_VALUES = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

  private static final List<String> STATES =
      List.of(
          "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC",
          "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ",
          "YN", "ZS", "NE");

  @Provide
  Arbitrary<Mutation> curpMutations() {
    Arbitrary<String> names =
        Combinators.combine(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.chars().with("AEIOUX"),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2))
            .as((a, b, cd) -> "" + a + b + cd);
    Arbitrary<LocalDate> born =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(
            names,
            born,
            Arbitraries.chars().with("HMX"),
            Arbitraries.of(STATES),
            Arbitraries.strings().withChars("BCDFGHJKLMNPQRSTVWXYZ").ofLength(3),
            Arbitraries.integers().between(0, 25),
            Arbitraries.integers().between(0, 17),
            Arbitraries.chars().with(ALPHANUMERIC))
        .as((name, date, sex, state, consonants, homonym, at, c) -> {
          char differentiator =
              date.getYear() < 2000 ? (char) ('0' + homonym % 10) : (char) ('A' + homonym);
          String seventeen =
              name
                  + String.format(
                      java.util.Locale.ROOT,
                      "%02d%02d%02d",
                      date.getYear() % 100,
                      date.getMonthValue(),
                      date.getDayOfMonth())
                  + sex
                  + state
                  + consonants
                  + differentiator;
          return new Mutation(curpCompleted(seventeen), at, c);
        });
  }

  private static String curpCompleted(String seventeen) {
    List<String> valid =
        "0123456789"
            .chars()
            .mapToObj(c -> seventeen + (char) c)
            .filter(curp -> Curp.check(curp) instanceof Checked.Valid)
            .toList();
    assertThat(valid).hasSize(1);
    return valid.getFirst();
  }

  @Property(tries = 1000)
  void aCurpSubstitutionIsCaughtExactlyWhereItsWeightedChangeIsNotAMultipleOfTen(
      @ForAll("curpMutations") Mutation m) {
    char original = m.valid().charAt(m.at());
    Assume.that(m.replacement() != original);
    Checked checked = Curp.check(m.mutated());
    assertThat(Curp.birthDate(m.valid())).isPresent();
    if (m.at() == 17) {
      assertThat(checked).isInstanceOf(Checked.Invalid.class);
      return;
    }
    int change = CURP_VALUES.indexOf(m.replacement()) - CURP_VALUES.indexOf(original);
    boolean seen = change * (18 - m.at()) % 10 != 0;
    if (seen) {
      // Caught by the check digit, or earlier by the shape, date or state.
      assertThat(checked).isInstanceOf(Checked.Invalid.class);
    } else if (checked instanceof Checked.Invalid invalid) {
      assertThat(invalid.reason()).isNotEqualTo("curp.checkDigit");
    } else {
      assertThat(checked).isEqualTo(new Checked.Valid(m.mutated()));
    }
  }
}
