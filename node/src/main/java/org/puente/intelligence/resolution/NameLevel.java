package org.puente.intelligence.resolution;

/**
 * How closely two names (the given names of two people, or their surnames) agree, best first. A
 * missing name on either side is no comparison at all and has no level.
 */
public enum NameLevel {
  /** The same words in the same order, after folding accents and case. */
  EXACT,
  /** The same words in another order: "Guzmán Jiménez" and "Jiménez Guzmán". */
  SWAPPED,
  /** A nickname or alias of the other: "Chuy" and "Jesús", "Bill" and "William". */
  ALIAS,
  /** Spelt differently but sound alike: "Ximénez" and "Jiménez", "Yvarra" and "Ibarra". */
  PHONETIC,
  /** A near spelling, such as a typing error: "Guzmna" and "Guzmán". */
  FUZZY,
  /**
   * Part of the one is the other and nothing contradicts it: a dropped maternal surname ("Guzmán"
   * and "Guzmán Jiménez"), a dropped second given name ("María" and "María José").
   */
  PARTIAL,
  /** Only an initial agrees: "J." and "José". */
  INITIAL,
  /** Nothing agrees. */
  DIFFERENT
}
