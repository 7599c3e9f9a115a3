package org.puente.forensics.spectra;

import java.util.ArrayList;
import java.util.List;

/**
 * The best {@code k} scored spectra seen so far, in a min-heap without boxing. Ranking: higher
 * score first; of equal scores, the entry earlier in the library first, so ties are broken the same
 * way whichever search path found them.
 */
final class TopHits {

  private final int capacity;
  private final double[] score;
  private final int[] entry;
  private final int[] matched;
  private int size;

  TopHits(int capacity) {
    this.capacity = capacity;
    this.score = new double[capacity];
    this.entry = new int[capacity];
    this.matched = new int[capacity];
  }

  /** Whether a is ranked below b. */
  private static boolean worse(double scoreA, int entryA, double scoreB, int entryB) {
    return scoreA < scoreB || (scoreA == scoreB && entryA > entryB);
  }

  /** Whether a spectrum of this score could enter, whatever its library position. */
  boolean mayAccept(double s) {
    return capacity > 0 && !Double.isNaN(s) && (size < capacity || s >= score[0]);
  }

  /** Whether a spectrum of this score and library position would enter. */
  boolean accepts(double s, int e) {
    return capacity > 0 && !Double.isNaN(s) && (size < capacity || worse(score[0], entry[0], s, e));
  }

  void offer(double s, int e, int m) {
    if (capacity == 0 || Double.isNaN(s)) {
      return;
    }
    if (size < capacity) {
      int i = size++;
      score[i] = s;
      entry[i] = e;
      matched[i] = m;
      siftUp(i);
    } else if (worse(score[0], entry[0], s, e)) {
      score[0] = s;
      entry[0] = e;
      matched[0] = m;
      siftDown(0);
    }
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!worse(score[i], entry[i], score[parent], entry[parent])) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int left = 2 * i + 1;
      int right = left + 1;
      int worst = i;
      if (left < size && worse(score[left], entry[left], score[worst], entry[worst])) {
        worst = left;
      }
      if (right < size && worse(score[right], entry[right], score[worst], entry[worst])) {
        worst = right;
      }
      if (worst == i) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int a, int b) {
    double s = score[a];
    score[a] = score[b];
    score[b] = s;
    int e = entry[a];
    entry[a] = entry[b];
    entry[b] = e;
    int m = matched[a];
    matched[a] = matched[b];
    matched[b] = m;
  }

  /** The hits, best first. */
  List<Hit> toHits(List<LibraryEntry> entries) {
    List<Hit> hits = new ArrayList<>(size);
    while (size > 0) {
      hits.add(new Hit(entries.get(entry[0]), score[0], matched[0]));
      size--;
      if (size > 0) {
        swap(0, size);
        siftDown(0);
      }
    }
    return hits.reversed();
  }
}
