package org.puente.protocol.log;

import org.jspecify.annotations.Nullable;

/**
 * Who acted: a user of an agency of a country; any part may be absent (a failed login has no known
 * user, a partner node's request no local user).
 *
 * @param user the user's login name
 * @param agency the agency's code, e.g. {@code FGR} or {@code CBP-NTC}
 * @param country ISO 3166-1 alpha-3 country code, e.g. {@code MEX}
 */
public record Actor(@Nullable String user, @Nullable String agency, @Nullable String country) {

  public Actor {
    LogEntries.checkText(user, "actor.user");
    LogEntries.checkText(agency, "actor.agency");
    LogEntries.checkText(country, "actor.country");
  }
}
