package org.puente.forensics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.forensics.report.Reports.READER;
import static org.puente.forensics.report.Reports.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.puente.governance.Violation;

class CsvBatchTest {

  static String template() {
    try (InputStream in = CsvBatchTest.class.getResourceAsStream("/dsap/dsap-v1-template.csv")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theTemplateIsAValidBatchAndMatchesTheJsonReport() {
    DsapReport fromCsv = READER.readCsv(bytes(template())).orThrow().getFirst();
    DsapReport fromJson = READER.read(bytes(Reports.aCounterfeitPillReportFromSonora())).orThrow();
    assertThat(fromCsv.findings()).isEqualTo(fromJson.findings());
    assertThat(fromCsv.techniques()).isEqualTo(fromJson.techniques());
    assertThat(fromCsv.seizure()).isEqualTo(fromJson.seizure());
    assertThat(fromCsv.form()).isEqualTo(fromJson.form());
    assertThat(fromCsv.impurityProfile()).isEqualTo(fromJson.impurityProfile());
    assertThat(fromCsv.label().get("releasableTo").size()).isEqualTo(2);
  }

  @Test
  void violationsPointAtRowAndColumn() {
    String[] lines = template().split("\n", -1);
    String broken =
        lines[0]
            + "\n"
            + lines[1].replace(",1.9,0.2,2,", ",140,0.2,2,")
            + "\n"
            + lines[2].replace(",xylazine,", ",xylazina-x,")
            + "\n"
            + lines[3].replace(",MX-SON,", ",MX-SIN,")
            + "\n";
    BatchReading reading = READER.readCsv(bytes(broken));
    assertThat(reading).isInstanceOf(BatchReading.Refused.class);
    assertThat(((BatchReading.Refused) reading).violations())
        .extracting(v -> v.pointer() + " " + v.code())
        .contains(
            "/rows/0/purity purity.range",
            "/rows/1/finding_substance substance.unknown",
            "/rows/2/seizure_subdivision csv.report.inconsistent");
  }

  @Test
  void aMissingColumnOrBrokenQuoteIsRefusedWhole() {
    String noUnit = template().replace("net_quantity_unit,", "");
    assertThat(((BatchReading.Refused) READER.readCsv(bytes(noUnit))).violations())
        .contains(
            Violation.of("/header/net_quantity_unit", "csv.column.missing", "net_quantity_unit"));
    String quote = template().replace("Synthetic demonstration row", "\"unterminated");
    assertThat(((BatchReading.Refused) READER.readCsv(bytes(quote))).violations())
        .extracting(Violation::code)
        .containsExactly("csv.malformed");
  }

  @Test
  void aTechniqueWithoutAResultIsNamedAtTheTechniquesColumn() {
    String noResult = template().replace("t4:COLOR_TEST:C:NEGATIVE", "t4:COLOR_TEST:C");
    assertThat(((BatchReading.Refused) READER.readCsv(bytes(noResult))).violations())
        .contains(Violation.of("/rows/0/techniques", "technique.result.missing"));
  }
}
