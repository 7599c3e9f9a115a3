package org.puente.web.forensics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.SpectralLibraries;
import org.puente.forensics.spectra.IonMode;
import org.puente.forensics.spectra.QuerySpectrum;
import org.puente.forensics.spectra.SearchSettings;
import org.puente.forensics.spectra.Similarity;
import org.puente.forensics.spectra.Spectrum;
import org.puente.forensics.spectra.UnsearchableSpectrum;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Turns a spectral search request — the API's JSON, or the search page's pasted peak list — into a
 * query spectrum and search settings, naming every bad field (JSON Pointers) before anything is
 * searched.
 */
final class SpectrumRequests {

  /** The fragment tolerance when none is given, as in the API contract's example. */
  static final double DEFAULT_TOLERANCE_MZ = 0.02;

  /** The precursor filter applied to MS/MS queries with a precursor unless told otherwise. */
  static final double DEFAULT_PRECURSOR_TOLERANCE_MZ = 0.02;

  static final int DEFAULT_LIMIT = 10;

  /** A checked search: what to search for, how, and how many hits. */
  record Search(Spectrum query, SearchSettings settings, int limit) {}

  private SpectrumRequests() {}

  /** Reads {@code {"peaks","precursorMz","msLevel","ionMode","toleranceMz",...}}. */
  static Search fromJson(JsonNode request) {
    List<Violation> violations = new ArrayList<>();
    if (!request.isObject()) {
      throw new Rejected(Violation.of("", "value.object.expected"));
    }
    List<double[]> peaks = new ArrayList<>();
    JsonNode array = request.get("peaks");
    if (array == null || !array.isArray()) {
      violations.add(Violation.of("/peaks", "spectra.query.peaks.empty"));
    } else {
      int i = 0;
      for (JsonNode peak : array.values()) {
        if (peak.isArray()
            && peak.size() == 2
            && peak.get(0).isNumber()
            && peak.get(1).isNumber()) {
          peaks.add(new double[] {peak.get(0).asDouble(), peak.get(1).asDouble()});
        } else {
          violations.add(Violation.of("/peaks/" + i, "spectra.query.peak.malformed"));
        }
        i++;
      }
    }
    Double precursor = number(request, "precursorMz", violations);
    Double level = number(request, "msLevel", violations);
    Double tolerance = number(request, "toleranceMz", violations);
    Double precursorTolerance = number(request, "precursorToleranceMz", violations);
    Double limit = number(request, "limit", violations);
    String algorithm = text(request, "algorithm", violations);
    String ionMode = text(request, "ionMode", violations);
    JsonNode reverse = request.get("reverse");
    if (reverse != null && !reverse.isBoolean() && !reverse.isNull()) {
      violations.add(Violation.of("/reverse", "value.boolean.expected"));
    }
    return check(
        peaks,
        precursor,
        level == null ? null : (int) Math.round(level),
        tolerance,
        precursorTolerance,
        reverse != null && reverse.asBoolean(false),
        algorithm,
        ionMode,
        limit == null ? null : (int) Math.round(limit),
        violations);
  }

  /**
   * Reads a pasted peak list, one {@code m/z intensity} pair a line (spaces, tabs, commas or
   * semicolons between them; MassBank's third column is ignored), naming bad lines by number.
   */
  static List<double[]> peaksFromText(String text, List<Violation> violations) {
    List<double[]> peaks = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("[\\s,;]+", -1);
      try {
        if (parts.length < 2 || parts.length > 3) {
          throw new NumberFormatException();
        }
        peaks.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
      } catch (NumberFormatException e) {
        violations.add(Violation.of("/peaks", "spectra.search.peaks.text.invalid", n + 1));
      }
    }
    return peaks;
  }

  /** Checks every value at once; throws {@link Rejected} naming each bad one. */
  static Search check(
      List<double[]> peaks,
      @Nullable Double precursorMz,
      @Nullable Integer msLevel,
      @Nullable Double toleranceMz,
      @Nullable Double precursorToleranceMz,
      boolean reverse,
      @Nullable String algorithm,
      @Nullable String ionMode,
      @Nullable Integer limit,
      List<Violation> violations) {
    Similarity similarity = Similarity.COSINE;
    if (algorithm != null && !algorithm.isBlank()) {
      Optional<Similarity> named = Similarity.fromWireName(algorithm);
      if (named.isEmpty()) {
        violations.add(Violation.of("/algorithm", "spectra.search.algorithm.unknown", algorithm));
      } else {
        similarity = named.get();
      }
    }
    IonMode mode = IonMode.UNKNOWN;
    if (ionMode != null && !ionMode.isBlank()) {
      try {
        mode = IonMode.valueOf(ionMode.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(
            Violation.of("/ionMode", "value.choice.unknown", ionMode, "positive, negative"));
      }
    }
    double tolerance = toleranceMz == null ? DEFAULT_TOLERANCE_MZ : toleranceMz;
    if (!(tolerance > 0 && tolerance <= SearchSettings.MAX_TOLERANCE_MZ)) {
      violations.add(
          Violation.of(
              "/toleranceMz", "spectra.search.tolerance.invalid", SearchSettings.MAX_TOLERANCE_MZ));
    }
    if (precursorToleranceMz != null && !(precursorToleranceMz > 0 && precursorToleranceMz <= 10)) {
      violations.add(
          Violation.of("/precursorToleranceMz", "spectra.search.precursor-tolerance.invalid"));
    }
    int hits = limit == null ? DEFAULT_LIMIT : limit;
    if (hits < 1 || hits > SpectralLibraries.MAX_HITS) {
      violations.add(
          Violation.of("/limit", "spectra.search.limit.invalid", SpectralLibraries.MAX_HITS));
    }
    int level = msLevel != null ? msLevel : precursorMz != null ? 2 : 1;
    Spectrum query = null;
    try {
      query = QuerySpectrum.of(peaks, precursorMz, level, mode);
    } catch (Rejected rejected) {
      violations.addAll(rejected.violations());
    }
    if (!violations.isEmpty() || query == null) {
      throw new Rejected(violations);
    }
    Double precursorFilter =
        precursorToleranceMz != null
            ? precursorToleranceMz
            : level >= 2 && precursorMz != null ? DEFAULT_PRECURSOR_TOLERANCE_MZ : null;
    SearchSettings settings =
        SearchSettings.of(similarity, tolerance)
            .withPrecursorTolerance(precursorFilter)
            .withReverse(reverse);
    return new Search(query, settings, hits);
  }

  /** The query lacks what the similarity needs: a bad field like any other. */
  static Rejected unsearchable(UnsearchableSpectrum e) {
    return new Rejected(Violation.of("/precursorMz", e.reason().code()));
  }

  private static @Nullable Double number(JsonNode request, String field, List<Violation> out) {
    JsonNode n = request.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isNumber()) {
      out.add(Violation.of("/" + field, "value.number.expected"));
      return null;
    }
    return n.asDouble();
  }

  private static @Nullable String text(JsonNode request, String field, List<Violation> out) {
    JsonNode n = request.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isString()) {
      out.add(Violation.of("/" + field, "value.string.expected"));
      return null;
    }
    return n.asString();
  }
}
