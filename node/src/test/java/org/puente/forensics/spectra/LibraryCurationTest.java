package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.forensics.spectra.Spectra.ms1;
import static org.puente.forensics.spectra.Spectra.ms2;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LibraryCurationTest {

  private static final List<LibraryEntry> SHIPPED = ShippedLibrary.load().entries();

  private static LibraryEntry mislabelledMdea() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            LibraryCurationTest.class.getResourceAsStream("/spectra/mislabelled-mdea.txt"))) {
      ImportOutcome outcome =
          LibraryImport.read(SpectrumFormat.MASSBANK, "mislabelled-mdea.txt", in);
      return Imports.accepted(outcome).getFirst();
    }
  }

  private static LibraryEntry entry(
      String id, String name, @Nullable String inchiKey, Spectrum spectrum) {
    return new LibraryEntry(
        id, name, List.of(), inchiKey, null, null, "LC-ESI-QTOF", "lab", "f", spectrum);
  }

  @Test
  void theMislabelledMdeaRecordIsFlaggedAgainstTheConsensusStructure() throws IOException {
    List<LibraryEntry> library = new ArrayList<>(SHIPPED);
    library.add(mislabelledMdea());
    List<CurationFinding> findings =
        LibraryCuration.check(library).stream()
            .filter(f -> f.kind() == CurationFinding.Kind.NAME_STRUCTURE_DISAGREEMENT)
            .toList();
    assertThat(findings).hasSize(1);
    CurationFinding f = findings.getFirst();
    assertThat(f.entryId()).isEqualTo("MSBNK-Puente_Fixture-MDEA0001");
    assertThat(f.message()).isEqualTo(SpectraMessage.CURATION_NAME_STRUCTURE_DISAGREES);
    long mdea =
        SHIPPED.stream().filter(e -> "PVXVWWANJIWJOO-UHFFFAOYSA-N".equals(e.inchiKey())).count();
    assertThat(f.detail())
        .containsExactly(
            "3,4-Methylenedioxy-N-ethylamphetamine (MDEA)",
            "SKPIISDJIUTQMZ-UHFFFAOYSA-N",
            "PVXVWWANJIWJOO-UHFFFAOYSA-N",
            mdea + "/" + (mdea + 1));
  }

  @Test
  void theShippedLibraryAgreesOnStructuresAndLacksOnlyTheDocumentedIdentifiers() {
    List<CurationFinding> findings = LibraryCuration.check(SHIPPED);
    assertThat(findings)
        .noneMatch(f -> f.kind() == CurationFinding.Kind.NAME_STRUCTURE_DISAGREEMENT)
        .noneMatch(f -> f.kind() == CurationFinding.Kind.EXACT_DUPLICATE)
        .noneMatch(f -> f.kind() == CurationFinding.Kind.EMPTY_PEAK_LIST)
        .noneMatch(f -> f.kind() == CurationFinding.Kind.ABSURD_PEAK_LIST);
    // SOURCES.md: "8 records (ACES_SU) have no InChIKey link".
    assertThat(findings)
        .filteredOn(f -> f.kind() == CurationFinding.Kind.MISSING_INCHIKEY)
        .hasSize(8)
        .allMatch(f -> f.entryId().startsWith("MSBNK-ACES_SU-"));
    assertThat(findings)
        .filteredOn(f -> f.kind() == CurationFinding.Kind.MISSING_PRECURSOR)
        .hasSize(16);
  }

  @Test
  void duplicatesAreFlaggedOnTheLaterEntry() {
    Spectrum s = ms2(200.1, 91.05, 100, 119.08, 40, 150.07, 999);
    Spectrum almost = ms2(200.1, 91.05, 100, 119.08, 41, 150.07, 999);
    String key = "AAAAAAAAAAAAAA-BBBBBBBBSA-N";
    List<CurationFinding> findings =
        LibraryCuration.check(
            List.of(
                entry("first", "Alpha", key, s),
                entry("copy", "Other name", key, s),
                entry("near", "alpha", key, almost)));
    assertThat(findings)
        .extracting(CurationFinding::kind, CurationFinding::entryId, CurationFinding::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                CurationFinding.Kind.EXACT_DUPLICATE, "copy", List.of("first", "Alpha")),
            org.assertj.core.groups.Tuple.tuple(
                CurationFinding.Kind.NEAR_DUPLICATE, "near", List.of("first", "1.000")));
  }

  @Test
  void emptyAbsurdAndUnlinkableEntriesAreFlagged() {
    double[] many = new double[2 * 2_001];
    for (int i = 0; i < 2_001; i++) {
      many[2 * i] = 50 + i * 0.1;
      many[2 * i + 1] = 1;
    }
    List<CurationFinding> findings =
        LibraryCuration.check(
            List.of(
                entry("zero", "A", "AAAAAAAAAAAAAA-BBBBBBBBSA-N", ms1(100, 0)),
                entry("dense", "B", "AAAAAAAAAAAAAB-BBBBBBBBSA-N", ms1(many)),
                entry("heavy", "C", "AAAAAAAAAAAAAC-BBBBBBBBSA-N", ms2(150, 100, 10, 180, 5)),
                entry("nokey", "D", null, ms2(150, 100, 10)),
                entry("badkey", "E", "not-a-key", ms1(100, 1)),
                entry(
                    "noprecursor",
                    "F",
                    "AAAAAAAAAAAAAF-BBBBBBBBSA-N",
                    Spectra.of(Double.NaN, 2, IonMode.UNKNOWN, 100, 1))));
    assertThat(findings)
        .extracting(CurationFinding::entryId, CurationFinding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("zero", "spectra.curation.peaks.empty"),
            org.assertj.core.groups.Tuple.tuple("dense", "spectra.curation.peaks.too-many"),
            org.assertj.core.groups.Tuple.tuple("heavy", "spectra.curation.peaks.above-precursor"),
            org.assertj.core.groups.Tuple.tuple("nokey", "spectra.curation.inchikey.missing"),
            org.assertj.core.groups.Tuple.tuple("badkey", "spectra.curation.inchikey.malformed"),
            org.assertj.core.groups.Tuple.tuple(
                "noprecursor", "spectra.curation.precursor.missing"));
  }

  @Test
  void withoutAMajorityEveryStructureOfANameIsAmbiguous() {
    Spectrum s1 = ms1(100, 1);
    Spectrum s2 = ms1(101, 1);
    List<CurationFinding> findings =
        LibraryCuration.check(
            List.of(
                entry("a", "Codeine", "OROGSEYTTFOCAN-DNJOTXNNSA-N", s1),
                entry("b", "codeine", "LLPOLZWFYMWNKH-CMKMFDCUSA-N", s2)));
    assertThat(findings)
        .extracting(CurationFinding::entryId, CurationFinding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "spectra.curation.name-structure.ambiguous"),
            org.assertj.core.groups.Tuple.tuple("b", "spectra.curation.name-structure.ambiguous"));
  }

  @Test
  void namesAreComparedWithoutCaseSpacingOrATrailingAbbreviation() {
    assertThat(LibraryCuration.nameKeys("  3,4-Methylenedioxy-N-ethylamphetamine   (MDEA) "))
        .containsExactly(
            "3,4-methylenedioxy-n-ethylamphetamine (mdea)",
            "3,4-methylenedioxy-n-ethylamphetamine");
    assertThat(LibraryCuration.nameKeys("Caffeine")).containsExactly("caffeine");
  }
}
