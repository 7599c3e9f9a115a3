package org.puente.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

/** The readers of the four context sources, on excerpts of the files shipped with the node. */
class ContextDataTest {

  static final String CBP =
      """
      FY,Month (abbv),Component,Region,Land Filter,Area of Responsibility,Drug Type,Count of Event,Sum Qty (lbs)\r
      2019,APR,Office of Field Operations,Coastal/Interior,Other,ATLANTA FIELD OFFICE,Ecstasy,3,8.3799469484296\r
      2020,OCT,Office of Field Operations,Coastal/Interior,Other,CHICAGO FIELD OFFICE,Fentanyl,1,0.427255863756\r
      2025 (FYTD),JAN,Office of Field Operations,Coastal/Interior,Other,ATLANTA FIELD OFFICE,Cocaine,1,4.8281235378\r
      """;

  static final String CDC =
      """
      state,year,month,period,indicator,percent_complete,percent_pending_investigation,state_name,footnote,footnote_symbol,data_value,predicted_value
      AK,2015,January,12 month-ending,"Synthetic opioids, excl. methadone (T40.4)",100,0,Alaska,Numbers may differ from published reports using final data. See Technical Notes. Data not shown due to low data quality.,**,,
      AZ,2023,January,12 month-ending,"Synthetic opioids, excl. methadone (T40.4)",100,0.041048656,Arizona,Numbers may differ from published reports using final data. See Technical Notes.,**,1817,1817
      YC,2023,January,12 month-ending,"Synthetic opioids, excl. methadone (T40.4)",100,0.165697223,New York City,Numbers may differ from published reports using final data. See Technical Notes.,**,2493,2516
      US,2023,January,12 month-ending,"Synthetic opioids, excl. methadone (T40.4)",100,0.161896612,United States,Numbers may differ from published reports using final data. See Technical Notes.,**,75390,76033
      """;

  static final String PHAC =
      """
      Substance,Source,Specific_Measure,Region,PRUID,Time_Period,Year_Quarter,Aggregator,Disaggregator,Unit,Value
      Opioids,Deaths,Overall numbers,British Columbia,59,By quarter,2016 Q1,,,Number,176
      Opioids,Deaths,Overall numbers,Canada,1,By year,2025 (Jan to Sep),,,Number,4162
      Opioids,Deaths,Overall numbers,Prince Edward Island,11,By quarter,2017 Q1,,,Number,Suppr.
      Opioids,Emergency Medical Services (EMS),Overall numbers,"Winnipeg, Manitoba",46,By year,2017,,,Number,1520
      Opioids,Deaths,Age group,Canada,1,By year,2016,2016,0 to 19 years,Percent,2
      """;

  static final String SESNSP =
      """
      n_year,cve_ent,nombre_estado,bien_juridico_afectado,tipo_de_delito,subtipo_de_delito,modalidad,n_delitos,n_delitos_x100khab
      2024,09,Ciudad de México,Otros bienes jurídicos afectados (del fuero común),Narcomenudeo,Narcomenudeo,Narcomenudeo,4900,53.23761861395751
      2024,26,Sonora,Otros bienes jurídicos afectados (del fuero común),Narcomenudeo,Narcomenudeo,Narcomenudeo,3999,128.51479446631168
      2024,00,Nacional,Otros bienes jurídicos afectados (del fuero común),Narcomenudeo,Narcomenudeo,Narcomenudeo,92256,69.7459136769124
      """;

  @Test
  void cbpSeizuresAreMonthlyByFieldOfficeInCalendarMonths() {
    List<ContextObservation> rows = ContextParsers.parse(ContextKind.CBP_SEIZURES, CBP);
    assertThat(rows).hasSize(6);
    ContextObservation fentanyl =
        rows.stream()
            .filter(o -> o.measure().equals("fentanyl") && o.unit().equals("lb"))
            .findFirst()
            .orElseThrow();
    // October of fiscal year 2020 is October 2019.
    assertThat(fentanyl.start()).isEqualTo(LocalDate.of(2019, 10, 1));
    assertThat(fentanyl.periodKind()).isEqualTo("MONTH");
    assertThat(fentanyl.country()).isEqualTo("USA");
    assertThat(fentanyl.subdivision()).isNull();
    assertThat(fentanyl.place()).isEqualTo("CHICAGO FIELD OFFICE");
    assertThat(fentanyl.detail()).isEqualTo("Other");
    assertThat(fentanyl.value()).isEqualByComparingTo("0.427255863756");
    assertThat(rows)
        .anySatisfy(o -> {
          assertThat(o.measure()).isEqualTo("cocaine");
          assertThat(o.unit()).isEqualTo("events");
          assertThat(o.start()).isEqualTo(LocalDate.of(2025, 1, 1));
          assertThat(o.value()).isEqualByComparingTo(BigDecimal.ONE);
        });
  }

  @Test
  void cdcDeathsAreByStateAndSkipSuppressedValues() {
    List<ContextObservation> rows = ContextParsers.parse(ContextKind.CDC_OVERDOSES, CDC);
    // AK is suppressed (no value); AZ, NYC and the US total each give reported and predicted.
    assertThat(rows).hasSize(6);
    assertThat(rows)
        .filteredOn(o -> o.measure().equals("synthetic-opioids"))
        .extracting(ContextObservation::subdivision, ContextObservation::place, o -> o.value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("US-AZ", null, new BigDecimal("1817")),
            org.assertj.core.groups.Tuple.tuple("US-NY", "New York City", new BigDecimal("2493")),
            org.assertj.core.groups.Tuple.tuple(null, null, new BigDecimal("75390")));
    assertThat(rows).allSatisfy(o -> assertThat(o.start()).isEqualTo(LocalDate.of(2023, 1, 1)));
    assertThat(rows)
        .filteredOn(o -> o.measure().equals("synthetic-opioids-predicted"))
        .extracting(ContextObservation::value)
        .containsExactly(new BigDecimal("1817"), new BigDecimal("2516"), new BigDecimal("76033"));
  }

  @Test
  void phacHarmsKeepTheOverallNumbersAtTheirNativePeriod() {
    List<ContextObservation> rows = ContextParsers.parse(ContextKind.PHAC_HARMS, PHAC);
    assertThat(rows).hasSize(3);
    ContextObservation bc = rows.get(0);
    assertThat(bc.measure()).isEqualTo("opioids-deaths");
    assertThat(bc.subdivision()).isEqualTo("CA-BC");
    assertThat(bc.place()).isNull();
    assertThat(bc.periodKind()).isEqualTo("QUARTER");
    assertThat(bc.start()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(bc.value()).isEqualByComparingTo("176");
    ContextObservation canada = rows.get(1);
    assertThat(canada.subdivision()).isNull();
    assertThat(canada.periodKind()).isEqualTo("YEAR");
    assertThat(canada.detail()).isEqualTo("Jan to Sep");
    ContextObservation winnipeg = rows.get(2);
    assertThat(winnipeg.measure()).isEqualTo("opioids-ems-responses");
    assertThat(winnipeg.subdivision()).isEqualTo("CA-MB");
    assertThat(winnipeg.place()).isEqualTo("Winnipeg, Manitoba");
  }

  @Test
  void sesnspFiguresAreYearlyByIsoState() {
    List<ContextObservation> rows = ContextParsers.parse(ContextKind.SESNSP_NARCOMENUDEO, SESNSP);
    assertThat(rows)
        .filteredOn(o -> o.unit().equals("crimes"))
        .extracting(ContextObservation::subdivision)
        .containsExactly("MX-CMX", "MX-SON", null);
    assertThat(rows).allSatisfy(o -> assertThat(o.periodKind()).isEqualTo("YEAR"));
    assertThat(rows.get(0).value()).isEqualByComparingTo("4900");
  }

  @Test
  void aBadValueIsNamedByLineAndColumn() {
    String bad =
        CDC.replace("Arizona,Numbers", "Arizona,Numbers").replace(",1817,1817", ",18x7,1817");
    assertThatThrownBy(() -> ContextParsers.parse(ContextKind.CDC_OVERDOSES, bad))
        .isInstanceOfSatisfying(
            Rejected.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "/lines/3/data_value", "context.value.invalid")));
  }

  @Test
  void aMissingColumnAShortLineAndAnUnknownStateAreAllNamed() {
    assertThatThrownBy(() ->
            ContextParsers.parse(
                ContextKind.SESNSP_NARCOMENUDEO, SESNSP.replace("n_delitos,", "delitos,")))
        .isInstanceOfSatisfying(
            Rejected.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer)
                    .containsExactly("/lines/1/n_delitos"));
    String broken =
        CBP.replace("2019,APR,Office", "2019,APX,Office")
            + "2021,MAY,Office of Field Operations,Other,TUCSON FIELD OFFICE,Fentanyl,1\n";
    assertThatThrownBy(() -> ContextParsers.parse(ContextKind.CBP_SEIZURES, broken))
        .isInstanceOfSatisfying(
            Rejected.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "/lines/2/Month (abbv)", "context.month.invalid"),
                        org.assertj.core.groups.Tuple.tuple("/lines/5", "context.line.columns")));
    assertThatThrownBy(() ->
            ContextParsers.parse(ContextKind.CDC_OVERDOSES, CDC.replace("AZ,2023", "ZZ,2023")))
        .isInstanceOfSatisfying(
            Rejected.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "/lines/3/state", "context.region.unknown")));
  }

  @Test
  void aFileOfTheWrongKindIsRejected() {
    assertThatThrownBy(() -> ContextParsers.parse(ContextKind.PHAC_HARMS, CDC))
        .isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> ContextParsers.parse(ContextKind.CBP_SEIZURES, ""))
        .isInstanceOfSatisfying(
            Rejected.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code)
                    .containsExactly("context.file.empty"));
  }

  @Test
  void everyShippedFileReadsWhole() throws IOException {
    for (ContextKind kind : ContextKind.values()) {
      String text = shipped(kind);
      assertThat(ContextParsers.parse(kind, text)).as(kind.wire()).isNotEmpty();
    }
  }

  @Test
  void periodsAreLabelledAsTheirKind() {
    assertThat(ContextData.label("MONTH", LocalDate.of(2024, 1, 1))).isEqualTo("2024-01");
    assertThat(ContextData.label("QUARTER", LocalDate.of(2024, 7, 1))).isEqualTo("2024-Q3");
    assertThat(ContextData.label("YEAR", LocalDate.of(2024, 1, 1))).isEqualTo("2024");
  }

  static String shipped(ContextKind kind) throws IOException {
    try (InputStream in =
        new GZIPInputStream(
            java.util.Objects.requireNonNull(
                ContextDataTest.class.getClassLoader().getResourceAsStream(kind.shippedResource()),
                kind.shippedResource()))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
