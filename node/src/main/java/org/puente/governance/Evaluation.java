package org.puente.governance;

import java.util.Optional;

/**
 * The Europol 4x4 evaluation of intelligence: reliability of the source and accuracy of the
 * information.
 *
 * @param source {@code A} always reliable, {@code B} mostly reliable, {@code C} not reliable,
 *     {@code X} cannot be assessed
 * @param information {@code 1} known to be true, {@code 2} known personally to the source, {@code
 *     3} not known personally but corroborated, {@code 4} cannot be judged
 */
public record Evaluation(char source, int information) {

  public Evaluation {
    if ("ABCX".indexOf(source) < 0) {
      throw new IllegalArgumentException("source must be A, B, C or X");
    }
    if (information < 1 || information > 4) {
      throw new IllegalArgumentException("information must be 1 to 4");
    }
  }

  /** Parses the two-character code, for example {@code B2}. */
  public static Optional<Evaluation> parse(String code) {
    if (code.length() != 2
        || "ABCX".indexOf(code.charAt(0)) < 0
        || code.charAt(1) < '1'
        || code.charAt(1) > '4') {
      return Optional.empty();
    }
    return Optional.of(new Evaluation(code.charAt(0), code.charAt(1) - '0'));
  }

  public String code() {
    return "" + source + information;
  }
}
