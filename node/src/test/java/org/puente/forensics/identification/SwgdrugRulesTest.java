package org.puente.forensics.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.puente.forensics.technique.SwgdrugCategory;
import org.puente.forensics.technique.Technique;
import org.puente.forensics.technique.TechniqueCatalogue;
import org.puente.forensics.technique.TechniqueResult;

class SwgdrugRulesTest {

  private static final List<Technique> CATALOGUE = TechniqueCatalogue.standard().all();

  @Test
  void everySubsetOfPositiveTechniquesAgreesWithTheOracle() {
    int n = CATALOGUE.size();
    assertThat(n).isLessThanOrEqualTo(24);
    long identified = 0;
    for (boolean cannabis : new boolean[] {false, true}) {
      for (int mask = 0; mask < (1 << n); mask++) {
        List<AppliedTechnique> applied = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if ((mask & (1 << i)) != 0) {
            applied.add(new AppliedTechnique("t" + i, CATALOGUE.get(i), TechniqueResult.POSITIVE));
          }
        }
        Identification decision = SwgdrugRules.decide(applied, cannabis);
        IdentificationStatus expected = oracle(applied, cannabis);
        if (decision.status() != expected) {
          throw new AssertionError(
              "mask " + Integer.toBinaryString(mask) + " cannabis " + cannabis + ": " + decision);
        }
        if (expected == IdentificationStatus.IDENTIFIED) {
          identified++;
        }
      }
    }
    // A sanity check on the oracle itself: most non-trivial schemes identify, not all do.
    assertThat(identified).isGreaterThan(0).isLessThan(2L << n);
  }

  /**
   * The SWGDRUG text read literally, written independently of the engine: a pair (Category A
   * technique, technique of another principle) identifies; otherwise a pair of uncorrelated
   * Category B techniques plus a third technique of yet another principle identifies.
   */
  private static IdentificationStatus oracle(List<AppliedTechnique> applied, boolean cannabis) {
    List<Technique> usable = new ArrayList<>();
    for (AppliedTechnique a : applied) {
      if (a.result() == TechniqueResult.POSITIVE && (cannabis || !a.technique().cannabisOnly())) {
        usable.add(a.technique());
      }
    }
    if (usable.isEmpty()) {
      return IdentificationStatus.INCONCLUSIVE;
    }
    for (Technique a : usable) {
      if (a.category() != SwgdrugCategory.A) {
        continue;
      }
      for (Technique other : usable) {
        if (!other.correlationGroup().equals(a.correlationGroup())) {
          return IdentificationStatus.IDENTIFIED;
        }
      }
    }
    Set<String> principles = new HashSet<>();
    usable.forEach(t -> principles.add(t.correlationGroup()));
    for (Technique b1 : usable) {
      for (Technique b2 : usable) {
        if (b1.category() == SwgdrugCategory.B
            && b2.category() == SwgdrugCategory.B
            && !b1.correlationGroup().equals(b2.correlationGroup())
            && principles.size() >= 3) {
          return IdentificationStatus.IDENTIFIED;
        }
      }
    }
    return IdentificationStatus.PRESUMPTIVE;
  }

  @Property(tries = 300)
  void negativeAndInconclusiveResultsNeverChangeTheDecision(
      @ForAll("schemes") List<AppliedTechnique> scheme) {
    List<AppliedTechnique> positives =
        scheme.stream().filter(a -> a.result() == TechniqueResult.POSITIVE).toList();
    for (boolean cannabis : new boolean[] {false, true}) {
      Identification all = SwgdrugRules.decide(scheme, cannabis);
      Identification onlyPositive = SwgdrugRules.decide(positives, cannabis);
      assertThat(all.status()).isEqualTo(onlyPositive.status());
      assertThat(all.rule()).isEqualTo(onlyPositive.rule());
      assertThat(all.countedTechniques().size() + all.notCounted().size()).isEqualTo(scheme.size());
    }
  }

  @Provide
  Arbitrary<List<AppliedTechnique>> schemes() {
    Arbitrary<AppliedTechnique> one =
        Arbitraries.integers()
            .between(0, CATALOGUE.size() - 1)
            .flatMap(i ->
                Arbitraries.of(TechniqueResult.class)
                    .map(r -> new AppliedTechnique("t" + i, CATALOGUE.get(i), r)));
    return one.list().ofMaxSize(12);
  }

  @Test
  void gcMsReportedAsItsComponentsIdentifies() {
    Identification decision = decide(false, "GC", "MS");
    assertThat(decision.status()).isEqualTo(IdentificationStatus.IDENTIFIED);
    assertThat(decision.rule()).isEqualTo(IdentificationRule.CATEGORY_A_PLUS_ANOTHER);
    assertThat(decision.countedTechniques()).containsExactly("GC", "MS");
  }

  @Test
  void twoMassSpectrometersAreOneTechnique() {
    Identification decision = decide(false, "MS", "HRMS");
    assertThat(decision.status()).isEqualTo(IdentificationStatus.PRESUMPTIVE);
    assertThat(decision.notCounted())
        .containsExactly(new NotCounted("HRMS", NotCounted.Reason.CORRELATED_WITH_COUNTED));
  }

  @Test
  void correlatedLiquidChromatographiesDoNotMakeTwoUncorrelatedB() {
    assertThat(decide(false, "HPLC", "UHPLC", "COLOR_TEST").status())
        .isEqualTo(IdentificationStatus.PRESUMPTIVE);
    Identification decision = decide(false, "GC", "HPLC", "COLOR_TEST");
    assertThat(decision.rule()).isEqualTo(IdentificationRule.THREE_WITH_TWO_UNCORRELATED_B);
  }

  @Test
  void aColourTestAloneIsPresumptiveAndNothingPositiveIsInconclusive() {
    assertThat(decide(false, "COLOR_TEST").status()).isEqualTo(IdentificationStatus.PRESUMPTIVE);
    assertThat(SwgdrugRules.decide(List.of(), false).rule())
        .isEqualTo(IdentificationRule.NO_POSITIVE_RESULT);
  }

  @Test
  void cannabisOnlyExaminationsCountOnlyForCannabisPlantMaterial() {
    assertThat(decide(true, "MACROSCOPIC", "MICROSCOPIC", "COLOR_TEST").status())
        .isEqualTo(IdentificationStatus.IDENTIFIED);
    Identification powder = decide(false, "MACROSCOPIC", "MICROSCOPIC", "COLOR_TEST");
    assertThat(powder.status()).isEqualTo(IdentificationStatus.PRESUMPTIVE);
    assertThat(powder.notCounted())
        .extracting(NotCounted::reason)
        .containsOnly(NotCounted.Reason.CANNABIS_ONLY);
  }

  private static Identification decide(boolean cannabis, String... codes) {
    List<AppliedTechnique> applied = new ArrayList<>();
    for (String code : codes) {
      applied.add(
          new AppliedTechnique(
              code,
              TechniqueCatalogue.standard().find(code).orElseThrow(),
              TechniqueResult.POSITIVE));
    }
    return SwgdrugRules.decide(applied, cannabis);
  }
}
