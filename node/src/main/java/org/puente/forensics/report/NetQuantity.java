package org.puente.forensics.report;

import java.util.Objects;

/**
 * The net weight (or volume, for liquids) of the exhibit with its expanded uncertainty.
 *
 * @param value the measured value in {@code unit}
 * @param unit the unit reported
 * @param uncertainty expanded uncertainty U in {@code unit}
 * @param coverageFactor the coverage factor k used for U
 */
public record NetQuantity(
    double value, MeasureUnit unit, double uncertainty, double coverageFactor) {

  public NetQuantity {
    Objects.requireNonNull(unit, "unit");
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("a net quantity is positive");
    }
    if (!(uncertainty >= 0) || Double.isInfinite(uncertainty)) {
      throw new IllegalArgumentException("an uncertainty is not negative");
    }
    if (!(coverageFactor >= 1 && coverageFactor <= 4)) {
      throw new IllegalArgumentException("a coverage factor lies in [1, 4]");
    }
  }

  /** The value in SI units: kilograms for a mass, cubic metres for a volume. */
  public double siValue() {
    return value * unit.toSi();
  }

  /** The expanded uncertainty in SI units. */
  public double siUncertainty() {
    return uncertainty * unit.toSi();
  }
}
