package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Readers face files from anywhere: whatever the bytes, reading ends with entries or problems,
 * never another exception, and what is kept stays within the limits.
 */
class ImportFuzzProperties {

  private static final ImportLimits LIMITS = new ImportLimits(512, 16, 4, 40, 20_000, 5_000.0, 30);

  @Property(tries = 400)
  void randomBytesNeverBreakAReader(
      @ForAll SpectrumFormat format, @ForAll @Size(max = 3000) byte[] bytes) {
    checkInvariants(Imports.read(format, bytes, LIMITS));
  }

  @Property(tries = 400)
  void randomTextNeverBreaksAReader(
      @ForAll SpectrumFormat format, @ForAll("lineSoup") String text) {
    checkInvariants(Imports.read(format, text.getBytes(StandardCharsets.UTF_8), LIMITS));
  }

  @Property(tries = 1000)
  void mutatedValidRecordsNeverBreakAReader(
      @ForAll SpectrumFormat format,
      @ForAll @Size(max = 6) List<@From("mutations") Mutation> mutations) {
    byte[] bytes = valid(format).getBytes(StandardCharsets.UTF_8);
    for (Mutation m : mutations) {
      bytes = m.apply(bytes);
    }
    checkInvariants(Imports.read(format, bytes, LIMITS));
  }

  @Property(tries = 50)
  void unmutatedSeedsAreAccepted(@ForAll SpectrumFormat format) {
    assertThat(Imports.read(format, valid(format).getBytes(StandardCharsets.UTF_8), LIMITS))
        .isInstanceOf(ImportOutcome.Accepted.class);
  }

  private static void checkInvariants(ImportOutcome outcome) {
    assertThat(outcome.problems()).hasSizeLessThanOrEqualTo(LIMITS.maxProblems() + 1);
    switch (outcome) {
      case ImportOutcome.Refused r ->
          assertThat(r.problems()).anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
      case ImportOutcome.Accepted a -> {
        assertThat(a.problems()).allMatch(p -> p.severity() == ImportProblem.Severity.WARNING);
        assertThat(a.entries()).hasSizeLessThanOrEqualTo(LIMITS.maxRecords());
        long total = 0;
        for (LibraryEntry e : a.entries()) {
          Spectrum s = e.spectrum();
          assertThat(s.size()).isBetween(1, LIMITS.maxPeaksPerSpectrum());
          assertThat(s.mz(s.size() - 1)).isLessThanOrEqualTo(LIMITS.maxMz());
          total += s.size();
        }
        assertThat(total).isLessThanOrEqualTo(LIMITS.maxTotalPeaks());
      }
    }
    for (ImportProblem p : outcome.problems()) {
      assertThat(p.args()).hasSize(p.message().arguments());
      assertThat(p.args()).allMatch(arg -> arg.length() <= 64);
    }
  }

  private static String valid(SpectrumFormat format) {
    return switch (format) {
      case MASSBANK ->
          MassBankReaderTest.caffeine("MSBNK-Lab-A1") + MassBankReaderTest.caffeine("MSBNK-Lab-A2");
      case MSP ->
          """
          Name: Cocaine
          Synon: benzoylmethylecgonine
          InChIKey: ZPUCINDJVBIVPJ-LJISPDSOSA-N
          PrecursorMZ: 304.1543
          Ion_mode: P
          Num Peaks: 3
          82.0651 300; 105.0335 150 "C7H5O+"
          182.1176 999

          Name: Caffeine
          Num Peaks: 2
          194 999
          109 500
          """;
      case MGF ->
          """
          BEGIN IONS
          PEPMASS=304.1543
          CHARGE=1+
          NAME=Cocaine
          82.0651 300
          182.1176 999
          END IONS
          BEGIN IONS
          MSLEVEL=1
          TITLE=Caffeine EI
          109 500
          194 999
          END IONS
          """;
    };
  }

  /** Lines drawn from the vocabulary of all three formats, in random order. */
  @Provide
  Arbitrary<String> lineSoup() {
    Arbitrary<String> line =
        Arbitraries.of(
            "ACCESSION: MSBNK-A-1",
            "CH$NAME: X",
            "AC$MASS_SPECTROMETRY: MS_TYPE MS2",
            "AC$MASS_SPECTROMETRY: ION_MODE NEGATIVE",
            "MS$FOCUSED_ION: PRECURSOR_M/Z 100.5",
            "PK$NUM_PEAK: 2",
            "PK$PEAK: m/z int. rel.int.",
            "PK$ANNOTATION: m/z formula",
            "  100.1 5 5",
            "  200 NaN 1",
            "//",
            "Name: Y",
            "Num Peaks: 2",
            "Synon: $:00in-source",
            "50 5; 60 6",
            "70 \"open",
            "BEGIN IONS",
            "END IONS",
            "PEPMASS=300",
            "CHARGE=2-",
            "MSLEVEL=1",
            "150 9 1+",
            "1e308 1e308",
            "-0 -0",
            "",
            "   ",
            "\t");
    return line.list().ofMaxSize(60).map(lines -> String.join("\n", lines));
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of(
                "NaN",
                "-1",
                "0",
                "1e400",
                "0x1p3",
                "9".repeat(400),
                "",
                " ",
                "\t",
                ":",
                "=",
                "//",
                "\n",
                "\r\n",
                "\"",
                "PK$PEAK:",
                "BEGIN IONS",
                "END IONS",
                "Name:",
                "Num Peaks: 99999999",
                "\u00e9",
                "\u0000",
                "\uFEFF"),
            Arbitraries.strings().ofMaxLength(20));
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
    Arbitrary<Byte> aByte = Arbitraries.bytes();
    return Combinators.combine(kind, where, token, aByte).as(Mutation::new);
  }

  /** One edit of a file: insert text, delete or repeat a span, flip a byte, truncate. */
  record Mutation(int kind, double where, String token, byte value) {
    byte[] apply(byte[] bytes) {
      int at = (int) (where * bytes.length);
      byte[] text = token.getBytes(StandardCharsets.UTF_8);
      List<byte[]> parts = new ArrayList<>();
      switch (kind) {
        case 0 -> {
          parts.add(Arrays.copyOfRange(bytes, 0, at));
          parts.add(text);
          parts.add(Arrays.copyOfRange(bytes, at, bytes.length));
        }
        case 1 -> {
          int end = Math.min(bytes.length, at + 1 + text.length * 3);
          parts.add(Arrays.copyOfRange(bytes, 0, at));
          parts.add(Arrays.copyOfRange(bytes, end, bytes.length));
        }
        case 2 -> {
          int end = Math.min(bytes.length, at + 40);
          parts.add(Arrays.copyOfRange(bytes, 0, end));
          parts.add(Arrays.copyOfRange(bytes, at, bytes.length));
        }
        case 3 -> {
          byte[] copy = bytes.clone();
          if (copy.length > 0) {
            copy[Math.min(at, copy.length - 1)] = value;
          }
          return copy;
        }
        case 4 -> {
          return Arrays.copyOf(bytes, at);
        }
        default -> {
          // Repeats the file: exercises record and total-peak limits.
          parts.add(bytes);
          parts.add(bytes);
        }
      }
      int size = parts.stream().mapToInt(p -> p.length).sum();
      byte[] out = new byte[size];
      int pos = 0;
      for (byte[] p : parts) {
        System.arraycopy(p, 0, out, pos, p.length);
        pos += p.length;
      }
      return out;
    }
  }
}
