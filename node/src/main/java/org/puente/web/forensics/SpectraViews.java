package org.puente.web.forensics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.SpectralLibraries;
import org.puente.forensics.SpectralLibraries.Candidate;
import org.puente.forensics.SpectralLibraries.StoredLibrary;
import org.puente.forensics.registry.Substance;
import org.puente.forensics.spectra.CurationFinding;
import org.puente.forensics.spectra.LibraryEntry;
import org.puente.forensics.spectra.SearchSettings;
import org.puente.forensics.spectra.Spectrum;
import org.puente.governance.Disclosed;
import org.puente.web.LabelViews;
import org.springframework.stereotype.Component;

/** How libraries, library spectra and search results look as JSON, for the API and the pages. */
@Component
class SpectraViews {

  /** Shown with every result: what a spectral match may and may not be used for. */
  static final String EVIDENCE_NOTE =
      "A spectral match is evidence for one SWGDRUG Category A technique, never an identification"
          + " by itself.";

  private final LabelViews views;

  SpectraViews(LabelViews views) {
    this.views = views;
  }

  Map<String, Object> result(SpectralLibraries.SearchResult result, SearchSettings settings) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hits", result.candidates().stream().map(SpectraViews::hit).toList());
    Map<String, Object> how = new LinkedHashMap<>();
    how.put("algorithm", settings.similarity().wireName());
    how.put("toleranceMz", settings.toleranceMz());
    how.put("precursorToleranceMz", settings.precursorToleranceMz());
    how.put("reverse", settings.reverse());
    m.put("settings", how);
    m.put(
        "librariesSearched",
        result.searched().stream()
            .map(l -> Map.of("id", l.id().toString(), "name", l.name(), "entries", l.entries()))
            .toList());
    m.put("librariesElsewhere", result.elsewhere().stream().map(views::pointer).toList());
    m.put("note", EVIDENCE_NOTE);
    return m;
  }

  static Map<String, Object> hit(Candidate c) {
    LibraryEntry e = c.hit().entry();
    Map<String, Object> m = new LinkedHashMap<>();
    Substance s = c.substance();
    m.put("substance", s != null ? s.id() : e.compoundName());
    m.put("linked", s != null);
    m.put("compound", e.compoundName());
    m.put("inchikey", e.inchiKey());
    m.put("score", c.hit().score());
    m.put("matchedPeaks", c.hit().matchedPeaks());
    m.put("library", c.libraryName());
    m.put("libraryId", c.libraryId().toString());
    m.put("entryId", e.entryId());
    m.put("instrument", e.instrument());
    m.put("contributor", e.contributor());
    return m;
  }

  /**
   * A candidate as a page row: the hit, its rank, the substance's name in the reader's language.
   */
  static Map<String, Object> row(Candidate c, int rank, java.util.Locale locale) {
    Map<String, Object> row = new LinkedHashMap<>(hit(c));
    row.put("rank", rank);
    row.put(
        "name",
        c.substance() != null ? c.substance().name(locale) : c.hit().entry().compoundName());
    row.put("scoreText", String.format(java.util.Locale.ROOT, "%.3f", c.hit().score()));
    return row;
  }

  Map<String, Object> library(Disclosed<StoredLibrary> disclosed) {
    return switch (disclosed) {
      case Disclosed.Shown<StoredLibrary> shown -> {
        StoredLibrary l = shown.record();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id().toString());
        m.put("name", l.name());
        m.put("description", l.description());
        m.put("format", l.format());
        m.put("origin", l.origin().name());
        m.put("entries", l.entries());
        m.put("owner", views.owner(l.owner()));
        m.put("author", l.author());
        m.put("createdAt", l.createdAt().toString());
        m.put("label", views.label(shown.label()));
        yield m;
      }
      case Disclosed.Pointer<StoredLibrary> pointer -> views.pointer(pointer);
    };
  }

  Map<String, Object> libraryWithContents(
      Disclosed.Shown<StoredLibrary> shown, SpectralLibraries.Contents contents) {
    Map<String, Object> m = library(shown);
    m.put("linkedEntries", contents.substances().size());
    m.put("unresolvedEntries", contents.unresolved());
    List<Map<String, Object>> curation = new ArrayList<>();
    for (CurationFinding f : contents.curation()) {
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("kind", f.kind().name());
      finding.put("entryId", f.entryId());
      finding.put("code", f.code());
      finding.put("detail", f.detail());
      curation.add(finding);
    }
    m.put("curation", curation);
    m.put(
        "warnings",
        contents.warnings().stream()
            .map(w -> {
              Map<String, Object> warning = new LinkedHashMap<>();
              warning.put("file", w.file());
              warning.put("line", w.line());
              warning.put("code", w.code());
              return warning;
            })
            .toList());
    return m;
  }

  Map<String, Object> entry(
      Disclosed.Shown<StoredLibrary> library, LibraryEntry e, @Nullable Substance substance) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entryId", e.entryId());
    m.put("libraryId", library.id().toString());
    m.put("library", library.record().name());
    m.put("compound", e.compoundName());
    m.put("synonyms", e.synonyms());
    m.put("substance", substance == null ? null : substance.id());
    m.put("inchikey", e.inchiKey());
    m.put("formula", e.formula());
    m.put("instrument", e.instrument());
    m.put("contributor", e.contributor());
    Spectrum s = e.spectrum();
    m.put("msLevel", s.msLevel());
    m.put("precursorMz", s.precursorMz());
    m.put("ionMode", s.ionMode().name());
    m.put("peaks", peaks(s));
    return m;
  }

  static List<double[]> peaks(Spectrum s) {
    List<double[]> out = new ArrayList<>(s.size());
    for (int i = 0; i < s.size(); i++) {
      out.add(new double[] {s.mz(i), s.intensity(i)});
    }
    return out;
  }
}
