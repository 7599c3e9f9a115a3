package org.puente.web;

import java.io.Serializable;
import java.util.UUID;

/**
 * Who authenticated, kept in the security context: the account's id and name and how they proved
 * it. Roles and labels are read fresh from the account on every request.
 *
 * @param accountId the account
 * @param username the account's username
 * @param method {@code password}, {@code basic}, {@code token} or {@code oidc}
 */
public record Principal(UUID accountId, String username, String method) implements Serializable {

  @Override
  public String toString() {
    return username;
  }
}
