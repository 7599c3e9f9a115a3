package org.puente.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Account;
import org.puente.governance.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Optional login with JWTs from an OpenID Connect provider, configured by its JWK set (and issuer
 * and audience when given). The token only proves who the person is: roles, agency and communities
 * always come from the local account with the same username.
 */
@Component
class OidcLogins {

  private final @Nullable AuthenticationProvider provider;

  OidcLogins(
      Accounts accounts,
      @Value("${puente.security.oidc.jwk-set-uri:}") String jwkSetUri,
      @Value("${puente.security.oidc.issuer-uri:}") String issuer,
      @Value("${puente.security.oidc.audience:}") String audience,
      @Value("${puente.security.oidc.username-claim:preferred_username}") String usernameClaim) {
    if (jwkSetUri.isBlank()) {
      this.provider = null;
      return;
    }
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    validators.add(
        issuer.isBlank()
            ? JwtValidators.createDefault()
            : JwtValidators.createDefaultWithIssuer(issuer));
    if (!audience.isBlank()) {
      validators.add(
          new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    this.provider = provider(decoder, accounts, usernameClaim);
  }

  static JwtAuthenticationProvider provider(
      JwtDecoder decoder, Accounts accounts, String usernameClaim) {
    JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
    jwt.setJwtAuthenticationConverter(token -> {
      String username = token.getClaimAsString(usernameClaim);
      Optional<Account> account =
          username == null
              ? Optional.empty()
              : accounts
                  .byUsername(username)
                  .filter(Account::enabled)
                  .filter(a -> accounts.lockedUntil(a.id()).isEmpty());
      return account
          .map(a -> PasswordLogins.authenticated(a, "oidc"))
          .orElseThrow(() -> new InvalidBearerTokenException("no usable local account"));
    });
    return jwt;
  }

  /** The JWT login, when an identity provider is configured. */
  Optional<AuthenticationProvider> provider() {
    return Optional.ofNullable(provider);
  }
}
