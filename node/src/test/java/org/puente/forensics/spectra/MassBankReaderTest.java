package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.forensics.spectra.Imports.accepted;
import static org.puente.forensics.spectra.Imports.described;
import static org.puente.forensics.spectra.Imports.read;
import static org.puente.forensics.spectra.Imports.refused;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MassBankReaderTest {

  /** A minimal record: line numbers in the assertions below refer to this layout. */
  static String record(String accession, String peakHeader, String... peaks) {
    StringBuilder b = new StringBuilder();
    b.append("ACCESSION: ").append(accession).append('\n'); // 1
    b.append("RECORD_TITLE: Caffeine; LC-ESI-QTOF; MS2\n"); // 2
    b.append("LICENSE: CC BY\n"); // 3
    b.append("CH$NAME: Caffeine\n"); // 4
    b.append("CH$NAME: 1,3,7-Trimethylxanthine\n"); // 5
    b.append("CH$FORMULA: C8H10N4O2\n"); // 6
    b.append("CH$SMILES: CN1C=NC2=C1C(=O)N(C(=O)N2C)C\n"); // 7
    b.append("CH$LINK: INCHIKEY RYYVLZVUVIJVGH-UHFFFAOYSA-N\n"); // 8
    b.append("AC$INSTRUMENT_TYPE: LC-ESI-QTOF\n"); // 9
    b.append("AC$MASS_SPECTROMETRY: MS_TYPE MS2\n"); // 10
    b.append("AC$MASS_SPECTROMETRY: ION_MODE POSITIVE\n"); // 11
    b.append("MS$FOCUSED_ION: PRECURSOR_M/Z 195.0877\n"); // 12
    b.append("PK$NUM_PEAK: ").append(peaks.length).append('\n'); // 13
    b.append(peakHeader).append('\n'); // 14
    for (String p : peaks) {
      b.append("  ").append(p).append('\n'); // 15 …
    }
    b.append("//\n");
    return b.toString();
  }

  static String caffeine(String accession) {
    return record(
        accession,
        "PK$PEAK: m/z int. rel.int.",
        "110.0713 120 120",
        "138.0662 999 999",
        "195.0877 300 300");
  }

  @Test
  void readsARecord() {
    List<LibraryEntry> entries =
        accepted(read(SpectrumFormat.MASSBANK, caffeine("MSBNK-Test_Lab-TL000001")));
    assertThat(entries).hasSize(1);
    LibraryEntry e = entries.getFirst();
    assertThat(e.entryId()).isEqualTo("MSBNK-Test_Lab-TL000001");
    assertThat(e.compoundName()).isEqualTo("Caffeine");
    assertThat(e.synonyms()).containsExactly("1,3,7-Trimethylxanthine");
    assertThat(e.inchiKey()).isEqualTo("RYYVLZVUVIJVGH-UHFFFAOYSA-N");
    assertThat(e.formula()).isEqualTo("C8H10N4O2");
    assertThat(e.contributor()).isEqualTo("Test_Lab");
    assertThat(e.source()).isEqualTo("upload.txt");
    assertThat(e.spectrum().mz()).containsExactly(110.0713, 138.0662, 195.0877);
    assertThat(e.spectrum().intensities()).containsExactly(120f, 999f, 300f);
    assertThat(e.spectrum().metadata()).containsEntry("license", "CC BY");
  }

  @Test
  void readsSeveralRecordsInOneFile() {
    String two = caffeine("MSBNK-Lab-A1") + "\n" + caffeine("MSBNK-Lab-A2");
    assertThat(accepted(read(SpectrumFormat.MASSBANK, two)))
        .extracting(LibraryEntry::entryId)
        .containsExactly("MSBNK-Lab-A1", "MSBNK-Lab-A2");
  }

  @Test
  void reportsEveryBadPeakWithItsLineAndRefusesTheFile() {
    String text =
        record(
            "MSBNK-Lab-A1",
            "PK$PEAK: m/z int. rel.int.",
            "-5 10 10",
            "NaN 10 10",
            "100.5 -1 1",
            "1e999 1 1",
            "12,5 1 1",
            "6000 1 1",
            "120.1 0x10 1");
    assertThat(described(refused(read(SpectrumFormat.MASSBANK, text))))
        .containsExactly(
            "15 PK$PEAK spectra.import.mz.not-positive",
            "16 PK$PEAK spectra.import.number.not-finite",
            "17 PK$PEAK spectra.import.intensity.negative",
            "18 PK$PEAK spectra.import.number.not-finite",
            "19 PK$PEAK spectra.import.number.malformed",
            "20 PK$PEAK spectra.import.mz.too-large",
            "21 PK$PEAK spectra.import.number.malformed");
  }

  @Test
  void aRecordWithErrorsRefusesTheWholeFile() {
    String text =
        caffeine("MSBNK-Lab-A1") + record("MSBNK-Lab-A2", "PK$PEAK: m/z int. rel.int.", "0 1 1");
    ImportOutcome outcome = read(SpectrumFormat.MASSBANK, text);
    assertThat(outcome).isInstanceOf(ImportOutcome.Refused.class);
    assertThat(described(outcome.problems()))
        .containsExactly("33 PK$PEAK spectra.import.mz.not-positive");
  }

  @Test
  void unsortedAndRepeatedPeaksAreNormalisedWithWarnings() {
    String text =
        record(
            "MSBNK-Lab-A1",
            "PK$PEAK: m/z int. rel.int.",
            "138.0662 999 999",
            "110.0713 120 120",
            "138.0662 1 1");
    ImportOutcome outcome = read(SpectrumFormat.MASSBANK, text);
    LibraryEntry e = accepted(outcome).getFirst();
    assertThat(e.spectrum().mz()).containsExactly(110.0713, 138.0662);
    assertThat(e.spectrum().intensities()).containsExactly(120f, 1000f);
    assertThat(outcome.problems())
        .extracting(ImportProblem::code, ImportProblem::severity, ImportProblem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "spectra.import.peaks.unsorted", ImportProblem.Severity.WARNING, 14),
            org.assertj.core.groups.Tuple.tuple(
                "spectra.import.peaks.duplicate-mz", ImportProblem.Severity.WARNING, 14));
  }

  @Test
  void missingFieldsAreNamed() {
    String text =
        """
        RECORD_TITLE: nothing useful
        PK$PEAK: m/z int. rel.int.
          100 1 1
        //
        """;
    assertThat(described(refused(read(SpectrumFormat.MASSBANK, text))))
        .containsExactly(
            "1 ACCESSION spectra.import.field.missing",
            "1 CH$NAME spectra.import.field.missing",
            "1 AC$MASS_SPECTROMETRY: MS_TYPE spectra.import.field.missing",
            "1 AC$MASS_SPECTROMETRY: ION_MODE spectra.import.field.missing",
            "1 PK$NUM_PEAK spectra.import.field.missing");
  }

  @Test
  void declaredAndListedPeakCountsMustAgree() {
    String text = caffeine("MSBNK-Lab-A1").replace("PK$NUM_PEAK: 3", "PK$NUM_PEAK: 4");
    assertThat(described(refused(read(SpectrumFormat.MASSBANK, text))))
        .containsExactly("14 PK$PEAK spectra.import.peaks.count-mismatch");
  }

  @Test
  void anEmptyPeakListIsAnError() {
    String text = record("MSBNK-Lab-A1", "PK$PEAK: m/z int. rel.int.", "N/A");
    assertThat(described(refused(read(SpectrumFormat.MASSBANK, text))))
        .contains("14 PK$PEAK spectra.import.peaks.empty");
  }

  @Test
  void aRecordWithoutItsClosingLineIsAnError() {
    String text = caffeine("MSBNK-Lab-A1").replace("//\n", "");
    assertThat(described(refused(read(SpectrumFormat.MASSBANK, text))))
        .containsExactly("1  spectra.import.record.unterminated");
  }

  @Test
  void repeatedUniqueFieldsAndUnknownValuesAreErrors() {
    String text =
        caffeine("MSBNK-Lab-A1")
            .replace(
                "AC$MASS_SPECTROMETRY: ION_MODE POSITIVE\n",
                "AC$MASS_SPECTROMETRY: ION_MODE SIDEWAYS\nACCESSION: MSBNK-Lab-B2\n");
    assertThat(described(refused(read(SpectrumFormat.MASSBANK, text))))
        .containsExactly(
            "11 AC$MASS_SPECTROMETRY: ION_MODE spectra.import.field.invalid",
            "12 ACCESSION spectra.import.field.repeated");
  }

  @Test
  void identifiersAreUniqueWithinAFile() {
    String text = caffeine("MSBNK-Lab-A1") + caffeine("MSBNK-Lab-A1");
    List<ImportProblem> problems = refused(read(SpectrumFormat.MASSBANK, text));
    assertThat(described(problems))
        .containsExactly("19 ACCESSION spectra.import.entry.duplicate-id");
    assertThat(problems.getFirst().args()).containsExactly("MSBNK-Lab-A1", "upload.txt", "1");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedOnTheirLine() {
    byte[] good = caffeine("MSBNK-Lab-A1").getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    int line4 = caffeine("MSBNK-Lab-A1").indexOf("CH$NAME: Caffeine") + 10;
    bad[line4] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
    List<ImportProblem> problems =
        refused(Imports.read(SpectrumFormat.MASSBANK, bad, ImportLimits.defaults()));
    assertThat(described(problems)).containsExactly("4  spectra.import.encoding.invalid");
  }

  @Test
  void utf16IsRefusedOnceNotLineByLine() {
    byte[] utf16 = caffeine("MSBNK-Lab-A1").getBytes(StandardCharsets.UTF_16);
    List<ImportProblem> problems =
        refused(Imports.read(SpectrumFormat.MASSBANK, utf16, ImportLimits.defaults()));
    assertThat(described(problems)).containsExactly("1  spectra.import.encoding.unsupported");
    assertThat(problems.getFirst().args()).containsExactly("UTF-16");
  }

  @Test
  void aUtf8ByteOrderMarkIsTolerated() {
    byte[] text = caffeine("MSBNK-Lab-A1").getBytes(StandardCharsets.UTF_8);
    byte[] withMark = new byte[text.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withMark, 3, text.length);
    assertThat(accepted(Imports.read(SpectrumFormat.MASSBANK, withMark, ImportLimits.defaults())))
        .hasSize(1);
  }

  @Test
  void limitsRejectRatherThanTruncate() {
    String[] peaks = new String[9];
    for (int i = 0; i < peaks.length; i++) {
      peaks[i] = (100 + i) + " 10 10";
    }
    String tooMany = record("MSBNK-Lab-A1", "PK$PEAK: m/z int. rel.int.", peaks);
    assertThat(
            described(
                refused(
                    Imports.read(
                        SpectrumFormat.MASSBANK,
                        tooMany.getBytes(StandardCharsets.UTF_8),
                        Imports.small()))))
        .containsExactly("13 PK$NUM_PEAK spectra.import.peaks.too-many");

    String longLine =
        caffeine("MSBNK-Lab-A1").replace("LICENSE: CC BY", "LICENSE: " + "x".repeat(300));
    assertThat(
            described(
                refused(
                    Imports.read(
                        SpectrumFormat.MASSBANK,
                        longLine.getBytes(StandardCharsets.UTF_8),
                        Imports.small()))))
        .containsExactly("3  spectra.import.line.too-long");

    String fourRecords =
        caffeine("MSBNK-Lab-A1")
            + caffeine("MSBNK-Lab-A2")
            + caffeine("MSBNK-Lab-A3")
            + caffeine("MSBNK-Lab-A4");
    assertThat(
            described(
                refused(
                    Imports.read(
                        SpectrumFormat.MASSBANK,
                        fourRecords.getBytes(StandardCharsets.UTF_8),
                        Imports.small()))))
        .containsExactly("55  spectra.import.records.too-many");
  }

  @Test
  void aMillionPeakSpectrumIsRefusedFromItsDeclaredCount() {
    String header = caffeine("MSBNK-Lab-A1").replace("PK$NUM_PEAK: 3", "PK$NUM_PEAK: 1000000");
    assertThat(described(refused(read(SpectrumFormat.MASSBANK, header))))
        .containsExactly("13 PK$NUM_PEAK spectra.import.peaks.too-many");
  }

  @Test
  void problemsBecomeViolationsWithAPointerPerFileLineAndField() {
    String text = record("MSBNK-Lab-A1", "PK$PEAK: m/z int. rel.int.", "0 1 1");
    ImportProblem p = refused(read(SpectrumFormat.MASSBANK, text)).getFirst();
    assertThat(p.toViolation().pointer()).isEqualTo("/files/upload.txt/lines/15/PK$PEAK");
    assertThat(p.toViolation().code()).isEqualTo("spectra.import.mz.not-positive");
  }
}
