package org.puente.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each distinct (label, owner) once, so that access decisions are made per label rather than
 * per record. Labels are immutable, so everything read is cached for good.
 *
 * <p>New labels are registered one at a time in their own committed transaction, which keeps label
 * ids in commit order: the access cache can then pick up new labels by id alone.
 */
@Component
class LabelStore {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final TransactionTemplate ownTransaction;
  private final Map<Long, StoredLabel> byId = new ConcurrentHashMap<>();
  private final Map<String, StoredLabel> byDigest = new ConcurrentHashMap<>();
  private volatile long highest;

  LabelStore(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.json = json;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The stored label for this label and owner, registering it if it is new. */
  synchronized StoredLabel register(Label label, String owner) {
    String canonical = canonical(label, owner);
    String digest = digest(canonical);
    StoredLabel known = byDigest.get(digest);
    if (known != null) {
      return known;
    }
    StoredLabel stored =
        ownTransaction.execute(status ->
            find(digest)
                .orElseGet(() -> {
                  String expression = label.accessExpression(owner);
                  jdbc.sql(
                          """
                          INSERT INTO governance.label
                            (digest, canonical, expression, owner_agency, outsiders,
                             statistics, created_at)
                          VALUES (:digest, :canonical, :expression, :owner, :outsiders,
                                  :statistics, :now)
                          """)
                      .param("digest", digest)
                      .param("canonical", canonical)
                      .param("expression", expression)
                      .param("owner", owner)
                      .param("outsiders", label.outsiders().name())
                      .param(
                          "statistics",
                          label.statistics().stream()
                              .map(Enum::name)
                              .collect(Collectors.joining(",")))
                      .param("now", Timestamp.from(Instant.now()))
                      .update();
                  return find(digest).orElseThrow();
                }));
    if (stored == null) {
      throw new IllegalStateException("label registration returned nothing");
    }
    remember(stored);
    return stored;
  }

  /** The label with this id; labels are never deleted, so an unknown id is a bug. */
  StoredLabel byId(long id) {
    StoredLabel known = byId.get(id);
    if (known != null) {
      return known;
    }
    StoredLabel stored =
        jdbc.sql("SELECT id, digest, canonical, expression FROM governance.label WHERE id = :id")
            .param("id", id)
            .query(this::row)
            .optional()
            .orElseThrow(() -> new IllegalStateException("no label " + id));
    remember(stored);
    return stored;
  }

  /** Labels registered after {@code id}, in id order. */
  List<StoredLabel> after(long id) {
    List<StoredLabel> labels =
        jdbc.sql(
                "SELECT id, digest, canonical, expression FROM governance.label"
                    + " WHERE id > :id ORDER BY id")
            .param("id", id)
            .query(this::row)
            .list();
    labels.forEach(this::remember);
    return labels;
  }

  /** Every label, read afresh. */
  List<StoredLabel> all() {
    return after(0);
  }

  long highest() {
    return highest;
  }

  private Optional<StoredLabel> find(String digest) {
    return jdbc.sql(
            "SELECT id, digest, canonical, expression FROM governance.label WHERE digest = :d")
        .param("d", digest)
        .query(this::row)
        .optional();
  }

  private void remember(StoredLabel label) {
    byId.put(label.id(), label);
    byDigest.put(label.digest(), label);
    synchronized (this) {
      if (label.id() > highest) {
        highest = label.id();
      }
    }
  }

  private StoredLabel row(ResultSet rs, int n) throws SQLException {
    String canonical = rs.getString("canonical");
    JsonNode node = json.readTree(canonical);
    return new StoredLabel(
        rs.getLong("id"),
        rs.getString("digest"),
        node.path("owner").asString(),
        fromCanonical(node),
        rs.getString("expression"));
  }

  /** The canonical form: compact JSON with members in code-point order, owner included. */
  String canonical(Label label, String owner) {
    Map<String, Object> m = new TreeMap<>();
    m.put("v", 1);
    m.put("owner", owner);
    m.put("countries", label.countries().stream().map(Enum::name).toList());
    m.put("agencies", List.copyOf(label.agencies()));
    m.put("communities", List.copyOf(label.communities()));
    m.put("handling", label.handling().name());
    if (label.handlingText() != null) {
      m.put("handlingText", label.handlingText());
    }
    m.put("tlp", label.tlp().code());
    m.put("outsiders", label.outsiders().name());
    m.put("statistics", label.statistics().stream().map(Enum::name).toList());
    if (label.retainUntil() != null) {
      m.put("retainUntil", label.retainUntil().toString());
    }
    if (label.evaluation() != null) {
      m.put("evaluation", label.evaluation().code());
    }
    return json.writeValueAsString(m);
  }

  private static Label fromCanonical(JsonNode node) {
    TreeSet<Country> countries = new TreeSet<>();
    node.path("countries").values().forEach(c -> countries.add(Country.valueOf(c.asString())));
    TreeSet<String> agencies = new TreeSet<>();
    node.path("agencies").values().forEach(a -> agencies.add(a.asString()));
    TreeSet<String> communities = new TreeSet<>();
    node.path("communities").values().forEach(k -> communities.add(k.asString()));
    TreeSet<Country> statistics = new TreeSet<>();
    node.path("statistics").values().forEach(c -> statistics.add(Country.valueOf(c.asString())));
    @Nullable String handlingText =
        node.has("handlingText") ? node.get("handlingText").asString() : null;
    @Nullable LocalDate retain =
        node.has("retainUntil") ? LocalDate.parse(node.get("retainUntil").asString()) : null;
    @Nullable Evaluation evaluation =
        node.has("evaluation")
            ? Evaluation.parse(node.get("evaluation").asString()).orElseThrow()
            : null;
    return new Label(
        countries,
        agencies,
        communities,
        Handling.valueOf(node.path("handling").asString()),
        handlingText,
        Tlp.parse(node.path("tlp").asString()).orElseThrow(),
        Outsiders.valueOf(node.path("outsiders").asString()),
        statistics,
        retain,
        evaluation);
  }

  static String digest(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
