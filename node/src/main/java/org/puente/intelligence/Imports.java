package org.puente.intelligence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Forbidden;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bulk import of entities and relationships, as a JSON array of the single-record requests or as
 * CSV ({@link EntityCsv}): all or nothing, every problem of every item named by its pointer ({@code
 * /3/dateOfBirth}, or {@code /rows/3/dateOfBirth} for CSV), and a dry run that stores nothing.
 */
@Service
public class Imports {

  /** Most items one batch may hold. */
  public static final int MAX_ITEMS = 10_000;

  private static final String ITEMS = "/items";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** How a batch is written. */
  public enum Format {
    /** An array of the requests {@code POST /api/v1/entities} (or relationships) takes. */
    JSON,
    /** A header of field names and one row per item. */
    CSV
  }

  /**
   * A stored batch.
   *
   * @param ids the new records' ids, in the batch's order
   */
  public record Stored(List<UUID> ids) {

    public Stored {
      ids = List.copyOf(ids);
    }

    public int created() {
      return ids.size();
    }
  }

  /**
   * A batch checked and not stored.
   *
   * @param items how many items the batch holds
   * @param violations every problem found, none if the batch would be stored
   */
  public record Checked(int items, List<Violation> violations) {

    public Checked {
      violations = List.copyOf(violations);
    }

    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /**
   * Items read from a batch, the problems of the batch itself, and where an item's pointer goes.
   */
  private record Batch(
      List<JsonNode> items, List<Violation> problems, UnaryOperator<Violation> pointer) {

    List<Violation> map(List<Violation> violations) {
      return violations.stream().map(pointer).toList();
    }
  }

  private final Entities entities;
  private final Relationships relationships;
  private final TransactionTemplate rolledBack;

  Imports(Entities entities, Relationships relationships, PlatformTransactionManager transactions) {
    this.entities = entities;
    this.relationships = relationships;
    this.rolledBack = new TransactionTemplate(transactions);
  }

  /**
   * Stores a batch of entities owned by the caller's agency, all or nothing; {@code label} (label
   * JSON) and {@code type} fill items without their own.
   *
   * @throws Rejected naming every problem; nothing is stored
   */
  public Stored entities(
      Caller caller, byte[] body, Format format, @Nullable String label, @Nullable String type) {
    Batch batch = entityBatch(caller, body, format, label, type);
    if (!batch.problems().isEmpty()) {
      List<Violation> all = new ArrayList<>(batch.problems());
      all.addAll(batch.map(entities.checkAll(caller, batch.items())));
      throw new Rejected(distinct(all));
    }
    try {
      return new Stored(
          entities.createAll(caller, batch.items()).stream().map(Disclosed.Shown::id).toList());
    } catch (Rejected e) {
      throw new Rejected(distinct(batch.map(e.violations())));
    }
  }

  /** Checks a batch of entities as {@link #entities} would, storing nothing. */
  public Checked checkEntities(
      Caller caller, byte[] body, Format format, @Nullable String label, @Nullable String type) {
    Batch batch = entityBatch(caller, body, format, label, type);
    List<Violation> all = new ArrayList<>(batch.problems());
    all.addAll(batch.map(entities.checkAll(caller, batch.items())));
    return new Checked(batch.items().size(), distinct(all));
  }

  /**
   * Stores a batch of relationships owned by the caller's agency between entities it may see or has
   * pointers to, all or nothing; {@code label} fills items without their own.
   *
   * @throws Rejected naming every problem; nothing is stored
   */
  public Stored relationships(Caller caller, byte[] body, Format format, @Nullable String label) {
    Batch batch = relationshipBatch(caller, body, format, label);
    if (!batch.problems().isEmpty()) {
      List<Violation> all = new ArrayList<>(batch.problems());
      all.addAll(batch.map(tryRelationships(caller, batch.items())));
      throw new Rejected(distinct(all));
    }
    try {
      return new Stored(
          relationships.createAll(caller, batch.items(), ITEMS).stream()
              .map(Disclosed.Shown::id)
              .toList());
    } catch (Rejected e) {
      throw new Rejected(distinct(batch.map(numbered(e.violations()))));
    }
  }

  /** Checks a batch of relationships as {@link #relationships} would, storing nothing. */
  public Checked checkRelationships(
      Caller caller, byte[] body, Format format, @Nullable String label) {
    Batch batch = relationshipBatch(caller, body, format, label);
    List<Violation> all = new ArrayList<>(batch.problems());
    all.addAll(batch.map(tryRelationships(caller, batch.items())));
    return new Checked(batch.items().size(), distinct(all));
  }

  /**
   * The problems storing these relationships would meet: they are written in a transaction that is
   * always rolled back (labels, registered in their own transactions, may stay; they hold nothing).
   */
  private List<Violation> tryRelationships(Caller caller, List<JsonNode> items) {
    List<Violation> found =
        rolledBack.execute(status -> {
          status.setRollbackOnly();
          try {
            relationships.createAll(caller, items, ITEMS);
            return List.<Violation>of();
          } catch (Rejected e) {
            return numbered(e.violations());
          }
        });
    return Objects.requireNonNullElse(found, List.of());
  }

  /**
   * Relationships names the problems of an unprefixed batch of one without its index, so the batch
   * is checked under a prefix that is then taken off: {@code /items/0/type} becomes {@code
   * /0/type}.
   */
  private static List<Violation> numbered(List<Violation> violations) {
    return violations.stream()
        .map(v ->
            v.pointer().startsWith(ITEMS + "/")
                ? new Violation(v.pointer().substring(ITEMS.length()), v.code(), v.args())
                : v)
        .toList();
  }

  private Batch entityBatch(
      Caller caller, byte[] body, Format format, @Nullable String label, @Nullable String type) {
    operational(caller);
    List<Violation> parameters = new ArrayList<>();
    JsonNode shared = label(label, parameters);
    String fixed = type == null || type.isBlank() ? null : type.strip();
    if (fixed != null && EntityType.parse(fixed).isEmpty()) {
      parameters.add(Violation.of("/type", "entity.type.unknown", fixed));
    }
    if (!parameters.isEmpty()) {
      throw new Rejected(parameters);
    }
    return switch (format) {
      case CSV -> csv(EntityCsv.entities(body, shared, fixed));
      case JSON -> json(body, shared, fixed);
    };
  }

  private Batch relationshipBatch(
      Caller caller, byte[] body, Format format, @Nullable String label) {
    operational(caller);
    List<Violation> parameters = new ArrayList<>();
    JsonNode shared = label(label, parameters);
    if (!parameters.isEmpty()) {
      throw new Rejected(parameters);
    }
    return switch (format) {
      case CSV -> csv(EntityCsv.relationships(body, shared));
      case JSON -> json(body, shared, null);
    };
  }

  private static void operational(Caller caller) {
    if (!caller.account().operational()) {
      throw new Forbidden();
    }
  }

  private static Batch csv(EntityCsv.Read read) {
    if (read.items().isEmpty() && !read.violations().isEmpty()) {
      throw new Rejected(read.violations());
    }
    size(read.items().size());
    return new Batch(read.items(), read.violations(), read::toRows);
  }

  private static Batch json(byte[] body, @Nullable JsonNode label, @Nullable String type) {
    List<JsonNode> items = readJson(body);
    Set<Integer> shared = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof ObjectNode item) {
        if (type != null && !item.has("type")) {
          item.put("type", type);
        }
        if (label != null && !item.has("label")) {
          item.set("label", label);
          shared.add(i);
        }
      }
    }
    return new Batch(items, List.of(), v -> sharedLabel(v, shared));
  }

  /** A problem of the batch's label, reported by each item that took it, is named once. */
  private static Violation sharedLabel(Violation v, Set<Integer> shared) {
    String[] parts = v.pointer().split("/", -1);
    if (parts.length >= 3 && parts[2].equals("label")) {
      try {
        if (shared.contains(Integer.parseInt(parts[1]))) {
          return new Violation(v.pointer().substring(parts[1].length() + 1), v.code(), v.args());
        }
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }

  /**
   * The items of a JSON batch: an array of at most {@link #MAX_ITEMS}.
   *
   * @throws Rejected when it is not JSON (naming the line and column), not an array, empty or too
   *     long
   */
  static List<JsonNode> readJson(byte[] body) {
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      throw new Rejected(
          Violation.of(
              "",
              "import.json.malformed",
              where == null ? 0 : where.getLineNr(),
              where == null ? 0 : where.getColumnNr()));
    }
    if (tree == null || !tree.isArray()) {
      throw new Rejected(Violation.of("", "import.json.notArray"));
    }
    size(tree.size());
    List<JsonNode> items = new ArrayList<>(tree.size());
    for (JsonNode item : tree) {
      items.add(item);
    }
    return items;
  }

  private static void size(int items) {
    if (items == 0) {
      throw new Rejected(Violation.of("", "import.empty"));
    }
    if (items > MAX_ITEMS) {
      throw new Rejected(Violation.of("", "import.tooMany", MAX_ITEMS, items));
    }
  }

  private static @Nullable JsonNode label(@Nullable String label, List<Violation> violations) {
    if (label == null || label.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(label);
    } catch (JacksonException e) {
      violations.add(Violation.of("/label", "import.label.malformed"));
      return null;
    }
  }

  private static List<Violation> distinct(List<Violation> violations) {
    return List.copyOf(new LinkedHashSet<>(violations));
  }
}
