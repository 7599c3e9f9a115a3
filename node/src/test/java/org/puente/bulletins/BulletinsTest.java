package org.puente.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulletinsTest {

  @Test
  void searchTextIsFoldedForCaseAndAccents() {
    assertThat(Bulletins.fold("José GUZMÁN Ñandú")).isEqualTo("jose guzman nandu");
  }

  @Test
  void queriesBecomeAFewDistinctFoldedWords() {
    assertThat(Bulletins.terms("  Fentanilo, fentanilo; CARFENTANIL-Nogales "))
        .containsExactly("fentanilo", "carfentanil", "nogales");
    assertThat(Bulletins.terms(null)).isEmpty();
    assertThat(Bulletins.terms("a b c d e f g h i j k")).hasSize(8);
  }
}
