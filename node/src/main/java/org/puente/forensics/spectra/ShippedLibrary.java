package org.puente.forensics.spectra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The MassBank drug library that ships with the node ({@code spectra/massbank-drugs/} on the class
 * path): 844 openly licensed records of 43 seized-drug-relevant compounds from 17 laboratories,
 * with the curated compound label of each record from {@code index.csv}. Provenance and licences
 * are in {@code SOURCES.md} next to the records.
 */
public final class ShippedLibrary {

  /** Class-path folder of the records. */
  public static final String ROOT = "spectra/massbank-drugs/";

  private final List<ReferenceSpectrum> references;
  private final List<ImportProblem> warnings;

  private ShippedLibrary(List<ReferenceSpectrum> references, List<ImportProblem> warnings) {
    this.references = List.copyOf(references);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Reads every record listed in {@code index.csv}.
   *
   * @throws IllegalStateException if a record is missing or refused, which means the shipped data
   *     was damaged
   */
  public static ShippedLibrary load() {
    ClassLoader loader = ShippedLibrary.class.getClassLoader();
    List<ReferenceSpectrum> references = new ArrayList<>();
    List<ImportProblem> warnings = new ArrayList<>();
    try (InputStream index = open(loader, "index.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null) {
        throw new IllegalStateException("empty index of the shipped spectra");
      }
      List<String> columns = csv(header);
      int pathColumn = columns.indexOf("path");
      int compoundColumn = columns.indexOf("compound");
      int contributorColumn = columns.indexOf("contributor");
      int licenceColumn = columns.indexOf("license");
      if (Math.min(Math.min(pathColumn, compoundColumn), Math.min(contributorColumn, licenceColumn))
          < 0) {
        throw new IllegalStateException("the index of the shipped spectra lacks a column");
      }
      String row;
      while ((row = reader.readLine()) != null) {
        if (row.isBlank()) {
          continue;
        }
        List<String> cells = csv(row);
        String path = cells.get(pathColumn);
        ImportOutcome outcome;
        try (InputStream record = open(loader, path)) {
          outcome = LibraryImport.read(SpectrumFormat.MASSBANK, path, record);
        }
        switch (outcome) {
          case ImportOutcome.Refused r ->
              throw new IllegalStateException(
                  "shipped record " + path + " is refused: " + r.problems());
          case ImportOutcome.Accepted a -> {
            warnings.addAll(a.problems());
            for (LibraryEntry e : a.entries()) {
              references.add(
                  new ReferenceSpectrum(
                      e,
                      cells.get(compoundColumn),
                      cells.get(contributorColumn),
                      cells.get(licenceColumn)));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped spectra", e);
    }
    return new ShippedLibrary(references, warnings);
  }

  private static InputStream open(ClassLoader loader, String path) {
    InputStream in = loader.getResourceAsStream(ROOT + path);
    if (in == null) {
      throw new IllegalStateException("shipped spectrum file missing: " + path);
    }
    return in;
  }

  /** One RFC 4180 row: commas separate, double quotes enclose, doubled quotes escape. */
  static List<String> csv(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** The entries with their curated labels, in index order. */
  public List<ReferenceSpectrum> references() {
    return references;
  }

  /** The entries alone, in index order. */
  public List<LibraryEntry> entries() {
    return references.stream().map(ReferenceSpectrum::entry).toList();
  }

  /** Curation warnings raised while reading (records that were normalised). */
  public List<ImportProblem> warnings() {
    return warnings;
  }
}
