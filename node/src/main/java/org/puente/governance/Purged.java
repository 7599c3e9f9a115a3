package org.puente.governance;

import java.util.List;
import java.util.UUID;

/**
 * Records whose labels' retain-until dates passed were deleted; modules that keep copies of them,
 * such as a search index, drop those too.
 *
 * @param recordType the type of the purged rows
 * @param ids their ids
 * @param records the records they belonged to (the same ids for whole records)
 */
public record Purged(String recordType, List<UUID> ids, List<UUID> records) {

  public Purged {
    ids = List.copyOf(ids);
    records = List.copyOf(records);
  }
}
