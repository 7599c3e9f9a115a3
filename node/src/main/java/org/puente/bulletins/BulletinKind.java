package org.puente.bulletins;

/** What a bulletin is for. */
public enum BulletinKind {
  /** A danger to officers: armed subjects, concealment methods, hazardous substances. */
  OFFICER_SAFETY,
  /** Intelligence to act on: trends, routes, modi operandi. */
  INTELLIGENCE
}
