package org.puente.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of the protocol says what it is for and is null-marked, as the house requires. */
class PackagesTest {

  @Test
  void everyPackageHasANullMarkedPackageInfo() throws IOException {
    Path root = Path.of("src/main/java");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        boolean hasCode;
        try (Stream<Path> files = Files.list(dir)) {
          hasCode = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (!hasCode) {
          continue;
        }
        Path info = dir.resolve("package-info.java");
        if (!Files.exists(info)
            || !Files.readString(info).contains("@NullMarked")
            || !Files.readString(info).contains("/**")) {
          missing.add(root.relativize(dir).toString());
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
