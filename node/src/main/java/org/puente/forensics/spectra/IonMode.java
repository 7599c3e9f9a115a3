package org.puente.forensics.spectra;

import java.util.Locale;
import java.util.Optional;

/** Polarity of the detected ions; a spectrum of unknown polarity is compared with both. */
public enum IonMode {
  POSITIVE,
  NEGATIVE,
  UNKNOWN;

  /** Whether a spectrum of this polarity may be compared with one of the other polarity. */
  public boolean compatibleWith(IonMode other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }

  /**
   * Reads the spellings used by MassBank ({@code POSITIVE}), NIST MSP ({@code P}, {@code Positive})
   * and MGF ({@code positive}, {@code +}); empty when the text names no polarity.
   */
  static Optional<IonMode> fromText(String text) {
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "POSITIVE", "POS", "P", "+" -> Optional.of(POSITIVE);
      case "NEGATIVE", "NEG", "N", "-" -> Optional.of(NEGATIVE);
      default -> Optional.empty();
    };
  }
}
