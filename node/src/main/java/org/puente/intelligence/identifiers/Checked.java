package org.puente.intelligence.identifiers;

import java.util.List;

/** The outcome of checking an identifier: its normal form, or a message code saying why not. */
public sealed interface Checked permits Checked.Valid, Checked.Invalid {

  /** An identifier that passed every check, in the one form records store and compare. */
  record Valid(String normalised) implements Checked {}

  /**
   * An identifier that failed a check; {@code reason} is a message code such as {@code
   * vin.checkDigit} and {@code args} fill its placeholders in order.
   */
  record Invalid(String reason, List<String> args) implements Checked {
    public Invalid {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a rejection needs a reason code");
      }
      args = List.copyOf(args);
    }

    static Invalid of(String reason, String... args) {
      return new Invalid(reason, List.of(args));
    }
  }
}
