package org.puente.forensics.spectra;

import java.util.Arrays;

/**
 * Pairs the peaks of two spectra under an m/z tolerance and assigns them greedily, as matchms does:
 * candidate pairs are taken in decreasing order of their score contribution, each peak used at most
 * once. Holds reusable scratch arrays, so a comparison allocates nothing once the arrays have grown
 * to the largest spectra seen. Not thread-safe: one instance per thread.
 *
 * <p>The "outer" spectrum's peaks are visited in increasing m/z; for each, the "inner" peaks with
 * {@code outer − tol <= inner + shift <= outer + tol} become candidate pairs, in increasing inner
 * m/z. Of pairs with equal contribution, the later candidate wins, which reproduces matchms'
 * reversed stable sort. Chosen contributions are summed in candidate order, so the sum equals the
 * one an inverted index accumulates peak by peak.
 */
final class PeakMatching {

  private int[] outer = new int[64];
  private int[] inner = new int[64];
  private double[] value = new double[64];
  private boolean[] chosen = new boolean[64];
  private int[] order = new int[64];
  private int[] orderScratch = new int[64];
  private int[] outerStamp = new int[64];
  private int[] innerStamp = new int[64];
  private int stamp;
  private int[] presentStamp = new int[64];
  private int presentMark;
  private int count;
  private int chosenCount;
  private boolean conflict;
  private int lastOuter;
  private int groupMaxInner;
  private int earlierMaxInner;

  void reset() {
    count = 0;
    chosenCount = 0;
    conflict = false;
    lastOuter = -1;
    groupMaxInner = -1;
    earlierMaxInner = -1;
  }

  /** Candidate pairs with an inner spectrum in double precision (pair scoring). */
  void collect(
      double[] outerMz, int outerSize, double[] innerMz, int innerSize, double tol, double shift) {
    int lowest = 0;
    for (int o = 0; o < outerSize; o++) {
      double low = outerMz[o] - tol;
      double high = outerMz[o] + tol;
      for (int i = lowest; i < innerSize; i++) {
        double x = innerMz[i] + shift;
        if (x > high) {
          break;
        }
        if (x < low) {
          lowest = i + 1;
          continue;
        }
        add(o, i);
      }
    }
  }

  /**
   * Candidate pairs with an inner spectrum stored in single precision at {@code [from, to)} of
   * shared arrays (a prepared library); inner indices are relative to {@code from}.
   */
  void collect(
      double[] outerMz,
      int outerSize,
      float[] innerMz,
      int from,
      int to,
      double tol,
      double shift) {
    int lowest = from;
    for (int o = 0; o < outerSize; o++) {
      double low = outerMz[o] - tol;
      double high = outerMz[o] + tol;
      for (int i = lowest; i < to; i++) {
        double x = innerMz[i] + shift;
        if (x > high) {
          break;
        }
        if (x < low) {
          lowest = i + 1;
          continue;
        }
        add(o, i - from);
      }
    }
  }

  /**
   * Starts a second candidate list (the shifted pairs of the modified cosine); pairs may now
   * repeat, so the assignment is always greedy.
   */
  void startSecondList() {
    if (count > 0) {
      conflict = true;
    }
    lastOuter = -1;
    groupMaxInner = -1;
    earlierMaxInner = -1;
  }

  private void add(int o, int i) {
    if (count == outer.length) {
      grow(count * 2);
    }
    if (o == lastOuter) {
      conflict = true; // one outer peak, several candidates
    } else {
      earlierMaxInner = Math.max(earlierMaxInner, groupMaxInner);
      groupMaxInner = -1;
      lastOuter = o;
    }
    if (i <= earlierMaxInner) {
      conflict = true; // one inner peak, candidate of several outer peaks
    }
    groupMaxInner = Math.max(groupMaxInner, i);
    outer[count] = o;
    inner[count] = i;
    count++;
  }

  private void grow(int capacity) {
    outer = Arrays.copyOf(outer, capacity);
    inner = Arrays.copyOf(inner, capacity);
    value = Arrays.copyOf(value, capacity);
    chosen = Arrays.copyOf(chosen, capacity);
    order = Arrays.copyOf(order, capacity);
    orderScratch = Arrays.copyOf(orderScratch, capacity);
  }

  int count() {
    return count;
  }

  int outer(int pair) {
    return outer[pair];
  }

  int inner(int pair) {
    return inner[pair];
  }

  void value(int pair, double v) {
    value[pair] = v;
  }

  double value(int pair) {
    return value[pair];
  }

  boolean chosen(int pair) {
    return chosen[pair];
  }

  int chosenCount() {
    return chosenCount;
  }

  /** Whether some peak had several candidates, so that not every candidate pair is chosen. */
  boolean conflict() {
    return conflict;
  }

  /**
   * Chooses pairs: all of them when no peak has two candidates, otherwise greedily by decreasing
   * contribution, later candidate first among equals.
   *
   * @param outerSize peaks of the outer spectrum
   * @param innerSize peaks of the inner spectrum
   */
  void assign(int outerSize, int innerSize) {
    if (!conflict) {
      Arrays.fill(chosen, 0, count, true);
      chosenCount = count;
      return;
    }
    for (int p = 0; p < count; p++) {
      order[p] = p;
      chosen[p] = false;
    }
    sortByContribution();
    if (outerStamp.length < outerSize) {
      outerStamp = new int[Math.max(outerSize, outerStamp.length * 2)];
    }
    if (innerStamp.length < innerSize) {
      innerStamp = new int[Math.max(innerSize, innerStamp.length * 2)];
    }
    if (stamp == Integer.MAX_VALUE) {
      Arrays.fill(outerStamp, 0);
      Arrays.fill(innerStamp, 0);
      stamp = 0;
    }
    stamp++;
    chosenCount = 0;
    for (int k = 0; k < count; k++) {
      int p = order[k];
      if (outerStamp[outer[p]] != stamp && innerStamp[inner[p]] != stamp) {
        outerStamp[outer[p]] = stamp;
        innerStamp[inner[p]] = stamp;
        chosen[p] = true;
        chosenCount++;
      }
    }
  }

  /**
   * Marks the outer peaks that have at least one candidate partner: the peaks a reverse search
   * keeps.
   *
   * @return how many there are
   */
  int markPresent(int outerSize) {
    if (presentStamp.length < outerSize) {
      presentStamp = new int[Math.max(outerSize, presentStamp.length * 2)];
    }
    if (presentMark == Integer.MAX_VALUE) {
      Arrays.fill(presentStamp, 0);
      presentMark = 0;
    }
    presentMark++;
    int n = 0;
    for (int p = 0; p < count; p++) {
      if (presentStamp[outer[p]] != presentMark) {
        presentStamp[outer[p]] = presentMark;
        n++;
      }
    }
    return n;
  }

  /** Whether {@link #markPresent} found a candidate for outer peak {@code o}. */
  boolean present(int o) {
    return presentStamp[o] == presentMark;
  }

  /** Sum of the chosen contributions, in candidate order. */
  double chosenSum() {
    double sum = 0;
    for (int p = 0; p < count; p++) {
      if (chosen[p]) {
        sum += value[p];
      }
    }
    return sum;
  }

  /** Orders candidate positions by decreasing contribution, later position first among equals. */
  private void sortByContribution() {
    if (count <= 24) {
      for (int k = 1; k < count; k++) {
        int p = order[k];
        int j = k - 1;
        while (j >= 0 && before(p, order[j])) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = p;
      }
      return;
    }
    for (int width = 1; width < count; width *= 2) {
      for (int lo = 0; lo < count - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, count);
        int a = lo;
        int b = mid;
        int k = lo;
        while (a < mid && b < hi) {
          orderScratch[k++] = before(order[b], order[a]) ? order[b++] : order[a++];
        }
        while (a < mid) {
          orderScratch[k++] = order[a++];
        }
        while (b < hi) {
          orderScratch[k++] = order[b++];
        }
        System.arraycopy(orderScratch, lo, order, lo, hi - lo);
      }
    }
  }

  private boolean before(int p, int q) {
    return value[p] > value[q] || (value[p] == value[q] && p > q);
  }
}
