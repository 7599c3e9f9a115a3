package org.puente.protocol.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every RFC 6962 inclusion and consistency vector of transparency-dev/merkle, good and bad. */
class MerkleVectorsTest {

  private static final Path TESTDATA = testdata();

  @ParameterizedTest
  @MethodSource("inclusionVectors")
  void inclusionVerifierAgreesWithVector(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    long index = number(json, "leafIdx");
    long treeSize = number(json, "treeSize");
    byte[] root = base64(json, "root");
    byte[] leafHash = base64(json, "leafHash");
    List<byte[]> proof = hashes(json, "proof");
    if (wantErr(json)) {
      assertThatThrownBy(() -> InclusionProof.verify(index, treeSize, leafHash, proof, root))
          .isInstanceOf(ProofException.class)
          .hasMessageNotContaining("null");
    } else {
      assertThatCode(() -> InclusionProof.verify(index, treeSize, leafHash, proof, root))
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @MethodSource("consistencyVectors")
  void consistencyVerifierAgreesWithVector(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    long size1 = number(json, "size1");
    long size2 = number(json, "size2");
    byte[] root1 = base64(json, "root1");
    byte[] root2 = base64(json, "root2");
    List<byte[]> proof = hashes(json, "proof");
    if (wantErr(json)) {
      assertThatThrownBy(() -> ConsistencyProof.verify(size1, size2, root1, root2, proof))
          .isInstanceOf(ProofException.class);
    } else {
      assertThatCode(() -> ConsistencyProof.verify(size1, size2, root1, root2, proof))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void allVectorsAreFound() {
    assertThat(inclusionVectors()).hasSize(98);
    assertThat(consistencyVectors()).hasSize(98);
  }

  @Test
  void happyPathProofsAreWhatProofsGenerates() throws IOException {
    // The happy paths are over the eight reference leaves, so the generator must reproduce them.
    var leaves = ReferenceRootsTest.referenceLeafHashes();
    for (Path file : files("inclusion").filter(MerkleVectorsTest::isHappyPath).toList()) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      long treeSize = number(json, "treeSize");
      var store = new MemoryStore(leaves.subList(0, (int) treeSize));
      assertThat(Proofs.inclusion(number(json, "leafIdx"), treeSize, store))
          .as(file.toString())
          .containsExactlyElementsOf(hashes(json, "proof"));
    }
    for (Path file : files("consistency").filter(MerkleVectorsTest::isHappyPath).toList()) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      long size2 = number(json, "size2");
      var store = new MemoryStore(leaves.subList(0, (int) size2));
      assertThat(Proofs.consistency(number(json, "size1"), size2, store))
          .as(file.toString())
          .containsExactlyElementsOf(hashes(json, "proof"));
    }
  }

  static Stream<Named<Path>> inclusionVectors() {
    return files("inclusion").map(p -> Named.of(TESTDATA.relativize(p).toString(), p));
  }

  static Stream<Named<Path>> consistencyVectors() {
    return files("consistency").map(p -> Named.of(TESTDATA.relativize(p).toString(), p));
  }

  private static boolean isHappyPath(Path file) {
    return file.getFileName().toString().equals("happy-path.json");
  }

  private static Stream<Path> files(String kind) {
    try (Stream<Path> walk = Files.walk(TESTDATA.resolve(kind))) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path testdata() {
    try {
      return Path.of(
          Objects.requireNonNull(MerkleVectorsTest.class.getResource("/merkle-vectors/testdata"))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // The vector files are flat objects with one member per line, so a pattern per member reads
  // them without a JSON library in the test classpath.

  // Sizes and indexes are uint64 upstream; the same 64 bits as a Java long are negative above
  // 2^63 - 1, which the verifier refuses just as it refuses any index outside the tree.
  private static long number(String json, String member) {
    return Long.parseUnsignedLong(match(json, "\"" + member + "\":\\s*(-?\\d+)"));
  }

  private static boolean wantErr(String json) {
    return Boolean.parseBoolean(match(json, "\"wantErr\":\\s*(true|false)"));
  }

  private static byte[] base64(String json, String member) {
    return Base64.getDecoder().decode(match(json, "\"" + member + "\":\\s*\"([^\"]*)\""));
  }

  private static List<byte[]> hashes(String json, String member) {
    Matcher m = Pattern.compile("\"" + member + "\":\\s*(null|\\[[^\\]]*\\])").matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("no member " + member);
    }
    var out = new ArrayList<byte[]>();
    Matcher item = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
    while (item.find()) {
      out.add(Base64.getDecoder().decode(item.group(1)));
    }
    return out;
  }

  private static String match(String json, String regex) {
    Matcher m = Pattern.compile(regex).matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("no match for " + regex);
    }
    return m.group(1);
  }
}
