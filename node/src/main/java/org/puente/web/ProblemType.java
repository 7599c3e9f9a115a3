package org.puente.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The catalogue of problem types the API answers with (RFC 9457). Each type is a stable relative
 * URI that the node also serves as a page explaining the problem in three languages.
 */
public enum ProblemType {
  INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST),
  MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
  UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
  NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
  CONFLICT("conflict", HttpStatus.CONFLICT),
  PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
  INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR);

  private final String slug;
  private final HttpStatus status;

  ProblemType(String slug, HttpStatus status) {
    this.slug = slug;
    this.status = status;
  }

  public String slug() {
    return slug;
  }

  public HttpStatus status() {
    return status;
  }

  public URI uri() {
    return URI.create("/problems/" + slug);
  }

  /** The type for an HTTP status that has no more specific type. */
  static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status.value() == status && type != MALFORMED_REQUEST) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : INVALID_REQUEST;
  }
}
