package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.puente.forensics.spectra.Spectra.ms1;
import static org.puente.forensics.spectra.Spectra.ms2;

import org.junit.jupiter.api.Test;

class PairScorerTest {

  private final PairScorer scorer = new PairScorer();

  @Test
  void cosineReproducesTheMatchmsDocumentationExample() {
    Spectrum reference = ms1(100, 0.7, 150, 0.2, 200, 0.1);
    Spectrum query = ms1(100, 0.4, 140, 0.2, 190, 0.1);
    // 0.7·0.4 / (|(0.7, 0.2, 0.1)| · |(0.4, 0.2, 0.1)|)
    assertThat(scorer.cosine(reference, query, 0.2, 0, 1))
        .isCloseTo(0.8314794192830982, within(1e-7));
    assertThat(scorer.matchedPeaks()).isEqualTo(1);
  }

  @Test
  void modifiedCosineReproducesTheMatchmsDocumentationExample() {
    Spectrum reference = ms2(100, 100, 0.7, 150, 0.2, 200, 0.1);
    Spectrum query = ms2(105, 104.9, 0.4, 140, 0.2, 190, 0.1);
    assertThat(scorer.modifiedCosine(reference, query, 0.2, 0, 1))
        .isCloseTo(0.8314794192830982, within(1e-7));
    assertThat(scorer.matchedPeaks()).isEqualTo(1);
    // Without the shift nothing matches.
    assertThat(scorer.cosine(reference, query, 0.2, 0, 1)).isZero();
  }

  @Test
  void modifiedCosineNeedsBothPrecursors() {
    assertThatThrownBy(() -> scorer.modifiedCosine(ms1(100, 1), ms2(100, 100, 1), 0.1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toleranceIsInclusive() {
    assertThat(scorer.cosine(ms1(100.0, 1), ms1(100.25, 1), 0.25, 0, 1)).isEqualTo(1.0);
    assertThat(scorer.cosine(ms1(100.0, 1), ms1(100.2500001, 1), 0.25, 0, 1)).isZero();
  }

  @Test
  void greedyMatchingTakesTheLargestProductFirstAndUsesEachPeakOnce() {
    // Both reference peaks lie within the tolerance of the one query peak; the more intense wins.
    Spectrum reference = ms1(100.00, 1, 100.08, 3);
    Spectrum query = ms1(100.04, 2);
    double expected = 3 * 2 / (Math.sqrt(1 + 9) * 2);
    assertThat(scorer.cosine(reference, query, 0.05, 0, 1)).isCloseTo(expected, within(1e-12));
    assertThat(scorer.matchedPeaks()).isEqualTo(1);
  }

  @Test
  void greedyIsNotOptimalAndMatchmsSaysSo() {
    // The greedy pick (100.05 with 100.04, product 5·5) blocks two pairs (4·4 + 4·4) that would
    // sum higher; matchms' CosineGreedy gives the greedy answer, and so must this.
    Spectrum reference = ms1(100.00, 4, 100.05, 5);
    Spectrum query = ms1(100.04, 5, 100.09, 4);
    double greedy = 25 / (Math.sqrt(16 + 25) * Math.sqrt(25 + 16));
    assertThat(scorer.cosine(reference, query, 0.05, 0, 1)).isCloseTo(greedy, within(1e-12));
    assertThat(scorer.matchedPeaks()).isEqualTo(1);
  }

  @Test
  void ofEqualProductsTheLaterCandidateWinsAsInMatchms() {
    // Reference 100.0 and 100.1 both pair with query 100.05 at product 1·1. matchms sorts the
    // candidates stably and reverses, so the later one (reference 100.1) is taken; reference
    // 100.0 is then free for query 99.96, giving two pairs instead of one.
    Spectrum reference = ms1(100.0, 1, 100.1, 1);
    Spectrum query = ms1(99.96, 1, 100.05, 1);
    scorer.cosine(reference, query, 0.05, 0, 1);
    assertThat(scorer.matchedPeaks()).isEqualTo(2);
  }

  @Test
  void weightsRaiseMzAndIntensityToPowers() {
    Spectrum a = ms1(100, 4, 200, 1);
    Spectrum b = ms1(100, 1, 200, 4);
    double wa1 = 100 * 100 * Math.sqrt(4);
    double wa2 = 200 * 200 * Math.sqrt(1);
    double wb1 = 100 * 100 * Math.sqrt(1);
    double wb2 = 200 * 200 * Math.sqrt(4);
    double expected = (wa1 * wb1 + wa2 * wb2) / (Math.hypot(wa1, wa2) * Math.hypot(wb1, wb2));
    assertThat(scorer.cosine(a, b, 0.01, 2, 0.5)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void compositeBlendsTheSquaredCosineWithTheRatioTerm() {
    Spectrum unknown = ms1(50, 100, 60, 50, 70, 25);
    Spectrum library = ms1(50, 100, 60, 25, 70, 25);
    // F_D = cos² = 0.955026…, F_R = (0.5 + 0.5) / 2, N_U = N_UL = 3.
    assertThat(scorer.composite(unknown, library, 0.01, 0, 1))
        .isCloseTo(0.7275132275132276, within(1e-12));
    assertThat(scorer.composite(unknown, library, 0.01, 3, 0.6))
        .isCloseTo(0.813504437261838, within(1e-12));
    assertThat(scorer.composite(unknown, unknown, 0.01, 3, 0.6)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void entropySimilarityFollowsLiEtAl() {
    // a = (0.5, 0.5), b = (1): (1.5 ln 1.5 − 0.5 ln 0.5 − 0) / ln 4.
    assertThat(scorer.entropy(ms1(100, 1, 200, 1), ms1(100, 1), 0.01, false))
        .isCloseTo(0.6887218755408672, within(1e-12));
    Spectrum a = ms1(100, 10, 150, 1, 200, 1);
    Spectrum b = ms1(100, 5, 150, 5);
    // Equal to 1 − (2·S_AB − S_A − S_B)/ln 4 computed from the merged spectrum.
    assertThat(scorer.entropy(a, b, 0.01, false)).isCloseTo(0.8088605623698223, within(1e-12));
    // Weighted: S_A = 0.85 < 3, so intensities are raised to 0.25 + 0.25·S_A first.
    assertThat(scorer.entropy(a, b, 0.01, true)).isCloseTo(0.8481428863652642, within(1e-12));
    assertThat(scorer.matchedPeaks()).isEqualTo(2);
  }

  @Test
  void identicalSpectraScoreOneAndDisjointOnesZero() {
    Spectrum s = ms2(300, 91.05, 120, 119.08, 40, 188.14, 999, 250.2, 7);
    assertThat(scorer.cosine(s, s, 0.01, 0, 1)).isCloseTo(1, within(1e-12));
    assertThat(scorer.entropy(s, s, 0.01, true)).isCloseTo(1, within(1e-12));
    assertThat(scorer.composite(s, s, 0.01, 3, 0.6)).isCloseTo(1, within(1e-12));
    assertThat(scorer.modifiedCosine(s, s, 0.01, 0, 1)).isCloseTo(1, within(1e-12));
    Spectrum other = ms2(300, 60, 5, 70, 5);
    assertThat(scorer.cosine(s, other, 0.01, 0, 1)).isZero();
    assertThat(scorer.entropy(s, other, 0.01, true)).isZero();
    assertThat(scorer.matchedPeaks()).isZero();
  }
}
