package org.puente.trends.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DetectorsTest {

  private static final double[] RISING = {1, 2, 3, 4, 5, 6, 7, 10, 16, 7};

  @Test
  void c1ComparesAPeriodWithTheSevenBeforeIt() {
    List<Signal> signals = Ears.standard(Ears.Variant.C1, 1e-9).run(RISING);
    assertThat(signals.get(6).ready()).isFalse();
    // Baseline 1..7: mean 4, sample sd sqrt(28/6).
    double sd = Math.sqrt(28.0 / 6);
    assertThat(signals.get(7).baseline()).isEqualTo(4.0);
    assertThat(signals.get(7).statistic()).isCloseTo(6 / sd, within(1e-12));
    assertThat(signals.get(7).alarm()).isFalse();
    // Baseline 2..7 and 10: mean 37/7.
    double mean = 37.0 / 7;
    double squares = 0;
    for (double v : new double[] {2, 3, 4, 5, 6, 7, 10}) {
      squares += (v - mean) * (v - mean);
    }
    assertThat(signals.get(8).statistic())
        .isCloseTo((16 - mean) / Math.sqrt(squares / 6), within(1e-12));
    assertThat(signals.get(8).alarm()).isTrue();
  }

  @Test
  void c2LeavesTwoPeriodsBetweenTheBaselineAndThePeriodJudged() {
    List<Signal> signals = Ears.standard(Ears.Variant.C2, 1e-9).run(RISING);
    assertThat(signals.get(8).ready()).isFalse();
    // Period 9 (value 7) against periods 0..6.
    assertThat(signals.get(9).statistic()).isCloseTo(3 / Math.sqrt(28.0 / 6), within(1e-12));
  }

  @Test
  void c3SumsTheExcessesOfC2OverOneForThreePeriods() {
    double[] values = {5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 9, 9};
    List<Signal> c2 = Ears.standard(Ears.Variant.C2, 1).run(values);
    List<Signal> c3 = Ears.standard(Ears.Variant.C3, 1).run(values);
    double expected = 0;
    for (int j = 9; j <= 11; j++) {
      expected += Math.max(0, c2.get(j).statistic() - 1);
    }
    assertThat(c3.get(11).statistic()).isCloseTo(expected, within(1e-12));
    assertThat(c3.get(11).alarm()).isTrue();
  }

  @Test
  void cusumAccumulatesAndRestartsAfterAnAlarm() {
    double[] values = new double[30];
    java.util.Arrays.fill(values, 0.10);
    for (int t = 20; t < 30; t++) {
      values[t] = 0.13;
    }
    Cusum cusum = new Cusum(12, 2, 0.5, 4, 0.02);
    List<Signal> signals = cusum.run(values);
    assertThat(signals.subList(0, 20)).noneMatch(Signal::alarm);
    // z = 1.5 for three weeks (the floor of 0.02 on a flat baseline), then 1.375 and 1.25 as the
    // step enters the sliding baseline: 1 + 1 + 1 + 0.875 + 0.75 passes 4 in the fifth week.
    assertThat(signals.get(22).statistic()).isCloseTo(3.0, within(1e-9));
    assertThat(signals.get(23).alarm()).isFalse();
    assertThat(signals.get(24).alarm()).isTrue();
    assertThat(signals.get(24).statistic()).isCloseTo(4.625, within(1e-9));
    assertThat(signals.get(25).statistic()).as("restarted").isCloseTo(0.625, within(1e-9));
  }

  @Test
  void aFlatBaselineDoesNotAlarmOnNoiseBelowTheFloor() {
    double[] values = new double[40];
    java.util.Arrays.fill(values, 0.2);
    values[30] = 0.21;
    for (Detector d : Detectors.standard(0.02)) {
      assertThat(d.run(values)).as(d.name()).noneMatch(Signal::alarm);
    }
  }

  @Test
  void everyDetectorFindsADoubling() {
    double[] values = new double[40];
    for (int t = 0; t < 40; t++) {
      values[t] = 0.1 + (t % 3 == 0 ? 0.01 : -0.005);
    }
    for (int t = 30; t < 40; t++) {
      values[t] = 0.2;
    }
    for (Detector d : Detectors.standard(0.02)) {
      List<Signal> signals = d.run(values);
      assertThat(signals.subList(30, 33)).as(d.name()).anyMatch(Signal::alarm);
      assertThat(signals.subList(0, 30)).as(d.name()).noneMatch(Signal::alarm);
    }
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new Cusum(1, 2, 0.5, 4, 0.02))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseline");
    assertThatThrownBy(() -> new Cusum(12, 2, 0.5, 0, 0.02)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> new Ears(Ears.Variant.C1, 7, -1, 3, 0.02)).hasMessageContaining("lag");
    assertThatThrownBy(() -> new Ears(Ears.Variant.C1, 7, 0, Double.NaN, 0.02))
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> Ears.standard(Ears.Variant.C2, 0))
        .hasMessageContaining("standard deviation");
  }

  @Property(tries = 300)
  void aSpikeNeverLowersTheStatisticOfItsPeriod(
      @ForAll @Size(min = 20, max = 40) List<@DoubleRange(min = 0, max = 1) Double> series,
      @ForAll @IntRange(min = 14, max = 19) int at,
      @ForAll @DoubleRange(min = 0.01, max = 5) double spike) {
    double[] values = series.stream().mapToDouble(Double::doubleValue).toArray();
    double[] spiked = values.clone();
    spiked[at] += spike;
    for (Detector d : Detectors.standard(0.02)) {
      assertThat(d.run(spiked).get(at).statistic())
          .as(d.name())
          .isGreaterThanOrEqualTo(d.run(values).get(at).statistic() - 1e-12);
    }
  }
}
