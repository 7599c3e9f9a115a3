package org.puente.intelligence.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever the text, in any script, of any length, with control characters or unpaired surrogates:
 * parsing, folding, comparing and keying never throw, and produce only folded ASCII words.
 */
class NamesFuzzTest {

  private static final String WORD = "[a-z0-9]+";

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> scripts =
        Arbitraries.strings()
            .withCharRange('\u0000', '\u001f')
            .withCharRange(' ', '\u024f')
            .withCharRange('\u0370', '\u03ff')
            .withCharRange('\u0400', '\u04ff')
            .withCharRange('\u0590', '\u06ff')
            .withCharRange('\u0900', '\u097f')
            .withCharRange('\u0e00', '\u0e7f')
            .withCharRange('\u1780', '\u17ff')
            .withCharRange('\u3040', '\u30ff')
            .withCharRange('\u4e00', '\u4fff')
            .withCharRange('\uac00', '\uacff')
            .withCharRange('\ud800', '\udfff')
            .withChars(" ,.-'’")
            .ofMaxLength(40);
    Arbitrary<String> names =
        Arbitraries.of(
                "José", "Ángel", "Guzmán", "de", "la", "y", "Mc", "Van", "Jr.", "Lic.", ",", "-",
                "O'", "J.", "Chuy", "Ma.", "Sr", "III", "Ximénez", "Иван", "张", "ព")
            .list()
            .ofMaxSize(12)
            .map(words -> String.join(" ", words));
    Arbitrary<String> huge =
        Arbitraries.strings().all().ofMinLength(2_000).ofMaxLength(20_000).map(s -> s + " García");
    return Arbitraries.frequencyOf(
        Tuple.of(4, anyChars), Tuple.of(4, scripts), Tuple.of(4, names), Tuple.of(1, huge));
  }

  @Property(tries = 400)
  void foldGivesOnlyAsciiWords(@ForAll("texts") String text) {
    String folded = Names.fold(text);
    assertThat(folded).matches("([a-z0-9]+( [a-z0-9]+)*)?");
  }

  @Property(tries = 400)
  void parseGivesOnlyFoldedWords(@ForAll("texts") String text) {
    PersonName name = Names.parse(text);
    assertThat(name.given()).allMatch(w -> w.matches(WORD)).hasSizeLessThanOrEqualTo(8);
    assertThat(name.surnames()).allMatch(w -> w.matches(WORD)).hasSizeLessThanOrEqualTo(8);
    PersonName parts = Names.of(text, text, text);
    assertThat(parts.given()).allMatch(w -> w.matches(WORD));
    assertThat(parts.surnames()).allMatch(w -> w.matches(WORD));
  }

  @Property(tries = 400)
  void compareAndKeysNeverThrow(@ForAll("texts") String a, @ForAll("texts") String b) {
    PersonName x = Names.parse(a);
    PersonName y = Names.parse(b);
    NameLevel given = Names.compareGiven(x, y);
    NameLevel surnames = Names.compareSurnames(x, y);
    assertThat(given == null).isEqualTo(x.given().isEmpty() || y.given().isEmpty());
    assertThat(surnames == null).isEqualTo(x.surnames().isEmpty() || y.surnames().isEmpty());
    assertThat(Names.compareGiven(x, x)).isIn(NameLevel.EXACT, null);
    List<String> keys = Names.keys(x);
    assertThat(keys).hasSizeLessThanOrEqualTo(12).allMatch(k -> k.indexOf(':') > 0);
  }

  @Property(tries = 200)
  void wordsBuiltDirectlyCompareToo(
      @ForAll("words") List<String> given, @ForAll("words") List<String> surnames) {
    PersonName x = new PersonName(given, surnames);
    PersonName y = Names.parse(String.join(" ", surnames) + ", " + String.join(" ", given));
    Names.compareGiven(x, y);
    Names.compareSurnames(x, y);
    Names.compareGiven(y, x);
    assertThat(Names.keys(x)).hasSizeLessThanOrEqualTo(12);
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(50)
        .list()
        .ofMaxSize(20);
  }
}
