package org.puente.forensics.spectra;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Mascot generic format as GNPS and MZmine write spectral libraries: {@code BEGIN IONS} …
 * {@code END IONS} blocks of {@code KEY=value} lines and {@code m/z intensity [charge]} peak lines.
 * Parameters before the first block apply to every block that does not set them (Mascot's global
 * parameters); lines starting with {@code #}, {@code ;}, {@code !} or {@code /} outside blocks are
 * comments.
 *
 * <p>Required: a compound name ({@code NAME} or {@code COMPOUND_NAME}, else {@code TITLE}), at
 * least one peak, and {@code PEPMASS} for MS/MS ({@code MSLEVEL} 2, the default). Polarity comes
 * from {@code IONMODE}, or from the sign of {@code CHARGE}.
 */
final class MgfReader implements RecordReader {

  private static final Pattern CHARGE = Pattern.compile("([+-]?)(\\d{1,3})([+-]?)");

  @Override
  public void read(Lines lines, ImportContext context) throws IOException {
    Map<String, Value> globals = new HashMap<>();
    Block block = null;
    PeakList peaks = new PeakList(context.limits);
    while (lines.next()) {
      if (!context.usable(lines)) {
        continue;
      }
      int line = lines.number();
      String text = lines.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.equalsIgnoreCase("BEGIN IONS")) {
        if (block != null) {
          context.report.error(line, "", SpectraMessage.RECORD_NOT_CLOSED);
        }
        int ordinal = context.startRecord(line);
        block = new Block(line, ordinal, context.report.errorCount());
        peaks.clear();
        continue;
      }
      if (text.equalsIgnoreCase("END IONS")) {
        if (block == null) {
          context.report.error(line, "", SpectraMessage.RECORD_NOT_OPENED);
        } else {
          finish(block, globals, peaks, context);
          block = null;
        }
        continue;
      }
      int equals = text.indexOf('=');
      boolean parameter = Character.isLetter(text.charAt(0)) && equals > 0;
      if (block == null) {
        if (parameter) {
          String key = text.substring(0, equals).strip().toUpperCase(Locale.ROOT);
          Value previous =
              globals.putIfAbsent(key, new Value(text.substring(equals + 1).strip(), line));
          if (previous != null) {
            context.report.error(line, key, SpectraMessage.FIELD_REPEATED, previous.line());
          } else if (globals.size() > 256) {
            globals.remove(key);
            context.report.error(line, key, SpectraMessage.FIELD_TOO_MANY, 256);
          }
        } else if ("#;!/".indexOf(text.charAt(0)) < 0) {
          context.report.error(line, "", SpectraMessage.LINE_UNEXPECTED);
        }
        continue;
      }
      if (parameter) {
        String key = text.substring(0, equals).strip().toUpperCase(Locale.ROOT);
        Value previous =
            block.values.putIfAbsent(key, new Value(text.substring(equals + 1).strip(), line));
        if (previous != null) {
          context.report.error(line, key, SpectraMessage.FIELD_REPEATED, previous.line());
        } else if (block.values.size() > 256) {
          block.values.remove(key);
          context.report.error(line, key, SpectraMessage.FIELD_TOO_MANY, 256);
        }
        continue;
      }
      List<String> tokens = RecordReader.words(text, 3);
      switch (tokens.size()) {
        case 2 -> peaks.add(context.report, line, "peaks", tokens.get(0), tokens.get(1));
        case 3 -> {
          if (CHARGE.matcher(tokens.get(2)).matches()) {
            peaks.add(context.report, line, "peaks", tokens.get(0), tokens.get(1));
          } else {
            context.report.error(
                line, "peaks", SpectraMessage.FIELD_INVALID, Numbers.abbreviate(tokens.get(2)));
          }
        }
        case 1 -> context.report.error(line, "peaks", SpectraMessage.PEAKS_ODD_VALUES);
        default -> context.report.error(line, "peaks", SpectraMessage.LINE_UNEXPECTED);
      }
    }
    if (block != null) {
      context.report.error(block.start, "", SpectraMessage.RECORD_UNTERMINATED);
    }
  }

  private static void finish(
      Block block, Map<String, Value> globals, PeakList peaks, ImportContext context) {
    ImportReport report = context.report;
    Map<String, Value> values = new HashMap<>(globals);
    values.putAll(block.values);
    int start = block.start;

    int msLevel = 2;
    Value level = values.get("MSLEVEL");
    if (level != null) {
      int parsed = Numbers.parseCount(report, level.line(), "MSLEVEL", level.text());
      if (parsed >= 1 && parsed <= Spectrum.MAX_MS_LEVEL) {
        msLevel = parsed;
      } else if (parsed >= 0) {
        report.error(level.line(), "MSLEVEL", SpectraMessage.FIELD_INVALID, parsed);
      }
    }

    double precursor = Double.NaN;
    Value pepmass = values.get("PEPMASS");
    if (pepmass != null && !RecordReader.absent(pepmass.text())) {
      String first = RecordReader.words(pepmass.text(), 1).getFirst();
      double p = Numbers.parse(report, pepmass.line(), "PEPMASS", first);
      if (!Double.isNaN(p)) {
        if (!(p > 0)) {
          report.error(
              pepmass.line(), "PEPMASS", SpectraMessage.MZ_NOT_POSITIVE, Numbers.abbreviate(first));
        } else if (p > context.limits.maxMz()) {
          report.error(
              pepmass.line(),
              "PEPMASS",
              SpectraMessage.MZ_TOO_LARGE,
              Numbers.abbreviate(first),
              context.limits.maxMz());
        } else {
          precursor = p;
        }
      }
    } else if (msLevel >= 2) {
      report.error(start, "PEPMASS", SpectraMessage.FIELD_MISSING);
    }

    IonMode ionMode = IonMode.UNKNOWN;
    Value charge = values.get("CHARGE");
    if (charge != null && !RecordReader.absent(charge.text())) {
      Matcher m = CHARGE.matcher(charge.text());
      if (!m.matches() || (!m.group(1).isEmpty() && !m.group(3).isEmpty())) {
        report.error(
            charge.line(),
            "CHARGE",
            SpectraMessage.FIELD_INVALID,
            Numbers.abbreviate(charge.text()));
      } else if (!m.group(2).equals("0")) {
        ionMode = (m.group(1) + m.group(3)).equals("-") ? IonMode.NEGATIVE : IonMode.POSITIVE;
      }
    }
    Value mode = values.get("IONMODE");
    if (mode != null && !RecordReader.absent(mode.text())) {
      IonMode stated = IonMode.fromText(mode.text()).orElse(null);
      if (stated == null) {
        report.error(
            mode.line(), "IONMODE", SpectraMessage.FIELD_INVALID, Numbers.abbreviate(mode.text()));
      } else {
        ionMode = stated;
      }
    }

    String name = first(values, "NAME", "COMPOUND_NAME", "TITLE");
    if (name == null) {
      report.error(start, "NAME", SpectraMessage.FIELD_MISSING);
    }
    PeakList.Peaks list = peaks.finish(report, start, "peaks");
    if (report.errorCount() > block.errorsBefore || list == null || name == null) {
      return;
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    putIfPresent(metadata, "title", values.get("TITLE"));
    putIfPresent(metadata, "precursor_type", values.get("ADDUCT"));
    putIfPresent(metadata, "collision_energy", values.get("COLLISION_ENERGY"));
    putIfPresent(metadata, "instrument", values.get("SOURCE_INSTRUMENT"));
    String instrument = first(values, "INSTRUMENT_TYPE", "INSTRUMENT", "SOURCE_INSTRUMENT");
    if (instrument != null) {
      metadata.put("instrument_type", instrument);
    }
    Spectrum spectrum =
        Spectrum.owning(
            list.mz(), list.intensities(), precursor, msLevel, ionMode, Map.copyOf(metadata));
    String id = first(values, "SPECTRUMID", "ID");
    LibraryEntry entry =
        new LibraryEntry(
            id == null ? context.file + "#" + block.ordinal : id,
            name,
            List.of(),
            first(values, "INCHIKEY"),
            first(values, "FORMULA"),
            first(values, "SMILES"),
            instrument,
            first(values, "CONTRIBUTOR", "DATACOLLECTOR", "PI", "SUBMITUSER"),
            context.file,
            spectrum);
    context.accept(start, "SPECTRUMID", entry);
  }

  private static @Nullable String first(Map<String, Value> values, String... keys) {
    for (String k : keys) {
      Value v = values.get(k);
      if (v != null && !RecordReader.absent(v.text())) {
        return v.text().strip();
      }
    }
    return null;
  }

  private static void putIfPresent(Map<String, String> metadata, String key, @Nullable Value v) {
    if (v != null && !RecordReader.absent(v.text())) {
      metadata.put(key, v.text());
    }
  }

  /** A parameter's text and the line it was read on. */
  private record Value(String text, int line) {}

  /** What one {@code BEGIN IONS} block has said so far. */
  private static final class Block {
    final int start;
    final int ordinal;
    final int errorsBefore;
    final Map<String, Value> values = new HashMap<>();

    Block(int start, int ordinal, int errorsBefore) {
      this.start = start;
      this.ordinal = ordinal;
      this.errorsBefore = errorsBefore;
    }
  }
}
