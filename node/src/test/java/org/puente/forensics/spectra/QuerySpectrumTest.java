package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

class QuerySpectrumTest {

  @Test
  void peaksAreSortedAndRepeatedMzMerged() {
    Spectrum s =
        QuerySpectrum.of(
            List.of(
                new double[] {150.07, 999}, new double[] {91.05, 100}, new double[] {150.07, 1}),
            200.1,
            2,
            IonMode.POSITIVE);
    assertThat(s.mz()).containsExactly(91.05, 150.07);
    assertThat(s.intensities()).containsExactly(100f, 1000f);
    assertThat(s.precursorMz()).isEqualTo(200.1);
  }

  @Test
  void everyInvalidValueIsNamedByItsPointer() {
    Rejected rejected =
        catchThrowableOfType(
            Rejected.class,
            () ->
                QuerySpectrum.of(
                    List.of(
                        new double[] {100, 1},
                        new double[] {Double.NaN, 1},
                        new double[] {-3, 1},
                        new double[] {100, -1},
                        new double[] {100},
                        new double[] {6000, 1}),
                    -1.0,
                    0,
                    IonMode.UNKNOWN));
    assertThat(rejected.violations())
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/peaks/1", "spectra.query.peak.malformed"),
            org.assertj.core.groups.Tuple.tuple("/peaks/2", "spectra.query.peak.malformed"),
            org.assertj.core.groups.Tuple.tuple("/peaks/3", "spectra.query.peak.malformed"),
            org.assertj.core.groups.Tuple.tuple("/peaks/4", "spectra.query.peak.malformed"),
            org.assertj.core.groups.Tuple.tuple("/peaks/5", "spectra.query.peak.malformed"),
            org.assertj.core.groups.Tuple.tuple("/precursorMz", "spectra.import.mz.not-positive"),
            org.assertj.core.groups.Tuple.tuple("/msLevel", "spectra.query.ms-level.invalid"));
  }

  @Test
  void anEmptyOrHugeSpectrumIsRefused() {
    assertThat(
            catchThrowableOfType(
                    Rejected.class, () -> QuerySpectrum.of(List.of(), null, 2, IonMode.UNKNOWN))
                .violations())
        .extracting(Violation::code)
        .containsExactly("spectra.query.peaks.empty");
    List<double[]> huge =
        java.util.stream.IntStream.range(0, QuerySpectrum.MAX_PEAKS + 1)
            .mapToObj(i -> new double[] {50 + i * 0.01, 1})
            .toList();
    assertThat(
            catchThrowableOfType(
                    Rejected.class, () -> QuerySpectrum.of(huge, null, 2, IonMode.UNKNOWN))
                .violations())
        .extracting(Violation::code)
        .containsExactly("spectra.query.peaks.too-many");
  }
}
