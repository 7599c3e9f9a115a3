package org.puente.intelligence.resolution;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-memory index of person records that finds the candidates for one record at a time.
 * (Placeholder: to be replaced by the engine.)
 */
public final class Resolver {

  public Resolver(Model model) {}

  /** Adds or replaces a record. */
  public synchronized void put(PersonRecord record) {}

  /** Removes a record, if present. */
  public synchronized void remove(String id) {}

  public int size() {
    return 0;
  }

  /**
   * The best candidates for a query, best first, with at least {@code minScore} (log2 odds). Each
   * stored record is first passed through {@code view}, which returns what of it may be compared
   * (empty when nothing may): blocking and scoring then use only that.
   */
  public List<Candidate> match(
      PersonRecord query,
      int limit,
      double minScore,
      Function<PersonRecord, Optional<PersonRecord>> view) {
    return List.of();
  }

  /** The explanation of one pair. */
  public Explanation explain(PersonRecord a, PersonRecord b) {
    return new Explanation(0, List.of(), 0, 0.5); // placeholder
  }
}
