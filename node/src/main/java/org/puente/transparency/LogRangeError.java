package org.puente.transparency;

/**
 * A proof or range was asked for that the log cannot give: an index or size beyond the tree, or
 * sizes in the wrong order. Answered as invalid input naming the parameter.
 */
public class LogRangeError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String code;
  private final long limit;

  public LogRangeError(String parameter, String code, long limit) {
    super(code + " (" + parameter + ", " + limit + ")");
    this.parameter = parameter;
    this.code = code;
    this.limit = limit;
  }

  /** The request parameter at fault. */
  public String parameter() {
    return parameter;
  }

  /** The message code, resolved in the caller's language. */
  public String code() {
    return code;
  }

  /** The bound that was crossed, for the message. */
  public long limit() {
    return limit;
  }
}
