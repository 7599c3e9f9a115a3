package org.puente.forensics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.puente.governance.Rejected;

/**
 * Whatever bytes arrive, the readers answer with a reading: random bytes, and valid reports with
 * random edits (characters replaced, inserted, deleted, blocks duplicated or cut).
 */
public class ReaderFuzzProperties {

  private static final byte[] JSON =
      Reports.aCounterfeitPillReportFromSonora().getBytes(StandardCharsets.UTF_8);
  private static final byte[] CSV = CsvBatchTest.template().getBytes(StandardCharsets.UTF_8);

  @Property(tries = 400)
  void randomBytesNeverEscapeAsAnotherException(@ForAll @Size(max = 2048) byte[] bytes) {
    answers(bytes);
  }

  @Property(tries = 1500)
  void mutatedReportsNeverEscapeAsAnotherException(@ForAll("jsonMutants") byte[] bytes) {
    answers(bytes);
  }

  @Property(tries = 1500)
  void mutatedCsvBatchesNeverEscapeAsAnotherException(@ForAll("csvMutants") byte[] bytes) {
    answers(bytes);
  }

  private static void answers(byte[] bytes) {
    Reading one = Reports.READER.read(bytes);
    BatchReading ndjson = Reports.READER.readNdjson(bytes);
    BatchReading csv = Reports.READER.readCsv(bytes);
    assertThat(one).isNotNull();
    assertThat(ndjson).isNotNull();
    assertThat(csv).isNotNull();
    for (Runnable orThrow :
        new Runnable[] {() -> one.orThrow(), () -> ndjson.orThrow(), () -> csv.orThrow()}) {
      try {
        orThrow.run();
      } catch (Rejected expected) {
        assertThat(expected.violations()).isNotEmpty();
        // The reader's last-resort guard must not be what answers: it would hide a bug.
        assertThat(expected.violations()).noneMatch(v -> v.code().equals("report.unreadable"));
      }
    }
  }

  @Provide
  Arbitrary<byte[]> jsonMutants() {
    return mutants(JSON, "{}[]\":,0123456789.-eE truefalsenull\\u");
  }

  @Provide
  Arbitrary<byte[]> csvMutants() {
    return mutants(CSV, ",\"\n\r;:|=-.0123456789ABC");
  }

  /** Up to six random edits of {@code seed}, with characters drawn from {@code alphabet}. */
  public static Arbitrary<byte[]> mutants(byte[] seed, String alphabet) {
    Arbitrary<Mutation> mutation =
        Arbitraries.integers()
            .between(0, 4)
            .flatMap(kind ->
                Arbitraries.integers()
                    .between(0, seed.length)
                    .flatMap(at ->
                        Arbitraries.integers()
                            .between(1, 40)
                            .flatMap(length ->
                                Arbitraries.of(alphabet.chars().boxed().toList())
                                    .map(c -> new Mutation(kind, at, length, (byte) (int) c)))));
    return mutation
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(list -> {
          byte[] current = seed.clone();
          for (Mutation m : list) {
            current = m.apply(current);
          }
          return current;
        });
  }

  private record Mutation(int kind, int at, int length, byte value) {
    byte[] apply(byte[] in) {
      int position = Math.min(at, in.length);
      int end = Math.min(in.length, position + length);
      return switch (kind) {
        case 0 -> replace(in, position, value);
        case 1 -> insert(in, position, new byte[] {value});
        case 2 -> concat(slice(in, 0, position), slice(in, end, in.length));
        case 3 -> insert(in, position, slice(in, position, end));
        default -> slice(in, 0, position);
      };
    }

    private static byte[] replace(byte[] in, int position, byte value) {
      byte[] out = in.clone();
      if (position < out.length) {
        out[position] = value;
      }
      return out;
    }

    private static byte[] insert(byte[] in, int position, byte[] extra) {
      return concat(concat(slice(in, 0, position), extra), slice(in, position, in.length));
    }

    private static byte[] slice(byte[] in, int from, int to) {
      byte[] out = new byte[Math.max(0, to - from)];
      System.arraycopy(in, from, out, 0, out.length);
      return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
      byte[] out = new byte[a.length + b.length];
      System.arraycopy(a, 0, out, 0, a.length);
      System.arraycopy(b, 0, out, a.length, b.length);
      return out;
    }
  }
}
