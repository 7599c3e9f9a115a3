package org.puente.forensics.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.forensics.csv.Csv;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

class SubstanceRegistryTest {

  private static final SubstanceRegistry REGISTRY = SubstanceRegistry.standard();

  @Test
  void everyCuratedStructureHasTheFormulaItsRecordGives() {
    Csv curated = Csv.resource("/forensics/registry/curated.csv");
    for (List<String> row : curated.records()) {
      String smiles = curated.get(row, "smiles");
      if (smiles.isBlank()) {
        continue;
      }
      assertThat(Molecule.parse(smiles).orElseThrow().formula())
          .as(curated.get(row, "id"))
          .isEqualTo(curated.get(row, "formula"));
    }
  }

  @Test
  void theSeedFilesAreAllThere() {
    assertThat(REGISTRY.all()).hasSizeGreaterThan(450);
    assertThat(REGISTRY.byId("fentanyl").orElseThrow().dea()).contains(9801);
    assertThat(REGISTRY.byId("alpha-methylfentanyl").orElseThrow().dea()).contains(9814);
    assertThat(REGISTRY.byId("xylazine").orElseThrow().substanceClass())
        .isEqualTo(SubstanceClass.ALPHA2_AGONIST);
    assertThat(REGISTRY.byId("4-anpp").orElseThrow().synonyms())
        .contains("4-Anilino-N-phenethyl-4-piperidine (ANPP)");
    for (Substance substance : REGISTRY.all()) {
      assertThat(substance.controls()).containsOnlyKeys(Country.values());
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "FENTANILO, fentanyl",
    "fentanil, fentanyl",
    "Fentanyl, fentanyl",
    "acétylfentanyl, acetylfentanyl",
    "Acetil fentanilo, acetylfentanyl",
    "α-Methylfentanyl, alpha-methylfentanyl",
    "alpha methylfentanyl, alpha-methylfentanyl",
    "Xilacina, xylazine",
    "LIDOCAÏNE, lidocaine",
    "acetaminofén, paracetamol",
    "Héroïne, heroin",
    "despropionyl fentanyl, 4-anpp",
    "Cocaína, cocaine"
  })
  void namesMatchInEveryLanguageWhateverTheAccentsAndCase(String name, String id) {
    assertThat(REGISTRY.lookup(name))
        .isInstanceOfSatisfying(
            Lookup.Found.class, found -> assertThat(found.substance().id()).isEqualTo(id));
  }

  @ParameterizedTest(name = "{0} suggests {1}")
  @CsvSource({
    "fentanylo, fentanyl",
    "xylazin, xylazine",
    "carfentanyle, carfentanil",
    "isotonitazine, isotonitazene",
    "levamizol, levamisole",
    "metanfetamine, methamphetamine"
  })
  void unknownNamesGetRankedSuggestions(String name, String first) {
    assertThat(REGISTRY.lookup(name))
        .isInstanceOfSatisfying(
            Lookup.Unknown.class,
            unknown -> {
              assertThat(unknown.suggestions()).isNotEmpty();
              assertThat(unknown.suggestions().getFirst().substanceId()).isEqualTo(first);
            });
  }

  @Test
  void aNameSharedByTwoStereoisomersIsAmbiguousNotGuessed() {
    assertThat(REGISTRY.lookup("Beta-hydroxy-3-methylfentanyl"))
        .isInstanceOfSatisfying(Lookup.Ambiguous.class, a -> assertThat(a.candidates()).hasSize(2));
  }

  @Test
  void namesAreGivenInTheReadersLanguage() {
    Substance xylazine = REGISTRY.byId("xylazine").orElseThrow();
    assertThat(xylazine.name(Locale.forLanguageTag("es"))).isEqualTo("Xilacina");
    assertThat(xylazine.name(Locale.FRENCH)).isEqualTo("Xylazine");
  }

  @Test
  void aProposalForANewStructureIsReviewedNotAdded() {
    int before = REGISTRY.all().size();
    ProposalReview review =
        REGISTRY.review(
            new SubstanceProposal(
                "para-fluoro 3-methyl cyclopropyl fentanyl",
                "O=C(C1CC1)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1C",
                "hc.chemist",
                "seen in two exhibits"));
    assertThat(review.classification().substanceClass())
        .isEqualTo(SubstanceClass.FENTANYL_RELATED_SUBSTANCE);
    assertThat(REGISTRY.all()).hasSize(before);
  }

  @Test
  void aProposalThatDuplicatesOrBreaksIsRejectedWithEveryReason() {
    assertThatThrownBy(() ->
            REGISTRY.review(
                new SubstanceProposal(
                    "Fentanilo", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "", "")))
        .isInstanceOfSatisfying(
            Rejected.class,
            r ->
                assertThat(r.violations())
                    .extracting(Violation::code)
                    .containsExactlyInAnyOrder(
                        "proposal.name.known",
                        "proposal.proposer.missing",
                        "proposal.structure.known"));
    assertThatThrownBy(
            () -> REGISTRY.review(new SubstanceProposal("new thing", "C1CC(", "fgr.chemist", "")))
        .isInstanceOfSatisfying(
            Rejected.class,
            r ->
                assertThat(r.violations())
                    .extracting(Violation::code)
                    .containsExactly("proposal.smiles.invalid"));
  }
}
