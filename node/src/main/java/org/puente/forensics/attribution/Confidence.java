package org.puente.forensics.attribution;

/** How strongly the fired rules support the route. */
public enum Confidence {
  /** A rule that decides by elimination. */
  LOW,
  /** One route-indicative marker. */
  MODERATE,
  /** Two or more consistent route-indicative markers. */
  HIGH
}
