package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Conflict;
import org.puente.governance.Forbidden;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every API error with problem details from the catalogue; an unexpected failure is a 500
 * without internals, logged under the request id.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  private final Problems problems;

  ProblemAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(Rejected.class)
  ResponseEntity<ProblemDetail> rejected(Rejected e, HttpServletRequest request) {
    return respond(problems.invalid(e.violations(), request));
  }

  @ExceptionHandler(org.puente.intelligence.Screenings.TooManyRecords.class)
  ResponseEntity<ProblemDetail> tooMany(
      org.puente.intelligence.Screenings.TooManyRecords e, HttpServletRequest request) {
    ProblemDetail problem = problems.of(ProblemType.PAYLOAD_TOO_LARGE, request);
    problem.setProperty("limit", e.limit());
    return respond(problem);
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e, HttpServletRequest request) {
    return respond(problems.of(ProblemType.NOT_FOUND, request));
  }

  @ExceptionHandler(Forbidden.class)
  ResponseEntity<ProblemDetail> forbidden(Forbidden e, HttpServletRequest request) {
    return respond(problems.of(ProblemType.FORBIDDEN, request));
  }

  @ExceptionHandler(Conflict.class)
  ResponseEntity<ProblemDetail> conflict(Conflict e, HttpServletRequest request) {
    ProblemDetail problem = problems.of(ProblemType.CONFLICT, request);
    return respond(problem);
  }

  @ExceptionHandler(org.puente.transparency.LogRangeError.class)
  ResponseEntity<ProblemDetail> range(
      org.puente.transparency.LogRangeError e, HttpServletRequest request) {
    return respond(
        problems.invalid(
            java.util.List.of(
                Violation.of(Violation.pointer("", e.parameter()), e.code(), e.limit())),
            request));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return respond(
        problems.invalid(
            java.util.List.of(
                Violation.of(Violation.pointer("", e.getName()), "parameter.invalid", e.getName())),
            request));
  }

  @ExceptionHandler(AuthenticationException.class)
  void authentication(AuthenticationException e) {
    // The security filter chain answers with 401 (API) or the login page (UI).
    throw e;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    log.error("unexpected failure in request {}", RequestIds.of(request), e);
    return respond(problems.of(ProblemType.INTERNAL, request));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    HttpServletRequest servlet = servlet(request);
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyLimits.TooLarge) {
        return respondObject(problems.of(ProblemType.PAYLOAD_TOO_LARGE, servlet));
      }
    }
    return respondObject(problems.of(ProblemType.MALFORMED_REQUEST, servlet));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return respondObject(problems.of(ProblemType.PAYLOAD_TOO_LARGE, servlet(request)));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = problems.of(ProblemType.forStatus(status.value()), servlet(request));
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpServletRequest servlet(WebRequest request) {
    HttpServletRequest servlet =
        ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    if (servlet == null) {
      throw new IllegalStateException("not a servlet request");
    }
    return servlet;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<Object> respondObject(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
