package org.puente.intelligence.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VinTest {

  static Checked valid(String normalised) {
    return new Checked.Valid(normalised);
  }

  static Checked invalid(String reason, String... args) {
    return new Checked.Invalid(reason, List.of(args));
  }

  @Test
  void acceptsVinsWhoseCheckDigitMatches() {
    // Check digits computed by hand from the table and weights of 49 CFR 565.15; the first one's
    // remainder is 10, written X.
    assertThat(Vin.check("1M8GDM9AXKP042788")).isEqualTo(valid("1M8GDM9AXKP042788"));
    assertThat(Vin.check("1HGCM82633A004352")).isEqualTo(valid("1HGCM82633A004352"));
    assertThat(Vin.check("JH4KA7561PC008269")).isEqualTo(valid("JH4KA7561PC008269"));
    assertThat(Vin.check("11111111111111111")).isEqualTo(valid("11111111111111111"));
  }

  @Test
  void normalisesCaseSpacesAndHyphens() {
    assertThat(Vin.check(" 1hgcm8-2633a 004352 ")).isEqualTo(valid("1HGCM82633A004352"));
  }

  @Test
  void rejectsAMutationOfEachVectorWithTheExpectedCheckDigit() {
    assertThat(Vin.check("1M8GDM9AXKP042789")).isEqualTo(invalid("vin.checkDigit", "1", "X"));
    assertThat(Vin.check("1HGCM82633A004353")).isEqualTo(invalid("vin.checkDigit", "5", "3"));
    assertThat(Vin.check("1HGCM82634A004352")).isEqualTo(invalid("vin.checkDigit", "1", "3"));
    assertThat(Vin.check("JH4KA7561PC008268")).isEqualTo(invalid("vin.checkDigit", "X", "1"));
    assertThat(Vin.check("11111111111111112")).isEqualTo(invalid("vin.checkDigit", "3", "1"));
  }

  @Test
  void cannotSeeASubstitutionBetweenCharactersOfTheSameValue() {
    // A and J both transliterate to 1.
    assertThat(Vin.check("1HGCM82633J004352")).isEqualTo(valid("1HGCM82633J004352"));
  }

  @Test
  void rejectsVinsWithoutANorthAmericanCheckDigit() {
    // A European VW: position 9 is a filler Z, so the VIN must be kept as unverified.
    assertThat(Vin.check("WVWZZZ1JZXW000001")).isEqualTo(invalid("vin.checkDigit", "0", "Z"));
  }

  @Test
  void namesWhatIsWrongWithTheShape() {
    assertThat(Vin.check("1HGCM82633A00435")).isEqualTo(invalid("vin.length", "16"));
    assertThat(Vin.check("")).isEqualTo(invalid("vin.length", "0"));
    assertThat(Vin.check("1HGCM82633O004352")).isEqualTo(invalid("vin.letter", "O", "11"));
    assertThat(Vin.check("1HGCM82633a00435i")).isEqualTo(invalid("vin.letter", "I", "17"));
    assertThat(Vin.check("1HGCM82633A00435*")).isEqualTo(invalid("vin.characters", "*", "17"));
    assertThat(Vin.check("1HGCM82633\uD83D\uDE97004352"))
        .isEqualTo(invalid("vin.characters", "\uD83D\uDE97", "11"));
  }
}
