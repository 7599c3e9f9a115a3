package org.puente.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.accumulo.access.AccessEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelTest {

  private static boolean sees(
      Label label, String owner, Country country, String agency, Set<String> communities) {
    AccessEvaluator evaluator =
        Authorizations.access().newEvaluator(Authorizations.of(country, agency, communities));
    return evaluator.canAccess(label.accessExpression(owner));
  }

  @Test
  void compilesToAnAccumuloExpressionWithTheOwnerAlwaysIncluded() {
    Label label =
        Label.releasableTo(
            EnumSet.of(Country.USA, Country.MEX), Set.of("LE"), Tlp.AMBER, Outsiders.POINTER);
    assertThat(label.accessExpression("CBP-NTC")).isEqualTo("a:CBP-NTC|((c:USA|c:MEX)&(k:LE))");
    Authorizations.access().validateExpression(label.accessExpression("CBP-NTC"));
  }

  @ParameterizedTest(name = "{1} of {2} with {3} sees: {4}")
  @CsvSource({
    "owner always,       CAN, RCMP,    '',           true",
    "right country+comm, MEX, FGR,     LE,           true",
    "right country only, MEX, FGR,     FORENSIC,     false",
    "other country,      CAN, CBSA,    LE,           false",
    "no community,       USA, DEA-LAB, '',           false",
    "named agency,       CAN, HC-DAS,  LE|FORENSIC,  true",
  })
  void decidesLikeTheWordsSay(
      String why, Country country, String agency, String communities, boolean expected) {
    Label label =
        new Label(
            new TreeSet<>(Set.of(Country.USA, Country.MEX)),
            new TreeSet<>(Set.of("HC-DAS")),
            new TreeSet<>(Set.of("LE")),
            Handling.H2,
            null,
            Tlp.AMBER,
            Outsiders.NOTHING,
            new TreeSet<>(),
            null,
            null);
    Set<String> groups = communities.isBlank() ? Set.of() : Set.of(communities.split("\\|"));
    String owner = why.equals("owner always") ? "RCMP" : "CBP-NTC";
    assertThat(sees(label, owner, country, agency, groups)).as(why).isEqualTo(expected);
  }

  @Test
  void aLabelReleasesTheRecordToSomeone() {
    assertThatThrownBy(() ->
            new Label(
                new TreeSet<>(),
                new TreeSet<>(),
                new TreeSet<>(),
                Handling.H0,
                null,
                Tlp.AMBER,
                Outsiders.NOTHING,
                new TreeSet<>(),
                null,
                null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void handlingTextGoesWithH3Only() {
    assertThatThrownBy(() ->
            new Label(
                new TreeSet<>(Set.of(Country.USA)),
                new TreeSet<>(),
                new TreeSet<>(),
                Handling.H3,
                null,
                Tlp.AMBER,
                Outsiders.NOTHING,
                new TreeSet<>(),
                null,
                null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new Label(
                new TreeSet<>(Set.of(Country.USA)),
                new TreeSet<>(),
                new TreeSet<>(),
                Handling.H1,
                "text",
                Tlp.AMBER,
                Outsiders.NOTHING,
                new TreeSet<>(),
                null,
                null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} with countries={1} agencies={2} communities={3} outsiders={4}")
  @CsvSource({
    "CLEAR,        USA|MEX|CAN, '',      '', NOTHING, true",
    "CLEAR,        USA|MEX|CAN, '',      LE, NOTHING, false",
    "CLEAR,        USA|MEX,     '',      '', NOTHING, false",
    "GREEN,        USA|MEX|CAN, '',      LE, POINTER, true",
    "GREEN,        USA,         '',      '', POINTER, false",
    "AMBER,        USA,         '',      LE, POINTER, true",
    "AMBER,        '',          RCMP,    '', NOTHING, true",
    "AMBER+STRICT, '',          RCMP,    '', POINTER, true",
    "AMBER+STRICT, USA,         RCMP,    '', POINTER, false",
    "RED,          '',          RCMP,    '', NOTHING, true",
    "RED,          '',          RCMP,    '', POINTER, false",
    "RED,          CAN,         '',      '', NOTHING, false",
  })
  void tlpMustAgreeWithTheReleasability(
      String tlp,
      String countries,
      String agencies,
      String communities,
      Outsiders outsiders,
      boolean agrees) {
    Set<Country> c = EnumSet.noneOf(Country.class);
    if (!countries.isBlank()) {
      for (String code : countries.split("\\|")) {
        c.add(Country.valueOf(code));
      }
    }
    Set<String> a = agencies.isBlank() ? Set.of() : Set.of(agencies.split("\\|"));
    Set<String> k = communities.isBlank() ? Set.of() : Set.of(communities.split("\\|"));
    assertThat(
            Labels.agreement(c, a, k, Tlp.parse(tlp).orElseThrow(), outsiders, "/label").isEmpty())
        .isEqualTo(agrees);
  }

  @Test
  void evaluationCodesAreTheEuropol4x4() {
    assertThat(Evaluation.parse("B2")).contains(new Evaluation('B', 2));
    assertThat(Evaluation.parse("X4")).isPresent();
    assertThat(Evaluation.parse("D1")).isEmpty();
    assertThat(Evaluation.parse("A5")).isEmpty();
    assertThat(Evaluation.parse("A")).isEmpty();
  }
}
