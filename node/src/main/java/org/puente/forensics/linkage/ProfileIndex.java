package org.puente.forensics.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * In-memory index of transformed profiles for one comparison: the unit vectors (centred for
 * Pearson) in one contiguous {@code float[]}, searched by brute force, which at ten dimensions and
 * a million profiles is a single linear pass the JIT vectorises. It returns ids and distances only;
 * what a viewer may see of a linked record is decided by governance.
 */
public final class ProfileIndex {

  private final Comparison comparison;
  private final int dimensions;
  private float[] units;
  private String[] ids;
  private int size;

  public ProfileIndex(Comparison comparison) {
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    this.dimensions = ImpurityProfiles.VOCABULARY.size();
    this.units = new float[dimensions * 1024];
    this.ids = new String[1024];
  }

  public Comparison comparison() {
    return comparison;
  }

  public int size() {
    return size;
  }

  /** Adds a profile (as {@link ImpurityProfiles#vector} gives it); empty profiles are skipped. */
  public synchronized void add(String id, float[] vector) {
    Objects.requireNonNull(id, "id");
    if (vector.length != dimensions) {
      throw new IllegalArgumentException("profile has " + vector.length + " dimensions");
    }
    if (!ImpurityProfiles.informative(vector)) {
      return;
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      units = Arrays.copyOf(units, units.length * 2);
    }
    System.arraycopy(comparison.unit(vector), 0, units, size * dimensions, dimensions);
    ids[size++] = id;
  }

  /** Every stored profile within {@code threshold} of the query, nearest first. */
  public List<Link> within(float[] vector, double threshold) {
    List<Link> links = new ArrayList<>();
    if (!ImpurityProfiles.informative(vector)) {
      return links;
    }
    float[] q = comparison.unit(vector);
    float[] data;
    String[] names;
    int count;
    synchronized (this) {
      data = units;
      names = ids;
      count = size;
    }
    // 1 - dot <= threshold  <=>  dot >= 1 - threshold
    float minDot = (float) (1 - threshold);
    int d = dimensions;
    for (int row = 0, base = 0; row < count; row++, base += d) {
      float dot = 0;
      for (int k = 0; k < d; k++) {
        dot += data[base + k] * q[k];
      }
      if (dot >= minDot) {
        links.add(new Link(names[row], 1 - (double) dot));
      }
    }
    links.sort(Comparator.comparingDouble(Link::distance).thenComparing(Link::id));
    return links;
  }
}
