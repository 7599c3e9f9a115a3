package org.puente.forensics.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.puente.forensics.report.DsapReader;
import org.puente.forensics.report.DsapReport;

class ReportIdentificationTest {

  @Test
  void eachFindingOfTheTemplateGetsItsStatusAndRule() throws IOException {
    byte[] csv;
    try (InputStream in = getClass().getResourceAsStream("/dsap/dsap-v1-template.csv")) {
      csv = Objects.requireNonNull(in).readAllBytes();
    }
    DsapReader reader =
        DsapReader.standard(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    DsapReport report = reader.readCsv(csv).orThrow().getFirst();
    List<FindingIdentification> decisions = ReportIdentification.of(report);
    // Fentanyl: GC, MS (one GC-MS run) and IR, all positive.
    assertThat(decisions.get(0).identification().rule())
        .isEqualTo(IdentificationRule.CATEGORY_A_PLUS_ANOTHER);
    assertThat(decisions.get(0).identification().countedTechniques())
        .containsExactly("t1", "t2", "t3");
    // Mannitol: IR positive, colour test negative: only one counted technique.
    assertThat(decisions.get(2).identification().status())
        .isEqualTo(IdentificationStatus.PRESUMPTIVE);
    assertThat(decisions.get(2).identification().notCounted())
        .containsExactly(new NotCounted("t4", NotCounted.Reason.NEGATIVE_RESULT));
  }
}
