package org.puente.forensics.registry;

import org.openscience.cdk.smarts.SmartsPattern;

/**
 * Nitazenes recognised from structure: a benzimidazole carrying a benzyl group at C2 and a
 * 2-aminoethyl chain at N1 (the 2-benzylbenzimidazole opioids, with or without the 5-nitro group,
 * with open-chain or cyclic amines).
 */
final class Nitazenes {

  static final String CORE =
      "c12ccccc1nc([CH2]c1ccccc1)n2[CH2][CH2][NX3;+0;!$(N[#6]=[#8,#16]);!$(N=*)]";

  private static final SmartsPattern PATTERN = SmartsPattern.create(CORE);

  private Nitazenes() {}

  static boolean matches(Molecule molecule) {
    synchronized (Nitazenes.class) {
      return PATTERN.matches(molecule.atoms());
    }
  }
}
