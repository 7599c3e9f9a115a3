package org.puente.trends;

import java.util.Optional;

/**
 * A public context dataset the node knows how to read: who publishes it, under which licence, where
 * the shipped copy came from, and the series shown when a reader names none.
 */
public enum ContextKind {
  CBP_SEIZURES(
      "cbp-seizures",
      "CBP nationwide drug seizures by month, area of responsibility and drug",
      "https://www.cbp.gov/newsroom/stats/drug-seizure-statistics",
      "US Government work (U.S. Customs and Border Protection), public domain",
      "github.com/marinamagana2/Contraband_Seizure_Tracker @"
          + " bad864182fe541e908a14d54c8b05710ad0347aa (FY2019-FY2025 CSVs), copied 2026-12-07",
      "cbp_nationwide_drug_seizures_fy2019_fy2025.csv.gz",
      "USA",
      "fentanyl",
      "lb"),
  CDC_OVERDOSES(
      "cdc-overdoses",
      "CDC/NCHS provisional synthetic-opioid overdose deaths by state (12 months ending)",
      "https://data.cdc.gov/d/xkb8-kh2a",
      "US Government work (CDC/NCHS), public domain",
      "github.com/Data-Science-Link/fentanyl-awareness @"
          + " 3724049c262ff475ff09b51126a4f8a471ed77b9, copied 2026-12-07",
      "cdc_vsrr_synthetic_opioid_deaths_by_state_2015_2026.csv.gz",
      "USA",
      "synthetic-opioids",
      "deaths"),
  PHAC_HARMS(
      "phac-harms",
      "PHAC opioid- and stimulant-related harms by province and territory",
      "https://health-infobase.canada.ca/substance-related-harms/opioids-stimulants/",
      "Open Government Licence - Canada (Public Health Agency of Canada), attribution required",
      "github.com/RiddhiMandal/opioid-harms-canada-eda @"
          + " b501f1ff211b455eace85227afbe404a84256f6d, copied 2026-12-07",
      "canada_phac_opioid_stimulant_harms_2016_2025.csv.gz",
      "CAN",
      "opioids-deaths",
      "number"),
  SESNSP_NARCOMENUDEO(
      "sesnsp-narcomenudeo",
      "SESNSP reported retail drug-dealing crimes (narcomenudeo) by Mexican state and year",
      "https://www.gob.mx/sesnsp/acciones-y-programas/datos-abiertos-de-incidencia-delictiva",
      "Libre Uso MX (SESNSP, Gobierno de M\u00e9xico), attribution required",
      "github.com/isaacarroyov/datos_facil_acceso @"
          + " 5f7295ae9f6f5abfb7b12cd10047f5d824bc4fce (rows of tipo_de_delito Narcomenudeo),"
          + " copied 2026-12-07",
      "mexico_sesnsp_narcomenudeo_by_state_2015_2025.csv.gz",
      "MEX",
      "narcomenudeo",
      "crimes");

  private final String wire;
  private final String title;
  private final String sourceUrl;
  private final String licence;
  private final String retrieved;
  private final String shipped;
  private final String country;
  private final String defaultMeasure;
  private final String defaultUnit;

  ContextKind(
      String wire,
      String title,
      String sourceUrl,
      String licence,
      String retrieved,
      String shipped,
      String country,
      String defaultMeasure,
      String defaultUnit) {
    this.wire = wire;
    this.title = title;
    this.sourceUrl = sourceUrl;
    this.licence = licence;
    this.retrieved = retrieved;
    this.shipped = shipped;
    this.country = country;
    this.defaultMeasure = defaultMeasure;
    this.defaultUnit = defaultUnit;
  }

  /** The name in URLs and files, for example {@code cdc-overdoses}. */
  public String wire() {
    return wire;
  }

  public String title() {
    return title;
  }

  public String sourceUrl() {
    return sourceUrl;
  }

  public String licence() {
    return licence;
  }

  /** Where and when the copy shipped with the node was taken. */
  public String retrieved() {
    return retrieved;
  }

  /** The classpath resource of the shipped copy (gzip), under {@code context/}. */
  public String shippedResource() {
    return "context/" + shipped;
  }

  /** ISO 3166-1 alpha-3 code of the country the dataset covers. */
  public String country() {
    return country;
  }

  public String defaultMeasure() {
    return defaultMeasure;
  }

  public String defaultUnit() {
    return defaultUnit;
  }

  public static Optional<ContextKind> parse(String text) {
    for (ContextKind k : values()) {
      if (k.wire.equals(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
