package org.puente.governance;

import java.util.Set;
import java.util.TreeSet;
import org.apache.accumulo.access.Access;

/**
 * The authorization tokens a caller holds and label expressions test: {@code c:} a country, {@code
 * a:} an agency, {@code k:} a community. Tokens are quoted so that any code is safe in an
 * expression.
 */
public final class Authorizations {

  private static final Access ACCESS = Access.builder().build();

  private Authorizations() {}

  static String country(Country country) {
    return ACCESS.quote("c:" + country.name());
  }

  static String agency(String agency) {
    return ACCESS.quote("a:" + agency);
  }

  static String community(String community) {
    return ACCESS.quote("k:" + community);
  }

  /** The unquoted tokens an evaluator is built from. */
  static Set<String> of(Country country, String agency, Set<String> communities) {
    Set<String> tokens = new TreeSet<>();
    tokens.add("c:" + country.name());
    tokens.add("a:" + agency);
    communities.forEach(k -> tokens.add("k:" + k));
    return tokens;
  }

  static Access access() {
    return ACCESS;
  }
}
