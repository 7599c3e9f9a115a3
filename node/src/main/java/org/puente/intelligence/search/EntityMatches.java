package org.puente.intelligence.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the entities a search matched, in all and per type, from the type doc values of their
 * parent documents.
 *
 * <p>Only parents the query matched reach it, and a parent matches only through children that
 * passed the label filter, so it never counts an entity the caller may not match.
 */
final class EntityMatches implements CollectorManager<EntityMatches.Slice, EntityMatches.Counts> {

  /** Matching entities, in all and per type. */
  record Counts(long total, Map<String, Long> byType) {}

  @Override
  public Slice newCollector() {
    return new Slice();
  }

  @Override
  public Counts reduce(Collection<Slice> slices) {
    long total = 0;
    Map<String, Long> byType = new TreeMap<>();
    for (Slice slice : slices) {
      total += slice.total;
      slice.byType.forEach((type, n) -> byType.merge(type, n, Long::sum));
    }
    return new Counts(total, byType);
  }

  /** Counts one slice of the index's segments. */
  static final class Slice implements Collector {

    private final Map<String, Long> byType = new TreeMap<>();
    private long total;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues types = DocValues.getSortedSet(context.reader(), EntityDocuments.TYPE);
      long[] perOrd = new long[(int) Math.min(Integer.MAX_VALUE, types.getValueCount())];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          if (types.advanceExact(doc)) {
            perOrd[(int) types.nextOrd()]++;
          }
        }

        @Override
        public void finish() throws IOException {
          for (int ord = 0; ord < perOrd.length; ord++) {
            if (perOrd[ord] > 0) {
              byType.merge(types.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
            }
          }
        }
      };
    }
  }
}
