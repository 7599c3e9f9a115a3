package org.puente.forensics.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Clusters of linked profiles by union-find. A cluster's id is its smallest member id, so the same
 * links give the same ids whatever order they arrive in.
 */
public final class LinkClusters {

  private final Map<String, String> parent = new HashMap<>();

  /** Records that two profiles are linked. */
  public void link(String a, String b) {
    String ra = root(a);
    String rb = root(b);
    if (ra.equals(rb)) {
      return;
    }
    // The smaller id becomes the root, which keeps cluster ids stable.
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }

  /** The cluster id of a profile (itself when it has no link). */
  public String clusterOf(String id) {
    return root(id);
  }

  /** Every cluster of two or more profiles, by cluster id, members sorted. */
  public Map<String, List<String>> clusters() {
    Map<String, TreeSet<String>> groups = new TreeMap<>();
    for (String id : new ArrayList<>(parent.keySet())) {
      groups.computeIfAbsent(root(id), r -> new TreeSet<>()).add(id);
    }
    Map<String, List<String>> out = new TreeMap<>();
    groups.forEach((root, members) -> {
      members.add(root);
      out.put(root, List.copyOf(members));
    });
    return out;
  }

  private String root(String id) {
    String current = id;
    List<String> path = new ArrayList<>();
    while (true) {
      String up = parent.get(current);
      if (up == null) {
        break;
      }
      path.add(current);
      current = up;
    }
    for (String node : path) {
      parent.put(node, current);
    }
    return current;
  }
}
