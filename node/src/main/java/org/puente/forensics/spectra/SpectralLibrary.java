package org.puente.forensics.spectra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A searchable reference library. Searches rank library spectra against a query spectrum with the
 * score and filters of {@link SearchSettings}; libraries from {@link #DEFAULT_INDEX_THRESHOLD}
 * spectra up are searched through a fragment index (Flash entropy search), smaller ones by scoring
 * every spectrum; both give identical rankings.
 *
 * <p>Cleaning and weighting depend on the settings, so the library prepares itself once per
 * distinct combination of similarity, weights, tolerance and cleaning, and keeps the {@value
 * #PREPARATIONS_KEPT} most recently used. Thread-safe.
 */
public final class SpectralLibrary {

  /** Libraries at least this large are searched through the fragment index. */
  public static final int DEFAULT_INDEX_THRESHOLD = 2_000;

  /** How many preparations (settings combinations) are kept. */
  public static final int PREPARATIONS_KEPT = 8;

  private final List<LibraryEntry> entries;
  private final int indexThreshold;
  private final Map<SearchSettings, LibrarySearch> prepared =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchSettings, LibrarySearch> eldest) {
          return size() > PREPARATIONS_KEPT;
        }
      };

  private SpectralLibrary(List<LibraryEntry> entries, int indexThreshold) {
    this.entries = List.copyOf(entries);
    if (indexThreshold < 0) {
      throw new IllegalArgumentException("index threshold must not be negative");
    }
    this.indexThreshold = indexThreshold;
  }

  /** A library searched through the index from {@link #DEFAULT_INDEX_THRESHOLD} entries up. */
  public static SpectralLibrary of(List<LibraryEntry> entries) {
    return new SpectralLibrary(entries, DEFAULT_INDEX_THRESHOLD);
  }

  /**
   * A library searched through the index from {@code indexThreshold} entries up (0: always, {@link
   * Integer#MAX_VALUE}: never).
   */
  public static SpectralLibrary of(List<LibraryEntry> entries, int indexThreshold) {
    return new SpectralLibrary(entries, indexThreshold);
  }

  public List<LibraryEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** Whether searches of this library go through the fragment index. */
  public boolean indexed() {
    return entries.size() >= indexThreshold;
  }

  /** The best {@code limit} hits for {@code query}, best first. */
  public List<Hit> search(Spectrum query, SearchSettings settings, int limit) {
    return search(query, settings, limit, entry -> true);
  }

  /**
   * The best {@code limit} hits among the entries {@code admit} accepts, best first. Entries it
   * refuses are never ranked, counted or hinted at: filter here, not after the fact, so that a
   * hidden entry cannot push a visible one out of the list.
   *
   * @throws UnsearchableSpectrum if the similarity needs something the query lacks
   */
  public List<Hit> search(
      Spectrum query, SearchSettings settings, int limit, Predicate<LibraryEntry> admit) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(admit, "admit");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    LibrarySearch search = prepare(settings);
    return indexed()
        ? search.indexed(query, settings, limit, admit)
        : search.bruteForce(query, settings, limit, admit);
  }

  /** Prepares the library for {@code settings} now rather than at the first search. */
  public void prepareFor(SearchSettings settings) {
    prepare(settings);
  }

  /**
   * Memory the prepared library takes for {@code settings}: its arrays, and the accumulators each
   * concurrent indexed search uses.
   */
  public Footprint footprint(SearchSettings settings) {
    LibrarySearch search = prepare(settings);
    PreparedLibrary lib = search.library();
    long accumulators = indexed() ? LibrarySearch.Accumulators.bytes(lib.size, settings) : 0;
    return new Footprint(lib.size, lib.mz.length, lib.bytes(), accumulators);
  }

  LibrarySearch prepare(SearchSettings settings) {
    SearchSettings key = preparationKey(settings);
    synchronized (prepared) {
      LibrarySearch search = prepared.get(key);
      if (search != null) {
        return search;
      }
    }
    // Prepared outside the lock: a million spectra take seconds, and other settings may be in use.
    LibrarySearch fresh = new LibrarySearch(new PreparedLibrary(entries, key, indexed()), key);
    synchronized (prepared) {
      LibrarySearch raced = prepared.putIfAbsent(key, fresh);
      return raced == null ? fresh : raced;
    }
  }

  /** The part of the settings that changes how spectra are cleaned and weighted. */
  private static SearchSettings preparationKey(SearchSettings s) {
    boolean entropy = s.similarity() == Similarity.ENTROPY;
    return new SearchSettings(
        s.similarity() == Similarity.COMPOSITE ? Similarity.COSINE : s.similarity(),
        s.toleranceMz(),
        null,
        false,
        entropy ? 0 : s.mzPower(),
        entropy ? 1 : s.intensityPower(),
        entropy && s.entropyWeighting(),
        s.preprocessing(),
        1);
  }

  /**
   * What a prepared library occupies.
   *
   * @param spectra spectra in the library
   * @param peaks peaks after cleaning
   * @param libraryBytes bytes of peak arrays, per-spectrum data and index
   * @param accumulatorBytes bytes each concurrent indexed search adds
   */
  public record Footprint(int spectra, long peaks, long libraryBytes, long accumulatorBytes) {

    /** Library bytes per spectrum. */
    public double bytesPerSpectrum() {
      return spectra == 0 ? 0 : (double) libraryBytes / spectra;
    }
  }
}
