package org.puente.intelligence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The embedded Lucene index of entities, one document per entity and field group, searched with the
 * caller's label filter inside every query.
 *
 * <p>A multi-word query matches an entity when every word matches at least one of that entity's
 * documents the caller may match, so a name whose given names and surnames carry different labels
 * is found by a caller who sees both, and a hidden group can never supply a word. Each word is
 * searched with the label filter as a FILTER clause, rarest word first; later words are restricted
 * to the entities the earlier ones found. An entity's score is the sum over words of the best way
 * each word matched (exact name or identifier, exact other text, phonetic key, prefix), or the
 * score of the whole query as one identifier when that is higher.
 *
 * <p>Each search considers at most {@link #MAX_DOCUMENTS} matching documents per word; past that,
 * {@link SearchResult#totalIsExact()} is false and totals and facets are lower bounds.
 */
public final class EntityIndex implements EntitySearch, AutoCloseable {

  /** The bound on matching documents a search collects for one word. */
  public static final int MAX_DOCUMENTS = 10_000;

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

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private EntityIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config =
        new IndexWriterConfig(new WhitespaceAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, new SearcherFactory());
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
      // One call replaces all of the entity's documents atomically: no reader sees old and new.
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
    return withSearcher(searcher ->
        searcher.count(new TermQuery(new Term(EntityDocuments.HEAD, EntityDocuments.TRUE))));
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
    Query scope =
        type == null
            ? labels
            : new BooleanQuery.Builder()
                .add(labels, Occur.FILTER)
                .add(KeywordField.newExactQuery(EntityDocuments.TYPE, type), Occur.FILTER)
                .build();
    return withSearcher(searcher -> search(searcher, words, scope, limit));
  }

  /** The per-search state of one entity. */
  private static final class Candidate {
    final String type;
    final float[] wordScores;
    float identifierScore;

    Candidate(String type, int words) {
      this.type = type;
      this.wordScores = new float[words];
    }

    float score(boolean allWords) {
      float sum = 0;
      if (allWords) {
        for (float s : wordScores) {
          sum += s;
        }
      }
      return Math.max(sum, identifierScore);
    }
  }

  private SearchResult search(IndexSearcher searcher, QueryWords query, Query scope, int limit)
      throws IOException {
    List<String> words = query.words();
    boolean complete = true;
    Map<String, Candidate> byWords = new HashMap<>();
    if (!words.isEmpty()) {
      List<Integer> order = rarestFirst(searcher.getIndexReader(), words);
      for (int k = 0; k < order.size(); k++) {
        int w = order.get(k);
        EntityMatches.Found found =
            find(searcher, wordQuery(words.get(w)), scope, k == 0 ? null : byWords.keySet());
        complete &= found.complete();
        if (k == 0) {
          found
              .byEntity()
              .forEach((id, m) -> byWords.put(id, new Candidate(m.type(), words.size())));
        }
        byWords.keySet().retainAll(found.byEntity().keySet());
        found
            .byEntity()
            .forEach((id, m) -> {
              Candidate c = byWords.get(id);
              if (c != null) {
                c.wordScores[w] = m.score();
              }
            });
        if (byWords.isEmpty()) {
          break;
        }
      }
    }
    Map<String, Candidate> matched = new HashMap<>(byWords);
    String identifier = query.identifier();
    if (identifier != null) {
      EntityMatches.Found found = find(searcher, identifierQuery(identifier), scope, null);
      complete &= found.complete();
      found
          .byEntity()
          .forEach((id, m) -> {
            Candidate c = matched.computeIfAbsent(id, x -> new Candidate(m.type(), words.size()));
            c.identifierScore = m.score();
          });
    }
    List<SearchHit> hits = new ArrayList<>(matched.size());
    Map<String, Long> byType = new TreeMap<>();
    matched.forEach((id, c) -> {
      hits.add(new SearchHit(UUID.fromString(id), c.type, c.score(byWords.containsKey(id))));
      byType.merge(c.type, 1L, Long::sum);
    });
    hits.sort(
        Comparator.comparingDouble((SearchHit h) -> -h.score())
            .thenComparing(h -> h.id().toString()));
    return new SearchResult(
        hits.subList(0, Math.min(limit, hits.size())), matched.size(), byType, complete);
  }

  /**
   * The one place a query reaches Lucene: the caller's label filter (and type) is always a FILTER
   * clause, and {@code among} optionally narrows to entities already found.
   */
  private static EntityMatches.Found find(
      IndexSearcher searcher, Query match, Query scope, @Nullable Collection<String> among)
      throws IOException {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder().add(match, Occur.MUST).add(scope, Occur.FILTER);
    if (among != null) {
      query.add(
          KeywordField.newSetQuery(EntityDocuments.ID, among.stream().map(BytesRef::new).toList()),
          Occur.FILTER);
    }
    return searcher.search(query.build(), new EntityMatches(MAX_DOCUMENTS));
  }

  /** Word indexes ordered by how many documents hold the word exactly, fewest first. */
  private static List<Integer> rarestFirst(IndexReader reader, List<String> words)
      throws IOException {
    int[] frequency = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      frequency[i] =
          reader.docFreq(new Term(EntityDocuments.NAME, w))
              + reader.docFreq(new Term(EntityDocuments.TEXT, w))
              + reader.docFreq(new Term(EntityDocuments.IDENTIFIER, w));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> frequency[i]).thenComparingInt(i -> i));
    return order;
  }

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
