package org.puente.intelligence.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  static PersonName name(List<String> given, List<String> surnames) {
    return new PersonName(given, surnames);
  }

  @Test
  void chuyGuzmanJimenezIsJesusGuzmanXimenez() {
    PersonName a = Names.parse("Chuy Guzman Jimenez");
    PersonName b = Names.parse("Jesús Guzmán Ximénez");
    assertThat(Names.compareGiven(a, b)).isEqualTo(NameLevel.ALIAS);
    assertThat(Names.compareSurnames(a, b))
        .isIn(NameLevel.EXACT, NameLevel.SWAPPED, NameLevel.ALIAS, NameLevel.PHONETIC);
    assertThat(Names.keys(a)).containsAnyElementsOf(Names.keys(b));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          José Ángel Guzmán Ximénez        | jose angel        | guzman ximenez
          GUZMAN JIMENEZ, JOSE ANGEL       | jose angel        | guzman jimenez
          Jose A. Guzman                   | jose a            | guzman
          J. A. Guzmán                     | j a               | guzman
          María de la Luz Pérez y Gómez    | maria luz         | perez gomez
          María del Carmen López           | maria carmen      | lopez
          María de los Ángeles García Ruiz | maria angeles     | garcia ruiz
          María José García                | maria jose        | garcia
          Juan Carlos Hernández Pérez      | juan carlos       | hernandez perez
          José Luis Martín García          | jose luis         | martin garcia
          José Pérez-Gómez                 | jose              | perez gomez
          Juan Pérez de la Torre           | juan              | perez torre
          Juan de la Cruz                  | juan              | cruz
          Juan Cruz López                  | juan              | cruz lopez
          José del Río                     | jose              | rio
          de la Cruz, Juan                 | juan              | cruz
          GUZMAN JOSE                      | jose              | guzman
          GUZMAN JIMENEZ JOSE ANGEL        | jose angel        | guzman jimenez
          VILLANUEVA VALENCIA MARTIN       | martin            | villanueva valencia
          ROSAS HERRERA SANTIAGO PABLO     | santiago pablo    | rosas herrera
          DE LEON GARCIA RUBEN ALBERTO     | ruben alberto     | leon garcia
          GUZMAN J A                       | j a               | guzman
          Lic. Juan Carlos Hernández Jr.   | juan carlos       | hernandez
          Ing. Pedro Ramírez Sr.           | pedro             | ramirez
          Don José María Morelos           | jose maria        | morelos
          Ma. Guadalupe Ramírez            | maria guadalupe   | ramirez
          Mª José Ruiz                     | maria jose        | ruiz
          Dr. John Michael Smith III       | john michael      | smith
          John James Smith                 | john james        | smith
          Smith, John, Jr.                 | john              | smith
          Seán O'Brien                     | sean              | obrien
          Ronald McDonald                  | ronald            | mcdonald
          Ronald Mc Donald                 | ronald            | mcdonald
          Mary Ann MacArthur               | mary ann          | macarthur
          Ludwig van Beethoven             | ludwig            | beethoven
          Van Morrison                     | van               | morrison
          Jean-Pierre Dupont               | jean pierre       | dupont
          Marie-Claire D'Amours            | marie claire      | damours
          Mme Marie-Ève Saint-Pierre       | marie eve         | pierre
          Jean Le Blanc                    | jean              | blanc
          Jean-François Des Rosiers        | jean francois     | rosiers
          Иван Петров                      | ivan              | petrov
          """)
  void parses(String full, String given, String surnames) {
    PersonName parsed = Names.parse(full);
    assertThat(parsed.given()).containsExactly(given.split(" "));
    assertThat(parsed.surnames()).containsExactly(surnames.split(" "));
  }

  @Test
  void parsesPartsTheSameWay() {
    assertThat(Names.of("José Ángel", "Guzmán", "Ximénez"))
        .isEqualTo(name(List.of("jose", "angel"), List.of("guzman", "ximenez")));
    assertThat(Names.of("María de la Luz", "de la Cruz", null))
        .isEqualTo(name(List.of("maria", "luz"), List.of("cruz")));
    assertThat(Names.of(null, "Pérez-Gómez", ""))
        .isEqualTo(name(List.of(), List.of("perez", "gomez")));
    assertThat(Names.of("Sr. Juan", "Van der Berg", null))
        .isEqualTo(name(List.of("juan"), List.of("berg")));
    assertThat(Names.of(null, null, null).isEmpty()).isTrue();
  }

  @Test
  void singleWords() {
    assertThat(Names.parse("José")).isEqualTo(name(List.of("jose"), List.of()));
    assertThat(Names.parse("Guzmán")).isEqualTo(name(List.of(), List.of("guzman")));
    assertThat(Names.parse("Guzmán, ")).isEqualTo(name(List.of(), List.of("guzman")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          ''
          '   '
          '.,-'' ; ! ¿?'
          '123 456'
          '\u0000\u0007\t'
          '😀 🎉'
          """)
  void emptyInputGivesAnEmptyName(String text) {
    assertThat(Names.parse(text).isEmpty()).isTrue();
    assertThat(Names.keys(Names.parse(text))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          José Ángel                 | jose angel
          ÑANDÚ Ærøskøbing           | nandu aeroskobing
          Straße                     | strasse
          O'Brien-Smith              | obrien smith
          Γιώργος                    | giorgos
          Владимир                   | vladimir
          张伟                        | zhang wei
          İlkay Gündoğan             | ilkay gundogan
          """)
  void folds(String text, String folded) {
    assertThat(Names.fold(text)).isEqualTo(folded);
  }

  @Test
  void transliteratesOtherScriptsToAscii() {
    for (String text :
        List.of("محمد علي", "សុខ ចាន់", "김민수", "ნინო", "हरि प्रसाद", "ηλίας", "ยิ่งลักษณ์")) {
      String folded = Names.fold(text);
      assertThat(folded).as(text).isNotBlank().matches("[a-z0-9 ]+");
      assertThat(Names.parse(text).isEmpty()).as(text).isFalse();
    }
  }

  /**
   * Given name a, surnames a, given name b, surnames b, expected given level, expected surnames.
   */
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          José Guzmán                 | JOSE GUZMAN                 | EXACT     | EXACT
          José Guzmán Jiménez         | José Jiménez Guzmán         | EXACT     | SWAPPED
          José Ángel Guzmán           | Ángel José Guzmán           | SWAPPED   | EXACT
          Chuy Guzmán                 | Jesús Guzmán                | ALIAS     | EXACT
          Chucho Guzmán               | Jesus Guzman                | ALIAS     | EXACT
          Pepe López                  | José López                  | ALIAS     | EXACT
          Chepe López                 | José López                  | ALIAS     | EXACT
          Paco Ruiz                   | Francisco Ruiz              | ALIAS     | EXACT
          Pancho Ruiz                 | Francisco Ruiz              | ALIAS     | EXACT
          Curro Ruiz                  | Francisco Ruiz              | ALIAS     | EXACT
          Lupe Reyes                  | Guadalupe Reyes             | ALIAS     | EXACT
          Memo Reyes                  | Guillermo Reyes             | ALIAS     | EXACT
          Nacho Reyes                 | Ignacio Reyes               | ALIAS     | EXACT
          Lalo Reyes                  | Eduardo Reyes               | ALIAS     | EXACT
          Beto Garza                  | Alberto Garza               | ALIAS     | EXACT
          Beto Garza                  | Roberto Garza               | ALIAS     | EXACT
          Alberto Garza               | Roberto Garza               | DIFFERENT | EXACT
          Toño Garza                  | Antonio Garza               | ALIAS     | EXACT
          Quique Garza                | Enrique Garza               | ALIAS     | EXACT
          Chema Garza                 | José María Garza            | ALIAS     | EXACT
          Bill Smith                  | William Smith               | ALIAS     | EXACT
          Will Smith                  | William Smith               | ALIAS     | EXACT
          Billy Smith                 | William Smith               | ALIAS     | EXACT
          Bob Jones                   | Robert Jones                | ALIAS     | EXACT
          Bobby Jones                 | Robert Jones                | ALIAS     | EXACT
          Bob Jones                   | Beto Jones                  | ALIAS     | EXACT
          Peggy Brown                 | Margaret Brown              | ALIAS     | EXACT
          Jim Brown                   | James Brown                 | ALIAS     | EXACT
          Dick Brown                  | Richard Brown               | ALIAS     | EXACT
          Kathryn Brown               | Catherine Brown             | ALIAS     | EXACT
          JB Tremblay                 | Jean-Baptiste Tremblay      | ALIAS     | EXACT
          Guillaume Tremblay          | William Tremblay            | ALIAS     | EXACT
          Guillaume Tremblay          | Guillermo Tremblay          | ALIAS     | EXACT
          Memo Tremblay               | Bill Tremblay               | ALIAS     | EXACT
          Juan Roy                    | John Roy                    | ALIAS     | EXACT
          Jean Roy                    | Juan Roy                    | ALIAS     | EXACT
          Pierre Roy                  | Pedro Roy                   | ALIAS     | EXACT
          Peter Roy                   | Pierre Roy                  | ALIAS     | EXACT
          Joseph Roy                  | José Roy                    | ALIAS     | EXACT
          Xavier Ibarra               | Javier Yvarra               | ALIAS     | PHONETIC
          José Ximénez                | José Jiménez                | EXACT     | PHONETIC
          José Hernández              | José Ernández               | EXACT     | PHONETIC
          Bárbara Villa               | Barbara Biya                | EXACT     | PHONETIC
          Pedro Castillo              | Pedro Castiyo               | EXACT     | PHONETIC
          Pedro Vázquez               | Pedro Basques               | EXACT     | PHONETIC
          Gerardo Muñoz               | Jerardo Munyoz              | PHONETIC  | PHONETIC
          Gerardo Muñoz               | Gerardo Munhoz              | EXACT     | PHONETIC
          Rosa Zepeda                 | Rosa Cepeda                 | EXACT     | PHONETIC
          Ana Delacruz                | Ana de la Cruz              | EXACT     | PHONETIC
          Ana De León                 | Ana Deleon                  | EXACT     | PHONETIC
          Ana Pérez-Gómez             | Ana Perez Gomez             | EXACT     | EXACT
          Ronald McDonald             | Ronald MacDonald            | EXACT     | PHONETIC
          John Smith                  | John Smyth                  | EXACT     | PHONETIC
          Steven Thompson             | Stephen Thomson             | ALIAS     | FUZZY
          Jose Guzman                 | Jose Guzmna                 | EXACT     | FUZZY
          Jose Guzman                 | Jsoe Guzman                 | FUZZY     | EXACT
          Alejandro Rodriguez         | Alejandro Rordiguez         | EXACT     | FUZZY
          Alejandro Rodriguez         | Alejnadro Rordiguez         | FUZZY     | FUZZY
          Inés González Cruz          | Inés González Cuz           | EXACT     | FUZZY
          Gary Taylor                 | Gay Taylor                  | FUZZY     | EXACT
          Arturo Luis Ruiz Camacho    | Arturo Ruiz Camacho         | PARTIAL   | EXACT
          Beatriz Fernanda Gómez Fernández | Beatriz Gómez Fernández | PARTIAL   | EXACT
          María Guzmán Jiménez        | María Guzmán                | EXACT     | PARTIAL
          María José Guzmán           | María Guzmán                | PARTIAL   | EXACT
          José A. Guzmán              | José Ángel Guzmán           | PARTIAL   | EXACT
          J. Guzmán                   | José Guzmán                 | INITIAL   | EXACT
          J. A. Guzmán                | José Ángel Guzmán           | INITIAL   | EXACT
          J. A. Guzmán                | José Luis Guzmán            | DIFFERENT | EXACT
          José Luis Pérez             | José Antonio Pérez          | DIFFERENT | EXACT
          José Guzmán López           | José Guzmán Jiménez         | EXACT     | DIFFERENT
          José Guzmán                 | Pedro Martínez              | DIFFERENT | DIFFERENT
          Mario Ruiz                  | María Ruiz                  | FUZZY     | EXACT
          Louis Roy                   | Louise Roy                  | FUZZY     | EXACT
          Ana Garza                   | Eva Garza                   | DIFFERENT | EXACT
          """)
  void compares(String a, String b, NameLevel given, NameLevel surnames) {
    PersonName x = Names.parse(a);
    PersonName y = Names.parse(b);
    assertThat(Names.compareGiven(x, y)).as("given %s %s", x, y).isEqualTo(given);
    assertThat(Names.compareSurnames(x, y)).as("surnames %s %s", x, y).isEqualTo(surnames);
    assertThat(Names.compareGiven(y, x)).as("symmetric").isEqualTo(given);
    assertThat(Names.compareSurnames(y, x)).as("symmetric").isEqualTo(surnames);
  }

  @Test
  void noComparisonWithoutWords() {
    PersonName full = Names.parse("José Guzmán");
    PersonName surnameOnly = Names.parse("Guzmán");
    assertThat(Names.compareGiven(full, surnameOnly)).isNull();
    assertThat(Names.compareSurnames(full, surnameOnly)).isEqualTo(NameLevel.EXACT);
    assertThat(Names.compareSurnames(full, Names.parse("José"))).isNull();
  }

  @Test
  void aPaternalSurnameRecordedAsAMiddleNameStillAgrees() {
    PersonName mexican = Names.of("José", "Guzmán", "Jiménez");
    PersonName american = name(List.of("jose", "guzman"), List.of("jimenez"));
    assertThat(Names.compareGiven(mexican, american)).isEqualTo(NameLevel.SWAPPED);
    assertThat(Names.compareSurnames(mexican, american)).isEqualTo(NameLevel.SWAPPED);
    assertThat(Names.compareGiven(american, mexican)).isEqualTo(NameLevel.SWAPPED);
    assertThat(Names.keys(mexican)).containsAnyElementsOf(Names.keys(american));
    // With a spelling difference the moved word still agrees, at the weaker level.
    PersonName spelt = name(List.of("jose", "gusman"), List.of("ximenez"));
    assertThat(Names.compareSurnames(mexican, spelt)).isEqualTo(NameLevel.PHONETIC);
  }

  @Test
  void aWordInBothPartsOfOneNameIsNotMoved() {
    PersonName a = Names.of("Jeffrey Daniel", "Daniel", null);
    PersonName b = Names.of("Jeffrey", "Daniel", null);
    assertThat(Names.compareGiven(a, b)).isEqualTo(NameLevel.PARTIAL);
  }

  @Test
  void aGivenNameInTheSurnameSlotStillAgrees() {
    PersonName misread = name(List.of("guzman"), List.of("jose"));
    PersonName right = Names.of("José", "Guzmán", null);
    assertThat(Names.compareGiven(misread, right)).isEqualTo(NameLevel.SWAPPED);
    assertThat(Names.compareSurnames(misread, right)).isEqualTo(NameLevel.SWAPPED);
    // Without a comma, surname-first order is read from the known names.
    assertThat(Names.compareGiven(Names.parse("GUZMAN JOSE"), right)).isEqualTo(NameLevel.EXACT);
  }

  @Test
  void keysAreFewPrefixedAndSharedUnderVariation() {
    PersonName base = Names.parse("José Ángel Guzmán Ximénez");
    List<String> keys = Names.keys(base);
    assertThat(keys).hasSizeLessThanOrEqualTo(12).allMatch(k -> k.matches("[a-z]+:.+"));
    for (String variant :
        List.of(
            "José Guzmán",
            "Jose Angel Ximenez Guzman",
            "GUZMAN JIMENEZ, JOSE ANGEL",
            "J. A. Guzman Jimenez",
            "Pepe Guzmán Jiménez",
            "Jose Angel Gusman Jimenes",
            "José Ángel Guzmna Ximénez",
            "José Ángel Guzmán-Ximénez",
            "Jose Guzman",
            "Joseph Gusman")) {
      assertThat(Names.keys(Names.parse(variant))).as(variant).containsAnyElementsOf(keys);
    }
    assertThat(Names.keys(Names.parse("Bill Smith")))
        .containsAnyElementsOf(Names.keys(Names.parse("Guillermo Smith")));
    assertThat(Names.keys(Names.parse("Maria"))).isEmpty();
    assertThat(Names.keys(Names.of("Maria Jose", null, null))).hasSize(1);
  }

  @Test
  void keysDoNotJoinUnrelatedPeople() {
    assertThat(Names.keys(Names.parse("José Guzmán")))
        .doesNotContainAnyElementsOf(Names.keys(Names.parse("Pedro Martínez")));
  }

  @Test
  void editDistanceIsBoundedOptimalStringAlignment() {
    assertThat(NameComparison.editDistance("guzman", "guzman", 2)).isZero();
    assertThat(NameComparison.editDistance("guzman", "guzmna", 2)).isEqualTo(1);
    assertThat(NameComparison.editDistance("guzman", "guzma", 2)).isEqualTo(1);
    assertThat(NameComparison.editDistance("guzman", "gusmann", 2)).isEqualTo(2);
    assertThat(NameComparison.editDistance("guzman", "martinez", 2)).isEqualTo(3);
    assertThat(NameComparison.editDistance("ca", "abc", 3)).isEqualTo(3);
    assertThat(NameComparison.editDistance("", "abc", 3)).isEqualTo(3);
    assertThat(NameComparison.editDistance("abcdefgh", "badcfehg", 4)).isEqualTo(4);
  }

  @Test
  void nicknameTableIsLargeAndCoversTheThreeLanguages() {
    assertThat(NameData.sizes().get("aliasWords")).isGreaterThan(500);
    assertThat(NameData.sizes().get("hispanic")).isGreaterThan(100);
    assertThat(NameData.topCanonical(NameData.aliases("chuy"))).containsExactly("jesus");
    assertThat(NameData.topCanonical(NameData.aliases("memo"))).containsExactly("william");
  }
}
