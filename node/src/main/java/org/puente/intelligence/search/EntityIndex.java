package org.puente.intelligence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The embedded Lucene index of entities: one block per entity, a child document per field group
 * followed by a parent document, searched with the caller's label filter inside every query.
 *
 * <p>A multi-word query matches an entity when every word matches at least one of that entity's
 * documents the caller may match, so a name whose given names and surnames carry different labels
 * is found by a caller who sees both, and a hidden group can never supply a word. Each word is a
 * block join from the entity's field-group documents to its parent, the child query being the
 * word's clauses with the label filter as a FILTER clause; the words are required together at the
 * parent, so Lucene intersects the entities directly and every match is found, however common the
 * words. An entity's score is the sum over words of the best way each word matched in one of its
 * documents (exact name or identifier, exact other text, phonetic key, prefix), or the score of the
 * whole query as one identifier when that is higher; equal scores are ordered by entity id.
 *
 * <p>Totals and facets count every matching entity, so {@link SearchResult#totalIsExact()} is
 * always true here.
 */
public final class EntityIndex implements EntitySearch, AutoCloseable {

  static final float EXACT_NAME = 8f;
  static final float EXACT_TEXT = 4f;
  static final float PHONETIC = 2f;
  static final float PREFIX = 1f;
  static final float WHOLE_IDENTIFIER = 16f;
  static final float WHOLE_IDENTIFIER_PREFIX = 6f;

  /** Prefixes shorter than this would expand to too many terms and mean little. */
  static final int MIN_PREFIX = 3;

  /** Identifier prefixes shorter than this would match too many identifiers to mean anything. */
  static final int MIN_IDENTIFIER_PREFIX = 6;

  private static final double RAM_BUFFER_MB = 64;

  /** Up to this many hits are collected in the same pass as the counts; more take a second pass. */
  private static final int ONE_PASS_HITS = 10_000;

  /** Ties among equal scores are broken by entity id, so results do not depend on index order. */
  private static final Sort RANKING =
      new Sort(
          SortField.FIELD_SCORE, new SortField(EntityDocuments.ID_ORDER, SortField.Type.STRING));

  /** The last document of every block, where a block join lands. */
  private static final Query PARENTS =
      new TermQuery(new Term(EntityDocuments.HEAD, EntityDocuments.TRUE));

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final BitSetProducer parents = new QueryBitSetProducer(PARENTS);

  private EntityIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config =
        new IndexWriterConfig(new WhitespaceAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, config);
    dropFlatDocuments(writer);
    this.searchers = new SearcherManager(writer, new SearcherFactory());
  }

  /**
   * An index written before entities were blocks holds documents but no parents. Joined to the next
   * parent in the index, such a document would be attributed to another entity, so the index is
   * emptied instead: it then counts no entities and the node rebuilds it from the database.
   */
  private static void dropFlatDocuments(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      if (reader.numDocs() > 0 && new IndexSearcher(reader).count(PARENTS) == 0) {
        writer.deleteAll();
        writer.commit();
      }
    }
  }

  /** Opens (or creates) the index kept in this directory. */
  public static EntityIndex open(Path directory) {
    Directory fs = null;
    try {
      fs = FSDirectory.open(directory);
      return new EntityIndex(fs);
    } catch (IOException e) {
      closeQuietly(fs, e);
      throw new UncheckedIOException(e);
    }
  }

  /** An index in memory, for tests. */
  public static EntityIndex inMemory() {
    try {
      return new EntityIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(@Nullable Directory directory, IOException failure) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  @Override
  public void index(IndexedEntity entity) {
    try {
      // One call replaces the entity's whole block atomically: no reader sees old and new, and the
      // block stays contiguous, as the block join requires.
      writer.updateDocuments(idTerm(entity.id()), EntityDocuments.of(entity));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void indexAll(Collection<IndexedEntity> entities) {
    // The writer buffers and flushes by RAM; committing is left to commit(), never per entity.
    for (IndexedEntity entity : entities) {
      index(entity);
    }
  }

  @Override
  public void delete(UUID id) {
    try {
      // The id term is on every document of the block, so the block goes whole.
      writer.deleteDocuments(idTerm(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every change so far durable. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Entities in the index as of the last refresh; for tests. */
  public long count() {
    return withSearcher(searcher -> searcher.count(PARENTS));
  }

  @Override
  public SearchResult search(String query, @Nullable String type, LabelFilter filter, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    Query labels = LabelQuery.of(filter);
    QueryWords words = QueryWords.parse(query);
    if (labels == null || words.isEmpty()) {
      return SearchResult.empty();
    }
    Query match = match(words, labels);
    Query scoped =
        type == null
            ? match
            : new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(KeywordField.newExactQuery(EntityDocuments.TYPE, type), Occur.FILTER)
                .build();
    return withSearcher(searcher -> search(searcher, scoped, limit));
  }

  /**
   * The whole query at the parent level: every word joined from the entity's documents (each with
   * the label filter), or the whole query as one identifier, whichever scores higher.
   */
  private Query match(QueryWords query, Query labels) {
    List<Query> ways = new ArrayList<>(2);
    if (!query.words().isEmpty()) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String word : query.words()) {
        all.add(join(wordQuery(word), labels), Occur.MUST);
      }
      ways.add(all.build());
    }
    String identifier = query.identifier();
    if (identifier != null) {
      ways.add(join(identifierQuery(identifier), labels));
    }
    return ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, 0f);
  }

  /**
   * The one place a query reaches the entity's field documents: the caller's label filter is always
   * a FILTER clause of the child query, and an entity scores the best of its documents that match.
   * Parents carry no labels, so the child query never matches a parent.
   */
  private Query join(Query match, Query labels) {
    Query child =
        new BooleanQuery.Builder().add(match, Occur.MUST).add(labels, Occur.FILTER).build();
    return new ToParentBlockJoinQuery(child, parents, ScoreMode.Max);
  }

  private static SearchResult search(IndexSearcher searcher, Query query, int limit)
      throws IOException {
    EntityMatches counting = new EntityMatches();
    EntityMatches.Counts counts;
    TopDocs top;
    if (limit == 0) {
      counts = searcher.search(query, counting);
      top = null;
    } else if (limit <= ONE_PASS_HITS) {
      Object[] both =
          searcher.search(
              query,
              new MultiCollectorManager(
                  new TopFieldCollectorManager(RANKING, limit, null, 0), counting));
      top = (TopDocs) both[0];
      counts = (EntityMatches.Counts) both[1];
    } else {
      counts = searcher.search(query, counting);
      int hits = (int) Math.min(limit, counts.total());
      top =
          hits == 0
              ? null
              : searcher.search(query, new TopFieldCollectorManager(RANKING, hits, null, 0));
    }
    List<SearchHit> hits = new ArrayList<>();
    if (top != null) {
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc d : top.scoreDocs) {
        Document doc = stored.document(d.doc, HIT_FIELDS);
        float score = ((FieldDoc) d).fields[0] instanceof Float f ? f : d.score;
        hits.add(
            new SearchHit(
                UUID.fromString(Objects.requireNonNull(doc.get(EntityDocuments.ID))),
                Objects.requireNonNull(doc.get(EntityDocuments.TYPE)),
                score));
      }
    }
    return new SearchResult(hits, counts.total(), counts.byType(), true);
  }

  private static final Set<String> HIT_FIELDS = Set.of(EntityDocuments.ID, EntityDocuments.TYPE);

  /** Exact name or identifier, over exact other text, over a phonetic key, over a prefix. */
  static Query wordQuery(String word) {
    List<Query> ways = new ArrayList<>();
    ways.add(scored(new TermQuery(new Term(EntityDocuments.NAME, word)), EXACT_NAME));
    ways.add(scored(new TermQuery(new Term(EntityDocuments.IDENTIFIER, word)), EXACT_NAME));
    ways.add(scored(new TermQuery(new Term(EntityDocuments.TEXT, word)), EXACT_TEXT));
    List<String> keys = PhoneticKeys.of(word);
    if (!keys.isEmpty()) {
      ways.add(
          scored(
              new TermInSetQuery(
                  EntityDocuments.PHONETIC, keys.stream().map(BytesRef::new).toList()),
              PHONETIC));
    }
    if (word.length() >= MIN_PREFIX) {
      ways.add(scored(new PrefixQuery(new Term(EntityDocuments.NAME, word)), PREFIX));
      ways.add(scored(new PrefixQuery(new Term(EntityDocuments.TEXT, word)), PREFIX));
    }
    return new DisjunctionMaxQuery(ways, 0f);
  }

  /** The whole query as one identifier, exactly or as the start of one. */
  static Query identifierQuery(String identifier) {
    List<Query> ways = new ArrayList<>();
    ways.add(
        scored(new TermQuery(new Term(EntityDocuments.IDENTIFIER, identifier)), WHOLE_IDENTIFIER));
    if (identifier.length() >= MIN_IDENTIFIER_PREFIX) {
      ways.add(
          scored(
              new PrefixQuery(new Term(EntityDocuments.IDENTIFIER, identifier)),
              WHOLE_IDENTIFIER_PREFIX));
    }
    return new DisjunctionMaxQuery(ways, 0f);
  }

  /** Constant scores keep ranking explainable and independent of what else is in the index. */
  private static Query scored(Query query, float score) {
    return new BoostQuery(new ConstantScoreQuery(query), score);
  }

  private static Term idTerm(UUID id) {
    return new Term(EntityDocuments.ID, id.toString());
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the index; changes not yet committed are committed first. */
  @Override
  public void close() {
    try {
      try {
        searchers.close();
      } finally {
        try {
          writer.close();
        } finally {
          directory.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
