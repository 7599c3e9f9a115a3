package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps cluster ids stable when a new clustering replaces an old one, so that a cluster people
 * refer to keeps its name.
 *
 * <p>Every pair of an old id and a new cluster holding some of that id's old members is a claim,
 * weighed by how many old members the new cluster holds. Claims are granted strongest first, each
 * old id to one new cluster and each new cluster one old id. So on a merge the merged cluster keeps
 * the id of its largest old cluster; on a split the part holding most of the old members keeps the
 * id and the others get new ones. Ties go to the larger old cluster, then to the smaller id
 * (shorter first, then alphabetical, so numeric ids order as numbers), then to the new cluster
 * whose smallest record id is smaller. Records not in the old assignment count for nothing.
 */
public final class ClusterIds {

  private ClusterIds() {}

  /**
   * Names the clusters of a new clustering, keeping old ids where the rule above allows.
   *
   * @param previous each record's old cluster id
   * @param clusters the new clusters, each a set of record ids (every record in exactly one)
   * @param newId a source of fresh ids, never one already in use
   * @return each record's cluster id in the new clustering
   */
  public static Map<String, String> assign(
      Map<String, String> previous,
      Collection<? extends Collection<String>> clusters,
      Supplier<String> newId) {
    Map<String, Integer> oldSize = new HashMap<>();
    for (String id : previous.values()) {
      oldSize.merge(id, 1, Integer::sum);
    }
    List<List<String>> list = new ArrayList<>();
    for (Collection<String> c : clusters) {
      List<String> members = new ArrayList<>(c);
      members.sort(ID_ORDER);
      list.add(members);
    }
    record Claim(String oldId, int cluster, int overlap, int oldSize, String firstMember) {}
    List<Claim> claims = new ArrayList<>();
    for (int c = 0; c < list.size(); c++) {
      Map<String, Integer> overlap = new HashMap<>();
      for (String record : list.get(c)) {
        String old = previous.get(record);
        if (old != null) {
          overlap.merge(old, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> o : overlap.entrySet()) {
        claims.add(
            new Claim(
                o.getKey(),
                c,
                o.getValue(),
                oldSize.getOrDefault(o.getKey(), 0),
                list.get(c).isEmpty() ? "" : list.get(c).getFirst()));
      }
    }
    claims.sort(
        Comparator.comparingInt(Claim::overlap)
            .reversed()
            .thenComparing(Comparator.comparingInt(Claim::oldSize).reversed())
            .thenComparing(Claim::oldId, ID_ORDER)
            .thenComparing(Claim::firstMember, ID_ORDER));
    @Nullable String[] granted = new String[list.size()];
    Set<String> used = new HashSet<>();
    for (Claim claim : claims) {
      if (granted[claim.cluster()] == null && used.add(claim.oldId())) {
        granted[claim.cluster()] = claim.oldId();
      }
    }
    Map<String, String> out = new HashMap<>();
    for (int c = 0; c < list.size(); c++) {
      String id = granted[c];
      if (id == null) {
        id = newId.get();
      }
      for (String record : list.get(c)) {
        out.put(record, id);
      }
    }
    return out;
  }

  /** Shorter first, then alphabetical: numeric ids in numeric order. */
  static final Comparator<String> ID_ORDER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
}
