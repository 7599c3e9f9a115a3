package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightingTest {

  @Test
  void theFastLogarithmAgreesWithTheLibraryToAFewUlps() {
    SplittableRandom random = new SplittableRandom(1);
    double worstRelative = 0;
    for (int i = 0; i < 2_000_000; i++) {
      // Weights and their sums lie in (0, 2]; test far beyond, down to subnormals.
      double x = Math.scalb(1 + random.nextDouble(), random.nextInt(-1074, 1000));
      double expected = StrictMath.log(x);
      double actual = Weighting.ln(x);
      double error = Math.abs(actual - expected);
      assertThat(error).as("ln(%s)", x).isLessThanOrEqualTo(4 * Math.ulp(expected) + 2e-16);
      worstRelative = Math.max(worstRelative, error / Math.max(Math.abs(expected), 1e-300));
    }
    assertThat(worstRelative).isLessThan(1e-12);
  }

  @Test
  void theFastLogarithmIsExactWhereItMustBe() {
    assertThat(Weighting.ln(1.0)).isZero();
    assertThat(Weighting.ln(2.0)).isEqualTo(StrictMath.log(2.0));
    assertThat(Weighting.ln(0.5)).isEqualTo(-StrictMath.log(2.0));
    assertThat(Weighting.ln(Math.E)).isCloseTo(1.0, within(1e-15));
    assertThat(Weighting.ln(Double.MIN_VALUE))
        .isCloseTo(StrictMath.log(Double.MIN_VALUE), within(1e-12));
    assertThat(Weighting.xlogx(0)).isZero();
  }

  @Test
  void entropyTermsOfNearOneValuesStayAccurate() {
    for (double a : new double[] {1e-9, 1e-4, 0.25, 0.5, 0.999, 1.0}) {
      for (double b : new double[] {1e-9, 1e-4, 0.25, 0.5, 0.999, 1.0}) {
        double strict =
            (a + b) * StrictMath.log(a + b) - a * StrictMath.log(a) - b * StrictMath.log(b);
        assertThat(Weighting.entropyTerm(a, Weighting.xlogx(a), b))
            .isCloseTo(strict, within(1e-15));
      }
    }
  }
}
