package org.puente.forensics.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.forensics.registry.SubstanceRegistry;

class RouteAttributionTest {

  private static final RouteAttribution TABLE = RouteAttribution.standard();

  @Test
  void everyMarkerOfTheTableIsARegistrySubstance() {
    for (String marker : TABLE.markers()) {
      assertThat(SubstanceRegistry.standard().byId(marker)).as(marker).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'benzylfentanyl=0.2', JANSSEN, MODERATE",
    "'benzylfentanyl=0.2;norfentanyl=0.1;4-anpp=0', JANSSEN, HIGH",
    "'npp=0.05;4-anpp=0.4', SIEGFRIED, LOW",
    "'phenethyl-4-anpp=0.08;npp=0.03;4-anpp=0.4', GUPTA, MODERATE",
    "'4-ap=0.02;phenethyl-4-anpp=0.1', FOUR_AP, MODERATE",
    "'4-ap=0.02;4-anpp=0.3', FOUR_AP, LOW",
    "'1-boc-4-ap=0.01', BOC_FOUR_AP, MODERATE",
    "'1-boc-4-ap=0.01;4-ap=0.03;4-anpp=0.2', BOC_FOUR_AP, HIGH"
  })
  void eachRouteIsAttributedFromItsMarkers(String profile, Route route, Confidence confidence) {
    Attribution attribution = TABLE.attribute(true, parse(profile));
    assertThat(attribution)
        .isInstanceOfSatisfying(
            Attribution.Attributed.class,
            a -> {
              assertThat(a.route()).isEqualTo(route);
              assertThat(a.confidence()).isEqualTo(confidence);
              assertThat(a.evidence()).allMatch(e -> e.route() == route);
              assertThat(a.evidence()).allMatch(e -> !e.citation().title().isBlank());
            });
  }

  @Test
  void markersOfDifferentRoutesConflictInsteadOfForcingACall() {
    Attribution attribution =
        TABLE.attribute(true, parse("benzylfentanyl=0.2;norfentanyl=0.1;npp=0.2;4-anpp=0.3"));
    assertThat(attribution)
        .isInstanceOfSatisfying(
            Attribution.Unassigned.class,
            u -> {
              assertThat(u.reason()).isEqualTo(Attribution.Reason.CONFLICTING_MARKERS);
              assertThat(u.candidates()).containsExactlyInAnyOrder(Route.JANSSEN, Route.SIEGFRIED);
            });
  }

  @Test
  void absentOrInsufficientMarkersLeaveTheSampleUnassigned() {
    assertThat(reason(TABLE.attribute(true, Map.of())))
        .isEqualTo(Attribution.Reason.NO_IMPURITY_PROFILE);
    assertThat(reason(TABLE.attribute(true, parse("acetylfentanyl=0.3"))))
        .isEqualTo(Attribution.Reason.NO_ROUTE_MARKERS);
    assertThat(reason(TABLE.attribute(true, parse("4-anpp=0.4"))))
        .isEqualTo(Attribution.Reason.INSUFFICIENT_MARKERS);
    assertThat(reason(TABLE.attribute(true, parse("benzylfentanyl=0.0001"))))
        .isEqualTo(Attribution.Reason.NO_ROUTE_MARKERS);
    assertThat(reason(TABLE.attribute(false, parse("benzylfentanyl=0.2"))))
        .isEqualTo(Attribution.Reason.NOT_A_FENTANYL_SAMPLE);
  }

  @Test
  void theCandidateSetOfAConflictIsNeverAssigned() {
    Attribution attribution = TABLE.attribute(true, parse("1-boc-4-ap=0.1;benzylfentanyl=0.1"));
    assertThat(attribution).isInstanceOf(Attribution.Unassigned.class);
    assertThat(((Attribution.Unassigned) attribution).candidates())
        .isSubsetOf(Set.of(Route.values()));
  }

  private static Attribution.Reason reason(Attribution attribution) {
    assertThat(attribution).isInstanceOf(Attribution.Unassigned.class);
    return ((Attribution.Unassigned) attribution).reason();
  }

  private static Map<String, Double> parse(String profile) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (String entry : profile.split(";", -1)) {
      String[] parts = entry.split("=", -1);
      out.put(parts[0], Double.parseDouble(parts[1]));
    }
    return out;
  }
}
