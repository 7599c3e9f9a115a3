package org.puente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text a person reads exists in English, Spanish and French. */
class MessagesTest {

  static final Path I18N = Path.of("src/main/resources/i18n");

  static List<String> bundles() throws IOException {
    try (Stream<Path> files = Files.list(I18N)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".properties") && !n.contains("_"))
          .map(n -> n.substring(0, n.length() - ".properties".length()))
          .sorted()
          .toList();
    }
  }

  static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(I18N.resolve(name + ".properties"))) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyBundleHasTheSameKeysInAllThreeLanguages(String bundle) {
    Set<String> en = new TreeSet<>(load(bundle).stringPropertyNames());
    Set<String> es = new TreeSet<>(load(bundle + "_es").stringPropertyNames());
    Set<String> fr = new TreeSet<>(load(bundle + "_fr").stringPropertyNames());
    assertThat(es).as(bundle + "_es").isEqualTo(en);
    assertThat(fr).as(bundle + "_fr").isEqualTo(en);
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void translationsUseTheSameArguments(String bundle) {
    Properties en = load(bundle);
    for (String lang : List.of("_es", "_fr")) {
      Properties other = load(bundle + lang);
      for (String key : en.stringPropertyNames()) {
        assertThat(arguments(other.getProperty(key, "")))
            .as(bundle + lang + " " + key)
            .isEqualTo(arguments(en.getProperty(key)));
      }
    }
  }

  @Test
  void everyMessageCodeInTemplatesExists() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String bundle : bundles()) {
      keys.addAll(load(bundle).stringPropertyNames());
    }
    Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
    List<Path> templates;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      templates = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    for (Path template : templates) {
      Matcher m = literal.matcher(Files.readString(template));
      while (m.find()) {
        assertThat(keys).as("%s uses #{%s}", template, m.group(1)).contains(m.group(1));
      }
    }
  }

  private static Set<String> arguments(String message) {
    Set<String> args = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(message);
    while (m.find()) {
      args.add(m.group(1));
    }
    return args;
  }
}
