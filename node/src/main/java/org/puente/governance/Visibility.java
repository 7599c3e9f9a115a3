package org.puente.governance;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.accumulo.access.AccessEvaluator;
import org.springframework.stereotype.Component;

/**
 * Decides, once per distinct label and distinct set of authorizations, which labels a caller may
 * see and which give a pointer. Records are then filtered by label id in SQL.
 */
@Component
class Visibility {

  private final LabelStore labels;
  private final Map<Set<String>, Decisions> cache = new ConcurrentHashMap<>();

  Visibility(LabelStore labels) {
    this.labels = labels;
  }

  /** The labels this account may see in full, and those that give it a pointer. */
  Decision of(Account account) {
    Decisions decisions =
        cache.computeIfAbsent(
            account.authorizations(), auths -> new Decisions(auths, account.country()));
    return decisions.current(labels);
  }

  /**
   * Sorted ids of the labels a caller sees in full, of those that give it a pointer, and of those
   * it may only count in statistics (not visible, but released for statistics to its country).
   */
  static final class Decision {

    private final long[] visible;
    private final long[] pointers;
    private final long[] statistics;

    Decision(long[] visible, long[] pointers, long[] statistics) {
      this.visible = visible;
      this.pointers = pointers;
      this.statistics = statistics;
    }

    long[] statistics() {
      return statistics;
    }

    long[] visible() {
      return visible;
    }

    long[] pointers() {
      return pointers;
    }

    boolean sees(long labelId) {
      return Arrays.binarySearch(visible, labelId) >= 0;
    }

    boolean pointerTo(long labelId) {
      return Arrays.binarySearch(pointers, labelId) >= 0;
    }

    boolean nothing() {
      return visible.length == 0 && pointers.length == 0;
    }
  }

  /** The decisions for one set of authorizations, extended as new labels appear. */
  private static final class Decisions {

    private final AccessEvaluator evaluator;
    private final Country country;
    private long evaluatedUpTo;
    private long[] visible = new long[0];
    private long[] pointers = new long[0];
    private long[] statistics = new long[0];
    private volatile Decision snapshot = new Decision(new long[0], new long[0], new long[0]);

    Decisions(Set<String> authorizations, Country country) {
      this.evaluator = Authorizations.access().newEvaluator(authorizations);
      this.country = country;
    }

    Decision current(LabelStore store) {
      if (store.highest() > evaluatedUpTo || evaluatedUpTo == 0) {
        synchronized (this) {
          if (store.highest() > evaluatedUpTo || evaluatedUpTo == 0) {
            extend(store);
          }
        }
      }
      return snapshot;
    }

    private void extend(LabelStore store) {
      long[] newVisible = Arrays.copyOf(visible, visible.length + 16);
      long[] newPointers = Arrays.copyOf(pointers, pointers.length + 16);
      long[] newStatistics = Arrays.copyOf(statistics, statistics.length + 16);
      int v = visible.length;
      int p = pointers.length;
      int s = statistics.length;
      for (StoredLabel label : store.after(evaluatedUpTo)) {
        // Every label is evaluated once: a visible one too must move the mark past it.
        evaluatedUpTo = Math.max(evaluatedUpTo, label.id());
        if (evaluator.canAccess(label.expression())) {
          if (v == newVisible.length) {
            newVisible = Arrays.copyOf(newVisible, v * 2);
          }
          newVisible[v++] = label.id();
          continue;
        }
        if (label.label().pointerForOutsiders()) {
          if (p == newPointers.length) {
            newPointers = Arrays.copyOf(newPointers, p * 2);
          }
          newPointers[p++] = label.id();
        }
        if (label.label().statistics().contains(country)) {
          if (s == newStatistics.length) {
            newStatistics = Arrays.copyOf(newStatistics, s * 2);
          }
          newStatistics[s++] = label.id();
        }
      }
      if (evaluatedUpTo == 0) {
        // No label exists yet; remember that we looked so the next call only checks the id.
        evaluatedUpTo = Math.max(0, store.highest());
      }
      visible = Arrays.copyOf(newVisible, v);
      pointers = Arrays.copyOf(newPointers, p);
      statistics = Arrays.copyOf(newStatistics, s);
      snapshot = new Decision(visible, pointers, statistics);
    }
  }
}
