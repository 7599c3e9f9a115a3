package org.puente.forensics.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.forensics.attribution.Attribution;
import org.puente.forensics.attribution.Route;
import org.puente.forensics.attribution.RouteAttribution;
import org.puente.forensics.linkage.Comparison;
import org.puente.forensics.linkage.ImpurityProfiles;
import org.puente.forensics.linkage.LinkThreshold;
import org.puente.forensics.linkage.ProfileIndex;
import org.puente.forensics.linkage.SyntheticReferencePairs;
import org.puente.forensics.registry.Country;
import org.puente.forensics.report.DsapReader;
import org.puente.forensics.report.DsapReport;
import org.puente.forensics.report.PhysicalForm;

class DemoReportsTest {

  private static final DsapReader READER =
      DsapReader.standard(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

  private static List<DsapReport> read(List<String> lines) {
    return READER.readNdjson(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).orThrow();
  }

  @Test
  void everyGeneratedReportIsValidSyntheticAndTheSameForTheSameSeed() {
    List<String> lines = DemoReports.generate(42, 400);
    assertThat(DemoReports.generate(42, 400)).isEqualTo(lines);
    List<DsapReport> reports = read(lines);
    assertThat(reports).hasSize(400);
    assertThat(reports).allMatch(r -> r.notes().startsWith("SYNTHETIC"));
    assertThat(reports).allMatch(r -> r.sampleId().startsWith("SYN-"));
    assertThat(reports).extracting(r -> r.seizure().country()).contains(Country.values());
    assertThat(reports).anyMatch(r -> r.label().get("outsiders").stringValue().equals("POINTER"));
    assertThat(reports).anyMatch(r -> r.form() instanceof PhysicalForm.Liquid);
    assertThat(reports)
        .anyMatch(r -> r.findings().stream().anyMatch(f -> f.substance().id().equals("xylazine")));
  }

  @Test
  void theSonoraPillsLinkToTheArizonaPills() {
    List<DsapReport> reports = read(DemoReports.generate(42, 400));
    DsapReport sonora = reports.get(0);
    DsapReport arizona = reports.get(1);
    assertThat(sonora.lab().id()).isEqualTo("FGR-SP");
    assertThat(sonora.seizure().subdivision()).isEqualTo("MX-SON");
    assertThat(arizona.seizure().subdivision()).isEqualTo("US-AZ");
    LinkThreshold threshold =
        SyntheticReferencePairs.learn(Comparison.PEARSON, 20250601L, 60, 6, 0.01);
    ProfileIndex index = new ProfileIndex(Comparison.PEARSON);
    for (DsapReport report : reports.subList(1, reports.size())) {
      index.add(report.sampleId(), ImpurityProfiles.vector(report.impurityProfile()));
    }
    assertThat(
            index.within(ImpurityProfiles.vector(sonora.impurityProfile()), threshold.threshold()))
        .extracting(l -> l.id())
        .contains(arizona.sampleId());
    Attribution route = RouteAttribution.standard().attribute(sonora);
    assertThat(route)
        .isInstanceOfSatisfying(
            Attribution.Attributed.class, a -> assertThat(a.route()).isEqualTo(Route.GUPTA));
  }
}
