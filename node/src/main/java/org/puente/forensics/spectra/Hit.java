package org.puente.forensics.spectra;

import java.util.Objects;

/**
 * One library spectrum ranked against a query.
 *
 * @param entry the library entry
 * @param score the similarity, 0 (nothing alike) to 1 (identical)
 * @param matchedPeaks how many peak pairs the score rests on
 */
public record Hit(LibraryEntry entry, double score, int matchedPeaks) {

  public Hit {
    Objects.requireNonNull(entry, "entry");
  }
}
