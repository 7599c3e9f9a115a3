package org.puente.web.forensics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.puente.forensics.SpectralLibraries;
import org.puente.forensics.SpectralLibraries.Candidate;
import org.puente.forensics.spectra.IonMode;
import org.puente.forensics.spectra.QuerySpectrum;
import org.puente.forensics.spectra.SearchSettings;
import org.puente.forensics.spectra.Similarity;
import org.puente.forensics.spectra.Spectrum;
import org.puente.governance.Caller;
import org.puente.governance.Rejected;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Ranked library candidates for the spectra attached to a DSAP report, searched for the viewer
 * (only libraries she may see are scored, so a candidate never reveals a library hidden from her).
 * DSAP spectra carry no precursor and are often nominal-mass EI spectra: they are searched as full
 * scans with the nominal-mass-safe ±0.3 Da fragment tolerance. A candidate is evidence for the
 * Category A technique the spectrum belongs to, never an identification by itself: the report's
 * SWGDRUG status comes from the techniques the laboratory declared.
 */
@Component
class ReportSpectra {

  static final double TOLERANCE_MZ = 0.3;
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
    SearchSettings settings = SearchSettings.of(Similarity.COSINE, TOLERANCE_MZ);
    for (JsonNode attached : spectra.values()) {
      List<double[]> peaks = new ArrayList<>();
      attached
          .path("peaks")
          .values()
          .forEach(p -> peaks.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()}));
      Spectrum query;
      try {
        query = QuerySpectrum.of(peaks, null, 1, IonMode.UNKNOWN);
      } catch (Rejected stored) {
        // The report's checks admit only valid peaks; an older report without them has none.
        continue;
      }
      SpectralLibraries.SearchResult result = libraries.search(caller, query, settings, CANDIDATES);
      List<Map<String, Object>> rows = new ArrayList<>();
      int rank = 0;
      for (Candidate c : result.candidates()) {
        Map<String, Object> row = SpectraViews.row(c, ++rank, locale);
        if (plot && rank == 1) {
          row.put("plot", MirrorPlot.of(query, c.hit().entry().spectrum(), TOLERANCE_MZ));
        }
        rows.add(row);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("technique", attached.path("technique").asString(""));
      m.put("title", attached.path("title").asString(""));
      m.put("peaks", peaks.size());
      m.put("candidates", rows);
      m.put("librariesSearched", result.searched().size());
      out.add(m);
    }
    return out;
  }
}
