package org.puente.forensics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.linkage.Comparison;
import org.puente.forensics.linkage.ImpurityProfiles;
import org.puente.forensics.linkage.Link;
import org.puente.forensics.linkage.LinkThreshold;
import org.puente.forensics.linkage.ProfileIndex;
import org.puente.forensics.linkage.SyntheticReferencePairs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The seizure-linkage index: every stored impurity profile (fourth root of normalised areas) in
 * memory, compared by the method whose learnt threshold finds the most linked pairs at a
 * false-positive rate of at most 1 %. It knows ids and vectors only; who may see a linked report is
 * the enforcement point's decision.
 */
@Component
class Linkage {

  private static final Logger log = LoggerFactory.getLogger(Linkage.class);

  /** Seed, batches and samples of the reference pairs the threshold is learnt from. */
  static final long REFERENCE_SEED = 20250601L;

  static final int REFERENCE_BATCHES = 60;
  static final int REFERENCE_SAMPLES = 6;
  static final double TARGET_FPR = 0.01;

  /** Most reports in a cluster shown at once. */
  static final int MAX_CLUSTER = 200;

  private final JdbcClient jdbc;
  private final LinkThreshold threshold;
  private final Map<UUID, float[]> vectors = new ConcurrentHashMap<>();
  private volatile @Nullable ProfileIndex index;

  Linkage(JdbcClient jdbc, @Value("${puente.forensics.link-method:auto}") String method) {
    this.jdbc = jdbc;
    this.threshold = choose(method);
  }

  /** The learnt threshold in force, with its method and rates. */
  LinkThreshold threshold() {
    return threshold;
  }

  static LinkThreshold choose(String method) {
    List<LinkThreshold> learnt = new ArrayList<>();
    for (Comparison c : Comparison.values()) {
      if (method.equalsIgnoreCase("auto") || method.equalsIgnoreCase(c.name())) {
        learnt.add(
            SyntheticReferencePairs.learn(
                c, REFERENCE_SEED, REFERENCE_BATCHES, REFERENCE_SAMPLES, TARGET_FPR));
      }
    }
    if (learnt.isEmpty()) {
      throw new IllegalStateException(
          "puente.forensics.link-method must be auto, pearson or cosine, not '" + method + "'");
    }
    LinkThreshold best = learnt.getFirst();
    for (LinkThreshold t : learnt) {
      if (t.truePositiveRate() > best.truePositiveRate()) {
        best = t;
      }
    }
    return best;
  }

  /** The vector of a profile, as stored. */
  static String encode(float[] vector) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < vector.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(String.format(Locale.ROOT, "%.6f", vector[i]));
    }
    return out.toString();
  }

  static float[] decode(String text) {
    float[] vector = new float[ImpurityProfiles.VOCABULARY.size()];
    int i = 0;
    int start = 0;
    while (i < vector.length && start <= text.length()) {
      int comma = text.indexOf(',', start);
      int end = comma < 0 ? text.length() : comma;
      vector[i++] = Float.parseFloat(text.substring(start, end));
      start = end + 1;
    }
    return vector;
  }

  /** Adds a stored profile (after its transaction committed). */
  void add(UUID id, float[] vector) {
    ProfileIndex current = loaded();
    float[] previous = vectors.put(id, vector);
    if (previous == null) {
      current.add(id.toString(), vector);
    } else if (!java.util.Arrays.equals(previous, vector)) {
      // An amended profile: the index is append-only, so it is rebuilt from the vectors.
      rebuild();
    }
  }

  Optional<float[]> vectorOf(UUID id) {
    loaded();
    return Optional.ofNullable(vectors.get(id));
  }

  /** Reports whose profile lies within the threshold of {@code vector}, closest first. */
  List<Link> near(float[] vector) {
    return loaded().within(vector, threshold.threshold());
  }

  /**
   * The cluster of {@code start}: reports linked to it directly or through other linked reports,
   * breadth first, at most {@link #MAX_CLUSTER}.
   */
  Set<UUID> cluster(UUID start) {
    Set<UUID> members = new LinkedHashSet<>();
    Deque<UUID> frontier = new ArrayDeque<>();
    members.add(start);
    frontier.add(start);
    while (!frontier.isEmpty() && members.size() < MAX_CLUSTER) {
      float[] v = vectors.get(frontier.poll());
      if (v == null) {
        continue;
      }
      for (Link link : near(v)) {
        UUID id = UUID.fromString(link.id());
        if (members.size() < MAX_CLUSTER && members.add(id)) {
          frontier.add(id);
        }
      }
    }
    members.remove(start);
    return members;
  }

  int size() {
    return loaded().size();
  }

  private ProfileIndex loaded() {
    ProfileIndex current = index;
    if (current == null) {
      synchronized (this) {
        current = index;
        if (current == null) {
          Map<UUID, float[]> stored = new LinkedHashMap<>();
          jdbc.sql("SELECT report_id, vector FROM forensics.profile")
              .query(rs -> {
                stored.put(rs.getObject(1, UUID.class), decode(rs.getString(2)));
              });
          vectors.putAll(stored);
          current = build();
          index = current;
          log.info(
              "linkage index: {} profiles, {} at threshold {} (FPR {}, TPR {})",
              current.size(),
              threshold.comparison(),
              threshold.threshold(),
              threshold.falsePositiveRate(),
              threshold.truePositiveRate());
        }
      }
    }
    return current;
  }

  private synchronized void rebuild() {
    index = build();
  }

  private ProfileIndex build() {
    ProfileIndex fresh = new ProfileIndex(threshold.comparison());
    vectors.forEach((id, v) -> fresh.add(id.toString(), v));
    return fresh;
  }
}
