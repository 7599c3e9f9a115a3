package org.puente.forensics.attribution;

/** Fentanyl synthesis routes the attribution table knows, by the names used in the literature. */
public enum Route {
  JANSSEN,
  SIEGFRIED,
  /** The one-pot route. */
  GUPTA,
  /** Routes through 4-anilinopiperidine (4-AP). */
  FOUR_AP,
  /** Routes through tert-butyl 4-anilinopiperidine-1-carboxylate (1-Boc-4-AP). */
  BOC_FOUR_AP
}
