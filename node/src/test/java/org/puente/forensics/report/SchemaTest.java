package org.puente.forensics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaTest {

  private static byte[] served() throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/dsap/dsap-v1.schema.json")) {
      return Objects.requireNonNull(in).readAllBytes();
    }
  }

  @Test
  void thePublishedSchemaIsByteForByteTheServedOne() throws IOException {
    assertThat(Files.readAllBytes(Path.of("../docs/dsap-v1.schema.json"))).isEqualTo(served());
  }

  @Test
  void theReadmeExampleReportIsAValidReport() throws IOException {
    DsapReport report =
        Reports.READER
            .read(Files.readAllBytes(Path.of("../docs/examples/dsap-report.json")))
            .orThrow();
    assertThat(report.lab().id()).isEqualTo("FGR-SP");
    assertThat(report.notes()).contains("Synthetic");
  }

  @Test
  void theSchemaRequiresWhatTheReaderRequires() throws IOException {
    JsonNode schema = JsonMapper.builder().build().readTree(served());
    assertThat(schema.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("required").values())
        .extracting(JsonNode::stringValue)
        .contains("label", "findings", "techniques", "netQuantity");
    assertThat(schema.get("properties").propertyNames())
        .containsExactlyInAnyOrder(
            "dsap",
            "lab",
            "sampleId",
            "exhibitId",
            "seizure",
            "submitted",
            "analysed",
            "form",
            "netQuantity",
            "techniques",
            "findings",
            "impurityProfile",
            "spectra",
            "notes",
            "label");
  }
}
