package org.puente.intelligence.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.jspecify.annotations.Nullable;

/**
 * Collapses matching documents into entities, keeping each entity's best score, and stops after a
 * bound on documents so that a vague query cannot make a search unbounded.
 *
 * <p>Only documents the query matched reach it, and every query it is given carries the label
 * filter, so it never reads the id or type of a document the caller may not match.
 */
final class EntityMatches implements CollectorManager<EntityMatches.Slice, EntityMatches.Found> {

  /** An entity's type and best score among its matching documents. */
  record Match(String type, float score) {}

  /**
   * Matching entities by id.
   *
   * @param complete false when the bound stopped collection, so that more entities may match
   */
  record Found(Map<String, Match> byEntity, boolean complete) {}

  private final int maxDocuments;
  private final AtomicInteger seen = new AtomicInteger();
  private final AtomicBoolean stopped = new AtomicBoolean();

  EntityMatches(int maxDocuments) {
    this.maxDocuments = maxDocuments;
  }

  @Override
  public Slice newCollector() {
    return new Slice();
  }

  @Override
  public Found reduce(Collection<Slice> slices) {
    Map<String, Match> all = new HashMap<>();
    for (Slice slice : slices) {
      slice.matches.forEach((id, match) -> all.merge(id, match, EntityMatches::better));
    }
    return new Found(all, !stopped.get());
  }

  private static Match better(Match a, Match b) {
    return b.score() > a.score() ? b : a;
  }

  /** Collects one slice of the index's segments. */
  final class Slice implements Collector {

    private final Map<String, Match> matches = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      if (stopped.get()) {
        throw new CollectionTerminatedException();
      }
      SortedSetDocValues ids = DocValues.getSortedSet(context.reader(), EntityDocuments.ID);
      SortedSetDocValues types = DocValues.getSortedSet(context.reader(), EntityDocuments.TYPE);
      return new LeafCollector() {
        private @Nullable Scorable scorer;

        @Override
        public void setScorer(Scorable scorer) {
          this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
          if (seen.incrementAndGet() > maxDocuments) {
            stopped.set(true);
            throw new CollectionTerminatedException();
          }
          if (!ids.advanceExact(doc) || !types.advanceExact(doc)) {
            return;
          }
          String id = ids.lookupOrd(ids.nextOrd()).utf8ToString();
          String type = types.lookupOrd(types.nextOrd()).utf8ToString();
          float score = scorer == null ? 0f : scorer.score();
          matches.merge(id, new Match(type, score), EntityMatches::better);
        }
      };
    }
  }
}
