package org.puente.forensics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.puente.forensics.report.Reports.READER;
import static org.puente.forensics.report.Reports.aCounterfeitPillReportFromSonora;
import static org.puente.forensics.report.Reports.bytes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.forensics.registry.Country;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

class DsapReaderTest {

  @Test
  void aValidReportIsReadWithItsSubstancesResolved() {
    DsapReport report = READER.read(bytes(aCounterfeitPillReportFromSonora())).orThrow();
    assertThat(report.lab().id()).isEqualTo("FGR-SP");
    assertThat(report.seizure().country()).isEqualTo(Country.MEX);
    assertThat(report.seizure().subdivision()).isEqualTo("MX-SON");
    assertThat(report.form()).isEqualTo(new PhysicalForm.Tablet("M 30", "blue", true, 500, 110.0));
    assertThat(report.netQuantity().siValue()).isCloseTo(0.0552, within());
    assertThat(report.findings())
        .extracting(f -> f.substance().id())
        .containsExactly("fentanyl", "xylazine", "mannitol");
    assertThat(report.impurityProfile()).containsOnlyKeys("4-anpp", "phenethyl-4-anpp", "npp");
    assertThat(report.label().get("tlp").stringValue()).isEqualTo("AMBER");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }

  @Test
  void everyProblemIsReportedWithItsPointer() {
    String bad =
        aCounterfeitPillReportFromSonora()
            .replace("\"percent\": 1.9", "\"percent\": 101.5")
            .replace("\"unit\": \"g\"", "\"unit\": \"grains\"")
            .replace("\"analysed\": \"2025-03-10\"", "\"analysed\": \"2025-02-01\"")
            .replace("\"substance\": \"xilacina\"", "\"substance\": \"xylazin\"")
            .replace(
                "{\"id\": \"t4\", \"code\": \"COLOR_TEST\", \"category\": \"C\", \"result\":"
                    + " \"NEGATIVE\"}",
                "{\"id\": \"t4\", \"code\": \"COLOR_TEST\", \"category\": \"C\"}")
            .replace("\"techniques\": [\"t3\", \"t4\"]", "\"techniques\": [\"t3\", \"t9\"]")
            .replace("\"subdivision\": \"MX-SON\"", "\"subdivision\": \"US-AZ\"")
            .replace("\"date\": \"2025-03-02\"", "\"date\": \"2026-03-02\"");
    List<Violation> violations = violations(READER.read(bytes(bad)));
    assertThat(violations)
        .extracting(v -> v.pointer() + " " + v.code())
        .contains(
            "/findings/0/purity/percent purity.range",
            "/netQuantity/unit quantity.unit.unknown",
            "/analysed date.analysedBeforeSubmission",
            "/findings/1/substance substance.unknown",
            "/techniques/3/result technique.result.missing",
            "/findings/2/techniques/1 finding.technique.unknown",
            "/seizure/subdivision subdivision.countryMismatch",
            "/seizure/date date.future");
    Violation unknown =
        violations.stream()
            .filter(v -> v.code().equals("substance.unknown"))
            .findFirst()
            .orElseThrow();
    assertThat(unknown.args().get(1)).contains("Xylazine");
  }

  @Test
  void negativeWeightsVolumesForPowdersAndMissingUnitsAreRefused() {
    String negative =
        aCounterfeitPillReportFromSonora().replace("\"value\": 55.2", "\"value\": -1");
    assertThat(codes(READER.read(bytes(negative)))).contains("quantity.negative");
    String volume =
        aCounterfeitPillReportFromSonora().replace("\"unit\": \"g\"", "\"unit\": \"mL\"");
    assertThat(codes(READER.read(bytes(volume)))).contains("quantity.unit.volumeForSolid");
    String missing = aCounterfeitPillReportFromSonora().replace("\"unit\": \"g\", ", "");
    assertThat(codes(READER.read(bytes(missing)))).contains("quantity.unit.missing");
  }

  @Test
  void analysisBeforeSeizureAndUnknownTechniquesAreRefused() {
    String early =
        aCounterfeitPillReportFromSonora()
            .replace("\"submitted\": \"2025-03-04\"", "\"submitted\": \"2025-03-01\"")
            .replace("\"analysed\": \"2025-03-10\"", "\"analysed\": \"2025-03-01\"");
    assertThat(codes(READER.read(bytes(early))))
        .contains("date.analysedBeforeSeizure", "date.submittedBeforeSeizure");
    String hyphenated =
        aCounterfeitPillReportFromSonora().replace("\"code\": \"GC\"", "\"code\": \"GC-MS\"");
    assertThat(violations(READER.read(bytes(hyphenated))))
        .contains(
            Violation.of("/techniques/0/code", "technique.code.hyphenated", "GC-MS", "GC, MS"));
    String wrongCategory =
        aCounterfeitPillReportFromSonora()
            .replace(
                "\"code\": \"GC\", \"category\": \"B\"", "\"code\": \"GC\", \"category\": \"A\"");
    assertThat(codes(READER.read(bytes(wrongCategory)))).contains("technique.category.mismatch");
  }

  @Test
  void anAttachedMassSpectrumKeepsItsLevelPrecursorAndToleranceThroughTheDocument() {
    String ms2 =
        aCounterfeitPillReportFromSonora()
            .replace(
                "\"title\": \"EI-MS of the main peak\",",
                "\"title\": \"EI-MS of the main peak\", \"msLevel\": 2, \"precursorMz\": 337.2274,"
                    + " \"toleranceMz\": 0.01,");
    DsapReport report = READER.read(bytes(ms2)).orThrow();
    SpectrumReference spectrum = report.spectra().getFirst();
    assertThat(spectrum.msLevel()).isEqualTo(2);
    assertThat(spectrum.precursorMz()).isEqualTo(337.2274);
    assertThat(spectrum.toleranceMz()).isEqualTo(0.01);
    DsapReport again = READER.read(bytes(DsapDocument.of(report).toString())).orThrow();
    assertThat(again.spectra()).isEqualTo(report.spectra());

    String plain = aCounterfeitPillReportFromSonora();
    SpectrumReference unstated = READER.read(bytes(plain)).orThrow().spectra().getFirst();
    assertThat(unstated.msLevel()).isNull();
    assertThat(unstated.precursorMz()).isNull();
    assertThat(DsapDocument.of(READER.read(bytes(plain)).orThrow()).toString())
        .doesNotContain("msLevel");
  }

  @Test
  void aFullScanWithAPrecursorAndOutOfRangeMassFieldsAreRefusedAtTheirPointers() {
    String fullScanWithPrecursor =
        aCounterfeitPillReportFromSonora()
            .replace(
                "\"title\": \"EI-MS of the main peak\",",
                "\"title\": \"EI-MS\", \"msLevel\": 1, \"precursorMz\": 337.2,");
    assertThat(violations(READER.read(bytes(fullScanWithPrecursor))))
        .containsExactly(Violation.of("/spectra/0/precursorMz", "spectrum.precursor.fullScan"));
    String outOfRange =
        aCounterfeitPillReportFromSonora()
            .replace(
                "\"title\": \"EI-MS of the main peak\",",
                "\"msLevel\": 11, \"precursorMz\": 0, \"toleranceMz\": \"wide\",");
    assertThat(violations(READER.read(bytes(outOfRange))))
        .extracting(Violation::pointer)
        .containsExactlyInAnyOrder(
            "/spectra/0/msLevel", "/spectra/0/precursorMz", "/spectra/0/toleranceMz");
  }

  @Test
  void aMissingLabelIsAViolationAtLabel() {
    String noLabel =
        aCounterfeitPillReportFromSonora()
            .replaceAll("(?s),\\s*\"label\": \\{.*?\\}\\s*\\}\\s*$", "}");
    assertThat(violations(READER.read(bytes(noLabel))))
        .contains(Violation.of("/label", "report.label.missing"));
  }

  @Test
  void malformedJsonIsAViolationNotAnException() {
    assertThat(codes(READER.read(bytes("{\"dsap\": ")))).containsExactly("json.malformed");
    assertThat(codes(READER.read(bytes("{\"dsap\":\"1\",\"dsap\":\"1\"}"))))
        .containsExactly("json.malformed");
    assertThat(codes(READER.read(new byte[] {(byte) 0xC3, (byte) 0x28})))
        .containsExactly("text.encoding.invalid");
    assertThatThrownBy(() -> READER.read(bytes("[]")).orThrow()).isInstanceOf(Rejected.class);
  }

  @Test
  void purityQuantitiesCannotAddUpToMoreThanTheWhole() {
    String heavy =
        aCounterfeitPillReportFromSonora()
            .replace(
                "\"substance\": \"manitol\", \"role\": \"DILUENT\", \"purity\": {\"kind\":"
                    + " \"QUALITATIVE\"}",
                "\"substance\": \"manitol\", \"role\": \"DILUENT\", \"purity\": {\"kind\":"
                    + " \"QUANTITATIVE\", \"percent\": 99.5, \"uncertainty\": 0.1, \"k\": 2}");
    assertThat(codes(READER.read(bytes(heavy)))).contains("findings.purity.sumExceeds");
  }

  @Test
  void batchLinesSplitAtLfAndCrlfKeepingEmptyOnes() {
    assertThat(DsapReader.lines("")).containsExactly("");
    assertThat(DsapReader.lines("a")).containsExactly("a");
    assertThat(DsapReader.lines("a\nb\r\nc")).containsExactly("a", "b", "c");
    assertThat(DsapReader.lines("a\r\n\r\nb\n")).containsExactly("a", "", "b", "");
    assertThat(DsapReader.lines("\r\n")).containsExactly("", "");
    assertThat(DsapReader.lines("a\rb\n")).containsExactly("a\rb", "");
    for (String text : List.of("", "x", "\n\n", "a\r\nb", "\r\r\n", "p\nq\r\n\nr")) {
      assertThat(DsapReader.lines(text)).containsExactly(text.split("\r?\n", -1));
    }
  }

  @Test
  void ndjsonBatchesAreAllOrNothing() {
    String good = aCounterfeitPillReportFromSonora().replace("\n", " ");
    String second = good.replace("FGR-SP-2025-000123", "FGR-SP-2025-000124");
    BatchReading accepted = READER.readNdjson(bytes(good + "\n" + second + "\n"));
    assertThat(accepted.orThrow()).hasSize(2);
    String bad = good.replace("FGR-SP-2025-000123", "FGR-SP-2025-000125").replace("1.9", "-3");
    BatchReading refused = READER.readNdjson(bytes(good + "\n\n" + bad + "\n" + good));
    assertThat(refused).isInstanceOf(BatchReading.Refused.class);
    assertThat(((BatchReading.Refused) refused).violations())
        .extracting(v -> v.pointer() + " " + v.code())
        .containsExactlyInAnyOrder(
            "/rows/2/findings/0/purity/percent purity.range",
            "/rows/3/sampleId batch.sample.duplicate");
  }

  static List<Violation> violations(Reading reading) {
    assertThat(reading).isInstanceOf(Reading.Invalid.class);
    return ((Reading.Invalid) reading).violations();
  }

  static List<String> codes(Reading reading) {
    return violations(reading).stream().map(Violation::code).toList();
  }
}
