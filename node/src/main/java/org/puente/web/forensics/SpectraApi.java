package org.puente.web.forensics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.SpectralLibraries;
import org.puente.forensics.spectra.SpectrumFormat;
import org.puente.forensics.spectra.UnsearchableSpectrum;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Spectral search and reference libraries over HTTP. */
@RestController
@RequestMapping(path = "/api/v1/forensics/spectra", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Spectra", description = "Mass-spectral search against labeled reference libraries")
class SpectraApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SpectralLibraries libraries;
  private final SpectraViews views;

  SpectraApi(SpectralLibraries libraries, SpectraViews views) {
    this.libraries = libraries;
    this.views = views;
  }

  @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Rank the spectra of every library the caller may see against a spectrum, best first; a"
              + " match is evidence for one Category A technique, never an identification")
  Map<String, Object> search(Caller caller, @RequestBody JsonNode request) {
    SpectrumRequests.Search search = SpectrumRequests.fromJson(request);
    try {
      return views.result(
          libraries.search(caller, search.query(), search.settings(), search.limit()),
          search.settings());
    } catch (UnsearchableSpectrum e) {
      throw SpectrumRequests.unsearchable(e);
    }
  }

  @GetMapping("/libraries")
  @Operation(summary = "Libraries the caller may see, and pointers to others")
  Map<String, Object> list(Caller caller) {
    return Map.of("items", libraries.list(caller).stream().map(views::library).toList());
  }

  @PostMapping(path = "/libraries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Upload a library (massbank, msp or mgf; one or more files) under a label; refused whole"
              + " with every problem by file, line and field")
  ResponseEntity<Map<String, Object>> upload(
      Caller caller,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "") String format,
      @RequestParam(defaultValue = "") String label,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files)
      throws IOException {
    Disclosed.Shown<SpectralLibraries.StoredLibrary> stored =
        libraries.upload(
            caller, name, description, format(format), uploaded(files), labelJson(label));
    return ResponseEntity.created(URI.create("/api/v1/forensics/spectra/libraries/" + stored.id()))
        .body(views.libraryWithContents(stored, libraries.contents(stored)));
  }

  @GetMapping("/libraries/{id}")
  @Operation(summary = "A library with its curation findings and unlinked entries, or a pointer")
  Map<String, Object> library(Caller caller, @PathVariable UUID id) {
    Disclosed<SpectralLibraries.StoredLibrary> d =
        libraries.find(caller, id).orElseThrow(() -> new NotFound("library"));
    return switch (d) {
      case Disclosed.Shown<SpectralLibraries.StoredLibrary> shown ->
          views.libraryWithContents(shown, libraries.contents(shown));
      case Disclosed.Pointer<SpectralLibraries.StoredLibrary> pointer -> views.library(pointer);
    };
  }

  @GetMapping("/libraries/{id}/entries/{entryId}")
  @Operation(summary = "One library spectrum with its peaks")
  Map<String, Object> entry(Caller caller, @PathVariable UUID id, @PathVariable String entryId) {
    Disclosed.Shown<SpectralLibraries.StoredLibrary> shown = shownOrNotFound(caller, id);
    return libraries
        .entry(shown, entryId)
        .map(e -> views.entry(shown, e, libraries.contents(shown).substances().get(e.entryId())))
        .orElseThrow(() -> new NotFound("spectrum"));
  }

  private Disclosed.Shown<SpectralLibraries.StoredLibrary> shownOrNotFound(Caller caller, UUID id) {
    return libraries
        .find(caller, id)
        .filter(d -> d instanceof Disclosed.Shown<SpectralLibraries.StoredLibrary>)
        .map(d -> (Disclosed.Shown<SpectralLibraries.StoredLibrary>) d)
        .orElseThrow(() -> new NotFound("library"));
  }

  static SpectrumFormat format(String format) {
    return SpectrumFormat.fromWireName(format)
        .orElseThrow(
            () -> new Rejected(Violation.of("/format", "spectra.library.format.unknown", format)));
  }

  static List<SpectralLibraries.UploadedFile> uploaded(@Nullable List<MultipartFile> files)
      throws IOException {
    List<SpectralLibraries.UploadedFile> out = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
          continue;
        }
        String fileName = f.getOriginalFilename();
        out.add(
            new SpectralLibraries.UploadedFile(
                fileName == null || fileName.isBlank() ? "file-" + (out.size() + 1) : fileName,
                f.getBytes()));
      }
    }
    return out;
  }

  static @Nullable JsonNode labelJson(String label) {
    if (label.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(label);
    } catch (RuntimeException e) {
      throw new Rejected(Violation.of("/label", "value.object.expected"));
    }
  }
}
