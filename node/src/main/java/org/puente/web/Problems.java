package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.puente.governance.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details in the caller's language, from the one catalogue. */
@Component
public class Problems {

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final JsonMapper json;

  Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
    this.messages = messages;
    this.locales = locales;
    this.json = json;
  }

  /** A problem of the given type, with its standard title and detail. */
  public ProblemDetail of(ProblemType type, HttpServletRequest request, Object... detailArgs) {
    Locale locale = locales.resolveLocale(request);
    ProblemDetail problem = ProblemDetail.forStatus(type.status());
    problem.setType(type.uri());
    problem.setTitle(text("problem." + type.slug() + ".title", locale));
    problem.setDetail(text("problem." + type.slug() + ".detail", locale, detailArgs));
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("requestId", RequestIds.of(request));
    return problem;
  }

  /** An invalid request, naming every bad field with a JSON Pointer. */
  public ProblemDetail invalid(List<Violation> violations, HttpServletRequest request) {
    Locale locale = locales.resolveLocale(request);
    ProblemDetail problem = of(ProblemType.INVALID_REQUEST, request, violations.size());
    problem.setProperty(
        "errors",
        violations.stream()
            .map(v -> {
              Map<String, Object> error = new LinkedHashMap<>();
              error.put("pointer", v.pointer());
              error.put("code", v.code());
              error.put("detail", text(v.code(), locale, v.args().toArray()));
              return error;
            })
            .toList());
    return problem;
  }

  /** Writes a problem straight to the response, for filters that answer before MVC. */
  public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    response.getWriter().write(json.writeValueAsString(body));
  }

  private String text(String code, Locale locale, Object... args) {
    return java.util.Objects.requireNonNullElse(
        messages.getMessage(code, args, code, locale), code);
  }
}
