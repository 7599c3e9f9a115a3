package org.puente.intelligence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.puente.governance.VisibleLabels;
import org.puente.intelligence.resolution.Model;
import org.puente.intelligence.resolution.Names;
import org.puente.intelligence.resolution.PersonRecord;
import org.puente.intelligence.resolution.Resolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node's in-memory view of the entities that resolution and screening compare: every person
 * (for matching), and every watch-listed person, vehicle, shipment and organisation (for
 * screening), each with its owner and the label of the record and of every field.
 *
 * <p>It only finds candidates. What a caller is shown is read again through the enforcement point;
 * the labels held here decide only which fields a caller's candidates are compared on, by the same
 * rule as the search index: a field counts when its label is visible to the caller, or when it
 * carries the record's own label and the caller gets a pointer to the record.
 */
@Component
class ResolutionIndex {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One indexed entity. */
  record Held(
      UUID id,
      EntityType type,
      String owner,
      boolean watchlisted,
      long recordLabel,
      Map<String, HeldField> fields) {}

  /** One field's current value and label. */
  record HeldField(long label, JsonNode value) {}

  private final Model model = Model.defaults();

  /**
   * Matching compares each caller's view, so records the caller may not see are skipped inside the
   * budget; a wide budget keeps them from crowding out the ones it may.
   */
  private final Resolver everyone =
      new Resolver(model, org.puente.intelligence.resolution.Blocking.DEFAULT_CAP, 5_000);

  private final Resolver watched = new Resolver(model);
  private final ConcurrentHashMap<UUID, Held> held = new ConcurrentHashMap<>();
  private final Map<String, Set<UUID>> identifiers = new HashMap<>();
  private final Map<String, Set<UUID>> organisationWords = new HashMap<>();

  void put(EntityIndexing.Indexed e) {
    if (e.type() != EntityType.PERSON && !e.watchlisted()) {
      delete(e.id());
      return;
    }
    Map<String, HeldField> fields = new HashMap<>();
    for (EntityIndexing.IndexedField f : e.fields()) {
      fields.put(f.name(), new HeldField(f.label(), JSON.readTree(f.json())));
    }
    Held h = new Held(e.id(), e.type(), e.owner(), e.watchlisted(), e.recordLabel(), fields);
    delete(e.id());
    held.put(e.id(), h);
    if (e.type() == EntityType.PERSON) {
      PersonRecord full = PersonRecords.ofFields(e.id().toString(), values(h.fields()));
      everyone.put(full);
      if (e.watchlisted()) {
        watched.put(full);
      }
      return;
    }
    synchronized (this) {
      for (String key : identifierKeys(h)) {
        identifiers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.id());
      }
      if (e.type() == EntityType.ORGANISATION) {
        for (String word : organisationWords(h)) {
          organisationWords.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(e.id());
        }
      }
    }
  }

  void delete(UUID id) {
    Held old = held.remove(id);
    if (old == null) {
      return;
    }
    if (old.type() == EntityType.PERSON) {
      everyone.remove(id.toString());
      watched.remove(id.toString());
      return;
    }
    synchronized (this) {
      for (String key : identifierKeys(old)) {
        removeFrom(identifiers, key, id);
      }
      for (String word : organisationWords(old)) {
        removeFrom(organisationWords, word, id);
      }
    }
  }

  private static void removeFrom(Map<String, Set<UUID>> map, String key, UUID id) {
    Set<UUID> ids = map.get(key);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        map.remove(key);
      }
    }
  }

  Optional<Held> held(UUID id) {
    return Optional.ofNullable(held.get(id));
  }

  Resolver everyone() {
    return everyone;
  }

  Resolver watched() {
    return watched;
  }

  /** Watch-listed entities holding this identifier ({@code vin:…}, {@code plate:…}, …). */
  synchronized List<Held> byIdentifier(String key) {
    Set<UUID> ids = identifiers.get(key);
    if (ids == null) {
      return List.of();
    }
    List<Held> out = new ArrayList<>();
    for (UUID id : ids) {
      Held h = held.get(id);
      if (h != null) {
        out.add(h);
      }
    }
    return out;
  }

  /** Watch-listed organisations sharing at least one distinctive word of the name. */
  synchronized List<Held> organisationsSharing(Set<String> words) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String w : words) {
      Set<UUID> found = organisationWords.get(w);
      // A word held by very many organisations is no evidence of anything.
      if (found != null && found.size() <= 1_000) {
        ids.addAll(found);
      }
    }
    List<Held> out = new ArrayList<>();
    for (UUID id : ids) {
      Held h = held.get(id);
      if (h != null) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * The caller's comparable view of each person record: the fields whose labels admit the caller
   * (see the class comment); empty when the record is hidden from the caller.
   */
  Function<PersonRecord, Optional<PersonRecord>> viewFor(VisibleLabels labels) {
    return record -> {
      Held h = held.get(UUID.fromString(record.id()));
      if (h == null) {
        return Optional.empty();
      }
      Map<String, JsonNode> fields = comparable(h, labels);
      if (fields == null) {
        return Optional.empty();
      }
      return Optional.of(PersonRecords.ofFields(record.id(), fields));
    };
  }

  /** Every stored field: the owner's view, for routing a screening hit to the owner. */
  static Function<PersonRecord, Optional<PersonRecord>> fullView() {
    return Optional::of;
  }

  /** The fields of a held entity the caller may compare on, or null when it may know nothing. */
  static @Nullable Map<String, JsonNode> comparable(Held h, VisibleLabels labels) {
    boolean visible = labels.sees(h.recordLabel());
    boolean pointer = !visible && labels.pointerTo(h.recordLabel());
    if (!visible && !pointer) {
      return null;
    }
    Map<String, JsonNode> out = new HashMap<>();
    h.fields()
        .forEach((name, f) -> {
          if ((visible && labels.sees(f.label())) || (pointer && f.label() == h.recordLabel())) {
            out.put(name, f.value());
          }
        });
    return out;
  }

  static Map<String, JsonNode> values(Map<String, HeldField> fields) {
    Map<String, JsonNode> out = new HashMap<>();
    fields.forEach((k, v) -> out.put(k, v.value()));
    return out;
  }

  /** The identifier keys under which a watch-listed vehicle or shipment is found. */
  static List<String> identifierKeys(Held h) {
    return identifierKeys(values(h.fields()));
  }

  static List<String> identifierKeys(Map<String, JsonNode> fields) {
    List<String> keys = new ArrayList<>();
    add(keys, "vin:", fields.get("vin"));
    add(keys, "plate:", fields.get("plate"));
    add(keys, "container:", fields.get("container"));
    add(keys, "bol:", fields.get("billOfLading"));
    return keys;
  }

  private static void add(List<String> keys, String prefix, @Nullable JsonNode value) {
    if (value != null && value.isString()) {
      String compact = PersonRecords.compact(value.asString());
      if (!compact.isEmpty()) {
        keys.add(prefix + compact);
      }
    }
  }

  static Set<String> organisationWords(Held h) {
    Set<String> out = new LinkedHashSet<>();
    HeldField held = h.fields().get("names");
    JsonNode names = held == null ? null : held.value();
    if (names != null && names.isArray()) {
      for (JsonNode n : names) {
        out.addAll(organisationWords(n.asString()));
      }
    }
    return out;
  }

  /** Legal forms and filler words that say nothing about which company a name is. */
  private static final Set<String> ORGANISATION_FILLER =
      Set.of(
          "sa",
          "de",
          "cv",
          "s",
          "a",
          "c",
          "v",
          "rl",
          "srl",
          "sapi",
          "sab",
          "llc",
          "inc",
          "ltd",
          "ltee",
          "limited",
          "corp",
          "corporation",
          "co",
          "company",
          "the",
          "y",
          "and",
          "et",
          "del",
          "la",
          "el",
          "los",
          "las",
          "le",
          "les",
          "du",
          "des",
          "of",
          "group",
          "grupo",
          "international",
          "internacional",
          "enterprises",
          "trading",
          "services",
          "servicios");

  /** The distinctive folded words of an organisation's name. */
  static Set<String> organisationWords(String name) {
    Set<String> out = new LinkedHashSet<>();
    String folded = Names.fold(name);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        String w = folded.substring(start, i);
        if (w.length() > 1 && !ORGANISATION_FILLER.contains(w)) {
          out.add(w);
        }
        start = -1;
      }
    }
    return out;
  }
}
