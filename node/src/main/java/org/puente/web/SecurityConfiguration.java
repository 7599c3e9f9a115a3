package org.puente.web;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.puente.governance.Accounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API (HTTP Basic, personal tokens and optional OIDC JWTs; stateless; 401
 * and 403 as problem details) and the UI (login form, session, CSRF protection).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self';"
          + " base-uri 'self'";

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      PasswordLogins passwords,
      TokenLogins tokens,
      OidcLogins oidc,
      Problems problems)
      throws Exception {
    AuthenticationEntryPoint unauthenticated =
        (request, response, e) -> {
          response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"puente\", Bearer");
          problems.write(problems.of(ProblemType.UNAUTHENTICATED, request), response);
        };
    AccessDeniedHandler denied =
        (request, response, e) ->
            problems.write(problems.of(ProblemType.FORBIDDEN, request), response);
    List<AuthenticationProvider> bearer = new ArrayList<>();
    bearer.add(tokens);
    oidc.provider().ifPresent(bearer::add);
    AuthenticationManager bearerManager = new ProviderManager(bearer);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a ->
            a.requestMatchers("/api/v1/transparency/checkpoint", "/api/v1/transparency/key")
                .permitAll()
                .anyRequest()
                .authenticated())
        .authenticationManager(new ProviderManager(passwords))
        .httpBasic(b -> b.authenticationEntryPoint(unauthenticated))
        .oauth2ResourceServer(o ->
            o.authenticationManagerResolver(request -> bearerManager)
                .authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(denied))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .exceptionHandling(
            e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain ui(HttpSecurity http, PasswordLogins passwords, Accounts accounts)
      throws Exception {
    SavedRequestAwareAuthenticationSuccessHandler success =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              org.springframework.security.core.Authentication authentication)
              throws jakarta.servlet.ServletException, java.io.IOException {
            if (authentication.getPrincipal() instanceof Principal p) {
              accounts
                  .byId(p.accountId())
                  .ifPresent(a -> {
                    Cookie cookie = new Cookie(Locales.COOKIE, a.locale().toLanguageTag());
                    cookie.setPath("/");
                    cookie.setHttpOnly(true);
                    cookie.setMaxAge(60 * 60 * 24 * 365);
                    cookie.setAttribute("SameSite", "Lax");
                    response.addCookie(cookie);
                  });
            }
            super.onAuthenticationSuccess(request, response, authentication);
          }
        };
    success.setDefaultTargetUrl("/");
    http.authorizeHttpRequests(a ->
            a.requestMatchers(
                    "/login",
                    "/css/**",
                    "/js/**",
                    "/img/**",
                    "/geo/**",
                    "/webjars/**",
                    "/favicon.ico",
                    "/actuator/health",
                    "/actuator/health/**",
                    "/v3/api-docs",
                    "/v3/api-docs/**",
                    "/swagger-ui.html",
                    "/swagger-ui/**",
                    "/problems/**",
                    "/error")
                .permitAll()
                .anyRequest()
                .authenticated())
        .authenticationManager(new ProviderManager(passwords))
        .formLogin(f ->
            f.loginPage("/login").successHandler(success).failureUrl("/login?error").permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .headers(h ->
            h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(
                    r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
