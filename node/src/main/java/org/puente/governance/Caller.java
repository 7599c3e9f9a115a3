package org.puente.governance;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking, in one request: the account, the request's id (carried into the transparency log)
 * and the purpose the caller stated, if any.
 */
public record Caller(Account account, String requestId, @Nullable String purpose) {

  public Caller {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(requestId, "requestId");
    if (purpose != null && purpose.isBlank()) {
      purpose = null;
    }
  }

  public String agency() {
    return account.agency();
  }

  public Country country() {
    return account.country();
  }

  public String username() {
    return account.username();
  }
}
