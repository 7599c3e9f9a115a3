package org.puente.intelligence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Disclosures;
import org.puente.governance.VisibleLabels;
import org.puente.intelligence.search.EntityIndex;
import org.puente.intelligence.search.FieldGroup;
import org.puente.intelligence.search.IndexedEntity;
import org.puente.intelligence.search.LabelFilter;
import org.puente.intelligence.search.SearchHit;
import org.puente.intelligence.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the search index in step with the stored entities: an entity is indexed once the
 * transaction that wrote it commits (so a rolled-back write is never searchable), and the index is
 * rebuilt from the database when the node starts with an empty one. Searches pass the caller's
 * labels into the index query.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EntityIndexing implements ApplicationRunner, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EntityIndexing.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int BATCH = 5_000;

  private static final String COLUMNS =
      "t.entity_id, p.type AS entity_type, p.owner_agency AS entity_owner,"
          + " p.watchlisted AS entity_watchlisted, t.name, t.field_value";

  private final EntityIndex index;
  private final ResolutionIndex resolution;
  private final Disclosures disclosures;

  EntityIndexing(
      Disclosures disclosures,
      ResolutionIndex resolution,
      @Value("${puente.intelligence.index-dir:}") String directory) {
    this.disclosures = disclosures;
    this.resolution = resolution;
    this.index =
        directory.isBlank() ? EntityIndex.inMemory() : EntityIndex.open(Path.of(directory));
  }

  /** An entity as written, with its owner, whether it is watch-listed, and each field's label. */
  record Indexed(
      UUID id,
      EntityType type,
      String owner,
      boolean watchlisted,
      long recordLabel,
      List<IndexedField> fields) {}

  /** One field as written: its canonical JSON and the label it carries. */
  record IndexedField(String name, String json, long label) {}

  /** What a search found: ids best first, their types, and counts of all matches. */
  record Found(
      List<UUID> ids,
      Map<UUID, EntityType> types,
      long total,
      boolean exact,
      Map<String, Long> byType) {}

  @Override
  public void run(ApplicationArguments args) {
    // The resolution index lives in memory only; the search index may be on disk already.
    rebuild(index.count() == 0);
  }

  /**
   * Re-reads a released entity's current fields and labels once the release commits, so that the
   * index's labels stay those of the database.
   */
  @org.springframework.transaction.event.TransactionalEventListener
  void on(org.puente.governance.Relabelled relabelled) {
    if (relabelled.recordType().equals(Entities.ENTITY.recordType())
        || relabelled.recordType().equals(Entities.FIELDS.table().recordType())) {
      reindex(relabelled.record());
    }
  }

  private void reindex(UUID entity) {
    String where = "t.version = p.version AND p.id = :id";
    Map<UUID, Indexed> one = new LinkedHashMap<>();
    disclosures.scanForIndex(
        Entities.FIELDS, COLUMNS, where, Map.of("id", entity), rs -> add(one, rs));
    if (one.isEmpty()) {
      index.delete(entity);
      resolution.delete(entity);
    } else {
      index.indexAll(one.values().stream().map(EntityIndexing::document).toList());
      one.values().forEach(resolution::put);
    }
    index.refresh();
  }

  /** Drops purged entities from the index once the purge commits. */
  @org.springframework.transaction.event.TransactionalEventListener
  void on(org.puente.governance.Purged purged) {
    if (purged.recordType().equals(Entities.ENTITY.recordType())) {
      purged.ids().forEach(index::delete);
      purged.ids().forEach(resolution::delete);
      index.refresh();
    } else if (purged.recordType().equals(Entities.FIELDS.table().recordType())) {
      // A field went but its entity stays: index what is left of it.
      purged.records().forEach(this::reindex);
    }
  }

  private static Indexed add(Map<UUID, Indexed> batch, java.sql.ResultSet rs)
      throws java.sql.SQLException {
    UUID id = rs.getObject("entity_id", UUID.class);
    Indexed e = batch.get(id);
    if (e == null) {
      e =
          new Indexed(
              id,
              EntityType.valueOf(rs.getString("entity_type")),
              rs.getString("entity_owner"),
              rs.getBoolean("entity_watchlisted"),
              rs.getLong("puente_parent_label"),
              new ArrayList<>());
      batch.put(id, e);
    }
    e.fields()
        .add(
            new IndexedField(
                rs.getString("name"), rs.getString("field_value"), rs.getLong("puente_label")));
    return e;
  }

  private void rebuild(boolean search) {
    long started = System.nanoTime();
    int[] entities = {0};
    Map<UUID, Indexed> batch = new LinkedHashMap<>();
    disclosures.scanForIndex(
        Entities.FIELDS,
        COLUMNS,
        "t.version = p.version",
        Map.of(),
        rs -> {
          UUID id = add(batch, rs).id();
          // Rows come ordered by entity, so a full batch never splits one entity's fields.
          if (batch.size() > BATCH) {
            UUID last = id;
            Indexed keep = batch.remove(last);
            flush(batch.values(), search);
            entities[0] += batch.size();
            batch.clear();
            batch.put(last, keep);
          }
        });
    flush(batch.values(), search);
    entities[0] += batch.size();
    index.commit();
    index.refresh();
    log.info(
        "search and resolution indexes rebuilt: {} entities in {} ms",
        entities[0],
        (System.nanoTime() - started) / 1_000_000);
  }

  private void flush(java.util.Collection<Indexed> batch, boolean search) {
    if (search) {
      index.indexAll(batch.stream().map(EntityIndexing::document).toList());
    }
    batch.forEach(resolution::put);
  }

  /** Indexes these entities when the current transaction commits (at once when there is none). */
  void afterCommit(Indexed entity) {
    afterCommit(List.of(entity));
  }

  void afterCommit(List<Indexed> entities) {
    List<IndexedEntity> documents = entities.stream().map(EntityIndexing::document).toList();
    Runnable apply =
        () -> {
          index.indexAll(documents);
          entities.forEach(resolution::put);
          index.refresh();
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              apply.run();
            }
          });
    } else {
      apply.run();
    }
  }

  Found search(String q, @Nullable EntityType type, VisibleLabels labels, int limit) {
    SearchResult result =
        index.search(
            q,
            type == null ? null : type.name(),
            new LabelFilter(labels.visible(), labels.pointers()),
            limit);
    List<UUID> ids = new ArrayList<>();
    Map<UUID, EntityType> types = new HashMap<>();
    for (SearchHit hit : result.hits()) {
      ids.add(hit.id());
      types.put(hit.id(), EntityType.valueOf(hit.type()));
    }
    return new Found(ids, types, result.total(), result.totalIsExact(), result.byType());
  }

  @Override
  public void destroy() {
    index.commit();
    index.close();
  }

  /** The index's view of an entity: its fields' searchable strings, grouped by label. */
  static IndexedEntity document(Indexed e) {
    Map<Long, Map<String, List<String>>> groups = new LinkedHashMap<>();
    for (IndexedField f : e.fields()) {
      List<String> values = strings(JSON.readTree(f.json()));
      if (!values.isEmpty()) {
        groups.computeIfAbsent(f.label(), k -> new LinkedHashMap<>()).put(f.name(), values);
      }
    }
    List<FieldGroup> out = new ArrayList<>();
    groups.forEach((label, values) -> out.add(new FieldGroup(label, values)));
    return new IndexedEntity(e.id(), e.type().name(), e.recordLabel(), out);
  }

  private static List<String> strings(JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isString()) {
      out.add(value.asString());
    } else if (value.isNumber()) {
      out.add(value.asString());
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        if (item.isString()) {
          out.add(item.asString());
        } else if (item.isObject() && item.get("number") != null) {
          out.add(item.get("number").asString());
        }
      }
    }
    return out;
  }
}
