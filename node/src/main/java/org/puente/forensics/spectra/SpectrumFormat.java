package org.puente.forensics.spectra;

import java.util.Locale;
import java.util.Optional;

/** The library file formats Puente reads. */
public enum SpectrumFormat {
  /** MassBank record format: {@code TAG: value} lines, peaks after {@code PK$PEAK:}, {@code //}. */
  MASSBANK("massbank"),
  /**
   * NIST MSP text (also SWGDRUG and MoNA exports): {@code Name:} … {@code Num Peaks:} and peaks.
   */
  MSP("msp"),
  /** Mascot generic format: {@code BEGIN IONS} … {@code END IONS} blocks (GNPS libraries). */
  MGF("mgf");

  private final String wireName;

  SpectrumFormat(String wireName) {
    this.wireName = wireName;
  }

  /** The lower-case name used in requests: {@code massbank}, {@code msp}, {@code mgf}. */
  public String wireName() {
    return wireName;
  }

  /** The format of a request's {@code format} value. */
  public static Optional<SpectrumFormat> fromWireName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (SpectrumFormat f : values()) {
      if (f.wireName.equals(wanted)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a file name's extension suggests ({@code .txt} is MassBank's). */
  public static Optional<SpectrumFormat> fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".msp")) {
      return Optional.of(MSP);
    }
    if (lower.endsWith(".mgf")) {
      return Optional.of(MGF);
    }
    if (lower.endsWith(".txt")) {
      return Optional.of(MASSBANK);
    }
    return Optional.empty();
  }
}
