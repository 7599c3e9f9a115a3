package org.puente.governance;

import java.util.Arrays;

/**
 * The ids of the labels a caller sees in full and of those that give it a pointer, for a search
 * index that must apply the label filter inside its own query. Records found that way are still
 * disclosed through {@link Disclosures}, which logs them.
 */
public final class VisibleLabels {

  private final long[] visible;
  private final long[] pointers;

  VisibleLabels(long[] visible, long[] pointers) {
    this.visible = visible.clone();
    this.pointers = pointers.clone();
  }

  /** Sorted ids of labels the caller sees in full. */
  public long[] visible() {
    return visible.clone();
  }

  /** Sorted ids of labels that give the caller a pointer. */
  public long[] pointers() {
    return pointers.clone();
  }

  /** Whether the caller sees records of this label in full. */
  public boolean sees(long label) {
    return Arrays.binarySearch(visible, label) >= 0;
  }

  /** Whether records of this label give the caller a pointer. */
  public boolean pointerTo(long label) {
    return Arrays.binarySearch(pointers, label) >= 0;
  }

  @Override
  public String toString() {
    return "VisibleLabels[" + visible.length + " visible, " + pointers.length + " pointers]";
  }
}
