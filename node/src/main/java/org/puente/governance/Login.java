package org.puente.governance;

import java.time.Instant;

/** The outcome of a login attempt with a username and password. */
public sealed interface Login {

  /**
   * The password was right and the account may log in.
   *
   * @param account the account
   */
  record Accepted(Account account) implements Login {}

  /** Unknown user or wrong password; the two are not told apart. */
  record BadCredentials() implements Login {}

  /**
   * Too many failed attempts; refused until the given time, whatever the password.
   *
   * @param until when the lock ends
   */
  record Locked(Instant until) implements Login {}

  /** The account has been disabled by an administrator. */
  record Disabled() implements Login {}
}
