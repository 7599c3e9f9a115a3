package org.puente.web.forensics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.SpectralLibraries;
import org.puente.forensics.SpectralLibraries.Candidate;
import org.puente.forensics.spectra.SearchSettings;
import org.puente.forensics.spectra.Spectrum;
import org.puente.governance.Caller;
import org.puente.governance.Rejected;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Ranked library candidates for the spectra attached to a DSAP report, searched for the viewer
 * (only libraries she may see are scored, so a candidate never reveals a library hidden from her).
 * A spectrum with a precursor is searched as MS/MS (its stated level, else 2) at its stated
 * fragment tolerance (else 0.02 Da) with a ±0.02 Da precursor filter; one without is searched as a
 * full scan at its stated tolerance (else the nominal-mass-safe ±0.3 Da, as EI spectra often are).
 * A candidate is evidence for the Category A technique the spectrum belongs to, never an
 * identification by itself: the report's SWGDRUG status comes from the techniques the laboratory
 * declared.
 */
@Component
class ReportSpectra {

  static final double FULL_SCAN_TOLERANCE_MZ = 0.3;
  static final int CANDIDATES = 5;

  private final SpectralLibraries libraries;

  ReportSpectra(SpectralLibraries libraries) {
    this.libraries = libraries;
  }

  /**
   * One entry per attached spectrum: its technique, title and candidates, best first; with {@code
   * plot}, the top candidate carries a mirror plot for the page.
   */
  List<Map<String, Object>> candidates(
      Caller caller, JsonNode document, Locale locale, boolean plot) {
    List<Map<String, Object>> out = new ArrayList<>();
    JsonNode spectra = document.get("spectra");
    if (spectra == null || !spectra.isArray()) {
      return out;
    }
    for (JsonNode attached : spectra.values()) {
      List<double[]> peaks = new ArrayList<>();
      attached
          .path("peaks")
          .values()
          .forEach(p -> peaks.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()}));
      Double precursor = number(attached, "precursorMz");
      Double stated = number(attached, "toleranceMz");
      JsonNode levelNode = attached.get("msLevel");
      SpectrumRequests.Search search;
      try {
        // The request defaults apply (MS/MS with a precursor, ±0.02 Da filter); a spectrum
        // without a precursor is a full scan, searched at the nominal-mass-safe tolerance.
        search =
            SpectrumRequests.check(
                peaks,
                precursor,
                levelNode != null && levelNode.isIntegralNumber() ? levelNode.intValue() : null,
                stated != null ? stated : precursor == null ? FULL_SCAN_TOLERANCE_MZ : null,
                null,
                false,
                null,
                null,
                CANDIDATES,
                new ArrayList<>());
      } catch (Rejected stored) {
        // The report's checks admit only valid spectra; an older report may hold none.
        continue;
      }
      Spectrum query = search.query();
      SearchSettings settings = search.settings();
      double tolerance = settings.toleranceMz();
      int level = query.msLevel();
      SpectralLibraries.SearchResult result =
          libraries.search(caller, query, settings, search.limit());
      List<Map<String, Object>> rows = new ArrayList<>();
      int rank = 0;
      for (Candidate c : result.candidates()) {
        Map<String, Object> row = SpectraViews.row(c, ++rank, locale);
        if (plot && rank == 1) {
          row.put("plot", MirrorPlot.of(query, c.hit().entry().spectrum(), tolerance));
        }
        rows.add(row);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("technique", attached.path("technique").asString(""));
      m.put("title", attached.path("title").asString(""));
      m.put("peaks", peaks.size());
      m.put("msLevel", level);
      if (precursor != null) {
        m.put("precursorMz", precursor);
      }
      m.put("toleranceMz", tolerance);
      m.put("candidates", rows);
      m.put("librariesSearched", result.searched().size());
      out.add(m);
    }
    return out;
  }

  private static @Nullable Double number(JsonNode spectrum, String field) {
    JsonNode node = spectrum.get(field);
    return node != null && node.isNumber() ? node.doubleValue() : null;
  }
}
