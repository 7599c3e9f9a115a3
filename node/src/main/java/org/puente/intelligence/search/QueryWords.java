package org.puente.intelligence.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user's query as the index reads it: up to {@link #MAX_WORDS} folded words, each of which must
 * match, and the whole query as one identifier with separators removed when it could be one.
 *
 * @param words distinct folded words in the order typed
 * @param identifier the query's letters and digits run together, if it has a digit and is long
 *     enough to be an identifier
 */
record QueryWords(List<String> words, @Nullable String identifier) {

  static final int MAX_WORDS = 8;

  /**
   * Longer input is cut before folding, so that a pasted document cannot make a search expensive.
   */
  static final int MAX_QUERY_LENGTH = 512;

  /** Shorter runs ("12", "a1") would match too many identifiers to be useful. */
  static final int MIN_IDENTIFIER_LENGTH = 4;

  QueryWords {
    words = List.copyOf(words);
  }

  static QueryWords parse(String query) {
    String cut = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
    String folded = Words.fold(cut);
    Set<String> distinct = new LinkedHashSet<>(Words.split(folded));
    // Initials and one-letter particles ("J. Guzmán", "y", "o") are dropped when there is more to
    // go on, because a name indexed in full has no such token to match them.
    if (distinct.stream().anyMatch(w -> w.length() > 1)) {
      distinct.removeIf(w -> w.length() == 1);
    }
    List<String> words = new ArrayList<>(distinct);
    if (words.size() > MAX_WORDS) {
      words = words.subList(0, MAX_WORDS);
    }
    String compact = Words.compact(folded);
    boolean identifier =
        Words.hasDigit(compact)
            && compact.length() >= MIN_IDENTIFIER_LENGTH
            && compact.length() <= EntityDocuments.IDENTIFIER_MAX_LENGTH;
    return new QueryWords(words, identifier ? compact : null);
  }

  boolean isEmpty() {
    return words.isEmpty() && identifier == null;
  }
}
