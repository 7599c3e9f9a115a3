package org.puente.trends;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A context dataset as imported: its publisher and licence, where the copy came from, who imported
 * it and when, and a digest of the CSV that was read.
 *
 * @param kind which dataset
 * @param title what it is
 * @param sourceUrl the publisher's page
 * @param licence the licence it is published under
 * @param retrieved where and when the copy was taken
 * @param importedAt when it was imported
 * @param importedBy the user who imported it
 * @param importedByAgency that user's agency
 * @param rows observations stored
 * @param sha256 SHA-256 (hex) of the CSV text read, after gzip decompression
 * @param measures the measures it holds
 */
public record ContextDataset(
    ContextKind kind,
    String title,
    String sourceUrl,
    String licence,
    String retrieved,
    Instant importedAt,
    String importedBy,
    String importedByAgency,
    long rows,
    String sha256,
    List<String> measures) {

  public ContextDataset {
    Objects.requireNonNull(kind, "kind");
    measures = List.copyOf(measures);
  }
}
