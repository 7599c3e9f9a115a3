package org.puente.forensics.spectra;

import java.util.List;
import java.util.Objects;

/**
 * Something a curator should look at in an imported library: data, shown in the curator's language,
 * never a log line.
 *
 * @param kind what sort of problem
 * @param entryId the entry concerned
 * @param message the message, resolved from the {@code i18n/spectra} bundles
 * @param detail values substituted into the message (names, identifiers, m/z)
 */
public record CurationFinding(
    CurationFinding.Kind kind, String entryId, SpectraMessage message, List<String> detail) {

  /** The problems curation looks for. */
  public enum Kind {
    /** Entries of one compound name disagree on its structure: one is probably mislabelled. */
    NAME_STRUCTURE_DISAGREEMENT,
    /** The same peaks as another entry. */
    EXACT_DUPLICATE,
    /** Practically the same spectrum of the same compound as another entry. */
    NEAR_DUPLICATE,
    /** No peak with a positive intensity. */
    EMPTY_PEAK_LIST,
    /** Peaks no real centroided spectrum of a small molecule has. */
    ABSURD_PEAK_LIST,
    /** No InChIKey, or one that is not a standard InChIKey: no link to a substance by structure. */
    MISSING_INCHIKEY,
    /** An MS/MS spectrum without its precursor m/z. */
    MISSING_PRECURSOR
  }

  public CurationFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(message, "message");
    detail = List.copyOf(detail);
    if (detail.size() != message.arguments()) {
      throw new IllegalArgumentException(
          message.code() + " takes " + message.arguments() + " values, not " + detail.size());
    }
  }

  /** The message code, for example {@code spectra.curation.inchikey.missing}. */
  public String code() {
    return message.code();
  }
}
