package org.puente.web.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.puente.intelligence.resolution.FeatureWeight;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The score waterfall: each bar starts where the running total stands and the last is the score.
 */
class WaterfallTest {

  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasenames("i18n/resolution-pages");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
  }

  private static final List<FeatureWeight> FEATURES =
      List.of(
          new FeatureWeight("givenName", "ALIAS", 5),
          new FeatureWeight("birthDate", "DAY_MONTH_SWAPPED", -2),
          new FeatureWeight("surname", "NEW_LEVEL", 4));

  @Test
  void barsRiseAndFallFromTheRunningTotalAndEndAtTheScore() {
    Waterfall w = Waterfall.of(-3, FEATURES, 4, MESSAGES, Locale.ENGLISH);
    assertThat(w.bars())
        .extracting(Waterfall.Bar::kind)
        .containsExactly("prior", "up", "down", "up", "score");
    // Totals: 0 → -3 (prior), 2, 0, 4; from -3 to 4 spans the plot's height.
    double unit = Waterfall.PLOT / 7.0;
    Waterfall.Bar prior = w.bars().get(0);
    assertThat(prior.y()).isCloseTo(w.axis(), within(0.1));
    assertThat(prior.h()).isCloseTo(3 * unit, within(0.2));
    Waterfall.Bar given = w.bars().get(1);
    assertThat(given.y() + given.h()).isCloseTo(w.axis() + 3 * unit, within(0.2));
    assertThat(given.h()).isCloseTo(5 * unit, within(0.2));
    Waterfall.Bar birth = w.bars().get(2);
    assertThat(birth.y()).isCloseTo(given.y(), within(0.1));
    assertThat(birth.y() + birth.h()).isCloseTo(w.axis(), within(0.2));
    Waterfall.Bar score = w.bars().get(4);
    assertThat(score.y()).isCloseTo(w.axis() - 4 * unit, within(0.2));
    assertThat(score.y()).isCloseTo(Waterfall.TOP, within(0.1));
    // Each dashed link carries a running total to the next bar.
    assertThat(w.links()).hasSize(4);
    assertThat(w.links().get(1).y()).isCloseTo(given.y(), within(0.2));
    assertThat(w.score()).isEqualTo("4.00");
  }

  @Test
  void featuresAndLevelsAreNamedInTheReadersLanguageOrAsTheEngineNamesThem() {
    Waterfall w = Waterfall.of(-3, FEATURES, 4, MESSAGES, Locale.of("es"));
    assertThat(w.bars())
        .extracting(Waterfall.Bar::name)
        .containsExactly("Previa", "Nombres", "Fecha de nacimiento", "Apellidos", "Puntuación");
    assertThat(w.bars())
        .extracting(Waterfall.Bar::level)
        .containsExactly("", "apodo o alias", "día y mes invertidos", "NEW_LEVEL", "");
    assertThat(w.bars().get(2).value()).isEqualTo("-2,00");
    assertThat(w.bars().get(1).value()).isEqualTo("+5,00");
    assertThat(Waterfall.level(MESSAGES, "WORDS_0.67", Locale.FRENCH))
        .isEqualTo("67 % des mots en commun");
  }

  @Test
  void aScoreWithoutFeaturesStillDrawsThePriorAndTheScore() {
    Waterfall w = Waterfall.of(0, List.of(), 0, MESSAGES, Locale.ENGLISH);
    assertThat(w.bars()).hasSize(2);
    assertThat(w.bars()).allSatisfy(b -> assertThat(b.h()).isPositive());
  }

  @Test
  void thePageFragmentDrawsEveryBarWithItsValueAndATableOfTheWeights() {
    ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
    files.setPrefix("templates/");
    files.setSuffix(".html");
    files.setTemplateMode(TemplateMode.HTML);
    files.setCharacterEncoding("UTF-8");
    files.setCheckExistence(true);
    files.setOrder(1);
    StringTemplateResolver strings = new StringTemplateResolver();
    strings.setTemplateMode(TemplateMode.HTML);
    strings.setOrder(2);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(files);
    engine.addTemplateResolver(strings);
    engine.setTemplateEngineMessageSource(MESSAGES);
    Context context = new Context(Locale.FRENCH);
    context.setVariable("w", Waterfall.of(-3, FEATURES, 4, MESSAGES, Locale.FRENCH));
    String html =
        engine.process(
            "<div th:replace=\"~{resolution/parts :: waterfall(${w})}\"></div>", context);
    assertThat(html).contains("<svg class=\"waterfall\"").contains("data-steps=\"5\"");
    assertThat(html.split("<g class=\"step ", -1)).hasSize(6);
    assertThat(html).contains("step prior").contains("step up").contains("step down");
    assertThat(html).contains("+5,00").contains("-2,00").contains(">4,00<");
    assertThat(html).contains("surnom ou alias").contains("pour une correspondance");
    assertThat(html).contains("Score 4,00 : l\u2019a priori -3,00 plus les poids de 3");
  }
}
