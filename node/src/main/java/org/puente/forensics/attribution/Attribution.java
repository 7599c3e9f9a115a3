package org.puente.forensics.attribution;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The outcome of route attribution for one sample. */
public sealed interface Attribution {

  /** One route is supported and no rule points elsewhere. */
  record Attributed(Route route, Confidence confidence, List<Evidence> evidence)
      implements Attribution {
    public Attributed {
      Objects.requireNonNull(route, "route");
      Objects.requireNonNull(confidence, "confidence");
      evidence = List.copyOf(evidence);
      if (evidence.isEmpty()) {
        throw new IllegalArgumentException("an attribution shows its evidence");
      }
    }
  }

  /**
   * No route is assigned, and why; never a forced call.
   *
   * @param reason why not
   * @param candidates routes that fired rules point to (two or more when they conflict)
   * @param evidence what the fired rules used
   * @param observedMarkers route markers observed above threshold, with their areas
   */
  record Unassigned(
      Reason reason,
      Set<Route> candidates,
      List<Evidence> evidence,
      Map<String, Double> observedMarkers)
      implements Attribution {
    public Unassigned {
      Objects.requireNonNull(reason, "reason");
      candidates = Set.copyOf(candidates);
      evidence = List.copyOf(evidence);
      observedMarkers = Map.copyOf(observedMarkers);
    }
  }

  /** Why a sample has no route. */
  enum Reason {
    /** No fentanyl among the primary findings: the table concerns fentanyl only. */
    NOT_A_FENTANYL_SAMPLE,
    /** The report has no impurity profile. */
    NO_IMPURITY_PROFILE,
    /** None of the table's markers was observed. */
    NO_ROUTE_MARKERS,
    /** Markers were observed, but no rule's requirements were met. */
    INSUFFICIENT_MARKERS,
    /** Rules for different routes fired (a mixture, or markers that contradict each other). */
    CONFLICTING_MARKERS
  }
}
