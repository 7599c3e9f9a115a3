package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.puente.governance.Accounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: English, Spanish or French. A choice made with the switcher ({@code
 * ?lang=es}) is kept in a cookie and, for a logged-in person, in their account; otherwise the
 * browser's Accept-Language decides.
 */
@Configuration(proxyBeanMethods = false)
class Locales implements WebMvcConfigurer {

  static final String COOKIE = "puente-lang";
  static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH);

  private final Callers callers;
  private final Accounts accounts;

  Locales(Callers callers, Accounts accounts) {
    this.callers = callers;
    this.accounts = accounts;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setDefaultLocaleFunction(Locales::fromHeader);
    return resolver;
  }

  /** The best supported language for the browser's Accept-Language, English when none fits. */
  static Locale fromHeader(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
      return best == null ? Locale.ENGLISH : best;
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH;
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler)
                  throws jakarta.servlet.ServletException {
                String lang = request.getParameter("lang");
                if (lang == null) {
                  return true;
                }
                Locale chosen = Locale.forLanguageTag(lang);
                if (!SUPPORTED.contains(chosen)) {
                  return true;
                }
                boolean kept = change.preHandle(request, response, handler);
                callers.current(request).ifPresent(c -> accounts.chooseLanguage(c, chosen));
                return kept;
              }
            })
        .excludePathPatterns("/api/**");
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(callers);
  }
}
