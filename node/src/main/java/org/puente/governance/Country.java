package org.puente.governance;

import java.util.Optional;

/** A partner country, by its ISO 3166-1 alpha-3 code. */
public enum Country {
  USA,
  MEX,
  CAN;

  /** The country with this code, if it is one of the partners. */
  public static Optional<Country> parse(String code) {
    for (Country c : values()) {
      if (c.name().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
