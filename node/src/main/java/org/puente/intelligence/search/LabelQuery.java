package org.puente.intelligence.search;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The caller's label filter as a Lucene query, added to every search as a FILTER clause so that a
 * document the caller may not match is never scored, collected, counted or faceted.
 *
 * <p>A document matches when its record label is visible or a pointer, and either its field label
 * is visible, or its fields carry the record's own label and the record is a pointer. A field with
 * a stricter label than its record is matched only by a caller who sees that label in full;
 * otherwise a search on it (a withheld date of birth, say) would reveal the value.
 */
final class LabelQuery {

  private LabelQuery() {}

  /** The filter, or {@code null} when the caller may match nothing at all. */
  static @Nullable Query of(LabelFilter filter) {
    long[] visible = filter.visible();
    long[] pointers = filter.pointers();
    if (visible.length == 0 && pointers.length == 0) {
      return null;
    }
    long[] records =
        LongStream.concat(Arrays.stream(visible), Arrays.stream(pointers)).distinct().toArray();
    BooleanQuery.Builder fields = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    if (visible.length > 0) {
      fields.add(LongField.newSetQuery(EntityDocuments.FIELD_LABEL, visible), Occur.SHOULD);
    }
    if (pointers.length > 0) {
      fields.add(
          new BooleanQuery.Builder()
              .add(
                  new TermQuery(new Term(EntityDocuments.BASE, EntityDocuments.TRUE)), Occur.FILTER)
              .add(LongField.newSetQuery(EntityDocuments.RECORD_LABEL, pointers), Occur.FILTER)
              .build(),
          Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(LongField.newSetQuery(EntityDocuments.RECORD_LABEL, records), Occur.FILTER)
        .add(fields.build(), Occur.FILTER)
        .build();
  }
}
