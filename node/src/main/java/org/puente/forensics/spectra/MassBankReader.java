package org.puente.forensics.spectra;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the MassBank record format (MassBank-web {@code Documentation/MassBankRecordFormat.md}):
 * {@code TAG: value} lines, {@code TAG: SUBTAG value} for the grouped tags, multi-line {@code
 * PK$PEAK} and {@code PK$ANNOTATION} blocks whose lines start with two spaces, and {@code //}
 * closing each record. A file may hold one record (as MassBank distributes them) or several.
 *
 * <p>Required here: {@code ACCESSION}, {@code CH$NAME}, {@code AC$MASS_SPECTROMETRY: MS_TYPE},
 * {@code AC$MASS_SPECTROMETRY: ION_MODE}, {@code PK$NUM_PEAK} and {@code PK$PEAK}. The other tags
 * the specification calls mandatory (authors, date, SPLASH …) are kept when present but not
 * demanded: released MassBank records omit some of them (16 of the shipped records have no {@code
 * CH$COMPOUND_CLASS}) and they play no part in identification.
 */
final class MassBankReader implements RecordReader {

  private static final Pattern TAG = Pattern.compile("([A-Z][A-Z0-9_$/]*):(?: (.*))?");
  private static final Pattern ACCESSION = Pattern.compile("MSBNK-([A-Za-z0-9_]{1,32})-.+");
  private static final String PEAK = "PK$PEAK";
  private static final String ANNOTATION = "PK$ANNOTATION";

  @Override
  public void read(Lines lines, ImportContext context) throws IOException {
    Pending record = null;
    PeakList peaks = new PeakList(context.limits);
    while (lines.next()) {
      if (!context.usable(lines)) {
        continue;
      }
      int line = lines.number();
      String text = lines.text();
      if (text.isBlank()) {
        continue;
      }
      if (text.strip().equals("//")) {
        if (record == null) {
          context.report.error(line, "", SpectraMessage.RECORD_NOT_OPENED);
        } else {
          finish(record, peaks, context);
          record = null;
        }
        continue;
      }
      if (record == null) {
        context.startRecord(line);
        record = new Pending(line, context.report.errorCount());
        peaks.clear();
      }
      if (text.startsWith("  ")) {
        continuation(record, peaks, context, line, text.strip());
        continue;
      }
      Matcher m = TAG.matcher(text);
      if (!m.matches()) {
        context.report.error(line, "", SpectraMessage.LINE_UNEXPECTED);
        record.block = null;
        continue;
      }
      String value = m.group(2) == null ? "" : m.group(2).strip();
      field(record, peaks, context, line, m.group(1), value);
    }
    if (record != null) {
      context.report.error(record.start, "", SpectraMessage.RECORD_UNTERMINATED);
    }
  }

  private static void continuation(
      Pending record, PeakList peaks, ImportContext context, int line, String text) {
    if (record.block == null) {
      context.report.error(line, "", SpectraMessage.LINE_UNEXPECTED);
      return;
    }
    if (!record.block.equals(PEAK)) {
      return; // annotations describe peaks; identification does not use them
    }
    if (RecordReader.absent(text) && peaks.read() == 0) {
      return; // "N/A" stands for an empty peak list, reported when the record closes
    }
    List<String> tokens = RecordReader.words(text, 3);
    switch (tokens.size()) {
      case 2, 3 -> peaks.add(context.report, line, PEAK, tokens.get(0), tokens.get(1));
      case 1 -> context.report.error(line, PEAK, SpectraMessage.PEAKS_ODD_VALUES);
      default -> context.report.error(line, PEAK, SpectraMessage.LINE_UNEXPECTED);
    }
  }

  private static void field(
      Pending record, PeakList peaks, ImportContext context, int line, String tag, String value) {
    record.block = tag.equals(PEAK) || tag.equals(ANNOTATION) ? tag : null;
    String key = tag;
    String subValue = value;
    boolean grouped =
        tag.equals("AC$MASS_SPECTROMETRY")
            || tag.equals("MS$FOCUSED_ION")
            || tag.equals("CH$LINK")
            || tag.equals("AC$CHROMATOGRAPHY")
            || tag.equals("MS$DATA_PROCESSING");
    if (grouped) {
      int space = value.indexOf(' ');
      String subtag = space < 0 ? value : value.substring(0, space);
      subValue = space < 0 ? "" : value.substring(space + 1).strip();
      key = tag + ": " + subtag;
    }
    boolean iterative =
        tag.equals("CH$NAME")
            || tag.equals("COMMENT")
            || tag.equals("AC$CHROMATOGRAPHY")
            || tag.equals("MS$DATA_PROCESSING")
            || tag.equals("SP$SAMPLE")
            || tag.equals("CH$CDK_DEPICT");
    if (!iterative) {
      Integer first = record.lineOf.putIfAbsent(key, line);
      if (first != null) {
        context.report.error(line, key, SpectraMessage.FIELD_REPEATED, first);
        return;
      }
    }
    switch (key) {
      case "ACCESSION" -> record.accession = value;
      case "RECORD_TITLE" -> record.metadata.put("title", value);
      case "DATE" -> record.metadata.put("date", value);
      case "AUTHORS" -> record.metadata.put("authors", value);
      case "LICENSE" -> record.metadata.put("license", value);
      case "COPYRIGHT" -> record.metadata.put("copyright", value);
      case "CH$NAME" -> {
        if (record.names.size() == ImportLimits.MAX_NAMES_PER_RECORD) {
          context.report.error(
              line, key, SpectraMessage.FIELD_TOO_MANY, ImportLimits.MAX_NAMES_PER_RECORD);
        }
        if (!value.isEmpty() && record.names.size() < ImportLimits.MAX_NAMES_PER_RECORD) {
          record.names.add(value);
        }
      }
      case "CH$FORMULA" -> record.formula = present(value);
      case "CH$SMILES" -> record.smiles = present(value);
      case "CH$LINK: INCHIKEY" -> record.inchiKey = present(subValue);
      case "AC$INSTRUMENT" -> record.metadata.put("instrument", value);
      case "AC$INSTRUMENT_TYPE" -> record.instrumentType = present(value);
      case "AC$MASS_SPECTROMETRY: MS_TYPE" -> {
        record.msLevel = RecordReader.msLevel(subValue);
        if (record.msLevel < 0) {
          context.report.error(
              line, key, SpectraMessage.FIELD_INVALID, Numbers.abbreviate(subValue));
        }
      }
      case "AC$MASS_SPECTROMETRY: ION_MODE" -> {
        record.ionMode = IonMode.fromText(subValue).orElse(null);
        if (record.ionMode == null || record.ionMode == IonMode.UNKNOWN) {
          context.report.error(
              line, key, SpectraMessage.FIELD_INVALID, Numbers.abbreviate(subValue));
        }
      }
      case "AC$MASS_SPECTROMETRY: COLLISION_ENERGY" ->
          record.metadata.put("collision_energy", subValue);
      case "AC$MASS_SPECTROMETRY: IONIZATION" -> record.metadata.put("ionization", subValue);
      case "AC$MASS_SPECTROMETRY: FRAGMENTATION_MODE" ->
          record.metadata.put("fragmentation_mode", subValue);
      case "MS$FOCUSED_ION: PRECURSOR_M/Z" -> {
        if (!RecordReader.absent(subValue)) {
          double p = Numbers.parse(context.report, line, key, subValue);
          if (!Double.isNaN(p)) {
            if (!(p > 0)) {
              context.report.error(
                  line, key, SpectraMessage.MZ_NOT_POSITIVE, Numbers.abbreviate(subValue));
            } else if (p > context.limits.maxMz()) {
              context.report.error(
                  line,
                  key,
                  SpectraMessage.MZ_TOO_LARGE,
                  Numbers.abbreviate(subValue),
                  context.limits.maxMz());
            } else {
              record.precursor = p;
            }
          }
        }
      }
      case "MS$FOCUSED_ION: PRECURSOR_TYPE" -> record.metadata.put("precursor_type", subValue);
      case "PK$SPLASH" -> record.metadata.put("splash", value);
      case "PK$NUM_PEAK" -> {
        record.declaredPeaks = Numbers.parseCount(context.report, line, key, value);
        if (record.declaredPeaks >= 0) {
          peaks.expect(context.report, line, key, record.declaredPeaks);
        }
      }
      case PEAK -> record.peakLine = line;
      default -> {
        // Other tags describe chromatography, samples and processing; they are not needed to
        // identify a spectrum and are not kept.
      }
    }
  }

  private static void finish(Pending record, PeakList peaks, ImportContext context) {
    ImportReport report = context.report;
    int start = record.start;
    String accession = record.accession;
    if (accession == null || accession.isEmpty()) {
      report.error(start, "ACCESSION", SpectraMessage.FIELD_MISSING);
    }
    if (record.names.isEmpty()) {
      report.error(start, "CH$NAME", SpectraMessage.FIELD_MISSING);
    }
    if (!record.lineOf.containsKey("AC$MASS_SPECTROMETRY: MS_TYPE")) {
      report.error(start, "AC$MASS_SPECTROMETRY: MS_TYPE", SpectraMessage.FIELD_MISSING);
    }
    if (!record.lineOf.containsKey("AC$MASS_SPECTROMETRY: ION_MODE")) {
      report.error(start, "AC$MASS_SPECTROMETRY: ION_MODE", SpectraMessage.FIELD_MISSING);
    }
    if (!record.lineOf.containsKey("PK$NUM_PEAK")) {
      report.error(start, "PK$NUM_PEAK", SpectraMessage.FIELD_MISSING);
    }
    PeakList.Peaks list = null;
    if (record.peakLine < 0) {
      report.error(start, PEAK, SpectraMessage.FIELD_MISSING);
    } else {
      list = peaks.finish(report, record.peakLine, PEAK);
      if (record.declaredPeaks >= 0
          && record.declaredPeaks != peaks.read()
          && record.declaredPeaks <= context.limits.maxPeaksPerSpectrum()) {
        report.error(
            record.peakLine,
            PEAK,
            SpectraMessage.PEAKS_COUNT_MISMATCH,
            record.declaredPeaks,
            peaks.read());
      }
    }
    if (report.errorCount() > record.errorsBefore
        || list == null
        || accession == null
        || record.names.isEmpty()
        || record.ionMode == null
        || record.msLevel < 0) {
      return;
    }
    if (record.instrumentType != null) {
      record.metadata.put("instrument_type", record.instrumentType);
    }
    Spectrum spectrum =
        Spectrum.owning(
            list.mz(),
            list.intensities(),
            record.precursor,
            record.msLevel,
            record.ionMode,
            Map.copyOf(record.metadata));
    Matcher contributor = ACCESSION.matcher(accession);
    LibraryEntry entry =
        new LibraryEntry(
            accession,
            record.names.getFirst(),
            record.names.subList(1, record.names.size()),
            record.inchiKey,
            record.formula,
            record.smiles,
            record.instrumentType,
            contributor.matches() ? contributor.group(1) : null,
            context.file,
            spectrum);
    context.accept(start, "ACCESSION", entry);
  }

  private static @Nullable String present(String value) {
    return RecordReader.absent(value) ? null : value.strip();
  }

  /** What one record has said so far. */
  private static final class Pending {
    final int start;
    final int errorsBefore;
    final Map<String, Integer> lineOf = new HashMap<>();
    final Map<String, String> metadata = new LinkedHashMap<>();
    final List<String> names = new ArrayList<>();
    @Nullable String block;
    @Nullable String accession;
    @Nullable String formula;
    @Nullable String smiles;
    @Nullable String inchiKey;
    @Nullable String instrumentType;
    @Nullable IonMode ionMode;
    int msLevel = -1;
    double precursor = Double.NaN;
    int declaredPeaks = -1;
    int peakLine = -1;

    Pending(int start, int errorsBefore) {
      this.start = start;
      this.errorsBefore = errorsBefore;
    }
  }
}
