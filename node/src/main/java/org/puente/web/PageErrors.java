package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.governance.Forbidden;
import org.puente.governance.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Not-found and not-allowed on pages, answered with the error page in the reader's language. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler(NotFound.class)
  String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(ProblemType.NOT_FOUND, request, response, model);
  }

  @ExceptionHandler(Forbidden.class)
  String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(ProblemType.FORBIDDEN, request, response, model);
  }

  private static String page(
      ProblemType type, HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(type.status().value());
    model.addAttribute("status", type.status().value());
    model.addAttribute("type", type.slug());
    model.addAttribute("requestId", RequestIds.of(request));
    return "error";
  }
}
