package org.puente.web.intelligence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.puente.intelligence.resolution.FeatureWeight;
import org.springframework.context.MessageSource;

/**
 * A match score drawn as a waterfall, ready for an inline SVG: the prior from zero, then each
 * feature's weight as a bar rising (for the match) or falling (against it) from the running total,
 * and last the score from zero. All values are log2 odds; the prior plus the weights is the score.
 *
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 * @param axis the y of the zero line
 * @param left the x where the zero line starts
 * @param bars the bars, left to right
 * @param links the dashed lines carrying each running total to the next bar
 * @param nameY the y of the features' names, under the plot
 * @param levelY the y of the levels of agreement, under the names
 * @param title the drawing's accessible title: the score and how it was reached
 * @param score the score, formatted
 */
record Waterfall(
    int width,
    int height,
    double axis,
    double left,
    List<Waterfall.Bar> bars,
    List<Waterfall.Link> links,
    int nameY,
    int levelY,
    String title,
    String score) {

  static final int COLUMN = 116;
  static final int BAR = 56;
  static final int TOP = 22;
  static final int PLOT = 150;
  static final int MARGIN = 14;

  /**
   * One bar.
   *
   * @param kind {@code prior}, {@code up}, {@code down} or {@code score}
   * @param x left edge
   * @param y top edge
   * @param h height
   * @param centre the x of the bar's centre, for its texts
   * @param valueY where its value is written
   * @param name the feature (or "prior", "score") in the reader's language
   * @param level how the two records agree on the feature, in the reader's language
   * @param value the weight, signed
   * @param weight the weight, unformatted, for tests and scripts
   */
  record Bar(
      String kind,
      double x,
      double y,
      double h,
      double centre,
      double valueY,
      String name,
      String level,
      String value,
      double weight) {

    public double w() {
      return BAR;
    }
  }

  /** A dashed line at one running total, from the end of a bar to the start of the next. */
  record Link(double x1, double x2, double y) {}

  /** The waterfall of a score: prior, features in the order given, score. */
  static Waterfall of(
      double prior,
      List<FeatureWeight> features,
      double score,
      MessageSource messages,
      Locale locale) {
    List<Double> totals = new ArrayList<>();
    double running = prior;
    totals.add(0.0);
    totals.add(prior);
    for (FeatureWeight f : features) {
      running += f.weight();
      totals.add(running);
    }
    totals.add(score);
    double hi = totals.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double lo = totals.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    if (hi - lo < 1) {
      hi = lo + 1;
    }
    double top = hi;
    double span = hi - lo;
    java.util.function.DoubleUnaryOperator y = v -> TOP + (top - v) / span * PLOT;

    List<Bar> bars = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    double x = MARGIN + 10;
    bars.add(
        bar(
            "prior",
            x,
            0,
            prior,
            y,
            text(messages, "res.waterfall.prior", locale),
            "",
            prior,
            locale));
    double from = prior;
    for (FeatureWeight f : features) {
      links.add(new Link(x + BAR, x + COLUMN, y.applyAsDouble(from)));
      x += COLUMN;
      double to = from + f.weight();
      bars.add(
          bar(
              f.weight() >= 0 ? "up" : "down",
              x,
              from,
              to,
              y,
              feature(messages, f.feature(), locale),
              level(messages, f.level(), locale),
              f.weight(),
              locale));
      from = to;
    }
    links.add(new Link(x + BAR, x + COLUMN, y.applyAsDouble(from)));
    x += COLUMN;
    bars.add(
        bar(
            "score",
            x,
            0,
            score,
            y,
            text(messages, "res.waterfall.score", locale),
            "",
            score,
            locale));
    int width = (int) Math.ceil(x + BAR + MARGIN + 10);
    String formatted = String.format(locale, "%.2f", score);
    String title =
        Objects.requireNonNullElse(
            messages.getMessage(
                "res.waterfall.title",
                new Object[] {formatted, String.format(locale, "%.2f", prior), features.size()},
                "",
                locale),
            "");
    // Room under the plot for a falling bar's value, then the names and levels.
    int nameY = TOP + PLOT + 36;
    int levelY = nameY + 14;
    return new Waterfall(
        width,
        levelY + 10,
        y.applyAsDouble(0),
        MARGIN,
        List.copyOf(bars),
        List.copyOf(links),
        nameY,
        levelY,
        title,
        formatted);
  }

  private static Bar bar(
      String kind,
      double x,
      double from,
      double to,
      java.util.function.DoubleUnaryOperator y,
      String name,
      String level,
      double weight,
      Locale locale) {
    double a = y.applyAsDouble(from);
    double b = y.applyAsDouble(to);
    double topEdge = Math.min(a, b);
    // A zero weight still shows as a hairline, so that every feature has its bar.
    double h = Math.max(Math.abs(a - b), 1.5);
    boolean rising = to >= from;
    double valueY = rising ? topEdge - 5 : topEdge + h + 12;
    String value =
        kind.equals("up") || kind.equals("down")
            ? String.format(locale, "%+.2f", weight)
            : String.format(locale, "%.2f", weight);
    return new Bar(
        kind,
        x,
        round(topEdge),
        round(h),
        x + BAR / 2.0,
        round(valueY),
        name,
        level,
        value,
        weight);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** A feature's name in the reader's language, or as the engine names it. */
  static String feature(MessageSource messages, String feature, Locale locale) {
    return Objects.requireNonNullElse(
        messages.getMessage("res.feature." + feature, null, feature, locale), feature);
  }

  /** A level of agreement in the reader's language, or as the engine names it. */
  static String level(MessageSource messages, String level, Locale locale) {
    if (level.startsWith("WORDS_")) {
      try {
        double share = Double.parseDouble(level.substring("WORDS_".length()));
        return Objects.requireNonNullElse(
            messages.getMessage(
                "res.level.words", new Object[] {Math.round(share * 100)}, level, locale),
            level);
      } catch (NumberFormatException e) {
        return level;
      }
    }
    return Objects.requireNonNullElse(
        messages.getMessage("res.level." + level, null, level, locale), level);
  }

  private static String text(MessageSource messages, String code, Locale locale) {
    return Objects.requireNonNullElse(messages.getMessage(code, null, code, locale), code);
  }
}
