package org.puente.governance;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An agency that shares through this node.
 *
 * @param code short unique code, for example {@code CBP-NTC}
 * @param name full name
 * @param country the country it belongs to
 * @param contactPoint whom partners contact about its records (desk, phone or address)
 */
public record Agency(String code, String name, Country country, String contactPoint) {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

  public Agency {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contactPoint, "contactPoint");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("agency codes are 2-32 upper-case letters, digits or '-'");
    }
  }
}
