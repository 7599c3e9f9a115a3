package org.puente.forensics.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * The kinds of substituent the class-wide definition names, read strictly: acyclic groups only,
 * since the definition permits monocycles only where it says so (modifications A and D).
 */
enum SubstituentKind {
  ALKYL,
  ALKENYL,
  ALKOXYL,
  HYDROXYL,
  HALO,
  HALOALKYL,
  AMINO,
  NITRO,
  ESTER,
  ETHER,
  /** Anything else: rings, nitriles, thio groups, hydroxyalkyls, alkynes … */
  OTHER;

  static SubstituentKind of(IAtomContainer mol, FentanylClassDefinition.Component component) {
    List<Integer> atoms = component.atoms();
    Set<Integer> inside = new HashSet<>(atoms);
    IAtom x = mol.getAtom(component.attachment());
    int oxygens = 0;
    int nitrogens = 0;
    int halogens = 0;
    for (int index : atoms) {
      IAtom atom = mol.getAtom(index);
      if (atom.isInRing()) {
        return OTHER;
      }
      switch (atom.getAtomicNumber()) {
        case 6 -> {}
        case 7 -> nitrogens++;
        case 8 -> oxygens++;
        case 9, 17, 35, 53 -> halogens++;
        default -> {
          return OTHER;
        }
      }
    }
    int doubles = 0;
    int triples = 0;
    int carbonylOxygens = 0;
    for (IBond bond : mol.bonds()) {
      int a = mol.indexOf(bond.getBegin());
      int b = mol.indexOf(bond.getEnd());
      if (!inside.contains(a) || !inside.contains(b)) {
        continue;
      }
      switch (bond.getOrder()) {
        case DOUBLE -> {
          doubles++;
          if (bond.getBegin().getAtomicNumber() == 8 || bond.getEnd().getAtomicNumber() == 8) {
            carbonylOxygens++;
          }
        }
        case TRIPLE, QUADRUPLE, QUINTUPLE, SEXTUPLE -> triples++;
        case SINGLE, UNSET -> {}
      }
    }
    int size = atoms.size();
    int xNumber = x.getAtomicNumber();
    if (size == 1 && halogens == 1) {
      return HALO;
    }
    if (size == 1 && xNumber == 8 && FentanylClassDefinition.hydrogens(x) == 1) {
      return HYDROXYL;
    }
    if (xNumber == 7 && size == 3 && oxygens == 2) {
      return NITRO;
    }
    if (triples > 0) {
      return OTHER;
    }
    if (xNumber == 7 && nitrogens == 1 && oxygens == 0 && halogens == 0 && doubles == 0) {
      return AMINO;
    }
    if (nitrogens > 0) {
      return OTHER;
    }
    if (oxygens == 0 && halogens == 0) {
      return doubles == 0 ? ALKYL : ALKENYL;
    }
    if (oxygens == 0) {
      return doubles == 0 && xNumber == 6 ? HALOALKYL : OTHER;
    }
    if (halogens > 0) {
      return OTHER;
    }
    if (hasHydroxyl(mol, atoms)) {
      return OTHER;
    }
    if (doubles == 0) {
      return xNumber == 8 && oxygens == 1 ? ALKOXYL : ETHER;
    }
    if (doubles == 1 && carbonylOxygens == 1 && oxygens == 2 && isEsterLinked(mol, inside)) {
      return ESTER;
    }
    return OTHER;
  }

  private static boolean hasHydroxyl(IAtomContainer mol, List<Integer> atoms) {
    for (int index : atoms) {
      IAtom atom = mol.getAtom(index);
      if (atom.getAtomicNumber() == 8 && FentanylClassDefinition.hydrogens(atom) > 0) {
        return true;
      }
    }
    return false;
  }

  /** A carbonyl carbon single-bonded to an oxygen that is bonded to a second carbon. */
  private static boolean isEsterLinked(IAtomContainer mol, Set<Integer> inside) {
    for (int index : inside) {
      IAtom carbon = mol.getAtom(index);
      if (carbon.getAtomicNumber() != 6) {
        continue;
      }
      boolean carbonyl = false;
      boolean etherOxygen = false;
      for (IBond bond : mol.getConnectedBondsList(carbon)) {
        IAtom other = bond.getOther(carbon);
        if (other.getAtomicNumber() != 8) {
          continue;
        }
        if (bond.getOrder() == IBond.Order.DOUBLE) {
          carbonyl = true;
        } else if (mol.getConnectedAtomsList(other).size() == 2) {
          etherOxygen = true;
        }
      }
      if (carbonyl && etherOxygen) {
        return true;
      }
    }
    return false;
  }
}
