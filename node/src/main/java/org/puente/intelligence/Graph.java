package org.puente.intelligence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Disclosures;
import org.puente.governance.LabeledQuery;
import org.puente.governance.Link;
import org.puente.governance.NotFound;
import org.puente.transparency.Actions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Neighbourhoods and shortest paths over what the caller may see: only relationships it sees in
 * full are walked, only entities it sees in full are walked through, entities it gets pointers to
 * end a walk and show as pointers, and hidden entities are neither shown, counted nor bridged. The
 * walk itself discloses nothing; the nodes and edges returned are disclosed, and logged, once.
 */
@Service
public class Graph {

  public static final int MAX_DEPTH = 3;
  public static final int MAX_PATH = 6;
  public static final int MAX_NODES = 500;
  private static final int MAX_PATHS = 20;

  private final Disclosures disclosures;
  private final Entities entities;

  Graph(Disclosures disclosures, Entities entities) {
    this.disclosures = disclosures;
    this.entities = entities;
  }

  /** Entities and relationships within {@code depth} steps of an entity. */
  @Transactional
  public View neighbourhood(Caller caller, UUID start, int depth) {
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException("depth is 1 to " + MAX_DEPTH);
    }
    Map<UUID, Boolean> reached = disclosures.reach(caller, Entities.ENTITY, List.of(start));
    if (!reached.containsKey(start)) {
      throw new NotFound("entity");
    }
    Map<UUID, Boolean> nodes = new LinkedHashMap<>(reached);
    Map<UUID, Link> edges = new LinkedHashMap<>();
    Set<UUID> frontier = Boolean.TRUE.equals(reached.get(start)) ? Set.of(start) : Set.of();
    boolean truncated = false;
    for (int d = 0; d < depth && !frontier.isEmpty() && !truncated; d++) {
      List<Link> links = links(caller, frontier);
      Set<UUID> others = new HashSet<>();
      for (Link l : links) {
        others.add(frontier.contains(l.from()) ? l.to() : l.from());
      }
      others.removeAll(nodes.keySet());
      Map<UUID, Boolean> found = disclosures.reach(caller, Entities.ENTITY, others);
      Set<UUID> next = new LinkedHashSet<>();
      for (Link l : links) {
        UUID a = l.from();
        UUID b = l.to();
        boolean aKnown = nodes.containsKey(a) || found.containsKey(a);
        boolean bKnown = nodes.containsKey(b) || found.containsKey(b);
        if (!aKnown || !bKnown) {
          continue;
        }
        for (UUID end : List.of(a, b)) {
          if (!nodes.containsKey(end)) {
            if (nodes.size() >= MAX_NODES) {
              truncated = true;
              break;
            }
            boolean shown = Boolean.TRUE.equals(found.get(end));
            nodes.put(end, shown);
            if (shown) {
              next.add(end);
            }
          }
        }
        if (nodes.containsKey(a) && nodes.containsKey(b)) {
          edges.putIfAbsent(l.id(), l);
        }
      }
      frontier = next;
    }
    return disclose(
        caller, List.copyOf(nodes.keySet()), List.copyOf(edges.keySet()), List.of(), truncated);
  }

  /**
   * The shortest paths (at most a few, of at most {@code maxLength} steps) between two entities,
   * through entities the caller sees in full and relationships it sees in full.
   */
  @Transactional
  public View paths(Caller caller, UUID from, UUID to, int maxLength) {
    if (maxLength < 1 || maxLength > MAX_PATH) {
      throw new IllegalArgumentException("maxLength is 1 to " + MAX_PATH);
    }
    Map<UUID, Boolean> ends = disclosures.reach(caller, Entities.ENTITY, List.of(from, to));
    if (!ends.containsKey(from) || !ends.containsKey(to)) {
      throw new NotFound("entity");
    }
    // Breadth-first from `from`, recording every shortest-path predecessor of each entity.
    Map<UUID, List<Link>> parents = new HashMap<>();
    Map<UUID, Integer> level = new HashMap<>();
    level.put(from, 0);
    Set<UUID> frontier = Boolean.TRUE.equals(ends.get(from)) ? Set.of(from) : Set.of();
    boolean reachedTarget = false;
    for (int d = 1; d <= maxLength && !frontier.isEmpty() && !reachedTarget; d++) {
      List<Link> links = links(caller, frontier);
      Set<UUID> others = new HashSet<>();
      for (Link l : links) {
        UUID other = frontier.contains(l.from()) ? l.to() : l.from();
        if (!level.containsKey(other)) {
          others.add(other);
        }
      }
      Map<UUID, Boolean> found = disclosures.reach(caller, Entities.ENTITY, others);
      Set<UUID> next = new LinkedHashSet<>();
      for (Link l : links) {
        for (boolean forward : new boolean[] {true, false}) {
          UUID here = forward ? l.from() : l.to();
          UUID there = forward ? l.to() : l.from();
          if (!frontier.contains(here) || !found.containsKey(there)) {
            continue;
          }
          Integer seen = level.get(there);
          if (seen == null) {
            level.put(there, d);
            seen = d;
            // Pointers end a walk: the target may be one, but nothing is reached through one.
            if (Boolean.TRUE.equals(found.get(there)) && !there.equals(to)) {
              next.add(there);
            }
          }
          if (seen == d) {
            parents.computeIfAbsent(there, k -> new ArrayList<>()).add(l);
          }
        }
      }
      reachedTarget = level.containsKey(to);
      frontier = next;
    }
    if (!level.containsKey(to) || from.equals(to)) {
      return disclose(caller, List.of(from, to), List.of(), List.of(), false);
    }
    List<List<Link>> paths = new ArrayList<>();
    Deque<Link> path = new ArrayDeque<>();
    unwind(to, from, parents, path, paths);
    Set<UUID> nodeIds = new LinkedHashSet<>();
    Set<UUID> edgeIds = new LinkedHashSet<>();
    List<List<UUID>> pathEdges = new ArrayList<>();
    for (List<Link> p : paths) {
      List<UUID> ids = new ArrayList<>();
      for (Link l : p) {
        nodeIds.add(l.from());
        nodeIds.add(l.to());
        edgeIds.add(l.id());
        ids.add(l.id());
      }
      pathEdges.add(ids);
    }
    return disclose(
        caller, List.copyOf(nodeIds), List.copyOf(edgeIds), pathEdges, paths.size() >= MAX_PATHS);
  }

  private static void unwind(
      UUID node, UUID from, Map<UUID, List<Link>> parents, Deque<Link> path, List<List<Link>> out) {
    if (out.size() >= MAX_PATHS) {
      return;
    }
    if (node.equals(from)) {
      out.add(List.copyOf(path));
      return;
    }
    for (Link l : parents.getOrDefault(node, List.of())) {
      path.addFirst(l);
      unwind(l.from().equals(node) ? l.to() : l.from(), from, parents, path, out);
      path.removeFirst();
    }
  }

  private List<Link> links(Caller caller, Set<UUID> frontier) {
    return disclosures.links(
        caller, Relationships.TABLE, "source_id", "target_id", frontier, Relationships.MAX_EDGES);
  }

  private View disclose(
      Caller caller,
      List<UUID> nodeIds,
      List<UUID> edgeIds,
      List<List<UUID>> paths,
      boolean truncated) {
    List<Disclosed<EntityRecord>> nodes = entities.byIds(caller, nodeIds, Actions.READ);
    List<Disclosed.Shown<Relationship>> edges =
        edgeIds.isEmpty()
            ? List.of()
            : disclosures.listShown(
                caller,
                new LabeledQuery<>(
                    Relationships.TABLE,
                    Relationships.COLUMNS,
                    "t.id IN (:ids)",
                    Map.of("ids", edgeIds),
                    "t.id",
                    edgeIds.size(),
                    0,
                    Relationships.ROW),
                Actions.READ);
    Set<UUID> present = new HashSet<>();
    nodes.forEach(n -> present.add(n.id()));
    // A label may have changed between the walk and the disclosure: drop edges that lost an end.
    List<Disclosed.Shown<Relationship>> kept =
        edges.stream()
            .filter(
                e -> present.contains(e.record().source()) && present.contains(e.record().target()))
            .toList();
    return new View(nodes, kept, paths, truncated);
  }

  /**
   * Nodes and edges of a graph answer.
   *
   * @param nodes entities shown in full or as pointers
   * @param edges relationships between them
   * @param paths for a path query, each path as its relationship ids in order
   * @param truncated whether the answer was cut at the node or path limit
   */
  public record View(
      List<Disclosed<EntityRecord>> nodes,
      List<Disclosed.Shown<Relationship>> edges,
      List<List<UUID>> paths,
      boolean truncated) {}
}
