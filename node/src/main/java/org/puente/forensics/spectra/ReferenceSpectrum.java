package org.puente.forensics.spectra;

import java.util.Objects;

/**
 * A library entry with the curated facts an accuracy evaluation needs: which compound it really is
 * and which laboratory recorded it.
 *
 * @param entry the entry as imported
 * @param compound the curated compound label (lower case), the ground truth of identification
 * @param laboratory the contributing laboratory
 * @param licence the data licence of the record
 */
public record ReferenceSpectrum(
    LibraryEntry entry, String compound, String laboratory, String licence) {

  public ReferenceSpectrum {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(compound, "compound");
    Objects.requireNonNull(laboratory, "laboratory");
    Objects.requireNonNull(licence, "licence");
  }
}
