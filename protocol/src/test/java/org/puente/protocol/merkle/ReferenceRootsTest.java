package org.puente.protocol.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The RFC 6962 reference hashes restated in {@code merkle-vectors/reference-roots.md}. */
class ReferenceRootsTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void singleFunctionsMatchTheTable() {
    String md = referenceRoots();
    assertThat(hex(Hashes.emptyRoot())).isEqualTo(cell(md, "empty tree (no leaves)"));
    assertThat(hex(Hashes.leafHash(new byte[0]))).isEqualTo(cell(md, "leaf with empty data"));
    assertThat(hex(Hashes.leafHash(ascii("L123456"))))
        .isEqualTo(cell(md, "leaf with ASCII data `L123456`"));
    assertThat(hex(Hashes.nodeHash(ascii("N123"), ascii("N456"))))
        .isEqualTo(cell(md, "node with left = ASCII `N123`"));
  }

  @Test
  void leafHashesOfTheReferenceInputsMatch() {
    List<String[]> rows = leafRows(referenceRoots());
    assertThat(rows).hasSize(8);
    for (String[] row : rows) {
      byte[] data = row[1].equals("(empty)") ? new byte[0] : HEX.parseHex(row[1]);
      assertThat(hex(Hashes.leafHash(data))).as("leaf " + row[0]).isEqualTo(row[2]);
    }
  }

  @Test
  void everyTreeSizeHasTheReferenceRoot() {
    String md = referenceRoots();
    List<byte[]> leaves = referenceLeafHashes();
    Matcher m = Pattern.compile("\\| (\\d) \\| `([0-9a-f]{64})` \\|").matcher(rootsTable(md));
    int checked = 0;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String expected = m.group(2);
      List<byte[]> prefix = leaves.subList(0, n);
      assertThat(hex(Proofs.root(n, new MemoryStore(prefix)))).as("size " + n).isEqualTo(expected);
      var range = CompactRange.empty();
      prefix.forEach(range::append);
      assertThat(hex(range.root())).as("compact range, size " + n).isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isEqualTo(9);
  }

  @Test
  void compactRangeKeepsTheFrontierOfTheTable() {
    List<byte[]> leaves = referenceLeafHashes();
    var range = CompactRange.empty();
    String[] expected = {
      "",
      "6e340b9c",
      "fac54203",
      "fac54203 0298d122",
      "d37ee418",
      "d37ee418 bc1a0643",
      "d37ee418 0ebc5d34",
      "d37ee418 0ebc5d34 b08693ec",
      "5dc9da79"
    };
    assertThat(frontier(range)).isEqualTo(expected[0]);
    for (int n = 1; n <= 8; n++) {
      range.append(leaves.get(n - 1));
      assertThat(frontier(range)).as("after " + n + " leaves").isEqualTo(expected[n]);
    }
  }

  private static String frontier(CompactRange range) {
    return String.join(" ", range.frontier().stream().map(h -> hex(h).substring(0, 8)).toList());
  }

  static List<byte[]> referenceLeafHashes() {
    var out = new ArrayList<byte[]>();
    for (String[] row : leafRows(referenceRoots())) {
      out.add(HEX.parseHex(row[2]));
    }
    return out;
  }

  private static List<String[]> leafRows(String md) {
    Matcher m =
        Pattern.compile("\\| (\\d) \\| (\\(empty\\)|`[0-9a-f]+`) \\| `([0-9a-f]{64})` \\|")
            .matcher(md);
    var rows = new ArrayList<String[]>();
    while (m.find()) {
      rows.add(new String[] {m.group(1), m.group(2).replace("`", ""), m.group(3)});
    }
    return rows;
  }

  private static String rootsTable(String md) {
    int start = md.indexOf("## Expected root for each tree size");
    int end = md.indexOf("## Compact-range");
    return md.substring(start, end);
  }

  private static String cell(String md, String rowStart) {
    for (String line : md.lines().toList()) {
      if (line.startsWith("| " + rowStart)) {
        Matcher m = Pattern.compile("`([0-9a-f]{64})`").matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    throw new IllegalArgumentException("no row " + rowStart);
  }

  private static String referenceRoots() {
    try (InputStream in =
        Objects.requireNonNull(
            ReferenceRootsTest.class.getResourceAsStream("/merkle-vectors/reference-roots.md"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static String hex(byte[] hash) {
    return HEX.formatHex(hash);
  }
}
