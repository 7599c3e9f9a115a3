package org.puente.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the size of API request bodies — 1 MiB by default, more for batch and library uploads — so
 * that an oversized request is refused with 413 problem details before it costs memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodyLimits extends OncePerRequestFilter {

  private final Problems problems;
  private final long body;
  private final long upload;

  BodyLimits(
      Problems problems,
      @Value("${puente.api.max-body:1MB}") DataSize body,
      @Value("${puente.api.max-upload:64MB}") DataSize upload) {
    this.problems = problems;
    this.body = body.toBytes();
    this.upload = upload.toBytes();
  }

  /** The body was larger than allowed; answered with 413. */
  static final class TooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("request body larger than " + limit + " bytes");
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = isUpload(request) ? upload : body;
    if (request.getContentLengthLong() > limit) {
      problems.write(problems.of(ProblemType.PAYLOAD_TOO_LARGE, request), response);
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  private static boolean isUpload(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String type = request.getContentType();
    return uri.endsWith(":batch")
        || uri.contains("/spectral-libraries")
        || uri.contains("/entries:import")
        || uri.contains("/api/v1/trends/context/")
        || (type != null && type.startsWith("multipart/"));
  }

  /** A request whose body stream fails once more than the limit has been read. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private @org.jspecify.annotations.Nullable ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream current = stream;
      if (current == null) {
        ServletInputStream in = super.getInputStream();
        current =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++read > limit) {
                  throw new TooLarge(limit);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                  read += n;
                  if (read > limit) {
                    throw new TooLarge(limit);
                  }
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
        stream = current;
      }
      return current;
    }
  }
}
