package org.puente.intelligence.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entities a search found among the documents the caller may match, best first.
 *
 * @param hits at most the requested number of entities, one hit each, best score first
 * @param total distinct entities that matched
 * @param byType distinct entities that matched, per type
 * @param totalIsExact false when the search stopped at its bound on matching documents, so that
 *     {@code total} and {@code byType} are lower bounds
 */
public record SearchResult(
    List<SearchHit> hits, long total, Map<String, Long> byType, boolean totalIsExact) {

  public SearchResult {
    hits = List.copyOf(hits);
    byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    if (total < hits.size()) {
      throw new IllegalArgumentException("total must count at least the hits");
    }
  }

  static SearchResult empty() {
    return new SearchResult(List.of(), 0, Map.of(), true);
  }
}
