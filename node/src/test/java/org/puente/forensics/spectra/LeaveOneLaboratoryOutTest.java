package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeaveOneLaboratoryOutTest {

  private static final LeaveOneLaboratoryOut.Report REPORT =
      LeaveOneLaboratoryOut.evaluate(ShippedLibrary.load().references());

  @Test
  void theBestConfigurationIsNoWorseThanPlainCosine() {
    LeaveOneLaboratoryOut.Row plain = REPORT.rows().getFirst();
    assertThat(plain.configuration()).isEqualTo("plain cosine");
    assertThat(plain.queries()).isPositive();
    assertThat(REPORT.best().queries()).isEqualTo(plain.queries());
    assertThat(REPORT.best().top1()).isGreaterThanOrEqualTo(plain.top1());
  }

  @Test
  void everyConfigurationCountsTheSameQueriesAndTopThreeContainsTopOne() {
    List<LeaveOneLaboratoryOut.Row> rows = REPORT.rows();
    assertThat(rows).hasSameSizeAs(LeaveOneLaboratoryOut.standardConfigurations());
    for (LeaveOneLaboratoryOut.Row r : rows) {
      assertThat(r.queries()).isEqualTo(rows.getFirst().queries());
      assertThat(r.top3()).isBetween(r.top1(), r.queries());
    }
  }

  @Test
  void aConfigurationIsChosenForEveryLaboratoryWithoutIt() {
    assertThat(REPORT.chosen()).hasSize(17);
    List<String> names =
        LeaveOneLaboratoryOut.standardConfigurations().stream()
            .map(LeaveOneLaboratoryOut.Configuration::name)
            .toList();
    assertThat(names).containsAll(REPORT.chosen().values());
  }
}
