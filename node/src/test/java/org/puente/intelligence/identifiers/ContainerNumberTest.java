package org.puente.intelligence.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.intelligence.identifiers.VinTest.invalid;
import static org.puente.intelligence.identifiers.VinTest.valid;

import org.junit.jupiter.api.Test;

class ContainerNumberTest {

  @Test
  void acceptsNumbersWhoseCheckDigitMatches() {
    // The example most descriptions of ISO 6346 work through.
    assertThat(ContainerNumber.check("CSQU3054383")).isEqualTo(valid("CSQU3054383"));
    // Check digits below computed by hand from the letter values and weights 2^0 to 2^9.
    assertThat(ContainerNumber.check("MSCU1234566")).isEqualTo(valid("MSCU1234566"));
    assertThat(ContainerNumber.check("MAEU1234567")).isEqualTo(valid("MAEU1234567"));
    assertThat(ContainerNumber.check("TGHU9876542")).isEqualTo(valid("TGHU9876542"));
    assertThat(ContainerNumber.check("TCNJ0001237")).isEqualTo(valid("TCNJ0001237"));
    assertThat(ContainerNumber.check("ABCZ0012346")).isEqualTo(valid("ABCZ0012346"));
    assertThat(ContainerNumber.check("ABCU1234560")).isEqualTo(valid("ABCU1234560"));
  }

  @Test
  void normalisesCaseSpacesAndHyphens() {
    assertThat(ContainerNumber.check("csqu 305438 3")).isEqualTo(valid("CSQU3054383"));
    assertThat(ContainerNumber.check("CSQU-305438-3")).isEqualTo(valid("CSQU3054383"));
  }

  @Test
  void rejectsAMutationOfEachVectorWithTheExpectedCheckDigit() {
    assertThat(ContainerNumber.check("CSQU3054384"))
        .isEqualTo(invalid("container.checkDigit", "3", "4"));
    assertThat(ContainerNumber.check("CSQU3054883"))
        .isEqualTo(invalid("container.checkDigit", "7", "3"));
    assertThat(ContainerNumber.check("MSCU1234576"))
        .isEqualTo(invalid("container.checkDigit", "1", "6"));
    assertThat(ContainerNumber.check("ABCU1234570"))
        .isEqualTo(invalid("container.checkDigit", "6", "0"));
    assertThat(ContainerNumber.check("TCNU0001237"))
        .isEqualTo(invalid("container.checkDigit", "4", "7"));
  }

  @Test
  void cannotSeeTheSubstitutionsTheStandardCannot() {
    // A, K and U are 10, 21 and 32: the same modulo 11.
    assertThat(ContainerNumber.check("AAAU1234566")).isEqualTo(valid("AAAU1234566"));
    assertThat(ContainerNumber.check("KAAU1234566")).isEqualTo(valid("KAAU1234566"));
    assertThat(ContainerNumber.check("UAAU1234566")).isEqualTo(valid("UAAU1234566"));
    // Remainders 10 and 0 are both written 0, so these two differ in one digit and both pass.
    assertThat(ContainerNumber.check("CSQU0000070")).isEqualTo(valid("CSQU0000070"));
    assertThat(ContainerNumber.check("CSQU0000090")).isEqualTo(valid("CSQU0000090"));
  }

  @Test
  void namesWhatIsWrongWithTheShape() {
    assertThat(ContainerNumber.check("CSQU305438")).isEqualTo(invalid("container.format"));
    assertThat(ContainerNumber.check("CSQU30543833")).isEqualTo(invalid("container.format"));
    assertThat(ContainerNumber.check("CS0U3054383")).isEqualTo(invalid("container.format"));
    assertThat(ContainerNumber.check("CSQU30543B3")).isEqualTo(invalid("container.format"));
    assertThat(ContainerNumber.check("")).isEqualTo(invalid("container.format"));
    assertThat(ContainerNumber.check("CSQX3054383")).isEqualTo(invalid("container.category", "X"));
  }
}
