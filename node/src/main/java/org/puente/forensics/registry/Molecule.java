package org.puente.forensics.registry;

import io.github.dan2097.jnainchi.InchiStatus;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * A structure parsed from SMILES with CDK: the largest connected fragment (so that a salt's counter
 * ion does not change the class), rings marked and Daylight aromaticity perceived, ready for SMARTS
 * matching.
 *
 * @param smiles the SMILES it was parsed from
 * @param atoms the prepared largest fragment
 * @param inchiKey the standard InChIKey of the whole structure as given
 */
record Molecule(String smiles, IAtomContainer atoms, String inchiKey) {

  /** Parses a SMILES string; empty when it is not valid SMILES or InChI cannot describe it. */
  static Optional<Molecule> parse(String smiles) {
    if (smiles.isBlank() || smiles.length() > 2_000) {
      return Optional.empty();
    }
    try {
      SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
      IAtomContainer whole = parser.parseSmiles(smiles.strip());
      if (whole.getAtomCount() == 0) {
        return Optional.empty();
      }
      InChIGenerator inchi = InChIGeneratorFactory.getInChIGenerator(whole);
      if (inchi.getStatus() == InchiStatus.ERROR) {
        return Optional.empty();
      }
      String key = inchi.getInchiKey();
      IAtomContainer fragment = largestFragment(whole);
      // Ring membership and Daylight aromaticity, as SMARTS matching expects them.
      SmartsPattern.prepare(fragment);
      return Optional.of(new Molecule(smiles.strip(), fragment, key));
    } catch (CDKException | RuntimeException e) {
      // CDK reports malformed input with a mix of checked and unchecked exceptions; any of them
      // means the same thing to the registry: not a usable structure.
      return Optional.empty();
    }
  }

  /** The Hill formula of the prepared fragment, for checking transcribed structures. */
  String formula() {
    Map<String, Integer> counts = new TreeMap<>();
    int hydrogens = 0;
    for (IAtom atom : atoms.atoms()) {
      counts.merge(atom.getSymbol(), 1, Integer::sum);
      Integer implicit = atom.getImplicitHydrogenCount();
      hydrogens += implicit == null ? 0 : implicit;
    }
    if (hydrogens > 0) {
      counts.merge("H", hydrogens, Integer::sum);
    }
    StringBuilder hill = new StringBuilder();
    for (String first : new String[] {"C", "H"}) {
      Integer n = counts.remove(first);
      if (n != null) {
        hill.append(first).append(n == 1 ? "" : n);
      }
    }
    counts.forEach((symbol, n) -> hill.append(symbol).append(n == 1 ? "" : n));
    return hill.toString();
  }

  /** The first block of the InChIKey: the skeleton without stereo or charge layers. */
  String skeleton() {
    return inchiKey.substring(0, 14);
  }

  private static IAtomContainer largestFragment(IAtomContainer whole) {
    if (ConnectivityChecker.isConnected(whole)) {
      return whole;
    }
    IAtomContainerSet parts = ConnectivityChecker.partitionIntoMolecules(whole);
    IAtomContainer largest = parts.getAtomContainer(0);
    for (IAtomContainer part : parts.atomContainers()) {
      if (part.getAtomCount() > largest.getAtomCount()) {
        largest = part;
      }
    }
    return largest;
  }
}
