package org.puente.forensics.spectra;

/**
 * Every message spectral identification shows a person, as a stable code whose texts live in the
 * {@code i18n/spectra} bundles in English, Spanish and French.
 */
public enum SpectraMessage {
  // Reading files.
  ENCODING_INVALID("spectra.import.encoding.invalid", 0),
  ENCODING_UNSUPPORTED("spectra.import.encoding.unsupported", 1),
  LINE_TOO_LONG("spectra.import.line.too-long", 1),
  LINE_CONTROL_CHARACTER("spectra.import.line.control-character", 0),
  LINE_UNEXPECTED("spectra.import.line.unexpected", 0),
  FIELD_MISSING("spectra.import.field.missing", 0),
  FIELD_REPEATED("spectra.import.field.repeated", 1),
  FIELD_INVALID("spectra.import.field.invalid", 1),
  FIELD_TOO_MANY("spectra.import.field.too-many", 1),
  NUMBER_MALFORMED("spectra.import.number.malformed", 1),
  NUMBER_NOT_FINITE("spectra.import.number.not-finite", 1),
  MZ_NOT_POSITIVE("spectra.import.mz.not-positive", 1),
  MZ_TOO_LARGE("spectra.import.mz.too-large", 2),
  INTENSITY_NEGATIVE("spectra.import.intensity.negative", 1),
  INTENSITY_TOO_LARGE("spectra.import.intensity.too-large", 1),
  PEAKS_EMPTY("spectra.import.peaks.empty", 0),
  PEAKS_TOO_MANY("spectra.import.peaks.too-many", 1),
  PEAKS_COUNT_MISMATCH("spectra.import.peaks.count-mismatch", 2),
  PEAKS_ODD_VALUES("spectra.import.peaks.odd-values", 0),
  PEAKS_UNSORTED("spectra.import.peaks.unsorted", 0),
  PEAKS_DUPLICATE_MZ("spectra.import.peaks.duplicate-mz", 1),
  PEAKS_TOTAL_TOO_MANY("spectra.import.peaks.total-too-many", 1),
  RECORDS_TOO_MANY("spectra.import.records.too-many", 1),
  TEXT_TOO_MUCH("spectra.import.text.too-much", 1),
  RECORD_UNTERMINATED("spectra.import.record.unterminated", 0),
  RECORD_NOT_OPENED("spectra.import.record.not-opened", 0),
  RECORD_NOT_CLOSED("spectra.import.record.not-closed", 0),
  ENTRY_DUPLICATE_ID("spectra.import.entry.duplicate-id", 3),
  PROBLEMS_NOT_LISTED("spectra.import.problems.not-listed", 1),

  // Curation of an imported library.
  CURATION_NAME_STRUCTURE_DISAGREES("spectra.curation.name-structure.disagrees", 4),
  CURATION_NAME_STRUCTURE_AMBIGUOUS("spectra.curation.name-structure.ambiguous", 2),
  CURATION_DUPLICATE_EXACT("spectra.curation.duplicate.exact", 2),
  CURATION_DUPLICATE_NEAR("spectra.curation.duplicate.near", 2),
  CURATION_PEAKS_EMPTY("spectra.curation.peaks.empty", 0),
  CURATION_PEAKS_TOO_MANY("spectra.curation.peaks.too-many", 2),
  CURATION_PEAKS_OUT_OF_RANGE("spectra.curation.peaks.out-of-range", 1),
  CURATION_PEAKS_ABOVE_PRECURSOR("spectra.curation.peaks.above-precursor", 2),
  CURATION_INCHIKEY_MISSING("spectra.curation.inchikey.missing", 0),
  CURATION_INCHIKEY_MALFORMED("spectra.curation.inchikey.malformed", 1),
  CURATION_PRECURSOR_MISSING("spectra.curation.precursor.missing", 0),

  // Searching.
  QUERY_PEAKS_EMPTY("spectra.query.peaks.empty", 0),
  QUERY_PEAK_MALFORMED("spectra.query.peak.malformed", 0),
  QUERY_PEAKS_TOO_MANY("spectra.query.peaks.too-many", 1),
  QUERY_MS_LEVEL_INVALID("spectra.query.ms-level.invalid", 1),
  SEARCH_PRECURSOR_REQUIRED("spectra.search.precursor.required", 0);

  private final String code;
  private final int arguments;

  SpectraMessage(String code, int arguments) {
    this.code = code;
    this.arguments = arguments;
  }

  /** The bundle key, for example {@code spectra.import.peaks.empty}. */
  public String code() {
    return code;
  }

  /** How many values ({@code {0}}, {@code {1}} …) the texts substitute. */
  public int arguments() {
    return arguments;
  }

  /** The bundle base name the texts are resolved from. */
  public static final String BUNDLE = "i18n/spectra";
}
