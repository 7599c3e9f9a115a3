package org.puente.web.forensics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.puente.forensics.spectra.Spectrum;

/**
 * A mirror plot as SVG coordinates: the query spectrum upwards, the library spectrum downwards,
 * each scaled to its base peak, peaks with a counterpart in the other spectrum (within the
 * tolerance) drawn as matched. Rendered by the page template; no script needed.
 *
 * @param bars one vertical line per peak
 * @param ticks m/z axis ticks
 * @param width the drawing's width
 * @param height the drawing's height
 * @param axis the y coordinate of the m/z axis (the middle)
 */
record MirrorPlot(List<Bar> bars, List<Tick> ticks, int width, int height, int axis) {

  static final int WIDTH = 760;
  static final int HEIGHT = 360;
  private static final int MARGIN = 40;

  /** One peak: x, the line from the axis to y, and whether it matched. */
  record Bar(String x, String y, boolean query, boolean matched, String title) {}

  /** An axis tick at x with its m/z label. */
  record Tick(String x, String label) {}

  static MirrorPlot of(Spectrum query, Spectrum library, double toleranceMz) {
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (Spectrum s : List.of(query, library)) {
      for (int i = 0; i < s.size(); i++) {
        lo = Math.min(lo, s.mz(i));
        hi = Math.max(hi, s.mz(i));
      }
    }
    if (hi <= lo) {
      lo = Math.max(0, lo - 10);
      hi = lo + 20;
    }
    double pad = (hi - lo) * 0.05;
    lo = Math.max(0, lo - pad);
    hi = hi + pad;
    int axis = HEIGHT / 2;
    double half = axis - 12.0;
    List<Bar> bars = new ArrayList<>();
    add(bars, query, library, toleranceMz, lo, hi, axis, -half, true);
    add(bars, library, query, toleranceMz, lo, hi, axis, half, false);
    List<Tick> ticks = new ArrayList<>();
    double step = niceStep((hi - lo) / 8);
    for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) {
      ticks.add(new Tick(fmt(x(t, lo, hi)), String.format(Locale.ROOT, "%.0f", t)));
    }
    return new MirrorPlot(bars, ticks, WIDTH, HEIGHT, axis);
  }

  private static void add(
      List<Bar> bars,
      Spectrum s,
      Spectrum other,
      double tolerance,
      double lo,
      double hi,
      int axis,
      double scale,
      boolean query) {
    float base = s.basePeakIntensity();
    if (!(base > 0)) {
      return;
    }
    for (int i = 0; i < s.size(); i++) {
      double relative = s.intensity(i) / base;
      boolean matched = hasPeakNear(other, s.mz(i), tolerance);
      bars.add(
          new Bar(
              fmt(x(s.mz(i), lo, hi)),
              fmt(axis + scale * relative),
              query,
              matched,
              String.format(Locale.ROOT, "m/z %.4f · %.1f %%", s.mz(i), 100 * relative)));
    }
  }

  private static boolean hasPeakNear(Spectrum s, double mz, double tolerance) {
    for (int i = 0; i < s.size(); i++) {
      if (Math.abs(s.mz(i) - mz) <= tolerance) {
        return true;
      }
    }
    return false;
  }

  private static double x(double mz, double lo, double hi) {
    return MARGIN + (mz - lo) / (hi - lo) * (WIDTH - 2 * MARGIN);
  }

  private static double niceStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (raw <= m * magnitude) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
