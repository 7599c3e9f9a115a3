package org.puente.forensics.spectra;

/** The query spectrum lacks what the chosen similarity needs (the modified cosine, a precursor). */
public class UnsearchableSpectrum extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final SpectraMessage reason;

  public UnsearchableSpectrum(SpectraMessage reason) {
    super(reason.code());
    this.reason = reason;
  }

  /** Why, as a message code. */
  public SpectraMessage reason() {
    return reason;
  }
}
