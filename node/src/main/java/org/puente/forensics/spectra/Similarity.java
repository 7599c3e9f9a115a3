package org.puente.forensics.spectra;

import java.util.Locale;
import java.util.Optional;

/** The spectral similarity scores a search can rank by. */
public enum Similarity {
  /**
   * Cosine of weighted peak vectors with greedy peak matching under an m/z tolerance (matchms
   * {@code CosineGreedy}).
   */
  COSINE("cosine"),
  /**
   * NIST identity-search composite of Stein and Scott (1994): the squared weighted cosine blended
   * with the agreement of intensity ratios of adjacent matched peaks.
   */
  COMPOSITE("composite"),
  /**
   * Cosine that also matches peaks shifted by the precursor m/z difference (Watrous et al. 2012;
   * matchms {@code ModifiedCosine}), for analogues of library compounds.
   */
  MODIFIED_COSINE("modified-cosine"),
  /** Spectral entropy similarity with entropy-based intensity weighting (Li et al. 2021). */
  ENTROPY("entropy");

  private final String wireName;

  Similarity(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in requests: {@code cosine}, {@code composite} … */
  public String wireName() {
    return wireName;
  }

  /** The similarity a request's {@code algorithm} value names. */
  public static Optional<Similarity> fromWireName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Similarity s : values()) {
      if (s.wireName.equals(wanted)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
