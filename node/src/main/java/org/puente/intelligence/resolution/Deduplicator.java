package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resolves a whole list of person records: blocking, scoring of every blocked pair, and clusters.
 *
 * <p>The cluster rule guards against chaining (A links B, B links C, so A joins C although A and C
 * disagree). Links are taken best first. A link at or above the strong threshold always joins its
 * two clusters. A weaker link (at or above the link threshold) joins two clusters only when at
 * least half of all the pairs between them are links too; otherwise the two clusters stay apart. A
 * single weak link therefore joins two single records, but never two established groups that only
 * one pair connects.
 */
public final class Deduplicator {

  private final Model model;
  private final double linkThreshold;
  private final double strongThreshold;
  private final int cap;
  private final int threads;
  private final int budget;

  /**
   * A deduplicator with its own thresholds.
   *
   * @param linkThreshold pairs scoring at least this are links
   * @param strongThreshold links scoring at least this join clusters unconditionally
   * @param cap the blocking cap
   * @param threads threads for scoring
   */
  public Deduplicator(
      Model model, double linkThreshold, double strongThreshold, int cap, int threads) {
    this.model = model;
    this.linkThreshold = linkThreshold;
    this.strongThreshold = Math.max(linkThreshold, strongThreshold);
    this.cap = cap;
    this.threads = Math.max(1, threads);
    this.budget = Resolver.DEFAULT_BUDGET;
  }

  /** Links at the balanced threshold; strong links 10 bits (a thousand times the odds) above. */
  public Deduplicator(Model model) {
    this(
        model,
        MatchMode.BALANCED.minScore(),
        MatchMode.BALANCED.minScore() + 10,
        Blocking.DEFAULT_CAP,
        Runtime.getRuntime().availableProcessors());
  }

  /** The cost of a run, before running it. */
  public Blocking.Estimate estimate(List<PersonRecord> records) {
    return new Blocking.Index(records.stream().map(Prepared::of).toList(), cap).estimate();
  }

  /**
   * What a run found.
   *
   * <p>The links are the scored pairs at or above the link threshold; comparisons are all scored
   * pairs; the estimate is the one made before scoring.
   */
  public static final class Result {
    private final List<String> ids;
    private final int[] left;
    private final int[] right;
    private final double[] scores;
    private final int[] cluster;
    private final long comparisons;
    private final Blocking.Estimate estimate;

    Result(
        List<String> ids,
        int[] left,
        int[] right,
        double[] scores,
        int[] cluster,
        long comparisons,
        Blocking.Estimate estimate) {
      this.ids = List.copyOf(ids);
      this.left = left;
      this.right = right;
      this.scores = scores;
      this.cluster = cluster;
      this.comparisons = comparisons;
      this.estimate = estimate;
    }

    public List<String> ids() {
      return ids;
    }

    /** The first record of a link, as an index into {@link #ids}. */
    public int left(int link) {
      return left[link];
    }

    public int right(int link) {
      return right[link];
    }

    public double score(int link) {
      return scores[link];
    }

    /** A record's cluster, as the index of one of its members (itself when alone). */
    public int cluster(int record) {
      return cluster[record];
    }

    public long comparisons() {
      return comparisons;
    }

    public Blocking.Estimate estimate() {
      return estimate;
    }

    /** The clusters of two or more records, as lists of ids. */
    public List<List<String>> clusters() {
      int n = ids.size();
      int[] count = new int[n];
      for (int c : cluster) {
        count[c]++;
      }
      List<List<String>> byRoot = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
      List<List<String>> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int c = cluster[i];
        if (count[c] < 2) {
          continue;
        }
        if (byRoot.get(c).isEmpty()) {
          List<String> members = new ArrayList<>(count[c]);
          byRoot.set(c, members);
          out.add(members);
        }
        byRoot.get(c).add(ids.get(i));
      }
      return out;
    }

    public int links() {
      return left.length;
    }
  }

  /** Resolves the records. */
  public Result run(List<PersonRecord> records) {
    List<Prepared> prepared = prepare(records);
    Blocking.Index index = new Blocking.Index(prepared, cap);
    Blocking.Estimate estimate = index.estimate();
    return run(prepared, index, estimate);
  }

  private List<Prepared> prepare(List<PersonRecord> records) {
    Prepared[] out = new Prepared[records.size()];
    parallel(
        records.size(),
        (from, to) -> {
          for (int i = from; i < to; i++) {
            out[i] = Prepared.of(records.get(i));
          }
        });
    return Arrays.asList(out);
  }

  private Result run(List<Prepared> prepared, Blocking.Index index, Blocking.Estimate estimate) {
    int n = prepared.size();
    TermFrequencies tf = new TermFrequencies();
    for (Prepared p : prepared) {
      tf.add(p);
    }
    Links[] found = new Links[threads];
    long[] compared = new long[threads];
    AtomicInteger next = new AtomicInteger();
    int chunk = 1024;
    int widest = index.widest();
    runThreads(t -> {
      Links links = new Links();
      // Each record is compared with at most the budget of later records, those sharing the
      // most keys with it first, as a query is (Resolver.DEFAULT_BUDGET).
      int[] counts = new int[n];
      int[] touched = new int[widest];
      long[] order = new long[widest];
      int[] chosen = new int[widest];
      Comparators.Result r = new Comparators.Result();
      long count = 0;
      for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
        for (int i = from; i < Math.min(n, from + chunk); i++) {
          Prepared a = prepared.get(i);
          int m = index.ranked(i, counts, touched, order, budget, chosen);
          count += m;
          for (int x = 0; x < m; x++) {
            int j = chosen[x];
            double s = model.score(a, prepared.get(j), tf, r);
            if (s >= linkThreshold) {
              links.add(i, j, s);
            }
          }
        }
      }
      found[t] = links;
      compared[t] = count;
    });
    Links all = new Links();
    long comparisons = 0;
    for (int t = 0; t < threads; t++) {
      all.addAll(found[t]);
      comparisons += compared[t];
    }
    int[] left = Arrays.copyOf(all.left, all.size);
    int[] right = Arrays.copyOf(all.right, all.size);
    double[] scores = Arrays.copyOf(all.scores, all.size);
    int[] cluster = cluster(n, left, right, scores);
    List<String> ids = prepared.stream().map(p -> p.record.id()).toList();
    return new Result(ids, left, right, scores, cluster, comparisons, estimate);
  }

  /** Clusters links by the rule in the class comment; returns each record's cluster root. */
  int[] cluster(int n, int[] left, int[] right, double[] scores) {
    int e = left.length;
    Integer[] order = new Integer[e];
    for (int i = 0; i < e; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
    // Adjacency of the link graph, for counting links between two clusters.
    int[] degree = new int[n + 1];
    for (int i = 0; i < e; i++) {
      degree[left[i] + 1]++;
      degree[right[i] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      degree[i + 1] += degree[i];
    }
    int[] adjacent = new int[2 * e];
    int[] fill = Arrays.copyOf(degree, n);
    for (int i = 0; i < e; i++) {
      adjacent[fill[left[i]]++] = right[i];
      adjacent[fill[right[i]]++] = left[i];
    }
    int[] parent = new int[n];
    int[] size = new int[n];
    int[] nextMember = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
      nextMember[i] = i;
    }
    for (int k = 0; k < e; k++) {
      int edge = order[k];
      int a = find(parent, left[edge]);
      int b = find(parent, right[edge]);
      if (a == b) {
        continue;
      }
      boolean join = scores[edge] >= strongThreshold;
      if (!join) {
        int small = size[a] <= size[b] ? a : b;
        int other = small == a ? b : a;
        long between = 0;
        int m = small;
        do {
          for (int x = degree[m]; x < degree[m + 1]; x++) {
            if (find(parent, adjacent[x]) == other) {
              between++;
            }
          }
          m = nextMember[m];
        } while (m != small);
        join = 2 * between >= (long) size[a] * size[b];
      }
      if (join) {
        int root = size[a] >= size[b] ? a : b;
        int child = root == a ? b : a;
        parent[child] = root;
        size[root] += size[child];
        int t = nextMember[root];
        nextMember[root] = nextMember[child];
        nextMember[child] = t;
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private interface Range {
    void run(int from, int to);
  }

  private interface Task {
    void run(int thread);
  }

  private void parallel(int n, Range range) {
    int per = (n + threads - 1) / threads;
    runThreads(t -> range.run(Math.min(n, t * per), Math.min(n, (t + 1) * per)));
  }

  private void runThreads(Task task) {
    if (threads == 1) {
      task.run(0);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> task.run(thread)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Links found by one thread, in growable primitive arrays. */
  private static final class Links {
    int[] left = new int[256];
    int[] right = new int[256];
    double[] scores = new double[256];
    int size;

    void add(int a, int b, double s) {
      if (size == left.length) {
        left = Arrays.copyOf(left, size * 2);
        right = Arrays.copyOf(right, size * 2);
        scores = Arrays.copyOf(scores, size * 2);
      }
      left[size] = a;
      right[size] = b;
      scores[size] = s;
      size++;
    }

    void addAll(Links o) {
      for (int i = 0; i < o.size; i++) {
        add(o.left[i], o.right[i], o.scores[i]);
      }
    }
  }
}
