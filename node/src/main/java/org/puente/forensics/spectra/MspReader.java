package org.puente.forensics.spectra;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads NIST MSP text as written by NIST MS Search, SWGDRUG, MoNA and MS-DIAL: a record opens with
 * {@code Name:}, carries {@code Key: value} fields (matched case-insensitively, ignoring spaces,
 * underscores and hyphens, so {@code Num Peaks}, {@code NumPeaks} and {@code NUM_PEAKS} are one
 * field), and ends with its peak list after {@code Num Peaks:}; a blank line or the next {@code
 * Name:} closes it.
 *
 * <p>Required: {@code Name} and {@code Num Peaks}, and as many peaks as {@code Num Peaks} says. The
 * MS level comes from {@code Spectrum_type} ({@code MS1}, {@code MS2} …); without it a record with
 * a precursor m/z is MS/MS and one without (an EI library such as SWGDRUG) is MS1. NIST tandem
 * libraries put metadata in synonyms that start with {@code $:}; those are kept as metadata, not as
 * names.
 */
final class MspReader implements RecordReader {

  private static final Set<String> UNIQUE =
      Set.of(
          "numpeaks",
          "precursormz",
          "precursortype",
          "inchikey",
          "formula",
          "smiles",
          "ionmode",
          "spectrumtype",
          "db#",
          "nist#",
          "id",
          "instrumenttype",
          "instrument",
          "collisionenergy",
          "contributor");

  @Override
  public void read(Lines lines, ImportContext context) throws IOException {
    Pending record = null;
    PeakList peaks = new PeakList(context.limits);
    while (lines.next()) {
      if (!context.usable(lines)) {
        continue;
      }
      int line = lines.number();
      String text = lines.text().strip();
      if (text.isEmpty()) {
        if (record != null) {
          finish(record, peaks, context);
          record = null;
        }
        continue;
      }
      int colon = text.indexOf(':');
      boolean field = Character.isLetter(text.charAt(0)) && colon > 0;
      if (field) {
        String key = normalise(text.substring(0, colon));
        String value = text.substring(colon + 1).strip();
        if (key.equals("name")) {
          if (record != null) {
            finish(record, peaks, context);
          }
          int ordinal = context.startRecord(line);
          record = new Pending(line, ordinal, context.report.errorCount(), value);
          peaks.clear();
          if (value.isEmpty()) {
            context.report.error(line, "Name", SpectraMessage.FIELD_MISSING);
          }
        } else if (record == null || record.peakLine > 0) {
          context.report.error(line, "", SpectraMessage.LINE_UNEXPECTED);
        } else {
          field(record, peaks, context, line, key, text.substring(0, colon).strip(), value);
        }
        continue;
      }
      if (record == null) {
        if (!text.startsWith("#")) {
          context.report.error(line, "", SpectraMessage.LINE_UNEXPECTED);
        }
        continue;
      }
      if (record.peakLine < 0) {
        context.report.error(line, "", SpectraMessage.LINE_UNEXPECTED);
        continue;
      }
      peakLine(peaks, context, line, text);
    }
    if (record != null) {
      finish(record, peaks, context);
    }
  }

  /** The key as compared: lower case, without spaces, underscores and hyphens. */
  static String normalise(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != ' ' && c != '_' && c != '-' && c != '\t') {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static void peakLine(PeakList peaks, ImportContext context, int line, String text) {
    // Two tokens a peak: a line cannot hold more peaks than the spectrum limit allows.
    int maxTokens = 2 * context.limits.maxPeaksPerSpectrum() + 2;
    List<String> tokens = PeakLine.tokens(text, maxTokens);
    if (tokens == null) {
      context.report.error(line, "peaks", SpectraMessage.LINE_UNEXPECTED);
      return;
    }
    if (tokens.size() % 2 != 0) {
      context.report.error(line, "peaks", SpectraMessage.PEAKS_ODD_VALUES);
      return;
    }
    for (int i = 0; i < tokens.size(); i += 2) {
      peaks.add(context.report, line, "peaks", tokens.get(i), tokens.get(i + 1));
    }
  }

  private static void field(
      Pending record,
      PeakList peaks,
      ImportContext context,
      int line,
      String key,
      String label,
      String value) {
    if (UNIQUE.contains(key)) {
      Integer first = record.lineOf.putIfAbsent(key, line);
      if (first != null) {
        context.report.error(line, label, SpectraMessage.FIELD_REPEATED, first);
        return;
      }
    }
    switch (key) {
      case "synon", "synonym" -> {
        if (value.startsWith("$:")) {
          if (record.metadata.size() < 32) {
            record.metadata.put("nist" + value.substring(0, Math.min(4, value.length())), value);
          }
        } else if (record.synonyms.size() >= ImportLimits.MAX_NAMES_PER_RECORD) {
          if (!record.synonymLimitReported) {
            record.synonymLimitReported = true;
            context.report.error(
                line, label, SpectraMessage.FIELD_TOO_MANY, ImportLimits.MAX_NAMES_PER_RECORD);
          }
        } else if (!value.isEmpty()) {
          record.synonyms.add(value);
        }
      }
      case "numpeaks" -> {
        record.declaredPeaks = Numbers.parseCount(context.report, line, label, value);
        record.peakLine = line;
        if (record.declaredPeaks >= 0) {
          peaks.expect(context.report, line, label, record.declaredPeaks);
        }
      }
      case "precursormz" -> {
        if (!RecordReader.absent(value)) {
          record.precursor = precursor(context, line, label, value);
        }
      }
      case "inchikey" -> record.inchiKey = present(value);
      case "formula" -> record.formula = present(value);
      case "smiles" -> record.smiles = present(value);
      case "ionmode" -> {
        record.ionMode = IonMode.fromText(value).orElse(null);
        if (record.ionMode == null) {
          context.report.error(
              line, label, SpectraMessage.FIELD_INVALID, Numbers.abbreviate(value));
        }
      }
      case "spectrumtype" -> {
        record.msLevel = RecordReader.msLevel(value);
        if (record.msLevel < 0) {
          context.report.error(
              line, label, SpectraMessage.FIELD_INVALID, Numbers.abbreviate(value));
        }
      }
      case "db#", "nist#", "id" -> record.ids.put(key, value);
      case "instrumenttype" -> record.instrumentType = present(value);
      case "instrument" -> record.metadata.put("instrument", value);
      case "collisionenergy" -> record.metadata.put("collision_energy", value);
      case "precursortype" -> record.metadata.put("precursor_type", value);
      case "contributor" -> record.contributor = present(value);
      default -> {
        // MW, CAS#, comments and the like describe the compound or the run; identification does
        // not need them.
      }
    }
  }

  private static double precursor(ImportContext context, int line, String label, String value) {
    // NIST writes "PrecursorMZ: 208.1332"; a few tools append the charge or a second value.
    List<String> words = RecordReader.words(value.replace(',', ' ').replace(';', ' '), 1);
    String first = words.isEmpty() ? value : words.getFirst();
    double p = Numbers.parse(context.report, line, label, first);
    if (Double.isNaN(p)) {
      return Double.NaN;
    }
    if (!(p > 0)) {
      context.report.error(line, label, SpectraMessage.MZ_NOT_POSITIVE, Numbers.abbreviate(first));
      return Double.NaN;
    }
    if (p > context.limits.maxMz()) {
      context.report.error(
          line,
          label,
          SpectraMessage.MZ_TOO_LARGE,
          Numbers.abbreviate(first),
          context.limits.maxMz());
      return Double.NaN;
    }
    return p;
  }

  private static void finish(Pending record, PeakList peaks, ImportContext context) {
    ImportReport report = context.report;
    PeakList.Peaks list = null;
    if (record.peakLine < 0) {
      report.error(record.start, "Num Peaks", SpectraMessage.FIELD_MISSING);
    } else {
      list = peaks.finish(report, record.peakLine, "peaks");
      if (record.declaredPeaks >= 0
          && record.declaredPeaks != peaks.read()
          && record.declaredPeaks <= context.limits.maxPeaksPerSpectrum()) {
        report.error(
            record.peakLine,
            "Num Peaks",
            SpectraMessage.PEAKS_COUNT_MISMATCH,
            record.declaredPeaks,
            peaks.read());
      }
    }
    if (report.errorCount() > record.errorsBefore || list == null || record.name.isEmpty()) {
      return;
    }
    int msLevel = record.msLevel > 0 ? record.msLevel : Double.isNaN(record.precursor) ? 1 : 2;
    Map<String, String> metadata = new LinkedHashMap<>(record.metadata);
    if (record.instrumentType != null) {
      metadata.put("instrument_type", record.instrumentType);
    }
    Spectrum spectrum =
        Spectrum.owning(
            list.mz(),
            list.intensities(),
            record.precursor,
            msLevel,
            record.ionMode == null ? IonMode.UNKNOWN : record.ionMode,
            Map.copyOf(metadata));
    String id = firstPresent(record.ids, "db#", "nist#", "id");
    LibraryEntry entry =
        new LibraryEntry(
            id == null ? context.file + "#" + record.ordinal : id,
            record.name,
            record.synonyms,
            record.inchiKey,
            record.formula,
            record.smiles,
            record.instrumentType,
            record.contributor,
            context.file,
            spectrum);
    context.accept(record.start, "DB#", entry);
  }

  private static @Nullable String firstPresent(Map<String, String> values, String... keys) {
    for (String k : keys) {
      String v = values.get(k);
      if (v != null && !RecordReader.absent(v)) {
        return v.strip();
      }
    }
    return null;
  }

  private static @Nullable String present(String value) {
    return RecordReader.absent(value) ? null : value.strip();
  }

  /** What one record has said so far. */
  private static final class Pending {
    final int start;
    final int ordinal;
    final int errorsBefore;
    final String name;
    final Map<String, Integer> lineOf = new HashMap<>();
    final Map<String, String> metadata = new LinkedHashMap<>();
    final Map<String, String> ids = new HashMap<>();
    final List<String> synonyms = new ArrayList<>();
    @Nullable String inchiKey;
    @Nullable String formula;
    @Nullable String smiles;
    @Nullable String instrumentType;
    @Nullable String contributor;
    @Nullable IonMode ionMode;
    int msLevel = -1;
    double precursor = Double.NaN;
    int declaredPeaks = -1;
    int peakLine = -1;
    boolean synonymLimitReported;

    Pending(int start, int ordinal, int errorsBefore, String name) {
      this.start = start;
      this.ordinal = ordinal;
      this.errorsBefore = errorsBefore;
      this.name = name;
    }
  }
}
