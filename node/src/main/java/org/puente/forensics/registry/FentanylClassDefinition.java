package org.puente.forensics.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.smarts.SmartsPattern;
import org.puente.forensics.registry.FentanylAssessment.Departure;

/**
 * The US class-wide definition of fentanyl-related substances (21 CFR 1308.11(h)(30)) applied to a
 * structure, so that an analogue never seen before is classed on arrival.
 *
 * <p>A CDK SMARTS pattern finds the generalised fentanyl core with its atoms in known roles; the
 * atoms outside the core are then split into substituents by the core atom they hang from, and each
 * substituent is checked against the kinds the definition permits at that place. The SMARTS and
 * their meaning are listed in {@code docs/dsap.md}.
 */
final class FentanylClassDefinition {

  /** Any 4-anilinopiperidine: the scaffold shared by fentanyls and their precursors. */
  static final String SCAFFOLD = "[NX3;!R]([a])[CX4;R1]1[CX4;R1][CX4;R1][#7;R1][CX4;R1][CX4;R1]1";

  /** The scaffold with the anilide nitrogen acylated (any carbonyl, checked further below). */
  static final String ACYLATED =
      "[CX3;!R](=[OX1])[NX3;!R]([a])[CX4;R1]1[CX4;R1][CX4;R1][#7;R1][CX4;R1][CX4;R1]1";

  /** The scaffold whose piperidine nitrogen is a neutral tertiary or secondary amine. */
  static final String NEUTRAL_PIPERIDINE =
      "[NX3;!R]([a])[CX4;R1]1[CX4;R1][CX4;R1][NX3;R1;+0][CX4;R1][CX4;R1]1";

  /**
   * The generalised fentanyl core, atoms in these roles: 0 carbonyl carbon, 1 carbonyl oxygen, 2
   * anilide nitrogen, 3 anilide ring atom, 4 piperidine C4, 5 C3, 6 C2, 7 piperidine nitrogen, 8
   * alpha carbon, 9 beta carbon, 10 ring atom ending the phenethyl group, 11 C6, 12 C5.
   */
  static final String CORE =
      "[CX3;!R](=[OX1])[NX3;!R]([a;R1])[CX4;R1]1[CX4;R1][CX4;R1][NX3;R1;+0]"
          + "([CX4;!R][CX4;!R][*;R])[CX4;R1][CX4;R1]1";

  /** Modification A absent: the phenethyl ring is an unsubstituted phenyl. */
  static final String PLAIN_PHENETHYL = "[NX3;R1][CX4;!R][CX4;!R]c1[cH1][cH1][cH1][cH1][cH1]1";

  /** Modification D absent: the anilide ring is an unsubstituted phenyl. */
  static final String PLAIN_ANILIDE = "O=C[NX3;!R](c1[cH1][cH1][cH1][cH1][cH1]1)[CX4;R1]";

  /** Modification E absent: the acyl group is propionyl. */
  static final String PROPIONYL = "[CH3][CH2]C(=O)[NX3;!R](a)[CX4;R1]";

  private static final SmartsPattern SCAFFOLD_PATTERN = SmartsPattern.create(SCAFFOLD);
  private static final SmartsPattern ACYLATED_PATTERN = SmartsPattern.create(ACYLATED);
  private static final SmartsPattern NEUTRAL_PIPERIDINE_PATTERN =
      SmartsPattern.create(NEUTRAL_PIPERIDINE);
  private static final SmartsPattern CORE_PATTERN = SmartsPattern.create(CORE);

  private static final int CARBONYL = 0;
  private static final int ANILIDE_RING = 3;
  private static final int ALPHA = 8;
  private static final int BETA = 9;
  private static final int PHENETHYL_RING = 10;
  private static final int[] PIPERIDINE_CARBONS = {4, 5, 6, 11, 12};

  private static final Set<SubstituentKind> ON_PHENETHYL =
      EnumSet.of(
          SubstituentKind.ALKYL,
          SubstituentKind.ALKENYL,
          SubstituentKind.ALKOXYL,
          SubstituentKind.HYDROXYL,
          SubstituentKind.HALO,
          SubstituentKind.HALOALKYL,
          SubstituentKind.AMINO,
          SubstituentKind.NITRO);

  private static final Set<SubstituentKind> ON_PIPERIDINE;

  static {
    Set<SubstituentKind> kinds = EnumSet.copyOf(ON_PHENETHYL);
    kinds.add(SubstituentKind.ESTER);
    kinds.add(SubstituentKind.ETHER);
    ON_PIPERIDINE = kinds;
  }

  private FentanylClassDefinition() {}

  static FentanylAssessment assess(Molecule molecule) {
    IAtomContainer mol = molecule.atoms();
    synchronized (FentanylClassDefinition.class) {
      // SmartsPattern caches per-target preparation state; CDK documents it as not thread-safe.
      if (!SCAFFOLD_PATTERN.matches(mol)) {
        return new FentanylAssessment.NoScaffold();
      }
      if (!ACYLATED_PATTERN.matches(mol)) {
        return new FentanylAssessment.Outside(Departure.ANILIDE_NITROGEN_NOT_ACYLATED);
      }
      if (!NEUTRAL_PIPERIDINE_PATTERN.matches(mol)) {
        return new FentanylAssessment.Outside(Departure.PIPERIDINE_NITROGEN_MODIFIED);
      }
      List<int[]> cores = new ArrayList<>();
      for (int[] map : CORE_PATTERN.matchAll(mol).limit(64)) {
        cores.add(map.clone());
      }
      if (cores.isEmpty()) {
        return new FentanylAssessment.Outside(Departure.NO_PHENETHYL_GROUP);
      }
      int[] ringCount = ringMembership(mol);
      int[][] rings = Cycles.sssr(mol).paths();
      FentanylAssessment best = null;
      for (int[] core : cores) {
        FentanylAssessment assessment = assessCore(mol, core, ringCount, rings);
        best = better(best, assessment);
      }
      return best == null ? new FentanylAssessment.Outside(Departure.NO_PHENETHYL_GROUP) : best;
    }
  }

  /** Prefers fentanyl, then the related reading with fewest modifications, then any departure. */
  private static FentanylAssessment better(
      @Nullable FentanylAssessment current, FentanylAssessment candidate) {
    if (current == null) {
      return candidate;
    }
    return rank(candidate) < rank(current) ? candidate : current;
  }

  private static int rank(FentanylAssessment assessment) {
    return switch (assessment) {
      case FentanylAssessment.Fentanyl f -> 0;
      case FentanylAssessment.Related r -> r.modifications().size();
      case FentanylAssessment.Outside o -> 100;
      case FentanylAssessment.NoScaffold n -> 200;
    };
  }

  private static FentanylAssessment assessCore(
      IAtomContainer mol, int[] core, int[] ringCount, int[][] rings) {
    int[] anilideRing = ringOf(core[ANILIDE_RING], ringCount, rings);
    int[] phenethylRing = ringOf(core[PHENETHYL_RING], ringCount, rings);
    if (anilideRing == null || phenethylRing == null) {
      return new FentanylAssessment.Outside(Departure.RING_NOT_A_MONOCYCLE);
    }
    for (int atom : anilideRing) {
      if (ringCount[atom] != 1) {
        return new FentanylAssessment.Outside(Departure.RING_NOT_A_MONOCYCLE);
      }
      if (!mol.getAtom(atom).isAromatic()) {
        return new FentanylAssessment.Outside(Departure.ANILIDE_RING_NOT_AROMATIC);
      }
    }
    for (int atom : phenethylRing) {
      if (ringCount[atom] != 1) {
        return new FentanylAssessment.Outside(Departure.RING_NOT_A_MONOCYCLE);
      }
    }
    Set<Integer> anilide = toSet(anilideRing);
    Set<Integer> phenethyl = toSet(phenethylRing);
    Set<Integer> coreAtoms = new HashSet<>();
    for (int atom : core) {
      coreAtoms.add(atom);
    }
    coreAtoms.addAll(anilide);
    coreAtoms.addAll(phenethyl);

    Set<Modification> modifications = EnumSet.noneOf(Modification.class);
    if (!plainBenzene(mol, anilideRing)) {
      modifications.add(Modification.D);
    }
    if (!plainBenzene(mol, phenethylRing)) {
      modifications.add(Modification.A);
    }
    boolean acylFound = false;
    Set<Integer> seen = new HashSet<>();
    for (int start = 0; start < mol.getAtomCount(); start++) {
      if (coreAtoms.contains(start) || seen.contains(start) || isHydrogen(mol.getAtom(start))) {
        continue;
      }
      Component component = component(mol, start, coreAtoms, seen);
      if (component.anchors().size() != 1) {
        return new FentanylAssessment.Outside(Departure.BRIDGING_SUBSTITUENT);
      }
      int anchor = component.anchors().iterator().next();
      if (anchor == core[CARBONYL]) {
        acylFound = true;
        if (mol.getAtom(component.attachment()).getAtomicNumber() != 6) {
          return new FentanylAssessment.Outside(Departure.NOT_AN_ACYL_GROUP);
        }
        if (!isEthyl(mol, component)) {
          modifications.add(Modification.E);
        }
      } else if (anilide.contains(anchor)) {
        modifications.add(Modification.D);
      } else if (phenethyl.contains(anchor)) {
        modifications.add(Modification.A);
      } else if (anchor == core[ALPHA] || anchor == core[BETA]) {
        if (!ON_PHENETHYL.contains(SubstituentKind.of(mol, component))) {
          return new FentanylAssessment.Outside(Departure.PHENETHYL_SUBSTITUENT_NOT_PERMITTED);
        }
        modifications.add(Modification.B);
      } else if (isPiperidineCarbon(core, anchor)) {
        if (!ON_PIPERIDINE.contains(SubstituentKind.of(mol, component))) {
          return new FentanylAssessment.Outside(Departure.PIPERIDINE_SUBSTITUENT_NOT_PERMITTED);
        }
        modifications.add(Modification.C);
      } else {
        return new FentanylAssessment.Outside(Departure.BRIDGING_SUBSTITUENT);
      }
    }
    if (!acylFound) {
      // A formyl group (H-C(=O)-) is still an acyl group, but it is not propionyl.
      modifications.add(Modification.E);
    }
    return modifications.isEmpty()
        ? new FentanylAssessment.Fentanyl()
        : new FentanylAssessment.Related(modifications);
  }

  private static boolean isPiperidineCarbon(int[] core, int atom) {
    for (int role : PIPERIDINE_CARBONS) {
      if (core[role] == atom) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEthyl(IAtomContainer mol, Component component) {
    if (component.atoms().size() != 2) {
      return false;
    }
    IAtom first = mol.getAtom(component.attachment());
    int otherIndex =
        component.atoms().get(0) == component.attachment()
            ? component.atoms().get(1)
            : component.atoms().get(0);
    IAtom other = mol.getAtom(otherIndex);
    IBond bond = mol.getBond(first, other);
    return first.getAtomicNumber() == 6
        && other.getAtomicNumber() == 6
        && hydrogens(first) == 2
        && hydrogens(other) == 3
        && bond != null
        && bond.getOrder() == IBond.Order.SINGLE;
  }

  private static boolean plainBenzene(IAtomContainer mol, int[] ring) {
    if (ring.length != 6) {
      return false;
    }
    for (int atom : ring) {
      IAtom a = mol.getAtom(atom);
      if (a.getAtomicNumber() != 6 || !a.isAromatic()) {
        return false;
      }
    }
    return true;
  }

  /** The atoms of the single SSSR ring containing {@code atom}, or null if not exactly one. */
  private static int @Nullable [] ringOf(int atom, int[] ringCount, int[][] rings) {
    if (ringCount[atom] != 1) {
      return null;
    }
    for (int[] path : rings) {
      for (int i = 0; i < path.length - 1; i++) {
        if (path[i] == atom) {
          int[] ring = new int[path.length - 1];
          System.arraycopy(path, 0, ring, 0, ring.length);
          return ring;
        }
      }
    }
    return null;
  }

  private static int[] ringMembership(IAtomContainer mol) {
    int[] count = new int[mol.getAtomCount()];
    for (int[] path : Cycles.sssr(mol).paths()) {
      for (int i = 0; i < path.length - 1; i++) {
        count[path[i]]++;
      }
    }
    return count;
  }

  private static Set<Integer> toSet(int[] atoms) {
    Set<Integer> set = new HashSet<>();
    for (int atom : atoms) {
      set.add(atom);
    }
    return set;
  }

  static boolean isHydrogen(IAtom atom) {
    return atom.getAtomicNumber() != null && atom.getAtomicNumber() == 1;
  }

  static int hydrogens(IAtom atom) {
    Integer implicit = atom.getImplicitHydrogenCount();
    return implicit == null ? 0 : implicit;
  }

  /** Heavy atoms reachable from {@code start} without crossing the core, and where they hang. */
  private static Component component(
      IAtomContainer mol, int start, Set<Integer> core, Set<Integer> seen) {
    List<Integer> atoms = new ArrayList<>();
    Set<Integer> anchors = new HashSet<>();
    int attachment = start;
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    seen.add(start);
    while (!queue.isEmpty()) {
      int current = queue.poll();
      atoms.add(current);
      for (IAtom neighbour : mol.getConnectedAtomsList(mol.getAtom(current))) {
        int index = mol.indexOf(neighbour);
        if (isHydrogen(neighbour)) {
          continue;
        }
        if (core.contains(index)) {
          anchors.add(index);
          attachment = current;
        } else if (seen.add(index)) {
          queue.add(index);
        }
      }
    }
    return new Component(List.copyOf(atoms), Set.copyOf(anchors), attachment);
  }

  /**
   * A substituent: its heavy atoms, the core atoms it is bonded to, and its atom bonded to the
   * core.
   */
  record Component(List<Integer> atoms, Set<Integer> anchors, int attachment) {}
}
