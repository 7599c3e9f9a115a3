package org.puente.web;

import org.jspecify.annotations.Nullable;
import org.puente.governance.ApiTokens;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Logs in with a personal API token. Bearer tokens that are not Puente tokens are left to the
 * identity provider's JWT check, when one is configured.
 */
@Component
class TokenLogins implements AuthenticationProvider {

  private final ApiTokens tokens;

  TokenLogins(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public @Nullable Authentication authenticate(Authentication authentication) {
    String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
    if (!secret.startsWith(ApiTokens.PREFIX)) {
      return null;
    }
    return tokens
        .authenticate(secret)
        .map(account -> PasswordLogins.authenticated(account, "token"))
        .orElseThrow(() -> new InvalidBearerTokenException("unknown, expired or revoked token"));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
