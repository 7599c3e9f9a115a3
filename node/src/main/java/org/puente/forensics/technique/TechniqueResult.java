package org.puente.forensics.technique;

/** What a technique showed for the sample; only {@link #POSITIVE} counts toward identification. */
public enum TechniqueResult {
  POSITIVE,
  NEGATIVE,
  INCONCLUSIVE
}
