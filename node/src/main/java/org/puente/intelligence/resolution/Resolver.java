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

  private final Model model;
  private final int cap;
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
    this.model = model;
    this.cap = cap;
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
    IntSet seen = new IntSet(total);
    Comparators.Result r = new Comparators.Result();
    List<Hit> hits = new ArrayList<>();
    @Nullable Set<String> usable = null;
    for (Posting p : lists) {
      if (p == null) {
        continue;
      }
      for (int i = 0; i < p.size; i++) {
        int slot = p.slots[i];
        if (!seen.add(slot) || slot >= e.length) {
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

  /** A set of ints by open addressing, sized once per query. */
  private static final class IntSet {
    private final int[] table;
    private final int mask;

    IntSet(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
      table = new int[capacity];
      Arrays.fill(table, -1);
      mask = capacity - 1;
    }

    /** Adds a non-negative int; false when it was there already. */
    boolean add(int x) {
      int i = (x * 0x9E3779B9) >>> 1 & mask;
      while (true) {
        int t = table[i];
        if (t == x) {
          return false;
        }
        if (t == -1) {
          table[i] = x;
          return true;
        }
        i = (i + 1) & mask;
      }
    }
  }
}
