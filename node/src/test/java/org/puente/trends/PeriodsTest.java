package org.puente.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  @Test
  void aMonthIsTheWeeksWhoseThursdayFallsInIt() {
    // October 2023: 1 October is a Sunday, so its first week starts on Monday 2 October; the week
    // of 30 October has its Thursday on 2 November, so October ends with the week of 23 October.
    assertThat(Periods.firstWeekOfMonth(LocalDate.of(2023, 10, 17)))
        .isEqualTo(LocalDate.of(2023, 10, 2));
    assertThat(Periods.lastWeekOfMonth(LocalDate.of(2023, 10, 17)))
        .isEqualTo(LocalDate.of(2023, 10, 23));
    // January 2026 starts on a Thursday: its first week starts on Monday 29 December 2025.
    assertThat(Periods.firstWeekOfMonth(LocalDate.of(2026, 1, 1)))
        .isEqualTo(LocalDate.of(2025, 12, 29));
  }

  @Property(tries = 500)
  void theBoundsHoldExactlyTheMonthsWeeks(@ForAll @IntRange(min = 0, max = 20_000) int days) {
    LocalDate day = LocalDate.of(1990, 1, 1).plusDays(days);
    LocalDate month = day.withDayOfMonth(1);
    LocalDate first = Periods.firstWeekOfMonth(day);
    LocalDate last = Periods.lastWeekOfMonth(day);
    assertThat(Periods.monthOf(first)).isEqualTo(month);
    assertThat(Periods.monthOf(last)).isEqualTo(month);
    assertThat(Periods.monthOf(first.minusWeeks(1))).isBefore(month);
    assertThat(Periods.monthOf(last.plusWeeks(1))).isAfter(month);
  }
}
