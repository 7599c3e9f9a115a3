package org.puente.forensics.spectra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Measures identification accuracy the way a laboratory meets it: each spectrum of one laboratory
 * is searched in a library made of every other laboratory's spectra, and counts only if its
 * compound is in that library.
 *
 * <p>Protocol, fixed before any result was seen:
 *
 * <ul>
 *   <li>Every reference spectrum is a query. Its library is every spectrum of the other
 *       laboratories; searches compare full-scan (MS1, including EI) spectra only with full-scan
 *       ones and MS/MS only with MS/MS, and never opposite polarities. A query counts when a
 *       spectrum of its compound (by curated label) remains in that searchable part of the library.
 *   <li>The precursor filter applies to MS/MS queries with a precursor; library spectra without a
 *       precursor are then skipped.
 *   <li>Hits are grouped by compound, each compound ranked by its best spectrum. The compound's
 *       rank is 1 + the number of other compounds scoring at least as high: a tie counts against
 *       the correct answer, never for it. Top-1 and top-3 are ranks ≤ 1 and ≤ 3; a query without
 *       hits is a miss.
 *   <li>The "best" configuration is chosen without looking at the laboratory it is tested on
 *       (nested cross-validation): for each held-out laboratory, the configuration with the most
 *       top-1 identifications in a leave-one-laboratory-out run over the other laboratories alone
 *       is chosen (earlier in the list on equal counts), then scored on the held-out laboratory.
 * </ul>
 */
public final class LeaveOneLaboratoryOut {

  /** A named way of searching. */
  public record Configuration(String name, SearchSettings settings) {
    public Configuration {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(settings, "settings");
    }
  }

  /**
   * Identifications of one configuration.
   *
   * @param configuration its name
   * @param queries spectra whose compound was in their library
   * @param top1 queries whose compound ranked first
   * @param top3 queries whose compound ranked in the first three
   */
  public record Row(String configuration, int queries, int top1, int top3) {

    public double top1Rate() {
      return queries == 0 ? 0 : (double) top1 / queries;
    }

    public double top3Rate() {
      return queries == 0 ? 0 : (double) top3 / queries;
    }
  }

  /**
   * The outcome of an evaluation.
   *
   * @param rows one row per configuration, in the order given
   * @param best the nested-selection row
   * @param chosen for each held-out laboratory (in alphabetical order), the configuration chosen
   *     without it
   */
  public record Report(List<Row> rows, Row best, Map<String, String> chosen) {
    public Report {
      rows = List.copyOf(rows);
      chosen = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(chosen));
    }
  }

  /** The fragment tolerance of the baseline configurations: the search API's default. */
  public static final double TOLERANCE_MZ = 0.02;

  /**
   * A fragment tolerance that nominal-mass (quadrupole, ion-trap) spectra can meet: they report m/z
   * to about 0.1, so ±0.02 Da never pairs their peaks with accurate-mass ones.
   */
  public static final double NOMINAL_TOLERANCE_MZ = 0.3;

  /** The precursor window of the filtered configurations. */
  public static final double PRECURSOR_TOLERANCE_MZ = 0.02;

  private LeaveOneLaboratoryOut() {}

  /**
   * The configurations evaluated and selected among: the plain-cosine baselines of the published
   * anchors (±0.02 Da fragments, with and without a ±0.02 Da precursor filter), each similarity
   * with its recommended settings with and without the filter, Li et al.'s cleaning, and the
   * nominal-mass-safe fragment tolerance.
   */
  public static List<Configuration> standardConfigurations() {
    double t = TOLERANCE_MZ;
    double wide = NOMINAL_TOLERANCE_MZ;
    double p = PRECURSOR_TOLERANCE_MZ;
    Preprocessing li = Preprocessing.standard();
    return List.of(
        new Configuration("plain cosine", SearchSettings.of(Similarity.COSINE, t)),
        new Configuration(
            "plain cosine, precursor ±0.02",
            SearchSettings.of(Similarity.COSINE, t).withPrecursorTolerance(p)),
        new Configuration("composite", SearchSettings.of(Similarity.COMPOSITE, t)),
        new Configuration("modified cosine", SearchSettings.of(Similarity.MODIFIED_COSINE, t)),
        new Configuration("entropy", SearchSettings.of(Similarity.ENTROPY, t)),
        new Configuration(
            "composite, precursor ±0.02",
            SearchSettings.of(Similarity.COMPOSITE, t).withPrecursorTolerance(p)),
        new Configuration(
            "modified cosine, precursor ±0.02",
            SearchSettings.of(Similarity.MODIFIED_COSINE, t).withPrecursorTolerance(p)),
        new Configuration(
            "entropy, precursor ±0.02",
            SearchSettings.of(Similarity.ENTROPY, t).withPrecursorTolerance(p)),
        new Configuration(
            "entropy, Li et al. cleaning, precursor ±0.02",
            SearchSettings.of(Similarity.ENTROPY, t)
                .withPreprocessing(li)
                .withPrecursorTolerance(p)),
        new Configuration(
            "cosine, fragments ±0.3, precursor ±0.02",
            SearchSettings.of(Similarity.COSINE, wide).withPrecursorTolerance(p)),
        new Configuration(
            "composite, fragments ±0.3, precursor ±0.02",
            SearchSettings.of(Similarity.COMPOSITE, wide).withPrecursorTolerance(p)),
        new Configuration(
            "entropy, fragments ±0.3, precursor ±0.02",
            SearchSettings.of(Similarity.ENTROPY, wide).withPrecursorTolerance(p)),
        new Configuration(
            "entropy, fragments ±0.3, Li et al. cleaning, precursor ±0.02",
            SearchSettings.of(Similarity.ENTROPY, wide)
                .withPreprocessing(li)
                .withPrecursorTolerance(p)),
        new Configuration(
            "entropy, fragments ±0.3, reverse, precursor ±0.02",
            SearchSettings.of(Similarity.ENTROPY, wide)
                .withPrecursorTolerance(p)
                .withReverse(true)),
        new Configuration("cosine, fragments ±0.3", SearchSettings.of(Similarity.COSINE, wide)),
        new Configuration("entropy, fragments ±0.3", SearchSettings.of(Similarity.ENTROPY, wide)));
  }

  /** Evaluates the standard configurations on the reference spectra. */
  public static Report evaluate(List<ReferenceSpectrum> references) {
    return evaluate(references, standardConfigurations());
  }

  /** Evaluates {@code configurations}, each alone and by nested selection among them all. */
  public static Report evaluate(
      List<ReferenceSpectrum> references, List<Configuration> configurations) {
    if (configurations.isEmpty()) {
      throw new IllegalArgumentException("evaluate at least one configuration");
    }
    List<LibraryEntry> entries = references.stream().map(ReferenceSpectrum::entry).toList();
    Map<LibraryEntry, ReferenceSpectrum> byEntry = new HashMap<>();
    for (ReferenceSpectrum r : references) {
      byEntry.put(r.entry(), r);
    }
    SpectralLibrary library = SpectralLibrary.of(entries);
    List<String> laboratories =
        references.stream().map(ReferenceSpectrum::laboratory).distinct().sorted().toList();

    // ranked[c][q]: every hit of query q under configuration c, laboratory q excluded.
    List<List<List<Scored>>> ranked = new ArrayList<>();
    for (Configuration c : configurations) {
      // Searches are independent and the library is thread-safe.
      ranked.add(
          references.parallelStream().map(q -> hits(library, q, c.settings(), byEntry)).toList());
    }

    List<Set<String>> holders = holders(references);
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < configurations.size(); c++) {
      rows.add(score(configurations.get(c).name(), references, holders, ranked.get(c), null, null));
    }

    Map<String, String> chosen = new LinkedHashMap<>();
    int queries = 0;
    int top1 = 0;
    int top3 = 0;
    for (String heldOut : laboratories) {
      int bestConfiguration = 0;
      int bestTop1 = -1;
      for (int c = 0; c < configurations.size(); c++) {
        Row inner = score("", references, holders, ranked.get(c), heldOut, null);
        if (inner.top1() > bestTop1) {
          bestTop1 = inner.top1();
          bestConfiguration = c;
        }
      }
      chosen.put(heldOut, configurations.get(bestConfiguration).name());
      Row outer = score("", references, holders, ranked.get(bestConfiguration), null, heldOut);
      queries += outer.queries();
      top1 += outer.top1();
      top3 += outer.top3();
    }
    Row best = new Row("best (nested selection)", queries, top1, top3);
    return new Report(rows, best, chosen);
  }

  /** A hit reduced to what ranking needs. */
  private record Scored(String compound, String laboratory, double score) {}

  private static List<Scored> hits(
      SpectralLibrary library,
      ReferenceSpectrum query,
      SearchSettings settings,
      Map<LibraryEntry, ReferenceSpectrum> byEntry) {
    Spectrum spectrum = query.entry().spectrum();
    if (settings.similarity() == Similarity.MODIFIED_COSINE && !spectrum.hasPrecursor()) {
      return List.of(); // the modified cosine cannot search without a precursor: a miss
    }
    List<Hit> hits =
        library.search(
            spectrum,
            settings,
            library.size(),
            e -> !Objects.equals(reference(byEntry, e).laboratory(), query.laboratory()));
    return hits.stream()
        .map(h -> {
          ReferenceSpectrum r = reference(byEntry, h.entry());
          return new Scored(r.compound(), r.laboratory(), h.score());
        })
        .toList();
  }

  private static ReferenceSpectrum reference(
      Map<LibraryEntry, ReferenceSpectrum> byEntry, LibraryEntry e) {
    ReferenceSpectrum r = byEntry.get(e);
    if (r == null) {
      throw new IllegalStateException("hit outside the evaluated references");
    }
    return r;
  }

  /**
   * Counts identifications over the queries of every laboratory except {@code excluded} (whose
   * spectra also leave every library), or of {@code only} that laboratory.
   */
  private static Row score(
      String name,
      List<ReferenceSpectrum> references,
      List<Set<String>> holders,
      List<List<Scored>> ranked,
      @Nullable String excluded,
      @Nullable String only) {
    int queries = 0;
    int top1 = 0;
    int top3 = 0;
    for (int q = 0; q < references.size(); q++) {
      ReferenceSpectrum query = references.get(q);
      if (query.laboratory().equals(excluded)
          || (only != null && !query.laboratory().equals(only))) {
        continue;
      }
      Set<String> others = new HashSet<>(holders.get(q));
      others.remove(query.laboratory());
      others.remove(excluded);
      if (others.isEmpty()) {
        continue; // the compound is not in this query's library
      }
      queries++;
      int rank = rank(query.compound(), ranked.get(q), excluded);
      if (rank <= 1) {
        top1++;
      }
      if (rank <= 3) {
        top3++;
      }
    }
    return new Row(name, queries, top1, top3);
  }

  /**
   * For each reference, the laboratories holding a spectrum of its compound that a search of it can
   * reach: same MS class, compatible polarity.
   */
  private static List<Set<String>> holders(List<ReferenceSpectrum> references) {
    List<Set<String>> holders = new ArrayList<>();
    for (ReferenceSpectrum query : references) {
      Spectrum q = query.entry().spectrum();
      Set<String> labs = new HashSet<>();
      for (ReferenceSpectrum r : references) {
        Spectrum s = r.entry().spectrum();
        if (r.compound().equals(query.compound())
            && Preparation.msClass(s) == Preparation.msClass(q)
            && q.ionMode().compatibleWith(s.ionMode())) {
          labs.add(r.laboratory());
        }
      }
      holders.add(labs);
    }
    return holders;
  }

  /** 1 + the number of other compounds whose best hit scores at least the correct one's best. */
  private static int rank(String compound, List<Scored> hits, @Nullable String excluded) {
    Map<String, Double> best = new HashMap<>();
    for (Scored h : hits) {
      if (!h.laboratory().equals(excluded)) {
        best.merge(h.compound(), h.score(), Math::max);
      }
    }
    Double correct = best.get(compound);
    if (correct == null) {
      return Integer.MAX_VALUE;
    }
    int rank = 1;
    for (Map.Entry<String, Double> e : best.entrySet()) {
      if (!e.getKey().equals(compound) && e.getValue() >= correct) {
        rank++;
      }
    }
    return rank;
  }
}
