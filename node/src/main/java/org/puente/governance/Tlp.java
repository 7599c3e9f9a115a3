package org.puente.governance;

import java.util.Optional;

/** Traffic Light Protocol 2.0 designations, as FIRST defines them. */
public enum Tlp {
  CLEAR("CLEAR", "#FFFFFF"),
  GREEN("GREEN", "#33FF00"),
  AMBER("AMBER", "#FFC000"),
  AMBER_STRICT("AMBER+STRICT", "#FFC000"),
  RED("RED", "#FF2B2B");

  private final String code;
  private final String colour;

  Tlp(String code, String colour) {
    this.code = code;
    this.colour = colour;
  }

  /** The designation as written after {@code TLP:}, for example {@code AMBER+STRICT}. */
  public String code() {
    return code;
  }

  /** The FIRST TLP 2.0 font colour, shown on a black background. */
  public String colour() {
    return colour;
  }

  public static Optional<Tlp> parse(String code) {
    for (Tlp t : values()) {
      if (t.code.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
