package org.puente.forensics.spectra;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks an imported library for what a curator must see before chemists rely on it: names whose
 * structures disagree (a mislabelled entry), duplicates, empty or absurd peak lists, entries that
 * cannot be linked by structure, MS/MS spectra without a precursor. Findings are returned in entry
 * order; nothing is changed or dropped.
 */
public final class LibraryCuration {

  /** A standard InChIKey: 14 + 10 + 1 capital letters. */
  private static final Pattern INCHIKEY = Pattern.compile("[A-Z]{14}-[A-Z]{8}[SN][A-Z]-[A-Z]");

  /** A trailing abbreviation in brackets, as in "3,4-Methylenedioxy-N-ethylamphetamine (MDEA)". */
  private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

  /** More peaks than a centroided small-molecule spectrum plausibly has. */
  public static final int PLAUSIBLE_PEAKS = 2_000;

  /** Highest plausible m/z, as for import. */
  public static final double PLAUSIBLE_MZ = 5_000;

  /** A fragment this far above the precursor is not an isotope of it. */
  public static final double ABOVE_PRECURSOR_MZ = 2.0;

  /** …and counts if at least this intense relative to the base peak. */
  public static final double ABOVE_PRECURSOR_RELATIVE_INTENSITY = 0.05;

  /** Cosine at or above which two spectra of one compound and acquisition are near duplicates. */
  public static final double NEAR_DUPLICATE_COSINE = 0.99;

  private LibraryCuration() {}

  /** Every finding for the library, in entry order. */
  public static List<CurationFinding> check(List<LibraryEntry> entries) {
    Map<Integer, List<CurationFinding>> byEntry = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      peaksAndIdentifiers(entries.get(i), add(byEntry, i));
    }
    List<List<Integer>> groups = nameGroups(entries);
    for (List<Integer> group : groups) {
      structures(entries, group, byEntry);
    }
    exactDuplicates(entries, byEntry);
    nearDuplicates(entries, groups, byEntry);
    List<CurationFinding> all = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      List<CurationFinding> f = byEntry.get(i);
      if (f != null) {
        f.sort(Comparator.comparing(CurationFinding::kind));
        all.addAll(f);
      }
    }
    return all;
  }

  private static List<CurationFinding> add(Map<Integer, List<CurationFinding>> byEntry, int i) {
    return byEntry.computeIfAbsent(i, k -> new ArrayList<>());
  }

  private static void peaksAndIdentifiers(LibraryEntry e, List<CurationFinding> out) {
    Spectrum s = e.spectrum();
    String id = e.entryId();
    if (s.basePeakIntensity() == 0) {
      out.add(
          finding(CurationFinding.Kind.EMPTY_PEAK_LIST, id, SpectraMessage.CURATION_PEAKS_EMPTY));
    }
    if (s.size() > PLAUSIBLE_PEAKS) {
      out.add(
          finding(
              CurationFinding.Kind.ABSURD_PEAK_LIST,
              id,
              SpectraMessage.CURATION_PEAKS_TOO_MANY,
              s.size(),
              PLAUSIBLE_PEAKS));
    }
    if (s.size() > 0 && s.mz(s.size() - 1) > PLAUSIBLE_MZ) {
      out.add(
          finding(
              CurationFinding.Kind.ABSURD_PEAK_LIST,
              id,
              SpectraMessage.CURATION_PEAKS_OUT_OF_RANGE,
              s.mz(s.size() - 1)));
    }
    if (s.msLevel() >= 2 && s.hasPrecursor()) {
      double limit = s.precursorOrNaN() + ABOVE_PRECURSOR_MZ;
      double floor = ABOVE_PRECURSOR_RELATIVE_INTENSITY * s.basePeakIntensity();
      for (int i = s.size() - 1; i >= 0 && s.mz(i) > limit; i--) {
        if (s.intensity(i) > 0 && s.intensity(i) >= floor) {
          out.add(
              finding(
                  CurationFinding.Kind.ABSURD_PEAK_LIST,
                  id,
                  SpectraMessage.CURATION_PEAKS_ABOVE_PRECURSOR,
                  s.mz(i),
                  s.precursorOrNaN()));
          break;
        }
      }
    }
    if (s.msLevel() >= 2 && !s.hasPrecursor()) {
      out.add(
          finding(
              CurationFinding.Kind.MISSING_PRECURSOR,
              id,
              SpectraMessage.CURATION_PRECURSOR_MISSING));
    }
    String key = e.inchiKey();
    if (key == null) {
      out.add(
          finding(
              CurationFinding.Kind.MISSING_INCHIKEY, id, SpectraMessage.CURATION_INCHIKEY_MISSING));
    } else if (!INCHIKEY.matcher(key).matches()) {
      out.add(
          finding(
              CurationFinding.Kind.MISSING_INCHIKEY,
              id,
              SpectraMessage.CURATION_INCHIKEY_MALFORMED,
              Numbers.abbreviate(key)));
    }
  }

  /**
   * The name a compound is grouped by: Unicode-normalised, lower case, single spaces; with and
   * without a trailing bracketed abbreviation, so "X (MDEA)" and "X" are one compound.
   */
  static List<String> nameKeys(String name) {
    String n =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .strip();
    String stripped = TRAILING_ABBREVIATION.matcher(n).replaceFirst("");
    return stripped.isEmpty() || stripped.equals(n) ? List.of(n) : List.of(n, stripped);
  }

  /** Entries grouped by compound name (connected through any shared name key). */
  private static List<List<Integer>> nameGroups(List<LibraryEntry> entries) {
    int[] parent = new int[entries.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String key : nameKeys(entries.get(i).compoundName())) {
        Integer first = firstWithKey.putIfAbsent(key, i);
        if (first != null) {
          parent[root(parent, i)] = root(parent, first);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(groups.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Within one name group, compares structures by the InChIKey's first block (the skeleton, so that
   * records with and without stereochemistry agree). A minority against a strict majority is
   * flagged as disagreeing; without a majority, every entry is flagged as ambiguous.
   */
  private static void structures(
      List<LibraryEntry> entries, List<Integer> group, Map<Integer, List<CurationFinding>> out) {
    Map<String, List<Integer>> bySkeleton = new LinkedHashMap<>();
    for (int i : group) {
      String key = entries.get(i).inchiKey();
      if (key != null && INCHIKEY.matcher(key).matches()) {
        bySkeleton.computeIfAbsent(key.substring(0, 14), k -> new ArrayList<>()).add(i);
      }
    }
    if (bySkeleton.size() < 2) {
      return;
    }
    int keyed = bySkeleton.values().stream().mapToInt(List::size).sum();
    String majoritySkeleton =
        bySkeleton.entrySet().stream()
            .max(Comparator.comparingInt(e -> e.getValue().size()))
            .orElseThrow()
            .getKey();
    List<Integer> majority = Objects.requireNonNull(bySkeleton.get(majoritySkeleton));
    String name = entries.get(group.getFirst()).compoundName();
    if (2 * majority.size() > keyed) {
      String consensus = Objects.requireNonNull(entries.get(majority.getFirst()).inchiKey());
      for (Map.Entry<String, List<Integer>> skeleton : bySkeleton.entrySet()) {
        if (skeleton.getKey().equals(majoritySkeleton)) {
          continue;
        }
        for (int i : skeleton.getValue()) {
          LibraryEntry e = entries.get(i);
          add(out, i)
              .add(
                  finding(
                      CurationFinding.Kind.NAME_STRUCTURE_DISAGREEMENT,
                      e.entryId(),
                      SpectraMessage.CURATION_NAME_STRUCTURE_DISAGREES,
                      e.compoundName(),
                      Objects.requireNonNull(e.inchiKey()),
                      consensus,
                      majority.size() + "/" + keyed));
        }
      }
    } else {
      for (List<Integer> members : bySkeleton.values()) {
        for (int i : members) {
          add(out, i)
              .add(
                  finding(
                      CurationFinding.Kind.NAME_STRUCTURE_DISAGREEMENT,
                      entries.get(i).entryId(),
                      SpectraMessage.CURATION_NAME_STRUCTURE_AMBIGUOUS,
                      name,
                      bySkeleton.size()));
        }
      }
    }
  }

  /** Entries whose peaks, precursor and MS level equal an earlier entry's. */
  private static void exactDuplicates(
      List<LibraryEntry> entries, Map<Integer, List<CurationFinding>> out) {
    Map<Integer, List<Integer>> byHash = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Spectrum s = entries.get(i).spectrum();
      if (s.size() == 0) {
        continue;
      }
      int hash =
          Objects.hash(
              Arrays.hashCode(s.mzArray()),
              Arrays.hashCode(s.intensityArray()),
              s.precursorOrNaN(),
              s.msLevel());
      List<Integer> earlier = byHash.computeIfAbsent(hash, k -> new ArrayList<>());
      for (int j : earlier) {
        if (samePeaks(entries.get(j).spectrum(), s)) {
          LibraryEntry first = entries.get(j);
          add(out, i)
              .add(
                  finding(
                      CurationFinding.Kind.EXACT_DUPLICATE,
                      entries.get(i).entryId(),
                      SpectraMessage.CURATION_DUPLICATE_EXACT,
                      first.entryId(),
                      first.compoundName()));
          break;
        }
      }
      earlier.add(i);
    }
  }

  private static boolean samePeaks(Spectrum a, Spectrum b) {
    return Arrays.equals(a.mzArray(), b.mzArray())
        && Arrays.equals(a.intensityArray(), b.intensityArray())
        && Double.compare(a.precursorOrNaN(), b.precursorOrNaN()) == 0
        && a.msLevel() == b.msLevel();
  }

  /**
   * Within a name group: spectra of the same acquisition (MS level, polarity, instrument type,
   * collision energy, precursor within 0.01) whose cosine (±0.01 Da, intensities) reaches {@value
   * #NEAR_DUPLICATE_COSINE}, the later one flagged.
   */
  private static void nearDuplicates(
      List<LibraryEntry> entries,
      List<List<Integer>> groups,
      Map<Integer, List<CurationFinding>> out) {
    PairScorer scorer = new PairScorer();
    for (List<Integer> group : groups) {
      for (int b = 1; b < group.size(); b++) {
        int i = group.get(b);
        LibraryEntry later = entries.get(i);
        if (hasExactDuplicate(out, i)) {
          continue;
        }
        for (int a = 0; a < b; a++) {
          LibraryEntry earlier = entries.get(group.get(a));
          if (!sameAcquisition(earlier.spectrum(), later.spectrum())
              || !Objects.equals(earlier.instrument(), later.instrument())) {
            continue;
          }
          double cosine = scorer.cosine(earlier.spectrum(), later.spectrum(), 0.01, 0, 1);
          if (cosine >= NEAR_DUPLICATE_COSINE) {
            add(out, i)
                .add(
                    finding(
                        CurationFinding.Kind.NEAR_DUPLICATE,
                        later.entryId(),
                        SpectraMessage.CURATION_DUPLICATE_NEAR,
                        earlier.entryId(),
                        String.format(Locale.ROOT, "%.3f", cosine)));
            break;
          }
        }
      }
    }
  }

  private static boolean hasExactDuplicate(Map<Integer, List<CurationFinding>> out, int i) {
    List<CurationFinding> f = out.get(i);
    return f != null && f.stream().anyMatch(c -> c.kind() == CurationFinding.Kind.EXACT_DUPLICATE);
  }

  private static boolean sameAcquisition(Spectrum a, Spectrum b) {
    boolean precursors =
        a.hasPrecursor() == b.hasPrecursor()
            && (!a.hasPrecursor() || Math.abs(a.precursorOrNaN() - b.precursorOrNaN()) <= 0.01);
    return a.msLevel() == b.msLevel()
        && a.ionMode() == b.ionMode()
        && precursors
        && Objects.equals(
            a.metadata().get("collision_energy"), b.metadata().get("collision_energy"));
  }

  private static CurationFinding finding(
      CurationFinding.Kind kind, String entryId, SpectraMessage message, Object... detail) {
    return new CurationFinding(
        kind, entryId, message, Arrays.stream(detail).map(String::valueOf).toList());
  }
}
