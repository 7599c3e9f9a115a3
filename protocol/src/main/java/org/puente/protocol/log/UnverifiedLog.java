package org.puente.protocol.log;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * An exported log does not verify: a checkpoint is not signed by a trusted key, or an entry was
 * altered, removed, duplicated or moved; the message says what, and where.
 */
public final class UnverifiedLog extends Exception {

  private static final long serialVersionUID = 1L;

  private final @Nullable Long firstBadIndex;

  public UnverifiedLog(String reason, @Nullable Long firstBadIndex) {
    super(reason);
    this.firstBadIndex = firstBadIndex;
  }

  /**
   * The first index known to be bad, when the check pins it down; a root mismatch only bounds it,
   * and the message then names the range.
   */
  public OptionalLong firstBadIndex() {
    return firstBadIndex == null ? OptionalLong.empty() : OptionalLong.of(firstBadIndex);
  }
}
