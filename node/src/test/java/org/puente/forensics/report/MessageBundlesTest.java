package org.puente.forensics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  private static final Pattern CODE =
      Pattern.compile("(?:add|Violation\\.of)\\(\\s*[^;]*?\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

  private static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/i18n/forensics" + suffix + ".properties")) {
      properties.load(Objects.requireNonNull(in));
    }
    return properties;
  }

  @Test
  void everyMessageCodeTheReadersEmitIsTranslatedIntoAllThreeLanguages() throws IOException {
    Set<String> emitted = new TreeSet<>();
    for (String module : new String[] {"report", "registry"}) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/puente/forensics", module))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher matcher = CODE.matcher(Files.readString(file));
          while (matcher.find()) {
            emitted.add(matcher.group(1));
          }
        }
      }
    }
    assertThat(emitted).contains("substance.unknown", "purity.range", "report.label.missing");
    for (String suffix : new String[] {"", "_es", "_fr"}) {
      Properties bundle = bundle(suffix);
      for (String code : emitted) {
        assertThat(bundle.getProperty(code)).as(code + " in forensics" + suffix).isNotBlank();
      }
    }
  }

  @Test
  void theThreeBundlesHaveTheSameKeysAndValidPatterns() throws IOException {
    Properties en = bundle("");
    for (String suffix : new String[] {"_es", "_fr"}) {
      Properties other = bundle(suffix);
      assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
      for (String key : other.stringPropertyNames()) {
        assertThat(other.getProperty(key))
            .as(key)
            .isNotEqualTo(en.getProperty(key).isEmpty() ? "x" : "");
        new MessageFormat(other.getProperty(key), Locale.ROOT).format(new Object[] {"a", "b", "c"});
      }
    }
    String message =
        new MessageFormat(en.getProperty("technique.result.missing"), Locale.ENGLISH)
            .format(new Object[0]);
    assertThat(message).isEqualTo("The technique\u2019s result is missing.");
  }
}
