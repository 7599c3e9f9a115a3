package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.puente.forensics.spectra.Spectra.entry;
import static org.puente.forensics.spectra.Spectra.ms1;
import static org.puente.forensics.spectra.Spectra.ms2;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpectralLibraryTest {

  private static final Spectrum A = ms2(200.1, 91.05, 100, 119.08, 40, 150.07, 999);
  private static final Spectrum B = ms2(200.1, 91.05, 100, 130.00, 500, 150.07, 20);
  private static final Spectrum C = ms2(300.2, 91.05, 900, 119.08, 40, 250.00, 80);

  private static List<LibraryEntry> entries() {
    return List.of(entry("a", "alpha", A), entry("b", "beta", B), entry("c", "gamma", C));
  }

  /** 0: always indexed; MAX_VALUE: never. */
  @ParameterizedTest
  @ValueSource(ints = {0, Integer.MAX_VALUE})
  void ranksTheIdenticalSpectrumFirst(int threshold) {
    SpectralLibrary library = SpectralLibrary.of(entries(), threshold);
    List<Hit> hits = library.search(A, SearchSettings.of(Similarity.COSINE, 0.01), 10);
    assertThat(hits).extracting(h -> h.entry().entryId()).containsExactly("a", "c", "b");
    assertThat(hits.getFirst().score()).isCloseTo(1.0, within(1e-6));
    assertThat(hits.getFirst().matchedPeaks()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, Integer.MAX_VALUE})
  void thePrecursorFilterKeepsOnlyNearbyPrecursors(int threshold) {
    SpectralLibrary library = SpectralLibrary.of(entries(), threshold);
    SearchSettings settings =
        SearchSettings.of(Similarity.COSINE, 0.01).withPrecursorTolerance(0.02);
    assertThat(library.search(C, settings, 10))
        .extracting(h -> h.entry().entryId())
        .containsExactly("c");
    // Both share the query's one peak; it weighs more in the shorter weight vector of "b".
    assertThat(library.search(ms2(200.115, 91.05, 1), settings, 10))
        .extracting(h -> h.entry().entryId())
        .containsExactly("b", "a");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, Integer.MAX_VALUE})
  void thePrecursorFilterKeepsSpectraOfUnknownPrecursor(int threshold) {
    Spectrum unknownPrecursor = Spectra.of(Double.NaN, 2, IonMode.UNKNOWN, 91.05, 100, 250.00, 80);
    SpectralLibrary library =
        SpectralLibrary.of(
            List.of(entry("a", "alpha", A), entry("u", "unknown", unknownPrecursor)), threshold);
    SearchSettings settings =
        SearchSettings.of(Similarity.COSINE, 0.01).withPrecursorTolerance(0.02);
    assertThat(library.search(C, settings, 10))
        .extracting(h -> h.entry().entryId())
        .containsExactly("u");
  }

  @Test
  void fullScanAndTandemSpectraAreNotCompared() {
    SpectralLibrary library =
        SpectralLibrary.of(
            List.of(entry("ei", "caffeine", ms1(109, 500, 194, 999)), entry("a", "alpha", A)));
    assertThat(library.search(ms1(194, 10), SearchSettings.of(Similarity.COSINE, 0.3), 10))
        .extracting(h -> h.entry().entryId())
        .containsExactly("ei");
    assertThat(
            library.search(
                ms2(300, 91.05, 3, 194, 10), SearchSettings.of(Similarity.COSINE, 0.3), 10))
        .extracting(h -> h.entry().entryId())
        .containsExactly("a");
  }

  @Test
  void oppositePolaritiesAreNotCompared() {
    Spectrum positive = Spectra.of(200.1, 2, IonMode.POSITIVE, 91.05, 100, 150.07, 999);
    Spectrum negative = Spectra.of(200.1, 2, IonMode.NEGATIVE, 91.05, 100, 150.07, 999);
    SpectralLibrary library = SpectralLibrary.of(List.of(entry("pos", "p", positive)));
    SearchSettings settings = SearchSettings.of(Similarity.ENTROPY, 0.01);
    assertThat(library.search(negative, settings, 5)).isEmpty();
    assertThat(library.search(A, settings, 5)).hasSize(1); // unknown polarity matches either
  }

  @ParameterizedTest
  @ValueSource(ints = {0, Integer.MAX_VALUE})
  void entriesTheCallerMayNotSeeAreNeverRanked(int threshold) {
    SpectralLibrary library = SpectralLibrary.of(entries(), threshold);
    List<Hit> hits =
        library.search(
            A, SearchSettings.of(Similarity.COSINE, 0.01), 1, e -> !e.entryId().equals("a"));
    // With "a" hidden, the best visible entry takes the only place; nothing hints at "a".
    assertThat(hits).extracting(h -> h.entry().entryId()).containsExactly("c");
  }

  @Test
  void equalScoresKeepLibraryOrder() {
    SpectralLibrary library =
        SpectralLibrary.of(List.of(entry("first", "x", A), entry("second", "x", A)), 0);
    assertThat(library.search(A, SearchSettings.of(Similarity.ENTROPY, 0.01), 2))
        .extracting(h -> h.entry().entryId())
        .containsExactly("first", "second");
  }

  @Test
  void reverseSearchIgnoresQueryPeaksTheLibrarySpectrumLacks() {
    Spectrum withImpurity = ms2(200.1, 91.05, 100, 119.08, 40, 150.07, 999, 180.5, 900);
    SpectralLibrary library = SpectralLibrary.of(List.of(entry("a", "alpha", A)));
    SearchSettings forward = SearchSettings.of(Similarity.COSINE, 0.01);
    double plain = library.search(withImpurity, forward, 1).getFirst().score();
    double reverse = library.search(withImpurity, forward.withReverse(true), 1).getFirst().score();
    assertThat(plain).isLessThan(0.8);
    assertThat(reverse).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void theModifiedCosineFindsAnAnalogueShiftedByItsPrecursor() {
    // The analogue carries a 14.016 Da (CH2) heavier core: its fragments keeping the core shift.
    Spectrum analogue = ms2(214.116, 91.05, 100, 133.096, 40, 164.086, 999);
    SpectralLibrary library = SpectralLibrary.of(List.of(entry("a", "alpha", A)));
    double cosine =
        library.search(analogue, SearchSettings.of(Similarity.COSINE, 0.01), 1).getFirst().score();
    Hit modified =
        library.search(analogue, SearchSettings.of(Similarity.MODIFIED_COSINE, 0.01), 1).getFirst();
    assertThat(cosine).isLessThan(0.2);
    assertThat(modified.score()).isGreaterThan(0.99);
    assertThat(modified.matchedPeaks()).isEqualTo(3);
  }

  @Test
  void theModifiedCosineNeedsAQueryPrecursor() {
    SpectralLibrary library = SpectralLibrary.of(entries());
    assertThatThrownBy(() ->
            library.search(
                Spectra.of(Double.NaN, 2, IonMode.UNKNOWN, 91.05, 1),
                SearchSettings.of(Similarity.MODIFIED_COSINE, 0.01),
                5))
        .isInstanceOf(UnsearchableSpectrum.class)
        .extracting(e -> ((UnsearchableSpectrum) e).reason())
        .isEqualTo(SpectraMessage.SEARCH_PRECURSOR_REQUIRED);
  }

  @Test
  void floatTwinsInTheLibraryAreResolvedGreedilyOnBothPaths() {
    // 3999.99 and 3999.99003 stay apart at a 10⁻⁵ tolerance but share one single-precision value.
    Spectrum twin = ms2(4005, 3999.99, 10, 3999.99003, 20);
    Spectrum query = ms2(4005, 3999.99, 10);
    SpectralLibrary library = SpectralLibrary.of(List.of(entry("t", "twin", twin)), 0);
    SearchSettings settings =
        SearchSettings.of(Similarity.COSINE, 0.00001).withPreprocessing(Preprocessing.none());
    LibrarySearch search = library.prepare(settings);
    PreparedLibrary prepared = search.library();
    assertThat(prepared.mz[0]).isEqualTo(prepared.mz[1]);
    List<Hit> brute = search.bruteForce(query, settings, 5, e -> true);
    assertThat(search.indexed(query, settings, 5, e -> true)).isEqualTo(brute);
    assertThat(brute.getFirst().matchedPeaks()).isEqualTo(1);
    assertThat(brute.getFirst().score()).isCloseTo(20 / Math.hypot(10, 20), within(1e-6));
  }

  @Test
  void limitsAndFootprintAreReported() {
    SpectralLibrary library = SpectralLibrary.of(entries(), 0);
    SearchSettings settings = SearchSettings.of(Similarity.COSINE, 0.01);
    assertThat(library.search(A, settings, 1)).hasSize(1);
    assertThat(library.search(A, settings, 0)).isEmpty();
    assertThat(library.indexed()).isTrue();
    SpectralLibrary.Footprint footprint = library.footprint(settings);
    assertThat(footprint.spectra()).isEqualTo(3);
    assertThat(footprint.peaks()).isEqualTo(9);
    // 20 bytes a peak (8 in the columns, 12 in the index) and 13 a spectrum, plus offsets.
    assertThat(footprint.libraryBytes()).isEqualTo(9 * 20 + 3 * 13 + 4 * 4);
    assertThat(footprint.accumulatorBytes()).isEqualTo(3 * (2 * 8 + 4));
  }
}
