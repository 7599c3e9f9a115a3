package org.puente.trends;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One figure read from a context file, before it is stored. */
record ContextObservation(
    String measure,
    String unit,
    String country,
    @Nullable String subdivision,
    @Nullable String place,
    @Nullable String detail,
    String periodKind,
    LocalDate start,
    BigDecimal value) {

  /** What makes the figure unique within its dataset. */
  String key() {
    return String.join(
        "|",
        measure,
        unit,
        country,
        String.valueOf(subdivision),
        String.valueOf(place),
        String.valueOf(detail),
        periodKind,
        start.toString());
  }
}
