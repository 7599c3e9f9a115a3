package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Account;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the authenticated principal into a {@link Caller} for each request, reading the account
 * afresh so that a disabled or locked account, or changed roles, take effect at once.
 */
@Component
public class Callers implements HandlerMethodArgumentResolver {

  /** Header in which an API client states the purpose of a request, carried into the log. */
  public static final String PURPOSE = "X-Purpose";

  static final int MAX_PURPOSE = 200;
  private static final String ATTRIBUTE = Callers.class.getName();

  private final Accounts accounts;

  Callers(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Caller.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mav,
      NativeWebRequest web,
      @Nullable WebDataBinderFactory binders) {
    HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
    if (request == null) {
      throw new IllegalStateException("callers exist only in HTTP requests");
    }
    return current(request)
        .orElseThrow(() -> new InsufficientAuthenticationException("no usable account"));
  }

  /** The caller of this request, if it is authenticated with an account that may act now. */
  public Optional<Caller> current(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof Caller known) {
      return Optional.of(known);
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof Principal p)) {
      return Optional.empty();
    }
    Optional<Account> account =
        accounts
            .byId(p.accountId())
            .filter(Account::enabled)
            .filter(a -> accounts.lockedUntil(a.id()).isEmpty());
    String purpose = request.getHeader(PURPOSE);
    if (purpose == null) {
      purpose = request.getParameter("purpose");
    }
    if (purpose != null) {
      purpose = purpose.strip();
      if (purpose.length() > MAX_PURPOSE) {
        purpose = purpose.substring(0, MAX_PURPOSE);
      }
    }
    String statedPurpose = purpose;
    Optional<Caller> caller =
        account.map(a -> new Caller(a, RequestIds.of(request), statedPurpose));
    caller.ifPresent(c -> request.setAttribute(ATTRIBUTE, c));
    return caller;
  }
}
