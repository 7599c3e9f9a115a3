package org.puente.trends.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProportionCusumTest {

  private final ProportionCusum cusum = Detectors.proportionCusum();

  @Test
  void scoresAWeekAgainstThePooledProportionOfItsBaseline() {
    // 28 weeks of 2 in 10, then 6 in 10: p0 = 0.2, z = (6 - 2) / sqrt(10 * 0.2 * 0.8).
    long[] with = new long[29];
    long[] all = new long[29];
    Arrays.fill(with, 2);
    Arrays.fill(all, 10);
    with[28] = 6;
    List<Signal> signals = cusum.run(with, all);
    assertThat(signals.get(27).ready()).isFalse();
    Signal judged = signals.get(28);
    assertThat(judged.ready()).isTrue();
    assertThat(judged.baseline()).isCloseTo(0.2, within(1e-12));
    assertThat(judged.statistic()).isCloseTo(4 / Math.sqrt(1.6) - 0.5, within(1e-12));
    assertThat(judged.alarm()).isFalse();
  }

  @Test
  void aSustainedRiseAlarmsWithinTwoWeeksAndAStableSeriesDoesNot() {
    long[] with = new long[40];
    long[] all = new long[40];
    Arrays.fill(with, 2);
    Arrays.fill(all, 10);
    assertThat(cusum.run(with, all)).noneMatch(Signal::alarm);
    for (int t = 30; t < 40; t++) {
      with[t] = 6;
    }
    List<Signal> signals = cusum.run(with, all);
    assertThat(signals.subList(0, 30)).noneMatch(Signal::alarm);
    assertThat(signals.get(30).alarm() || signals.get(31).alarm()).isTrue();
  }

  @Test
  void aWeekWithoutReportsIsNoEvidenceEitherWay() {
    long[] with = new long[32];
    long[] all = new long[32];
    Arrays.fill(with, 2);
    Arrays.fill(all, 10);
    with[29] = 0;
    all[29] = 0;
    List<Signal> signals = cusum.run(with, all);
    assertThat(signals.get(29).statistic()).isEqualTo(signals.get(28).statistic());
    assertThat(signals.get(29).alarm()).isFalse();
  }

  @Test
  void anOverdispersedBaselineWidensTheScore() {
    long[] with = new long[29];
    long[] all = new long[29];
    long[] steady = new long[29];
    for (int t = 0; t < 28; t++) {
      all[t] = 20;
      // Alternating 0 and 8 of 20: the same pooled proportion as 4 of 20, far more scatter.
      with[t] = t % 2 == 0 ? 0 : 8;
      steady[t] = 4;
    }
    all[28] = 20;
    with[28] = 12;
    steady[28] = with[28];
    double wide = cusum.run(with, all).get(28).statistic();
    double narrow = cusum.run(steady, all).get(28).statistic();
    assertThat(wide).isLessThan(narrow);
    assertThat(cusum.run(steady, all).get(28).alarm()).isTrue();
    assertThat(cusum.run(with, all).get(28).alarm()).isFalse();
  }

  @Test
  void countsMayNotDisagreeInLengthAndSettingsMustBeSound() {
    assertThatThrownBy(() -> cusum.run(new long[2], new long[3]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProportionCusum(1, 0, 0.5, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProportionCusum(26, 2, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
