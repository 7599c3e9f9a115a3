package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory index of person records that finds the candidates for one record at a time.
 *
 * <p>Records get an int slot; every blocking key maps to a posting list of slots held in an int
 * array. Writers ({@link #put}, {@link #remove}) take turns; readers ({@link #match}) take no lock
 * and run alongside them. A posting list is never changed where a reader might be reading it: an
 * append writes past the end that published readers know, and a removal copies the list, so a
 * reader sees each list as it was at some moment during its query.
 *
 * <p>A key held by more records than the cap is not used to find candidates (see {@link Blocking});
 * {@link #oversizedKeys} says how many there are.
 */
public final class Resolver {

  /**
   * How many candidates one query is scored against at most, those sharing the most blocking keys
   * with it first: a true variant of a record shares several keys with it (surname, given name and
   * surname, date of birth, date and initial), a namesake born another day one or two.
   */
  public static final int DEFAULT_BUDGET = 100;

  private final Model model;
  private final int cap;
  private final int budget;
  private final TermFrequencies frequencies = new TermFrequencies();
  private final ConcurrentHashMap<String, Posting> postings = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Integer> slots = new ConcurrentHashMap<>();
  // Written only by writers, under the lock; published by the volatile write of the array.
  private volatile @Nullable Entry[] entries = new Entry[1024];
  private int[] free = new int[16];
  private int freeCount;
  private int nextSlot;
  private volatile int size;

  public Resolver(Model model) {
    this(model, Blocking.DEFAULT_CAP);
  }

  /**
   * An index with its own blocking cap.
   *
   * @param cap a blocking key held by more records than this is not used to find candidates
   */
  public Resolver(Model model, int cap) {
    this(model, cap, DEFAULT_BUDGET);
  }

  /**
   * An index with its own blocking cap and budget.
   *
   * @param cap a blocking key held by more records than this is not used to find candidates
   * @param budget at most so many candidates are scored per query, most shared keys first
   */
  public Resolver(Model model, int cap, int budget) {
    this.model = model;
    this.cap = cap;
    this.budget = budget;
  }

  private static final class Entry {
    final PersonRecord record;
    final Prepared prepared;
    final String[] keys;

    Entry(PersonRecord record, Prepared prepared, String[] keys) {
      this.record = record;
      this.prepared = prepared;
      this.keys = keys;
    }
  }

  /** A posting list: the first {@code size} slots of {@code slots}. */
  private static final class Posting {
    final int[] slots;
    final int size;

    Posting(int[] slots, int size) {
      this.slots = slots;
      this.size = size;
    }
  }

  /** Adds or replaces a record. */
  public synchronized void put(PersonRecord record) {
    Integer existing = slots.get(record.id());
    if (existing != null) {
      removeSlot(existing);
    }
    Prepared p = Prepared.of(record);
    String[] keys = Blocking.keys(p).toArray(String[]::new);
    int slot = freeCount > 0 ? free[--freeCount] : nextSlot++;
    @Nullable Entry[] e = entries;
    if (slot >= e.length) {
      e = Arrays.copyOf(e, e.length * 2);
    }
    e[slot] = new Entry(record, p, keys);
    entries = e;
    for (String key : keys) {
      Posting old = postings.get(key);
      if (old == null) {
        postings.put(key, new Posting(new int[] {slot, 0}, 1));
      } else if (old.size < old.slots.length) {
        old.slots[old.size] = slot;
        postings.put(key, new Posting(old.slots, old.size + 1));
      } else {
        int[] grown = Arrays.copyOf(old.slots, old.size * 2);
        grown[old.size] = slot;
        postings.put(key, new Posting(grown, old.size + 1));
      }
    }
    frequencies.add(p);
    slots.put(record.id(), slot);
    size = slots.size();
  }

  /** Removes a record, if present. */
  public synchronized void remove(String id) {
    Integer slot = slots.get(id);
    if (slot != null) {
      removeSlot(slot);
      size = slots.size();
    }
  }

  private void removeSlot(int slot) {
    @Nullable Entry[] e = entries;
    Entry entry = e[slot];
    if (entry == null) {
      return;
    }
    for (String key : entry.keys) {
      Posting old = postings.get(key);
      if (old == null) {
        continue;
      }
      int[] copy = new int[Math.max(1, old.size - 1)];
      int n = 0;
      for (int i = 0; i < old.size; i++) {
        if (old.slots[i] != slot && n < copy.length) {
          copy[n++] = old.slots[i];
        }
      }
      if (n == 0) {
        postings.remove(key);
      } else {
        postings.put(key, new Posting(copy, n));
      }
    }
    frequencies.remove(entry.prepared);
    slots.remove(entry.record.id());
    e[slot] = null;
    entries = e;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
  }

  public int size() {
    return size;
  }

  /** How many blocking keys are held by more records than the cap, and so not used. */
  public int oversizedKeys() {
    int n = 0;
    for (Posting p : postings.values()) {
      if (p.size > cap) {
        n++;
      }
    }
    return n;
  }

  /** How many stored records a query would be compared with at most, before running it. */
  public long estimate(PersonRecord query) {
    long n = 0;
    for (String key : Blocking.keys(Prepared.of(query))) {
      Posting p = postings.get(key);
      if (p != null && p.size <= cap) {
        n += p.size;
      }
    }
    return n;
  }

  /**
   * The best candidates for a query, best first, with at least {@code minScore} (log2 odds). Each
   * stored record is first passed through {@code view}, which returns what of it may be compared
   * (empty when nothing may): blocking and scoring then use only that. A record whose view no
   * longer shares a usable blocking key with the query is dropped, so a hidden field never even
   * brings a record into the results. The stored record with the query's own id is not a candidate.
   */
  public List<Candidate> match(
      PersonRecord query,
      int limit,
      double minScore,
      Function<PersonRecord, Optional<PersonRecord>> view) {
    if (limit <= 0) {
      return List.of();
    }
    Prepared q = Prepared.of(query);
    List<String> keys = Blocking.keys(q);
    @Nullable Entry[] e = entries;
    Posting[] lists = new Posting[keys.size()];
    int total = 0;
    for (int k = 0; k < keys.size(); k++) {
      Posting p = postings.get(keys.get(k));
      if (p != null && p.size <= cap) {
        lists[k] = p;
        total += p.size;
      }
    }
    int[] chosen = ranked(lists, total);
    Comparators.Result r = new Comparators.Result();
    List<Hit> hits = new ArrayList<>();
    @Nullable Set<String> usable = null;
    {
      for (int slot : chosen) {
        if (slot >= e.length) {
          continue;
        }
        Entry entry = e[slot];
        if (entry == null || entry.record.id().equals(query.id())) {
          continue;
        }
        Optional<PersonRecord> seenAs = view.apply(entry.record);
        if (seenAs.isEmpty()) {
          continue;
        }
        PersonRecord visible = seenAs.get();
        Prepared candidate;
        if (visible.equals(entry.record)) {
          candidate = entry.prepared;
        } else {
          candidate = Prepared.of(visible);
          if (usable == null) {
            usable = usableKeys(keys, lists);
          }
          if (!sharesKey(candidate, usable)) {
            continue;
          }
        }
        double score = model.score(q, candidate, frequencies, r);
        if (score >= minScore) {
          hits.add(new Hit(candidate, score));
        }
      }
    }
    hits.sort(
        Comparator.comparingDouble(Hit::score)
            .reversed()
            .thenComparing(h -> h.prepared.record.id()));
    List<Candidate> out = new ArrayList<>(Math.min(limit, hits.size()));
    for (Hit h : hits) {
      if (out.size() == limit) {
        break;
      }
      Explanation x = model.explain(q, h.prepared, frequencies, r);
      out.add(new Candidate(h.prepared.record.id(), x));
    }
    return out;
  }

  /**
   * The slots the query's keys hold, each once: all of them when within the budget, otherwise the
   * budget's worth sharing the most keys with the query (ties by slot, so the choice is stable).
   */
  private int[] ranked(Posting[] lists, int total) {
    int[] all = new int[total];
    int n = 0;
    for (Posting p : lists) {
      if (p != null) {
        int size = Math.min(p.size, p.slots.length);
        System.arraycopy(p.slots, 0, all, n, Math.min(size, total - n));
        n += Math.min(size, total - n);
      }
    }
    java.util.Arrays.sort(all, 0, n);
    // Each distinct slot with how many of the query's keys hold it, as (count << 32 | slot).
    long[] counted = new long[n];
    int m = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && all[j] == all[i]) {
        j++;
      }
      counted[m++] = ((long) (j - i) << 32) | (all[i] & 0xffffffffL);
      i = j;
    }
    if (m <= budget) {
      int[] out = new int[m];
      for (int i = 0; i < m; i++) {
        out[i] = (int) counted[i];
      }
      return out;
    }
    // Most keys first; among equals, the smaller slot.
    for (int i = 0; i < m; i++) {
      counted[i] =
          ((long) (Integer.MAX_VALUE - (int) (counted[i] >>> 32)) << 32)
              | (counted[i] & 0xffffffffL);
    }
    java.util.Arrays.sort(counted, 0, m);
    int[] out = new int[budget];
    for (int i = 0; i < budget; i++) {
      out[i] = (int) counted[i];
    }
    return out;
  }

  private static Set<String> usableKeys(List<String> keys, Posting[] lists) {
    Set<String> out = new HashSet<>();
    for (int k = 0; k < keys.size(); k++) {
      if (lists[k] != null) {
        out.add(keys.get(k));
      }
    }
    return out;
  }

  private static boolean sharesKey(Prepared p, Set<String> keys) {
    for (String k : Blocking.keys(p)) {
      if (keys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private record Hit(Prepared prepared, double score) {}

  /** The explanation of one pair, with name frequencies as they stand in this index. */
  public Explanation explain(PersonRecord a, PersonRecord b) {
    return model.explain(Prepared.of(a), Prepared.of(b), frequencies, new Comparators.Result());
  }

  /** The model this index scores with. */
  public Model model() {
    return model;
  }

  /** Counts of posting-list sizes, for reports: size bucket (power of two) to number of keys. */
  public Map<Integer, Integer> keySizes() {
    Map<Integer, Integer> out = new HashMap<>();
    for (Posting p : postings.values()) {
      out.merge(Integer.highestOneBit(p.size), 1, Integer::sum);
    }
    return out;
  }
}
