package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.puente.governance.Account;
import org.puente.governance.Accounts;
import org.puente.governance.Login;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Logs in with a username and password (the login form and HTTP Basic), with lockout. */
@Component
class PasswordLogins implements AuthenticationProvider {

  private final Accounts accounts;

  PasswordLogins(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = String.valueOf(authentication.getName());
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    boolean basic = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    Login login = accounts.login(username, password, RequestIds.of(request));
    return switch (login) {
      case Login.Accepted accepted ->
          authenticated(accepted.account(), basic ? "basic" : "password");
      case Login.BadCredentials bad -> throw new BadCredentialsException("bad credentials");
      case Login.Locked locked -> throw new LockedException("locked");
      case Login.Disabled disabled -> throw new DisabledException("disabled");
    };
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  static UsernamePasswordAuthenticationToken authenticated(Account account, String method) {
    return UsernamePasswordAuthenticationToken.authenticated(
        new Principal(account.id(), account.username(), method), null, authorities(account));
  }

  static List<GrantedAuthority> authorities(Account account) {
    return account.roles().stream()
        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
        .toList();
  }
}
