package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.forensics.spectra.Imports.accepted;
import static org.puente.forensics.spectra.Imports.described;
import static org.puente.forensics.spectra.Imports.read;
import static org.puente.forensics.spectra.Imports.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MspReaderTest {

  @Test
  void readsANistTandemRecord() {
    String text =
        """
        Name: Fentanyl
        Synon: N-(1-phenethylpiperidin-4-yl)-N-phenylpropionamide
        Synon: $:00in-source
        InChIKey: PJMPHNIQZUBGLI-UHFFFAOYSA-N
        Formula: C22H28N2O
        PrecursorMZ: 337.2274
        Precursor_type: [M+H]+
        Spectrum_type: MS2
        Ion_mode: P
        Instrument_type: LC-ESI-QTOF
        Collision_energy: 20
        DB#: FEN-0001
        Num Peaks: 3
        105.0699 120
        188.1434 999
        337.2274 40

        """;
    LibraryEntry e = accepted(read(SpectrumFormat.MSP, text)).getFirst();
    assertThat(e.entryId()).isEqualTo("FEN-0001");
    assertThat(e.compoundName()).isEqualTo("Fentanyl");
    assertThat(e.synonyms()).containsExactly("N-(1-phenethylpiperidin-4-yl)-N-phenylpropionamide");
    assertThat(e.inchiKey()).isEqualTo("PJMPHNIQZUBGLI-UHFFFAOYSA-N");
    assertThat(e.instrument()).isEqualTo("LC-ESI-QTOF");
    Spectrum s = e.spectrum();
    assertThat(s.precursorMz()).isEqualTo(337.2274);
    assertThat(s.msLevel()).isEqualTo(2);
    assertThat(s.ionMode()).isEqualTo(IonMode.POSITIVE);
    assertThat(s.mz()).containsExactly(105.0699, 188.1434, 337.2274);
    assertThat(s.metadata()).containsEntry("precursor_type", "[M+H]+");
  }

  /** Peak-list spellings met in MSP files from NIST, SWGDRUG, MoNA, MS-DIAL and AMDIS. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "53 25\n55 178\n57 999",
        "53\t25\n55\t178\n57\t999",
        "\t 53\t 25\t \n\t 55\t 178\t \n\t 57\t 999\t ",
        "53 25; 55 178; 57 999;",
        "53; 25\n55; 178\n57; 999",
        "53, 25\n55, 178\n57, 999",
        "(53,25)(55,178)\n(57,999)",
        "{53,25}:{55,178}:{57,999}",
        "[53; 25];[55; 178];[57; 999]",
        "53 25 \"C4H5+\"\n55 178 \"C4H7+; 2 ppm\"\n57 999 \"p\"",
        "53\t25\t55\t178\t57\t999",
        "53.0 2.5E1\n55.0 1.78e2\n57 999.0"
      })
  void readsPeaksInTheUsualSpellings(String peaks) {
    String text = "Name: Butane-like\nNum Peaks: 3\n" + peaks + "\n";
    LibraryEntry e = accepted(read(SpectrumFormat.MSP, text)).getFirst();
    assertThat(e.spectrum().mz()).containsExactly(53, 55, 57);
    assertThat(e.spectrum().intensities()).containsExactly(25f, 178f, 999f);
    assertThat(e.spectrum().msLevel()).isEqualTo(1);
    assertThat(e.spectrum().ionMode()).isEqualTo(IonMode.UNKNOWN);
    assertThat(e.entryId()).isEqualTo("upload.txt#1");
  }

  @Test
  void recordsEndAtABlankLineOrTheNextName() {
    String text =
        """
        Name: A
        Num Peaks: 1
        50 1
        Name: B
        NUM_PEAKS: 1
        60 1

        NAME: C
        numpeaks: 1
        70 1
        """;
    assertThat(accepted(read(SpectrumFormat.MSP, text)))
        .extracting(LibraryEntry::compoundName)
        .containsExactly("A", "B", "C");
  }

  @Test
  void reportsEveryProblemOfEveryRecord() {
    String text =
        """
        Name: A
        PrecursorMZ: -3
        Num Peaks: 2
        50 1
        60

        Name: B
        Ion_mode: sideways
        Num Peaks: 2
        70 1 "unclosed
        80 1

        Num Peaks: 1
        Name: C
        90 1
        """;
    assertThat(described(refused(read(SpectrumFormat.MSP, text))))
        .containsExactly(
            "2 PrecursorMZ spectra.import.mz.not-positive",
            "5 peaks spectra.import.peaks.odd-values",
            "3 Num Peaks spectra.import.peaks.count-mismatch",
            "8 Ion_mode spectra.import.field.invalid",
            "10 peaks spectra.import.line.unexpected",
            "9 Num Peaks spectra.import.peaks.count-mismatch",
            "13  spectra.import.line.unexpected",
            "15  spectra.import.line.unexpected",
            "14 Num Peaks spectra.import.field.missing");
  }

  @Test
  void aFieldAfterThePeaksIsNotSilentlyTakenAsPartOfTheNextRecord() {
    String text = "Name: A\nNum Peaks: 1\n50 1\nFormula: C2H6\n";
    assertThat(described(refused(read(SpectrumFormat.MSP, text))))
        .containsExactly("4  spectra.import.line.unexpected");
  }

  @Test
  void aDeclaredCountAboveTheLimitIsRefusedBeforeReadingThePeaks() {
    List<ImportProblem> problems =
        refused(read(SpectrumFormat.MSP, "Name: A\nNum Peaks: 1000000\n50 1\n"));
    assertThat(described(problems)).containsExactly("2 Num Peaks spectra.import.peaks.too-many");
  }
}
