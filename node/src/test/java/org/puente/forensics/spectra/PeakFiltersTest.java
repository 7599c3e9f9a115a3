package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.puente.forensics.spectra.Spectra.ms1;
import static org.puente.forensics.spectra.Spectra.ms2;

import org.junit.jupiter.api.Test;

class PeakFiltersTest {

  @Test
  void normalisationPutsTheBasePeakAtOne() {
    Spectrum s = PeakFilters.normalizeIntensities(ms1(50, 20, 60, 80, 70, 40));
    assertThat(s.intensities()).containsExactly(0.25f, 1f, 0.5f);
  }

  @Test
  void relativeIntensityAndTopPeaksSelect() {
    Spectrum s = ms1(50, 20, 60, 80, 70, 40, 80, 0.5);
    assertThat(PeakFilters.selectByRelativeIntensity(s, 0.3, 1).mz()).containsExactly(60, 70);
    assertThat(PeakFilters.keepMostIntense(s, 2).mz()).containsExactly(60, 70);
    assertThat(PeakFilters.keepMostIntense(ms1(50, 5, 60, 5, 70, 5), 2).mz())
        .containsExactly(50, 60);
  }

  @Test
  void precursorPeaksGoAboveTheCutOrAroundThePrecursor() {
    Spectrum s = ms2(200, 100, 1, 180, 1, 190, 1, 198.5, 1, 200, 9, 201, 1);
    assertThat(PeakFilters.removePeaksAbovePrecursor(s, 1.6).mz()).containsExactly(100, 180, 190);
    assertThat(PeakFilters.removePeaksAroundPrecursor(s, 17).mz()).containsExactly(100, 180);
    Spectrum fullScan = ms1(100, 1, 200, 1);
    assertThat(PeakFilters.removePeaksAbovePrecursor(fullScan, 1.6)).isSameAs(fullScan);
  }

  @Test
  void centroidingMergesAroundTheMostIntensePeakUntilPeaksAreApart() {
    // 100.03, the most intense, absorbs both neighbours within 0.04; 100.10 is 0.07 away and stays;
    // the zero-intensity peak goes.
    Spectrum s = ms1(100.00, 10, 100.03, 30, 100.06, 10, 100.10, 5, 120, 0);
    Spectrum merged = PeakFilters.centroid(s, 0.04);
    assertThat(merged.size()).isEqualTo(2);
    assertThat(merged.mz(0))
        .isCloseTo((100.00 * 10 + 100.03 * 30 + 100.06 * 10) / 50, within(1e-12));
    assertThat(merged.intensity(0)).isEqualTo(50f);
    assertThat(merged.mz(1)).isEqualTo(100.10);
  }

  @Test
  void centroidingRepeatsUntilNoTwoPeaksAreClose() {
    // First pass: 100.00 absorbs 100.04; 100.05 is 0.05 from it and stays, but the merged peak
    // at 100.02 is then only 0.03 away, so a second pass merges all three.
    Spectrum s = ms1(100.00, 10, 100.04, 10, 100.05, 1);
    Spectrum merged = PeakFilters.centroid(s, 0.041);
    assertThat(merged.size()).isEqualTo(1);
    assertThat(merged.intensity(0)).isEqualTo(21f);
    assertThat(merged.mz(0)).isCloseTo((100.02 * 20 + 100.05) / 21, within(1e-9));
  }
}
