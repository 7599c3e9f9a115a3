package org.puente.forensics.registry;

/**
 * The five structural modifications of fentanyl named by the US class-wide definition of
 * fentanyl-related substances (21 CFR 1308.11(h)(30)(i)).
 */
public enum Modification {
  /**
   * (A) Replacement of the phenyl portion of the phenethyl group by any monocycle, whether or not
   * further substituted in or on the monocycle.
   */
  A,
  /**
   * (B) Substitution in or on the phenethyl group with alkyl, alkenyl, alkoxyl, hydroxyl, halo,
   * haloalkyl, amino or nitro groups.
   */
  B,
  /**
   * (C) Substitution in or on the piperidine ring with alkyl, alkenyl, alkoxyl, ester, ether,
   * hydroxyl, halo, haloalkyl, amino or nitro groups.
   */
  C,
  /**
   * (D) Replacement of the aniline ring with any aromatic monocycle whether or not further
   * substituted in or on the aromatic monocycle.
   */
  D,
  /** (E) Replacement of the N-propionyl group by another acyl group. */
  E
}
