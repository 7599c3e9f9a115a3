package org.puente.forensics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.registry.Lookup;
import org.puente.forensics.registry.Substance;
import org.puente.forensics.registry.SubstanceRegistry;
import org.puente.forensics.spectra.CurationFinding;
import org.puente.forensics.spectra.Hit;
import org.puente.forensics.spectra.ImportOutcome;
import org.puente.forensics.spectra.ImportProblem;
import org.puente.forensics.spectra.LibraryCuration;
import org.puente.forensics.spectra.LibraryEntry;
import org.puente.forensics.spectra.LibraryImport;
import org.puente.forensics.spectra.SearchSettings;
import org.puente.forensics.spectra.ShippedLibrary;
import org.puente.forensics.spectra.SpectralLibrary;
import org.puente.forensics.spectra.Spectrum;
import org.puente.forensics.spectra.SpectrumFormat;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Disclosures;
import org.puente.governance.Label;
import org.puente.governance.LabeledQuery;
import org.puente.governance.LabeledTable;
import org.puente.governance.Labels;
import org.puente.governance.Rejected;
import org.puente.governance.StoredLabel;
import org.puente.governance.Violation;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Reference spectral libraries, each owned by an agency and labeled, and the search of a
 * laboratory's spectrum against the libraries the caller may see. The search only ranks entries of
 * libraries the enforcement point disclosed to the caller: a hidden library's spectra are never
 * scored, so they cannot push a visible hit out of the list or be counted.
 */
@Service
public class SpectralLibraries {

  static final LabeledTable TABLE =
      new LabeledTable("forensics", "spectral_library", "spectral_library");

  /** Most libraries one search covers; an agency holds a handful. */
  static final int MAX_LIBRARIES = 200;

  /** Most hits one search returns. */
  public static final int MAX_HITS = 100;

  /** How a library came to the node. */
  public enum Origin {
    UPLOAD,
    SHIPPED
  }

  /**
   * A library's record.
   *
   * @param entries how many spectra it holds
   */
  public record StoredLibrary(
      UUID id,
      String name,
      String description,
      String format,
      Origin origin,
      int entries,
      String owner,
      String author,
      Instant createdAt) {}

  /** One file of an upload. The array is the caller's and is only read. */
  @SuppressWarnings("ArrayRecordComponent")
  public record UploadedFile(String name, byte[] content) {}

  /**
   * What a visible library holds, for its page: curation findings, the entries linked to a registry
   * substance and those that could not be linked (reported, never guessed), and import warnings.
   */
  public record Contents(
      List<LibraryEntry> entries,
      Map<String, Substance> substances,
      List<String> unresolved,
      List<CurationFinding> curation,
      List<ImportProblem> warnings) {}

  /** One candidate of a search, with the library it came from and its registry substance. */
  public record Candidate(
      Hit hit, UUID libraryId, String libraryName, String owner, @Nullable Substance substance) {}

  /**
   * A search's answer: candidates best first, the libraries searched, and pointers to libraries
   * whose owners let outsiders know they exist but not search them.
   */
  public record SearchResult(
      List<Candidate> candidates,
      List<StoredLibrary> searched,
      List<Disclosed.Pointer<StoredLibrary>> elsewhere) {}

  private static final String COLUMNS =
      "t.name, t.description, t.format, t.origin, t.entries, t.owner_agency, t.author,"
          + " t.created_at";
  private static final RowMapper<StoredLibrary> ROW =
      (rs, n) ->
          new StoredLibrary(
              rs.getObject("puente_id", UUID.class),
              rs.getString("name"),
              rs.getString("description"),
              rs.getString("format"),
              Origin.valueOf(rs.getString("origin")),
              rs.getInt("entries"),
              rs.getString("owner_agency"),
              rs.getString("author"),
              rs.getTimestamp("created_at").toInstant());

  /** A library read into memory: its search structure and what its page shows. */
  private record Loaded(
      SpectralLibrary library, Contents contents, Map<String, LibraryEntry> byId) {}

  private final JdbcClient jdbc;
  private final Disclosures disclosures;
  private final Labels labels;
  private final Transparency transparency;
  private final Substances substances;
  private final Clock clock;
  private final Map<UUID, Loaded> loaded = new ConcurrentHashMap<>();

  SpectralLibraries(
      JdbcClient jdbc,
      Disclosures disclosures,
      Labels labels,
      Transparency transparency,
      Substances substances,
      Clock clock) {
    this.jdbc = jdbc;
    this.disclosures = disclosures;
    this.labels = labels;
    this.transparency = transparency;
    this.substances = substances;
    this.clock = clock;
    disclosures.register(TABLE);
  }

  /**
   * Stores an uploaded library of one format from one or more files (MassBank ships one record a
   * file), or refuses it whole with every problem named by file, line and field.
   */
  @Transactional
  public Disclosed.Shown<StoredLibrary> upload(
      Caller caller,
      String name,
      String description,
      SpectrumFormat format,
      List<UploadedFile> files,
      @Nullable JsonNode labelJson) {
    Reports.requireChemist(caller);
    List<Violation> violations = new ArrayList<>();
    if (name.isBlank() || name.length() > 200) {
      violations.add(Violation.of("/name", "spectra.library.name.invalid", 200));
    }
    if (description.length() > 2000) {
      violations.add(Violation.of("/description", "spectra.library.description.tooLong", 2000));
    }
    if (files.isEmpty()) {
      violations.add(Violation.of("/files", "spectra.library.files.empty"));
    }
    Label label = labels.read(labelJson, "/label", caller.agency(), violations);
    ImportOutcome outcome = read(format, files);
    for (ImportProblem p : outcome.problems()) {
      if (p.severity() == ImportProblem.Severity.ERROR) {
        violations.add(p.toViolation());
      }
    }
    if (outcome instanceof ImportOutcome.Accepted accepted && accepted.entries().isEmpty()) {
      violations.add(Violation.of("/files", "spectra.library.files.noSpectra"));
    }
    if (!violations.isEmpty() || label == null) {
      throw new Rejected(violations);
    }
    List<LibraryEntry> entries = ((ImportOutcome.Accepted) outcome).entries();
    StoredLabel stored = labels.register(label, caller.agency());
    UUID id = UUID.randomUUID();
    insert(
        caller,
        id,
        name.strip(),
        description.strip(),
        format.name(),
        Origin.UPLOAD,
        entries.size(),
        stored);
    for (int i = 0; i < files.size(); i++) {
      UploadedFile f = files.get(i);
      jdbc.sql(
              "INSERT INTO forensics.spectral_file (library_id, seq, name, format, origin, content)"
                  + " VALUES (:id, :seq, :name, :format, :origin, :content)")
          .param("id", id)
          .param("seq", i)
          .param("name", f.name())
          .param("format", format.name())
          .param("origin", Origin.UPLOAD.name())
          .param("content", f.content())
          .update();
    }
    Loaded ready = load(entries, outcome.problems());
    Reports.afterCommit(() -> loaded.put(id, ready));
    return shown(caller, id);
  }

  /** Stores the shipped MassBank drug library under the given owner and label (demo data). */
  @Transactional
  public UUID storeShipped(Caller owner, String name, String description, JsonNode labelJson) {
    List<Violation> violations = new ArrayList<>();
    Label label = labels.read(labelJson, "/label", owner.agency(), violations);
    if (label == null) {
      throw new Rejected(violations);
    }
    ShippedLibrary shipped = ShippedLibrary.load();
    StoredLabel stored = labels.register(label, owner.agency());
    UUID id = UUID.randomUUID();
    insert(
        owner, id, name, description, "MASSBANK", Origin.SHIPPED, shipped.entries().size(), stored);
    jdbc.sql(
            "INSERT INTO forensics.spectral_file (library_id, seq, name, format, origin, content)"
                + " VALUES (:id, 0, :name, 'MASSBANK', :origin, :content)")
        .param("id", id)
        .param("name", ShippedLibrary.ROOT)
        .param("origin", Origin.SHIPPED.name())
        .param("content", new byte[0])
        .update();
    Loaded ready = load(shipped.entries(), shipped.warnings());
    Reports.afterCommit(() -> loaded.put(id, ready));
    return id;
  }

  /** The libraries the caller may see, and pointers; each logged. */
  @Transactional
  public List<Disclosed<StoredLibrary>> list(Caller caller) {
    return disclosures.list(
        caller,
        new LabeledQuery<>(
            TABLE, COLUMNS, "", Map.of(), "t.created_at DESC, t.id", MAX_LIBRARIES, 0, ROW));
  }

  /** One library, a pointer to it, or nothing exactly as for an id that never existed. */
  @Transactional
  public Optional<Disclosed<StoredLibrary>> find(Caller caller, UUID id) {
    return disclosures.find(caller, LabeledQuery.byId(TABLE, COLUMNS, id, ROW));
  }

  /** What a library holds, once the caller has been shown it by {@link #find}. */
  public Contents contents(Disclosed.Shown<StoredLibrary> library) {
    return loaded(library.id()).contents();
  }

  /** One entry of a library the caller has been shown. */
  public Optional<LibraryEntry> entry(Disclosed.Shown<StoredLibrary> library, String entryId) {
    return Optional.ofNullable(loaded(library.id()).byId().get(entryId));
  }

  /**
   * Ranks the spectra of every library the caller may see against the query, best first; each
   * library searched is logged as a search hit of the caller's.
   */
  @Transactional
  public SearchResult search(Caller caller, Spectrum query, SearchSettings settings, int limit) {
    List<Candidate> candidates = new ArrayList<>();
    List<StoredLibrary> searched = new ArrayList<>();
    List<Disclosed.Pointer<StoredLibrary>> elsewhere = new ArrayList<>();
    for (Disclosed<StoredLibrary> d : list(caller)) {
      switch (d) {
        case Disclosed.Shown<StoredLibrary> shown -> {
          StoredLibrary library = shown.record();
          searched.add(library);
          Loaded l = loaded(library.id());
          for (Hit hit : l.library().search(query, settings, limit)) {
            candidates.add(
                new Candidate(
                    hit,
                    library.id(),
                    library.name(),
                    library.owner(),
                    l.contents().substances().get(hit.entry().entryId())));
          }
        }
        case Disclosed.Pointer<StoredLibrary> pointer -> elsewhere.add(pointer);
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.hit().score())
            .thenComparing(c -> c.libraryId().toString())
            .thenComparing(c -> c.hit().entry().entryId()));
    return new SearchResult(
        List.copyOf(candidates.subList(0, Math.min(limit, candidates.size()))),
        searched,
        elsewhere);
  }

  private void insert(
      Caller caller,
      UUID id,
      String name,
      String description,
      String format,
      Origin origin,
      int entries,
      StoredLabel label) {
    jdbc.sql(
            """
            INSERT INTO forensics.spectral_library
              (id, name, description, format, origin, entries, label_id, owner_agency, author,
               created_at)
            VALUES (:id, :name, :description, :format, :origin, :entries, :label, :owner, :author,
                    :created)
            """)
        .param("id", id)
        .param("name", name)
        .param("description", description)
        .param("format", format)
        .param("origin", origin.name())
        .param("entries", entries)
        .param("label", label.id())
        .param("owner", caller.agency())
        .param("author", caller.username())
        .param("created", Timestamp.from(clock.instant()))
        .update();
    transparency.append(
        Event.of(
                new Actor(caller.username(), caller.agency(), caller.country().name()),
                Actions.CREATE,
                List.of(new ObjectRef(TABLE.recordType(), id.toString(), caller.agency())))
            .withLabel(label.digest())
            .inRequest(caller.requestId(), caller.purpose()));
  }

  private Disclosed.Shown<StoredLibrary> shown(Caller caller, UUID id) {
    return find(caller, id)
        .filter(d -> d instanceof Disclosed.Shown<StoredLibrary>)
        .map(d -> (Disclosed.Shown<StoredLibrary>) d)
        .orElseThrow(() -> new IllegalStateException("a stored library is its owner's to read"));
  }

  private static ImportOutcome read(SpectrumFormat format, List<UploadedFile> files) {
    List<ImportOutcome> outcomes = new ArrayList<>(files.size());
    for (UploadedFile f : files) {
      try {
        outcomes.add(LibraryImport.read(format, f.name(), new ByteArrayInputStream(f.content())));
      } catch (IOException e) {
        throw new UncheckedIOException("reading an in-memory file failed", e);
      }
    }
    return LibraryImport.combine(outcomes);
  }

  /** The in-memory form of a library, read again from its files when the node has none yet. */
  private Loaded loaded(UUID id) {
    return loaded.computeIfAbsent(id, this::readStored);
  }

  private Loaded readStored(UUID id) {
    @SuppressWarnings("ArrayRecordComponent")
    record StoredFile(String name, String format, String origin, byte[] content) {}
    List<StoredFile> files =
        jdbc.sql(
                "SELECT name, format, origin, content FROM forensics.spectral_file"
                    + " WHERE library_id = :id ORDER BY seq")
            .param("id", id)
            .query((rs, n) ->
                new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
            .list();
    if (files.isEmpty()) {
      throw new IllegalStateException("library " + id + " has no files");
    }
    if (files.getFirst().origin().equals(Origin.SHIPPED.name())) {
      ShippedLibrary shipped = ShippedLibrary.load();
      return load(shipped.entries(), shipped.warnings());
    }
    SpectrumFormat format = SpectrumFormat.valueOf(files.getFirst().format());
    ImportOutcome outcome =
        read(format, files.stream().map(f -> new UploadedFile(f.name(), f.content())).toList());
    if (!(outcome instanceof ImportOutcome.Accepted accepted)) {
      throw new IllegalStateException("stored library " + id + " no longer reads");
    }
    return load(accepted.entries(), accepted.problems());
  }

  private Loaded load(List<LibraryEntry> entries, List<ImportProblem> warnings) {
    SubstanceRegistry registry = substances.registry();
    Map<String, Substance> linked = new LinkedHashMap<>();
    List<String> unresolved = new ArrayList<>();
    Map<String, LibraryEntry> byId = new LinkedHashMap<>();
    for (LibraryEntry e : entries) {
      byId.put(e.entryId(), e);
      Substance s = resolve(registry, e);
      if (s == null) {
        unresolved.add(e.entryId());
      } else {
        linked.put(e.entryId(), s);
      }
    }
    Contents contents =
        new Contents(
            List.copyOf(entries),
            Map.copyOf(linked),
            List.copyOf(unresolved),
            LibraryCuration.check(entries),
            warnings.stream().filter(p -> p.severity() != ImportProblem.Severity.ERROR).toList());
    return new Loaded(SpectralLibrary.of(entries), contents, Map.copyOf(byId));
  }

  /** The registry substance by standard InChIKey, else by a name that names exactly one. */
  private static @Nullable Substance resolve(SubstanceRegistry registry, LibraryEntry e) {
    if (e.inchiKey() != null) {
      Optional<Substance> byKey = registry.byInchiKey(e.inchiKey());
      if (byKey.isPresent()) {
        return byKey.get();
      }
    }
    List<String> names = new ArrayList<>();
    names.add(e.compoundName());
    names.addAll(e.synonyms());
    for (String name : names) {
      if (registry.lookup(name) instanceof Lookup.Found found) {
        return found.substance();
      }
    }
    return null;
  }
}
