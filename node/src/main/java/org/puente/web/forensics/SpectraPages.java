package org.puente.web.forensics;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.SpectralLibraries;
import org.puente.forensics.SpectralLibraries.Candidate;
import org.puente.forensics.SpectralLibraries.StoredLibrary;
import org.puente.forensics.spectra.ImportOutcome;
import org.puente.forensics.spectra.LibraryImport;
import org.puente.forensics.spectra.Similarity;
import org.puente.forensics.spectra.Spectrum;
import org.puente.forensics.spectra.SpectrumFormat;
import org.puente.forensics.spectra.UnsearchableSpectrum;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Role;
import org.puente.governance.Violation;
import org.puente.web.LabelForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The spectral search page with its mirror plots, and the library pages. */
@Controller
class SpectraPages {

  /** How many candidates get a mirror plot on the results page. */
  static final int PLOTTED = 5;

  private final SpectralLibraries libraries;
  private final SpectraViews views;
  private final LabelForms forms;

  SpectraPages(SpectralLibraries libraries, SpectraViews views, LabelForms forms) {
    this.libraries = libraries;
    this.views = views;
    this.forms = forms;
  }

  @GetMapping("/forensics/spectra")
  String form(Model model) {
    defaults(model, Map.of());
    return "forensics/spectra";
  }

  @PostMapping("/forensics/spectra")
  String search(
      Caller caller,
      @RequestParam(defaultValue = "") String peaks,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(defaultValue = "") String precursorMz,
      @RequestParam(defaultValue = "") String msLevel,
      @RequestParam(defaultValue = "0.02") String toleranceMz,
      @RequestParam(defaultValue = "cosine") String algorithm,
      @RequestParam(defaultValue = "false") boolean reverse,
      HttpServletRequest request,
      Model model)
      throws IOException {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("peaks", peaks);
    v.put("precursorMz", precursorMz);
    v.put("msLevel", msLevel);
    v.put("toleranceMz", toleranceMz);
    v.put("algorithm", algorithm);
    v.put("reverse", String.valueOf(reverse));
    defaults(model, v);
    Locale locale = RequestContextUtils.getLocale(request);
    List<Violation> violations = new ArrayList<>();
    List<double[]> query = List.of();
    Double precursor = decimal(precursorMz, "/precursorMz", violations);
    Integer level = integer(msLevel, "/msLevel", violations);
    Spectrum uploaded = file == null || file.isEmpty() ? null : uploadedSpectrum(file);
    if (uploaded != null && file != null) {
      query = SpectraViews.peaks(uploaded);
      precursor = precursor != null ? precursor : uploaded.precursorMz();
      level = level != null ? level : uploaded.msLevel();
      model.addAttribute("fileName", file.getOriginalFilename());
    } else if (file != null && !file.isEmpty()) {
      query =
          SpectrumRequests.peaksFromText(
              new String(file.getBytes(), StandardCharsets.UTF_8), violations);
    } else {
      query = SpectrumRequests.peaksFromText(peaks, violations);
    }
    Double tolerance = decimal(toleranceMz, "/toleranceMz", violations);
    try {
      SpectrumRequests.Search search =
          SpectrumRequests.check(
              query, precursor, level, tolerance, null, reverse, algorithm, null, null, violations);
      SpectralLibraries.SearchResult result =
          libraries.search(caller, search.query(), search.settings(), search.limit());
      List<Map<String, Object>> rows = new ArrayList<>();
      int rank = 0;
      for (Candidate c : result.candidates()) {
        Map<String, Object> row = SpectraViews.row(c, ++rank, locale);
        if (rank <= PLOTTED) {
          row.put(
              "plot",
              MirrorPlot.of(
                  search.query(), c.hit().entry().spectrum(), search.settings().toleranceMz()));
        }
        rows.add(row);
      }
      model.addAttribute("searched", true);
      model.addAttribute("candidates", rows);
      model.addAttribute("librariesSearched", result.searched());
      model.addAttribute("librariesElsewhere", result.elsewhere());
      model.addAttribute("queryPeaks", search.query().size());
    } catch (Rejected e) {
      model.addAttribute("problems", forms.texts(e.violations(), locale));
    } catch (UnsearchableSpectrum e) {
      model.addAttribute(
          "problems", forms.texts(SpectrumRequests.unsearchable(e).violations(), locale));
    }
    return "forensics/spectra";
  }

  @GetMapping("/forensics/spectra/libraries")
  String libraries(Caller caller, HttpServletRequest request, Model model) {
    Map<String, String[]> defaults = new LinkedHashMap<>();
    defaults.put("releasableTo", new String[] {caller.country().name()});
    defaults.put("communities", new String[] {"FORENSIC"});
    defaults.put("tlp", new String[] {"AMBER"});
    defaults.put("handling", new String[] {"H1"});
    defaults.put("outsiders", new String[] {"POINTER"});
    prepareLibraries(caller, defaults, request, model);
    return "forensics/spectra-libraries";
  }

  @PostMapping("/forensics/spectra/libraries")
  String upload(
      Caller caller,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "") String format,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
      HttpServletRequest request,
      Model model)
      throws IOException {
    try {
      Disclosed.Shown<StoredLibrary> stored =
          libraries.upload(
              caller,
              name,
              description,
              SpectraApi.format(format),
              SpectraApi.uploaded(files),
              forms.json(request.getParameterMap()));
      return "redirect:/forensics/spectra/libraries/" + stored.id();
    } catch (Rejected e) {
      prepareLibraries(caller, request.getParameterMap(), request, model);
      List<Map<String, String>> rows = new ArrayList<>();
      Locale locale = RequestContextUtils.getLocale(request);
      for (Violation violation : e.violations()) {
        rows.add(
            Map.of(
                "where",
                violation.pointer(),
                "text",
                forms.texts(List.of(violation), locale).values().iterator().next()));
      }
      model.addAttribute("errors", rows);
      return "forensics/spectra-libraries";
    }
  }

  @GetMapping("/forensics/spectra/libraries/{id}")
  String library(Caller caller, @PathVariable UUID id, Model model) {
    Disclosed<StoredLibrary> d =
        libraries.find(caller, id).orElseThrow(() -> new NotFound("library"));
    model.addAttribute("library", views.library(d));
    if (d instanceof Disclosed.Shown<StoredLibrary> shown) {
      model.addAttribute("shown", shown);
      model.addAttribute("contents", libraries.contents(shown));
    }
    return "forensics/spectra-library";
  }

  private void prepareLibraries(
      Caller caller, Map<String, String[]> values, HttpServletRequest request, Model model) {
    forms.choices(model);
    forms.explain(caller, values, request, model);
    model.addAttribute("selected", values);
    model.addAttribute("chemist", caller.account().has(Role.CHEMIST));
    model.addAttribute("items", libraries.list(caller));
    Map<String, String> v = new LinkedHashMap<>();
    values.forEach((k, a) -> v.put(k, a.length == 0 ? "" : a[0]));
    model.addAttribute("v", v);
    model.addAttribute(
        "formats",
        List.of(SpectrumFormat.values()).stream().map(SpectrumFormat::wireName).toList());
  }

  private static void defaults(Model model, Map<String, String> values) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("toleranceMz", "0.02");
    v.put("algorithm", "cosine");
    v.putAll(values);
    model.addAttribute("v", v);
    model.addAttribute(
        "algorithms", List.of(Similarity.values()).stream().map(Similarity::wireName).toList());
  }

  /** The first spectrum of an uploaded MassBank, MSP or MGF record, if the file is one. */
  private static @Nullable Spectrum uploadedSpectrum(MultipartFile file) throws IOException {
    String name = Optional.ofNullable(file.getOriginalFilename()).orElse("");
    Optional<SpectrumFormat> format = SpectrumFormat.fromFileName(name);
    if (format.isEmpty()) {
      return null;
    }
    ImportOutcome outcome =
        LibraryImport.read(format.get(), name, new ByteArrayInputStream(file.getBytes()));
    if (outcome instanceof ImportOutcome.Accepted accepted && !accepted.entries().isEmpty()) {
      return accepted.entries().getFirst().spectrum();
    }
    return null;
  }

  private static @Nullable Double decimal(String text, String pointer, List<Violation> out) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      out.add(Violation.of(pointer, "value.number.expected"));
      return null;
    }
  }

  private static @Nullable Integer integer(String text, String pointer, List<Violation> out) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      out.add(Violation.of(pointer, "value.integer.expected"));
      return null;
    }
  }
}
