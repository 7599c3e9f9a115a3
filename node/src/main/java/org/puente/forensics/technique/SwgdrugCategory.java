package org.puente.forensics.technique;

/**
 * The SWGDRUG categories of analytical techniques, by discriminating power: A (structural
 * information, highest), B (selectivity through chemical or physical characteristics), C (general
 * or class information).
 */
public enum SwgdrugCategory {
  A,
  B,
  C
}
