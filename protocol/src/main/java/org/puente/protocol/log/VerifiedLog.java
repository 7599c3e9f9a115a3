package org.puente.protocol.log;

import java.util.List;
import org.puente.protocol.note.Checkpoint;

/**
 * What an export's audit established: every checkpoint is signed, and the entries are exactly the
 * leaves each checkpoint commits to.
 *
 * @param origin the log's origin
 * @param entries the number of leaves checked
 * @param redacted how many of them were withheld, checked by hash only
 * @param checkpoints the verified checkpoints, smallest tree first
 */
public record VerifiedLog(
    String origin, long entries, long redacted, List<Checkpoint> checkpoints) {

  public VerifiedLog {
    checkpoints = List.copyOf(checkpoints);
  }

  /** The checkpoint of the largest tree. */
  public Checkpoint newest() {
    return checkpoints.getLast();
  }
}
