package org.puente.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.puente.governance.Rejected;

/**
 * The context readers face uploaded files: whatever is cut, repeated or spliced into a real
 * excerpt, a reader either returns observations or rejects the file with named problems — never any
 * other exception, and never a row a rejected file would have stored.
 */
class ContextParsersFuzzTest {

  record Mutation(ContextKind kind, int at, int cut, String insert) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    Arbitrary<ContextKind> kinds = Arbitraries.of(ContextKind.values());
    Arbitrary<String> inserts =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars(",\"\r\n;0123456789.-eE ").ofMaxLength(12),
            Arbitraries.strings().ofMaxLength(8),
            Arbitraries.of(
                "", "\"", "\"\"", ",,,", "\n", "NaN", "1e309", "-1", "Suppr.", "\u0000"));
    return Combinators.combine(
            kinds,
            Arbitraries.integers().between(0, 2000),
            Arbitraries.integers().between(0, 40),
            inserts)
        .as(Mutation::new);
  }

  @Property(tries = 600)
  void aMutatedFileIsReadOrRejectedWithItsProblemsNamed(@ForAll("mutations") Mutation m) {
    String text = excerpt(m.kind());
    int at = Math.min(m.at(), text.length());
    int end = Math.min(text.length(), at + m.cut());
    String mutated = text.substring(0, at) + m.insert() + text.substring(end);
    try {
      List<ContextObservation> rows = ContextParsers.parse(m.kind(), mutated);
      for (ContextObservation o : rows) {
        assertThat(o.measure()).isNotBlank();
        assertThat(o.value()).isNotNull();
        assertThat(o.start()).isNotNull();
      }
    } catch (Rejected e) {
      assertThat(e.violations()).isNotEmpty();
    }
  }

  private static String excerpt(ContextKind kind) {
    return switch (kind) {
      case CBP_SEIZURES -> ContextDataTest.CBP;
      case CDC_OVERDOSES -> ContextDataTest.CDC;
      case PHAC_HARMS -> ContextDataTest.PHAC;
      case SESNSP_NARCOMENUDEO -> ContextDataTest.SESNSP;
    };
  }
}
