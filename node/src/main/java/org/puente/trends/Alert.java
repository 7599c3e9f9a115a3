package org.puente.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An early-warning alert as its reader may have it: what was detected, where, since when, and on
 * what evidence.
 *
 * @param id the alert's id: a stored first detection's UUID, or a computed increase's stable key
 * @param kind first detection or statistical increase
 * @param scopeKind {@code COUNTRY}, {@code SUBDIVISION} or {@code PORT}
 * @param scopeCode the country, ISO 3166-2 subdivision or port code
 * @param country the country the scope is in
 * @param dim what was detected: {@code SUBSTANCE}, {@code CLASS} or {@code FORM}
 * @param value the substance id, class or form
 * @param since the first day of the evidence: the seizure date, or the week the increase began
 * @param detectedAt when the node raised it
 * @param evidence the reports and figures behind it
 * @param owner for a first detection, the agency owning the evidence
 */
public record Alert(
    String id,
    AlertKind kind,
    String scopeKind,
    String scopeCode,
    String country,
    String dim,
    String value,
    LocalDate since,
    Instant detectedAt,
    Evidence evidence,
    @Nullable String owner) {

  /** What kind of change an alert reports. */
  public enum AlertKind {
    /** The first report with this substance, class or form in this place. */
    FIRST_DETECTION,
    /** A statistical increase of the weekly share of reports. */
    INCREASE
  }

  /**
   * The evidence of an alert.
   *
   * @param reports ids of the reports the reader may open (a first detection's report)
   * @param n reports counted in the alarm week
   * @param detector {@code CUSUM}, {@code C1}, {@code C2} or {@code C3}, for increases
   * @param statistic the detector's statistic in the alarm week
   * @param threshold the detector's threshold
   * @param share the share of reports in the alarm week
   * @param baseline the baseline mean share
   */
  public record Evidence(
      List<UUID> reports,
      long n,
      @Nullable String detector,
      @Nullable Double statistic,
      @Nullable Double threshold,
      @Nullable Double share,
      @Nullable Double baseline) {

    public Evidence {
      reports = List.copyOf(reports);
    }
  }
}
