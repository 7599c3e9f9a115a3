package org.puente.intelligence.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.intelligence.identifiers.VinTest.invalid;
import static org.puente.intelligence.identifiers.VinTest.valid;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CurpTest {

  @Test
  void acceptsCurpsWhoseCheckDigitMatches() {
    // Published with their check digits in the tests of the validate-curp npm package; the digits
    // agree with a computation by hand.
    assertThat(Curp.check("SABC560626MDFLRN01")).isEqualTo(valid("SABC560626MDFLRN01"));
    assertThat(Curp.check("MOTR930411HJCRMN03")).isEqualTo(valid("MOTR930411HJCRMN03"));
    // Check digits computed by hand with RENAPO's dictionary and weights 18 to 2.
    assertThat(Curp.check("PEAJ000229HNELRNA9")).isEqualTo(valid("PEAJ000229HNELRNA9"));
    assertThat(Curp.check("GARC850315MJCRDR02")).isEqualTo(valid("GARC850315MJCRDR02"));
    assertThat(Curp.check("LOPX991231XOCPPZ04")).isEqualTo(valid("LOPX991231XOCPPZ04"));
    assertThat(Curp.check("ROSM010101MDFDNRB4")).isEqualTo(valid("ROSM010101MDFDNRB4"));
  }

  @Test
  void normalisesCaseAndSpaces() {
    assertThat(Curp.check(" sabc 560626 mdflrn 01 ")).isEqualTo(valid("SABC560626MDFLRN01"));
  }

  @Test
  void rejectsAMutationOfEachVectorWithTheExpectedCheckDigit() {
    assertThat(Curp.check("SABC560626MDFLRN02")).isEqualTo(invalid("curp.checkDigit", "1", "2"));
    assertThat(Curp.check("TABC560626MDFLRN01")).isEqualTo(invalid("curp.checkDigit", "3", "1"));
    // The same mistake as in validate-curp's tests, whose expected digit is 0.
    assertThat(Curp.check("MOTR930411HJCRMG73")).isEqualTo(invalid("curp.checkDigit", "0", "3"));
    assertThat(Curp.check("PEAJ000229HNELRNB9")).isEqualTo(invalid("curp.checkDigit", "7", "9"));
    assertThat(Curp.check("GARC850315MJCRDR03")).isEqualTo(invalid("curp.checkDigit", "2", "3"));
    assertThat(Curp.check("LOPX991231XOCPPZ05")).isEqualTo(invalid("curp.checkDigit", "4", "5"));
    assertThat(Curp.check("ROSM010101MDFDNRB0")).isEqualTo(invalid("curp.checkDigit", "4", "0"));
  }

  @Test
  void cannotSeeAChangeInTheTensOfTheBirthDay() {
    // That digit weighs 10, so no change to it moves the sum modulo 10.
    assertThat(Curp.check("SABC560616MDFLRN01")).isEqualTo(valid("SABC560616MDFLRN01"));
  }

  @Test
  void theHomonymCharacterTellsTheCentury() {
    assertThat(Curp.birthDate("PEAJ000229HNELRNA9")).contains(LocalDate.of(2000, 2, 29));
    assertThat(Curp.birthDate("SABC560626MDFLRN01")).contains(LocalDate.of(1956, 6, 26));
    assertThat(Curp.birthDate("ROSM010101MDFDNRB4")).contains(LocalDate.of(2001, 1, 1));
    // 1900 was not a leap year.
    assertThat(Curp.check("XEXX000229HDFXXX08")).isEqualTo(invalid("curp.date", "000229"));
    assertThat(Curp.check("SABC561326MDFLRN01")).isEqualTo(invalid("curp.date", "561326"));
    assertThat(Curp.check("SABC560600MDFLRN01")).isEqualTo(invalid("curp.date", "560600"));
  }

  @Test
  void givesSexAndBirthDateOnlyForValidCurps() {
    assertThat(Curp.sex("SABC560626MDFLRN01")).contains('M');
    assertThat(Curp.sex("MOTR930411HJCRMN03")).contains('H');
    assertThat(Curp.sex("LOPX991231XOCPPZ04")).contains('X');
    assertThat(Curp.sex("SABC560626MDFLRN02")).isEmpty();
    assertThat(Curp.birthDate("SABC560626MDFLRN02")).isEmpty();
    assertThat(Curp.birthDate("not a curp")).isEmpty();
  }

  @Test
  void namesWhatIsWrongWithTheShape() {
    assertThat(Curp.check("SABC560626MXXLRN01")).isEqualTo(invalid("curp.state", "XX"));
    assertThat(Curp.check("SABC560626MDFLRN0")).isEqualTo(invalid("curp.format"));
    assertThat(Curp.check("SBBC560626MDFLRN01")).isEqualTo(invalid("curp.format"));
    assertThat(Curp.check("SABC560626FDFLRN01")).isEqualTo(invalid("curp.format"));
    assertThat(Curp.check("SABC560626MDFARN01")).isEqualTo(invalid("curp.format"));
    assertThat(Curp.check("SABC560626MDFLRN0A")).isEqualTo(invalid("curp.format"));
    assertThat(Curp.check("SAÑC560626MDFLRN01")).isEqualTo(invalid("curp.format"));
    assertThat(Curp.check("")).isEqualTo(invalid("curp.format"));
  }
}
