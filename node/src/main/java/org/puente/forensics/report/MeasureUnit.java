package org.puente.forensics.report;

import java.util.Optional;

/** Units a net quantity may be reported in, with their factor to the SI unit. */
public enum MeasureUnit {
  MG("mg", Dimension.MASS, 1e-6),
  G("g", Dimension.MASS, 1e-3),
  KG("kg", Dimension.MASS, 1),
  LB("lb", Dimension.MASS, 0.45359237),
  OZ("oz", Dimension.MASS, 0.028349523125),
  ML("mL", Dimension.VOLUME, 1e-6),
  L("L", Dimension.VOLUME, 1e-3);

  /** Mass (SI unit kilogram) or volume (SI unit cubic metre). */
  public enum Dimension {
    MASS,
    VOLUME
  }

  private final String symbol;
  private final Dimension dimension;
  private final double toSi;

  MeasureUnit(String symbol, Dimension dimension, double toSi) {
    this.symbol = symbol;
    this.dimension = dimension;
    this.toSi = toSi;
  }

  /** The symbol as written in reports: {@code g}, {@code mL} … */
  public String symbol() {
    return symbol;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** Multiply a value in this unit by this to get kilograms or cubic metres. */
  public double toSi() {
    return toSi;
  }

  /** The unit with this symbol; case matters only where it would be ambiguous, so it never does. */
  public static Optional<MeasureUnit> bySymbol(String symbol) {
    for (MeasureUnit unit : values()) {
      if (unit.symbol.equalsIgnoreCase(symbol.strip())) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}
