package org.puente.intelligence.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class BirthDateTest {

  @Test
  void readsIsoCompactAndPartialDates() {
    assertThat(BirthDate.parse("1984-02-01")).contains(new BirthDate(1984, 2, 1, false));
    assertThat(BirthDate.parse("19840201")).contains(new BirthDate(1984, 2, 1, false));
    assertThat(BirthDate.parse(" 1984-02 ")).contains(new BirthDate(1984, 2, 0, false));
    assertThat(BirthDate.parse("1984")).contains(new BirthDate(1984, 0, 0, false));
  }

  @Test
  void keepsTheDayFirstReadingOfAnAmbiguousDateAndSaysSo() {
    assertThat(BirthDate.parse("01/02/1984")).contains(new BirthDate(1984, 2, 1, true));
    assertThat(BirthDate.parse("01.02.1984")).contains(new BirthDate(1984, 2, 1, true));
    assertThat(BirthDate.parse("01-02-1984")).contains(new BirthDate(1984, 2, 1, true));
    assertThat(BirthDate.parse("01/02/1984").orElseThrow().otherReading())
        .isEqualTo(new BirthDate(1984, 1, 2, true));
  }

  @Test
  void aDateThatReadsOnlyOneWayIsNotAmbiguous() {
    assertThat(BirthDate.parse("3/31/1954")).contains(new BirthDate(1954, 3, 31, false));
    assertThat(BirthDate.parse("31/3/1954")).contains(new BirthDate(1954, 3, 31, false));
    assertThat(BirthDate.parse("5/5/1990")).contains(new BirthDate(1990, 5, 5, false));
  }

  @Test
  void rejectsAbsurdDates() {
    assertThat(BirthDate.parse("1984-13-01")).isEmpty();
    assertThat(BirthDate.parse("1984-02-30")).isEmpty();
    assertThat(BirthDate.parse("1879-05-01")).isEmpty();
    assertThat(BirthDate.parse(String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear() + 1)))
        .isEmpty();
    assertThat(BirthDate.parse(LocalDate.now(ZoneOffset.UTC).plusDays(2).toString())).isEmpty();
    assertThat(BirthDate.parse("13/13/1984")).isEmpty();
    assertThat(BirthDate.parse("01/02/84")).isEmpty();
    assertThat(BirthDate.parse("1984/02-01")).contains(new BirthDate(1984, 2, 1, false));
    assertThat(BirthDate.parse("01/02-1984")).isEmpty();
    assertThat(BirthDate.parse("")).isEmpty();
    assertThat(BirthDate.parse("yesterday")).isEmpty();
  }

  @Test
  void acceptsLeapDays() {
    assertThat(BirthDate.parse("2000-02-29")).contains(new BirthDate(2000, 2, 29, false));
    assertThat(BirthDate.parse("1900-02-29")).isEmpty();
  }

  @Property(tries = 2000)
  void neverThrowsOnAnyText(@ForAll @StringLength(max = 20) String text) {
    Optional<BirthDate> d = BirthDate.parse(text);
    d.ifPresent(b -> {
      assertThat(b.year()).isBetween(1880, LocalDate.now(ZoneOffset.UTC).getYear());
      assertThat(b.month()).isBetween(0, 12);
      assertThat(b.day()).isBetween(0, 31);
    });
  }

  @Property(tries = 2000)
  void neverThrowsOnDateLikeText(@ForAll("dateLike") String text) {
    BirthDate.parse(text);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> dateLike() {
    return net.jqwik.api.Arbitraries.strings().withChars("0123456789/.- ").ofMaxLength(12);
  }
}
