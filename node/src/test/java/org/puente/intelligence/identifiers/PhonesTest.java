package org.puente.intelligence.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.intelligence.identifiers.VinTest.invalid;
import static org.puente.intelligence.identifiers.VinTest.valid;

import org.junit.jupiter.api.Test;

// 555-0100 to 555-0199 are the NANP's numbers for fiction; 020 7946 0xxx is Ofcom's drama range.
class PhonesTest {

  @Test
  void normalisesInternationalForms() {
    assertThat(Phones.check("+1 (613) 555-0142")).isEqualTo(valid("+16135550142"));
    assertThat(Phones.check("001 613 555 0142")).isEqualTo(valid("+16135550142"));
    assertThat(Phones.check("+52 55 1234 5678")).isEqualTo(valid("+525512345678"));
    assertThat(Phones.check("0052.55.1234.5678")).isEqualTo(valid("+525512345678"));
    assertThat(Phones.check("+44 20 7946 0958")).isEqualTo(valid("+442079460958"));
  }

  @Test
  void dropsTheMexicanMobileOneAfterTheCountryCode() {
    assertThat(Phones.check("+52 1 55 1234 5678")).isEqualTo(valid("+525512345678"));
  }

  @Test
  void readsNanpNationalForms() {
    assertThat(Phones.check("(613) 555-0142", "CAN")).isEqualTo(valid("+16135550142"));
    assertThat(Phones.check("1-613-555-0142", "USA")).isEqualTo(valid("+16135550142"));
    assertThat(Phones.check("1-613-555-0142", "CAN")).isEqualTo(valid("+16135550142"));
    assertThat(Phones.check("202.555.0173", "USA")).isEqualTo(valid("+12025550173"));
    assertThat(Phones.check("011 52 55 1234 5678", "USA")).isEqualTo(valid("+525512345678"));
    assertThat(Phones.check("+52 55 1234 5678", "CAN")).isEqualTo(valid("+525512345678"));
  }

  @Test
  void readsMexicanNationalFormsOldAndNew() {
    assertThat(Phones.check("55 1234 5678", "MEX")).isEqualTo(valid("+525512345678"));
    assertThat(Phones.check("01 55 1234 5678", "MEX")).isEqualTo(valid("+525512345678"));
    assertThat(Phones.check("044 55 1234 5678", "MEX")).isEqualTo(valid("+525512345678"));
    assertThat(Phones.check("045 (33) 1234-5678", "MEX")).isEqualTo(valid("+523312345678"));
    assertThat(Phones.check("01 800 123 4567", "MEX")).isEqualTo(valid("+528001234567"));
    assertThat(Phones.check("001 613 555 0142", "MEX")).isEqualTo(valid("+16135550142"));
  }

  @Test
  void aNationalFormNeedsACountry() {
    assertThat(Phones.check("613-555-0142")).isEqualTo(invalid("phone.international"));
    assertThat(Phones.check("613-555-0142", "GTM")).isEqualTo(invalid("phone.international"));
    assertThat(Phones.check("613-555-0142", " can ")).isEqualTo(valid("+16135550142"));
  }

  @Test
  void checksTheNanpPlan() {
    assertThat(Phones.check("+1 113 555 0142")).isEqualTo(invalid("phone.nanp", "113", "555"));
    assertThat(Phones.check("(613) 155-0142", "CAN"))
        .isEqualTo(invalid("phone.nanp", "613", "155"));
    assertThat(Phones.check("+1 613 555 014")).isEqualTo(invalid("phone.length"));
    assertThat(Phones.check("555-0142", "USA")).isEqualTo(invalid("phone.length"));
    assertThat(Phones.check("2-613-555-0142", "USA")).isEqualTo(invalid("phone.length"));
  }

  @Test
  void checksMexicanLengths() {
    assertThat(Phones.check("+52 55 1234 567")).isEqualTo(invalid("phone.length"));
    assertThat(Phones.check("+52 2 55 1234 5678")).isEqualTo(invalid("phone.length"));
    assertThat(Phones.check("1234 5678", "MEX")).isEqualTo(invalid("phone.length"));
  }

  @Test
  void checksOtherCountriesOnlyForE164Length() {
    assertThat(Phones.check("+49 30 1234567")).isEqualTo(valid("+49301234567"));
    assertThat(Phones.check("+49 301 23")).isEqualTo(invalid("phone.length"));
    assertThat(Phones.check("+49 3012 3456 7890 12")).isEqualTo(invalid("phone.length"));
    assertThat(Phones.check("+0 30 1234567")).isEqualTo(invalid("phone.countryCode"));
    assertThat(Phones.check("+")).isEqualTo(invalid("phone.length"));
    assertThat(Phones.check("")).isEqualTo(invalid("phone.length"));
  }

  @Test
  void rejectsLettersExtensionsAndStrayPluses() {
    assertThat(Phones.check("+1 613 CALL NOW")).isEqualTo(invalid("phone.characters", "C"));
    assertThat(Phones.check("+1 613 555 0142 x12")).isEqualTo(invalid("phone.characters", "x"));
    assertThat(Phones.check("+1 613 +555 0142")).isEqualTo(invalid("phone.characters", "+"));
    assertThat(Phones.check("+1 613 555 0142", "MEX")).isEqualTo(valid("+16135550142"));
  }
}
