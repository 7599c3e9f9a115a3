package org.puente.governance;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A person's account at this node, as it stands now: which agency they work for, in which country,
 * their roles and communities, and the language they read.
 */
public record Account(
    UUID id,
    String username,
    String displayName,
    String agency,
    Country country,
    SortedSet<Role> roles,
    SortedSet<String> communities,
    Locale locale,
    boolean enabled) {

  public Account {
    roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
    communities = Collections.unmodifiableSortedSet(new TreeSet<>(communities));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the person holds at least one role that works with operational records. */
  public boolean operational() {
    return roles.stream().anyMatch(Role::operational);
  }

  /** The authorization tokens that label expressions are evaluated against. */
  Set<String> authorizations() {
    return Authorizations.of(country, agency, communities);
  }
}
