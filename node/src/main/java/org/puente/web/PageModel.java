package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.DemoMode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What every page shows: who is logged in, whether this is a demo node, the language. */
@ControllerAdvice
class PageModel {

  private final Callers callers;
  private final DemoMode demo;

  PageModel(Callers callers, DemoMode demo) {
    this.callers = callers;
    this.demo = demo;
  }

  @ModelAttribute("me")
  @Nullable Caller me(HttpServletRequest request) {
    if (request.getRequestURI().startsWith("/api/")) {
      return null;
    }
    return callers.current(request).orElse(null);
  }

  @ModelAttribute("admin")
  boolean admin(HttpServletRequest request) {
    Caller me = me(request);
    return me != null && me.account().has(org.puente.governance.Role.ADMIN);
  }

  @ModelAttribute("security")
  boolean security(HttpServletRequest request) {
    Caller me = me(request);
    return me != null && me.account().has(org.puente.governance.Role.SECURITY_OFFICER);
  }

  @ModelAttribute("demo")
  boolean demo() {
    return demo.enabled();
  }

  @ModelAttribute("lang")
  String lang(HttpServletRequest request) {
    return RequestContextUtils.getLocale(request).getLanguage();
  }

  @ModelAttribute("path")
  String path(HttpServletRequest request) {
    return request.getRequestURI();
  }
}
