package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message code has a text in English, Spanish and French, with the same values. */
class SpectraMessageTest {

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        SpectraMessage.BUNDLE,
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr"})
  void everyCodeHasATextWithEachOfItsValues(String language) {
    ResourceBundle texts = language.equals("en") ? englishOnly() : bundle(language);
    Set<String> codes =
        Arrays.stream(SpectraMessage.values())
            .map(SpectraMessage::code)
            .collect(Collectors.toSet());
    assertThat(texts.keySet()).containsExactlyInAnyOrderElementsOf(codes);
    for (SpectraMessage m : SpectraMessage.values()) {
      String text = texts.getString(m.code());
      for (int i = 0; i < m.arguments(); i++) {
        assertThat(text).as(language + " " + m.code()).contains("{" + i + "}");
      }
      assertThat(text).as(language + " " + m.code()).doesNotContain("{" + m.arguments() + "}");
      Object[] values = new Object[m.arguments()];
      Arrays.fill(values, "X");
      assertThat(new MessageFormat(text, Locale.forLanguageTag(language)).format(values))
          .as(language + " " + m.code())
          .doesNotContain("{")
          .doesNotContain("'");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "fr"})
  void translationsAreTranslated(String language) {
    ResourceBundle english = englishOnly();
    ResourceBundle translated = bundle(language);
    for (SpectraMessage m : SpectraMessage.values()) {
      assertThat(translated.getString(m.code()))
          .as(language + " " + m.code())
          .isNotEqualTo(english.getString(m.code()));
    }
  }

  /** The base bundle, which holds the English texts. */
  private static ResourceBundle englishOnly() {
    return ResourceBundle.getBundle(
        SpectraMessage.BUNDLE,
        Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
