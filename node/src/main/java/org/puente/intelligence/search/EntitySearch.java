package org.puente.intelligence.search;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The search port of the intelligence module, so that a cluster engine can replace the embedded
 * index: it indexes entities with their labels and answers searches only from documents the
 * caller's label filter lets it match.
 */
public interface EntitySearch {

  /** Replaces everything indexed for this entity; searchable after the next {@link #refresh()}. */
  void index(IndexedEntity entity);

  /**
   * Indexes many entities, each replaced as by {@link #index}; the batch as a whole is not atomic.
   */
  void indexAll(Collection<IndexedEntity> entities);

  /** Removes the entity; gone from searches after the next {@link #refresh()}. */
  void delete(UUID id);

  /** Makes every change so far searchable; returns when it is. */
  void refresh();

  /**
   * Entities matching the query among the documents the filter lets the caller match.
   *
   * @param query the user's words, or an identifier with or without separators
   * @param type only entities of this type, or all types
   * @param filter what the caller may match on, decided by the governance module
   * @param limit at most this many hits; totals and facets are counted regardless
   */
  SearchResult search(String query, @Nullable String type, LabelFilter filter, int limit);
}
