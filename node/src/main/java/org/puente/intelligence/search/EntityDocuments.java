package org.puente.intelligence.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns an entity into one Lucene block: a child document per field group, each carrying the labels
 * that decide who may match it and the searchable tokens of that group's fields only, followed by
 * the entity's parent document, which carries its id and type but no labels and no tokens, so that
 * no query can match it except through a child the label filter let through.
 */
final class EntityDocuments {

  /**
   * Entity id: a term on every document of the block, for replacing and deleting it whole; stored
   * on the parent.
   */
  static final String ID = "id";

  /** The entity id as sorted doc values on the parent, for the tie-break among equal scores. */
  static final String ID_ORDER = "id_order";

  /** Entity type, on the parent: a term for the type filter, doc values for the facet. */
  static final String TYPE = "type";

  /** The record's label, as an exact-match long. */
  static final String RECORD_LABEL = "record_label";

  /** The label of this document's fields, as an exact-match long. */
  static final String FIELD_LABEL = "field_label";

  /** {@code true} when the fields carry the record's own label, the only ones a pointer matches. */
  static final String BASE = "base";

  /**
   * {@code true} on the parent, the last document of each entity's block: entities are counted by
   * it and the block join finds the parent of a child by it. (The field had another name when
   * entities were flat documents, so an index in that format counts no entities and the node
   * rebuilds it, each entity's old documents replaced through the id term.)
   */
  static final String HEAD = "entity";

  /** Folded words of name fields (names, surnames, aliases). */
  static final String NAME = "name";

  /** Folded words of every other field. */
  static final String TEXT = "text";

  /** Phonetic keys of the words in {@link #NAME}. */
  static final String PHONETIC = "phonetic";

  /** Identifiers with separators removed, from any value with a digit in it. */
  static final String IDENTIFIER = "identifier";

  static final String TRUE = "true";

  static final String FALSE = "false";

  /** Longer runs are free text with a number in it, not an identifier. */
  static final int IDENTIFIER_MAX_LENGTH = 64;

  /** Longest national number (North America and Mexico); phones also match without country code. */
  private static final int NATIONAL_DIGITS = 10;

  /**
   * Tokens are made by {@link Words} before they reach Lucene and are joined with spaces, so the
   * analyzer only splits on whitespace; neither frequencies nor norms are needed because every
   * clause scores as a constant.
   */
  private static final FieldType TOKENS = tokens();

  private EntityDocuments() {}

  private static FieldType tokens() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.setStored(false);
    type.freeze();
    return type;
  }

  static List<Document> of(IndexedEntity entity) {
    List<Document> documents = new ArrayList<>(entity.groups().size() + 1);
    for (FieldGroup group : entity.groups()) {
      documents.add(child(entity, group.label(), group.values()));
    }
    documents.add(parent(entity));
    return documents;
  }

  /** The last document of the block; an entity without fields is this document alone. */
  private static Document parent(IndexedEntity entity) {
    Document doc = new Document();
    doc.add(new StringField(ID, entity.id().toString(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID_ORDER, new BytesRef(entity.id().toString())));
    doc.add(new KeywordField(TYPE, entity.type(), Field.Store.YES));
    doc.add(new StringField(HEAD, TRUE, Field.Store.NO));
    return doc;
  }

  private static Document child(
      IndexedEntity entity, long fieldLabel, Map<String, List<String>> values) {
    Document doc = new Document();
    doc.add(new StringField(ID, entity.id().toString(), Field.Store.NO));
    doc.add(new LongField(RECORD_LABEL, entity.recordLabel(), Field.Store.NO));
    doc.add(new LongField(FIELD_LABEL, fieldLabel, Field.Store.NO));
    doc.add(
        new StringField(BASE, fieldLabel == entity.recordLabel() ? TRUE : FALSE, Field.Store.NO));
    Set<String> names = new LinkedHashSet<>();
    Set<String> text = new LinkedHashSet<>();
    Set<String> phonetic = new LinkedHashSet<>();
    Set<String> identifiers = new LinkedHashSet<>();
    values.forEach((field, list) -> {
      boolean isName = isNameField(field);
      for (String value : list) {
        String folded = Words.fold(value);
        List<String> words = Words.split(folded);
        if (isName) {
          names.addAll(words);
          names.addAll(joinedChunks(folded));
          for (String word : words) {
            phonetic.addAll(PhoneticKeys.of(word));
          }
        } else {
          text.addAll(words);
        }
        if (Words.hasDigit(folded)) {
          identifiers.addAll(identifiers(folded));
        }
      }
    });
    addTokens(doc, NAME, names);
    addTokens(doc, TEXT, text);
    addTokens(doc, PHONETIC, phonetic);
    addTokens(doc, IDENTIFIER, identifiers);
    return doc;
  }

  /**
   * Names, surnames, given names, aliases and nicknames rank above other text and get phonetic
   * keys; the model names such fields with "name" or "alias" in them.
   */
  static boolean isNameField(String field) {
    String lower = field.toLowerCase(Locale.ROOT);
    return lower.contains("name") || lower.contains("alias");
  }

  /** "O'Brien" and "Jean-Luc" also as "obrien" and "jeanluc", so either spelling matches. */
  private static List<String> joinedChunks(String folded) {
    List<String> joined = new ArrayList<>();
    for (String chunk : Words.runs(folded, cp -> !Character.isWhitespace(cp))) {
      if (Words.split(chunk).size() > 1) {
        joined.add(Words.compact(chunk));
      }
    }
    return joined;
  }

  /**
   * "CURP:GUXJ570404HSLZMS09" as "curpguxj570404hslzms09" and, without its scheme, as
   * "guxj570404hslzms09"; "+52 667 123 4567" also as its national number "6671234567".
   */
  static Set<String> identifiers(String folded) {
    Set<String> out = new LinkedHashSet<>();
    String whole = Words.compact(folded);
    if (whole.isEmpty() || whole.length() > IDENTIFIER_MAX_LENGTH) {
      return out;
    }
    out.add(whole);
    int colon = folded.indexOf(':');
    if (colon >= 0) {
      String rest = Words.compact(folded.substring(colon + 1));
      if (!rest.isEmpty()) {
        out.add(rest);
      }
    }
    if (whole.length() > NATIONAL_DIGITS && whole.chars().allMatch(Character::isDigit)) {
      out.add(whole.substring(whole.length() - NATIONAL_DIGITS));
    }
    return out;
  }

  private static void addTokens(Document doc, String field, Set<String> tokens) {
    if (!tokens.isEmpty()) {
      doc.add(new Field(field, String.join(" ", tokens), TOKENS));
    }
  }
}
