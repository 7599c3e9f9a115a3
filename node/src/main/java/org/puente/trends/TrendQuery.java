package org.puente.trends;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A checked trend query: what is measured, over which reports, where, and by which period.
 *
 * @param measure what each point is
 * @param dim what the reports counted have in common: {@code ALL}, {@code SUBSTANCE}, {@code
 *     CLASS}, {@code FORM} or {@code ROUTE}
 * @param value the substance id, class, form or route; {@code *} for all reports
 * @param with for a share: count only reports that also contain this substance (co-occurrence)
 * @param country ISO 3166 alpha-3 country, if limited to one
 * @param region ISO 3166-2 subdivision, if limited to one
 * @param port port-of-entry code, if limited to one
 * @param interval weekly or monthly points
 * @param from first day of the range
 * @param to last day of the range
 */
public record TrendQuery(
    Measure measure,
    String dim,
    String value,
    @Nullable String with,
    @Nullable String country,
    @Nullable String region,
    @Nullable String port,
    Interval interval,
    LocalDate from,
    LocalDate to) {

  /** What a point of a series is. */
  public enum Measure {
    /** Reports counted. */
    COUNT("count"),
    /** Share of all reports (or of reports with the substance, for co-occurrence). */
    SHARE("share"),
    /** Purity of the substance in percent: median and quartiles. */
    PURITY("purity"),
    /** Milligrams of the substance per tablet: median and quartiles. */
    MG_PER_TABLET("mgPerTablet");

    private final String wire;

    Measure(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    static @Nullable Measure parse(String text) {
      for (Measure m : values()) {
        if (m.wire.equals(text)) {
          return m;
        }
      }
      return null;
    }
  }

  /** How points are grouped in time. */
  public enum Interval {
    WEEK,
    MONTH
  }

  public TrendQuery {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a range ends after it starts");
    }
  }
}
