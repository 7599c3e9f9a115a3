package org.puente.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that reach the servlet container (unknown paths, unsupported methods, failures in
 * filters): problem details for the API, a page in the reader's language for the UI.
 */
@Controller
class ErrorPages implements ErrorController {

  private final Problems problems;

  ErrorPages(Problems problems) {
    this.problems = problems;
  }

  @RequestMapping("/error")
  @Nullable String error(HttpServletRequest request, HttpServletResponse response, Model model)
      throws IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : 500;
    String uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String s
            ? s
            : request.getRequestURI();
    ProblemType type = ProblemType.forStatus(status);
    if (uri.startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail problem = problems.of(type, request);
      problem.setInstance(java.net.URI.create(uri));
      problem.setStatus(status);
      problems.write(problem, response);
      return null;
    }
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("type", type.slug());
    model.addAttribute("requestId", RequestIds.of(request));
    return "error";
  }
}
