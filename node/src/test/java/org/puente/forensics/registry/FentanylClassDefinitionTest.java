package org.puente.forensics.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.forensics.csv.Csv;

class FentanylClassDefinitionTest {

  private static final SubstanceRegistry REGISTRY = SubstanceRegistry.standard();

  @Test
  void everyPublishedAnalogueIsClassedAsTheDefinitionReads() {
    Csv analogs = Csv.resource("/forensics/registry/fentanyl_analogs_smiles.csv");
    Csv expected = Csv.resource("/forensics/fentanyl_analogs_expected.csv");
    assertThat(analogs.records()).hasSize(94);
    int checked = 0;
    for (List<String> row : analogs.records()) {
      String compound = analogs.get(row, "compound");
      String smiles = analogs.get(row, "smiles");
      String verdict =
          expected.records().stream()
              .filter(e -> expected.get(e, "compound").equals(compound))
              .map(e -> expected.get(e, "expected"))
              .findFirst()
              .orElseThrow();
      Molecule molecule = Molecule.parse(smiles).orElseThrow();
      FentanylAssessment assessment = FentanylClassDefinition.assess(molecule);
      StructureClassification classification = REGISTRY.classify(smiles).orElseThrow();
      String because = compound + " " + smiles;
      if (verdict.equals("SEP")) {
        assertThat(assessment).as(because).isInstanceOf(FentanylAssessment.Related.class);
        assertThat(classification.substanceClass())
            .as(because)
            .isEqualTo(SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL);
      } else if (verdict.startsWith("FRS:")) {
        Set<Modification> modifications = EnumSet.noneOf(Modification.class);
        for (char c : verdict.substring(4).toCharArray()) {
          modifications.add(Modification.valueOf(String.valueOf(c)));
        }
        assertThat(assessment).as(because).isEqualTo(new FentanylAssessment.Related(modifications));
        assertThat(classification.substanceClass())
            .as(because)
            .isEqualTo(SubstanceClass.FENTANYL_RELATED_SUBSTANCE);
      } else {
        FentanylAssessment.Departure departure =
            FentanylAssessment.Departure.valueOf(verdict.substring(4));
        assertThat(assessment).as(because).isEqualTo(new FentanylAssessment.Outside(departure));
        assertThat(classification.substanceClass())
            .as(because)
            .isNotIn(
                SubstanceClass.FENTANYL_RELATED_SUBSTANCE,
                SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL);
      }
      checked++;
    }
    assertThat(checked).isEqualTo(94);
  }

  @ParameterizedTest(name = "{0} is not a fentanyl-related substance")
  @CsvSource({
    "pethidine, CCOC(=O)C1(CCN(C)CC1)c1ccccc1",
    "methadone, CCC(=O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1",
    "xylazine, Cc1cccc(C)c1NC1=NCCCS1",
    "loperamide, CN(C)C(=O)C(CCN1CCC(O)(CC1)c1ccc(Cl)cc1)(c1ccccc1)c1ccccc1",
    "lidocaine, CCN(CC)CC(=O)Nc1c(C)cccc1C",
    "tramadol, COc1cccc(c1)C1(O)CCCCC1CN(C)C",
    "morphine, CN1CCC23C4Oc5c(O)ccc(CC1C2C=CC4O)c35",
    "brorphine, CC(c1ccc(Br)cc1)N1CCC(CC1)n1c(=O)[nH]c2ccccc21",
    "4-ANPP, c1ccc(cc1)CCN1CCC(CC1)Nc1ccccc1",
    "isotonitazene, CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21"
  })
  void negatives(String name, String smiles) {
    SubstanceClass substanceClass = REGISTRY.classify(smiles).orElseThrow().substanceClass();
    assertThat(substanceClass)
        .as(name)
        .isNotIn(
            SubstanceClass.FENTANYL_RELATED_SUBSTANCE,
            SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL);
  }

  @Test
  void fentanylItselfIsSeparatelyScheduledWithNoModification() {
    String fentanyl = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
    assertThat(FentanylClassDefinition.assess(Molecule.parse(fentanyl).orElseThrow()))
        .isEqualTo(new FentanylAssessment.Fentanyl());
    StructureClassification classification = REGISTRY.classify(fentanyl).orElseThrow();
    assertThat(classification.substanceClass())
        .isEqualTo(SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL);
    assertThat(classification.inchiKey()).isEqualTo("PJMPHNIQZUBGLI-UHFFFAOYSA-N");
    assertThat(classification.known()).map(Substance::id).contains("fentanyl");
  }

  @Test
  void aNeverSeenAnalogueIsClassedOnArrival() {
    // para-fluoro cyclopropyl fentanyl with a 3-methyl piperidine: not in any data file.
    String smiles = "O=C(C1CC1)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1C";
    StructureClassification classification = REGISTRY.classify(smiles).orElseThrow();
    assertThat(classification.known()).isEmpty();
    assertThat(classification.substanceClass())
        .isEqualTo(SubstanceClass.FENTANYL_RELATED_SUBSTANCE);
    assertThat(classification.fentanyl())
        .isEqualTo(
            new FentanylAssessment.Related(
                EnumSet.of(Modification.C, Modification.D, Modification.E)));
  }

  @Test
  void aNewSpellingOfAScheduledStereoisomerStaysSeparatelyScheduled() {
    // trans-3-methylfentanyl: the registry holds the cis isomer; the schedule covers isomers.
    String trans = "CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2ccccc2)C[C@H]1C";
    StructureClassification classification = REGISTRY.classify(trans).orElseThrow();
    assertThat(classification.substanceClass())
        .isEqualTo(SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "hydroxymethyl on the piperidine, CCC(=O)N(c1ccccc1)C1(CO)CCN(CCc2ccccc2)CC1,"
        + " PIPERIDINE_SUBSTITUENT_NOT_PERMITTED",
    "phenyl on the chain, CCC(=O)N(c1ccccc1)C1CCN(CC(c3ccccc3)c2ccccc2)CC1,"
        + " PHENETHYL_SUBSTITUENT_NOT_PERMITTED",
    "naphthyl anilide, CCC(=O)N(c1cccc3ccccc13)C1CCN(CCc2ccccc2)CC1, RING_NOT_A_MONOCYCLE",
    "carbamate instead of acyl, COC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1, NOT_AN_ACYL_GROUP"
  })
  void departuresFromTheDefinitionAreNamed(
      String what, String smiles, FentanylAssessment.Departure departure) {
    assertThat(FentanylClassDefinition.assess(Molecule.parse(smiles).orElseThrow()))
        .as(what)
        .isEqualTo(new FentanylAssessment.Outside(departure));
  }

  @Test
  void nitazenesAreRecognisedFromStructureIncludingUnlistedOnes() {
    String metodesnitazene = "CCN(CC)CCn1c(Cc2ccc(OC)cc2)nc2ccccc21";
    StructureClassification classification = REGISTRY.classify(metodesnitazene).orElseThrow();
    assertThat(classification.known()).isEmpty();
    assertThat(classification.substanceClass()).isEqualTo(SubstanceClass.NITAZENE);
    for (Substance substance : REGISTRY.all()) {
      if (substance.substanceClass() == SubstanceClass.NITAZENE) {
        assertThat(REGISTRY.classify(substance.structure().orElseThrow()).orElseThrow().nitazene())
            .as(substance.id())
            .isTrue();
      }
    }
    String brorphine = "CC(c1ccc(Br)cc1)N1CCC(CC1)n1c(=O)[nH]c2ccccc21";
    assertThat(REGISTRY.classify(brorphine).orElseThrow().nitazene()).isFalse();
  }

  @Test
  void saltsAreClassedByTheirLargestFragment() {
    String citrate = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.OC(=O)CC(O)(CC(O)=O)C(O)=O";
    assertThat(REGISTRY.classify(citrate).orElseThrow().fentanyl())
        .isEqualTo(new FentanylAssessment.Fentanyl());
  }

  @Test
  void invalidStructuresAreNotClassed() {
    assertThat(REGISTRY.classify("C1CC(")).isEmpty();
    assertThat(REGISTRY.classify("")).isEmpty();
  }
}
