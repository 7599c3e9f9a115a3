package org.puente.forensics.registry;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What the class-wide definition says about one structure. */
public sealed interface FentanylAssessment {

  /** No 4-anilinopiperidine scaffold: the definition does not concern this structure. */
  record NoScaffold() implements FentanylAssessment {}

  /** Fentanyl itself: the scaffold with none of the five modifications. */
  record Fentanyl() implements FentanylAssessment {}

  /** Related to fentanyl by one or more of the permitted modifications, and by nothing else. */
  record Related(Set<Modification> modifications) implements FentanylAssessment {
    public Related {
      if (modifications.isEmpty()) {
        throw new IllegalArgumentException("a related substance has at least one modification");
      }
      modifications = Set.copyOf(EnumSet.copyOf(modifications));
    }
  }

  /**
   * The 4-anilinopiperidine scaffold is there, but the structure differs from fentanyl in a way the
   * definition does not list.
   */
  record Outside(Departure departure) implements FentanylAssessment {
    public Outside {
      Objects.requireNonNull(departure, "departure");
    }
  }

  /** How a structure departs from what the definition allows. */
  enum Departure {
    /** The anilide nitrogen carries no acyl group (4-ANPP, norfentanyl precursors' cores). */
    ANILIDE_NITROGEN_NOT_ACYLATED,
    /** The carbonyl on the anilide nitrogen is not an acyl group bound through carbon. */
    NOT_AN_ACYL_GROUP,
    /** The piperidine nitrogen does not carry a two-carbon chain to a ring (benzyl, alkyl, H). */
    NO_PHENETHYL_GROUP,
    /** The ring at the end of the phenethyl group, or the anilide ring, is fused or bridged. */
    RING_NOT_A_MONOCYCLE,
    /** The ring on the anilide nitrogen is not aromatic. */
    ANILIDE_RING_NOT_AROMATIC,
    /** A substituent on the phenethyl chain is not of a permitted kind. */
    PHENETHYL_SUBSTITUENT_NOT_PERMITTED,
    /** A substituent on the piperidine ring is not of a permitted kind (for example phenyl). */
    PIPERIDINE_SUBSTITUENT_NOT_PERMITTED,
    /** The piperidine nitrogen is charged or oxidised (an N-oxide). */
    PIPERIDINE_NITROGEN_MODIFIED,
    /** A substituent links two parts of the scaffold. */
    BRIDGING_SUBSTITUENT
  }
}
