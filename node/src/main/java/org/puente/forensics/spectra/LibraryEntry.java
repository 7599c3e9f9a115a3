package org.puente.forensics.spectra;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reference spectrum of a library with the compound it was recorded from.
 *
 * @param entryId accession or identifier, unique within its file (a MassBank {@code ACCESSION}, an
 *     MSP {@code DB#}, an MGF {@code SPECTRUMID})
 * @param compoundName the name the contributor gave the compound
 * @param synonyms further names, in file order
 * @param inchiKey standard InChIKey as given by the contributor, not checked against the structure
 * @param formula molecular formula as given
 * @param smiles SMILES as given
 * @param instrument instrument type, such as {@code LC-ESI-QTOF} or {@code GC-EI-TOF}
 * @param contributor laboratory or project that recorded the spectrum
 * @param source file the entry was read from
 * @param spectrum the peaks
 */
public record LibraryEntry(
    String entryId,
    String compoundName,
    List<String> synonyms,
    @Nullable String inchiKey,
    @Nullable String formula,
    @Nullable String smiles,
    @Nullable String instrument,
    @Nullable String contributor,
    String source,
    Spectrum spectrum) {

  public LibraryEntry {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(compoundName, "compoundName");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(spectrum, "spectrum");
    if (entryId.isBlank()) {
      throw new IllegalArgumentException("an entry has an identifier");
    }
    if (compoundName.isBlank()) {
      throw new IllegalArgumentException("an entry names its compound");
    }
    synonyms = List.copyOf(synonyms);
  }
}
