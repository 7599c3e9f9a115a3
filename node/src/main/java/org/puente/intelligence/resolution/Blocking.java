package org.puente.intelligence.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Which records are compared at all. Every record has several blocking keys; two records are
 * compared only when they share a key. The keys, each prefixed by what it was made from:
 *
 * <ul>
 *   <li>the name normaliser's keys ({@link Names#keys}) of the name and of every alias;
 *   <li>{@code b:} the birth date with day and month in sorted order, so a day/month swap and an
 *       ambiguous "01/02/1984" still meet;
 *   <li>{@code bs:} that date plus the first letter of the first surname, which stays useful when
 *       the date alone is too common;
 *   <li>{@code gs:} the first two letters of the first given name and of the first surname, in
 *       sorted order so given name and surname written in each other's fields meet;
 *   <li>{@code d:} each identity document's kind and number;
 *   <li>{@code p:} the last seven digits of each phone;
 *   <li>{@code a:} postcode and street number.
 * </ul>
 *
 * <p>A key held by more records than a cap is not used to find candidates: it would cost more
 * comparisons than it is worth (a common surname, a busy postcode). How many keys were dropped is
 * reported by {@link Estimate}, so nobody mistakes a dropped key for a missing match.
 */
public final class Blocking {

  /** The default cap on records per key. */
  public static final int DEFAULT_CAP = 500;

  private Blocking() {}

  /** A record's blocking keys. */
  public static List<String> keys(PersonRecord record) {
    return keys(Prepared.of(record));
  }

  static List<String> keys(Prepared p) {
    Set<String> out = new LinkedHashSet<>();
    for (PersonName n : p.names) {
      out.addAll(Names.keys(n));
    }
    BirthDate d = p.birthDate;
    String date = null;
    if (d != null && d.isFull()) {
      date = d.year() + "-" + Math.min(d.month(), d.day()) + "-" + Math.max(d.month(), d.day());
      out.add("b:" + date);
    }
    for (PersonName n : p.names) {
      if (date != null && !n.surnames().isEmpty()) {
        out.add("bs:" + date + n.surnames().getFirst().charAt(0));
      }
      if (!n.given().isEmpty() && !n.surnames().isEmpty()) {
        String g = prefix(n.given().getFirst());
        String s = prefix(n.surnames().getFirst());
        out.add(g.compareTo(s) <= 0 ? "gs:" + g + "|" + s : "gs:" + s + "|" + g);
      }
    }
    for (int i = 0; i < p.documentNumbers.length; i++) {
      if (!p.documentNumbers[i].isEmpty()) {
        out.add("d:" + p.documentKinds[i] + ":" + p.documentNumbers[i]);
      }
    }
    for (String phone : p.phones) {
      out.add("p:" + phone.substring(phone.length() - 7));
    }
    if (p.postcode != null && p.streetNumber != null) {
      out.add("a:" + p.postcode + "|" + p.streetNumber);
    }
    return new ArrayList<>(out);
  }

  private static String prefix(String word) {
    return word.length() <= 2 ? word : word.substring(0, 2);
  }

  /**
   * What a blocked run would cost, worked out before running it.
   *
   * @param records records blocked
   * @param keys distinct keys
   * @param oversizedKeys keys held by more records than the cap, not used
   * @param largestKey the most records any one key holds
   * @param rawPairs the sum over used keys of the pairs each holds: an upper bound on comparisons,
   *     counting a pair once per key it shares
   * @param distinctPairs an estimate of the distinct pairs that will be compared, from a sample of
   *     records
   */
  public record Estimate(
      int records,
      int keys,
      int oversizedKeys,
      int largestKey,
      long rawPairs,
      long distinctPairs) {}

  /** A 64-bit hash of a key; two keys that collide are merely compared together. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** The blocks of a whole list of records, built once for deduplication or training. */
  static final class Index {

    private static final int INDEX_BITS = 24;

    final int records;
    private final int cap;
    private final int keys;
    private final int oversized;
    private final int largest;
    private final int[] blockStart;
    private final int[] blockMembers;
    private final int[] recordStart;
    private final int[] recordBlocks;

    Index(List<Prepared> list, int cap) {
      this.records = list.size();
      this.cap = cap;
      if (records >= 1 << INDEX_BITS) {
        throw new IllegalArgumentException("at most " + ((1 << INDEX_BITS) - 1) + " records");
      }
      long[][] perRecord = new long[records][];
      long total = 0;
      for (int i = 0; i < records; i++) {
        List<String> k = keys(list.get(i));
        long[] h = new long[k.size()];
        for (int j = 0; j < h.length; j++) {
          h[j] = (hash(k.get(j)) >>> INDEX_BITS) << INDEX_BITS | i;
        }
        perRecord[i] = h;
        total += h.length;
      }
      long[] all = new long[Math.toIntExact(total)];
      int at = 0;
      for (long[] h : perRecord) {
        System.arraycopy(h, 0, all, at, h.length);
        at += h.length;
      }
      Arrays.parallelSort(all);
      // Group runs of one key; keep those that hold 2..cap distinct records.
      int[] starts = new int[16];
      int[] members = new int[Math.max(16, all.length)];
      int nBlocks = 0;
      int nMembers = 0;
      int distinctKeys = 0;
      int over = 0;
      int biggest = 0;
      int[] recordCount = new int[records];
      int i = 0;
      while (i < all.length) {
        long key = all[i] >>> INDEX_BITS;
        int j = i;
        int size = 0;
        int runStart = nMembers;
        while (j < all.length && all[j] >>> INDEX_BITS == key) {
          if (j == i || all[j] != all[j - 1]) {
            members[nMembers++] = (int) (all[j] & ((1 << INDEX_BITS) - 1));
            size++;
          }
          j++;
        }
        distinctKeys++;
        biggest = Math.max(biggest, size);
        if (size > cap) {
          over++;
          nMembers = runStart;
        } else if (size < 2) {
          nMembers = runStart;
        } else {
          if (nBlocks + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
          }
          starts[nBlocks++] = runStart;
          for (int m = runStart; m < nMembers; m++) {
            recordCount[members[m]]++;
          }
        }
        i = j;
      }
      starts = Arrays.copyOf(starts, nBlocks + 1);
      starts[nBlocks] = nMembers;
      this.blockStart = starts;
      this.blockMembers = Arrays.copyOf(members, nMembers);
      this.keys = distinctKeys;
      this.oversized = over;
      this.largest = biggest;
      this.recordStart = new int[records + 1];
      for (int r = 0; r < records; r++) {
        recordStart[r + 1] = recordStart[r] + recordCount[r];
      }
      this.recordBlocks = new int[recordStart[records]];
      int[] fill = Arrays.copyOf(recordStart, records);
      for (int b = 0; b < nBlocks; b++) {
        for (int m = blockStart[b]; m < blockStart[b + 1]; m++) {
          int r = blockMembers[m];
          recordBlocks[fill[r]++] = b;
        }
      }
    }

    /**
     * Calls {@code each} once for every record after {@code i} that shares a used key with it.
     * {@code stamp} is the caller's scratch array of {@code records} ints, all below 1 at first and
     * not shared between threads.
     */
    void candidates(int i, int[] stamp, IntConsumer each) {
      for (int k = recordStart[i]; k < recordStart[i + 1]; k++) {
        int b = recordBlocks[k];
        for (int m = blockStart[b]; m < blockStart[b + 1]; m++) {
          int j = blockMembers[m];
          if (j > i && stamp[j] != i + 1) {
            stamp[j] = i + 1;
            each.accept(j);
          }
        }
      }
    }

    /**
     * Like {@link #candidates}, but at most {@code budget} of them: those sharing the most used
     * keys with record {@code i} (ties by position). {@code counts} is the caller's scratch array
     * of {@code records} zeros, left all zero again; {@code touched} holds at least as many ints as
     * record {@code i} has candidates.
     */
    int ranked(int i, int[] counts, int[] touched, long[] order, int budget, int[] out) {
      int n = 0;
      for (int k = recordStart[i]; k < recordStart[i + 1]; k++) {
        int b = recordBlocks[k];
        for (int m = blockStart[b]; m < blockStart[b + 1]; m++) {
          int j = blockMembers[m];
          if (j > i) {
            if (counts[j]++ == 0) {
              touched[n++] = j;
            }
          }
        }
      }
      if (n <= budget) {
        for (int x = 0; x < n; x++) {
          out[x] = touched[x];
          counts[touched[x]] = 0;
        }
        return n;
      }
      for (int x = 0; x < n; x++) {
        int j = touched[x];
        order[x] = ((long) (Integer.MAX_VALUE - counts[j]) << 32) | j;
        counts[j] = 0;
      }
      Arrays.sort(order, 0, n);
      for (int x = 0; x < budget; x++) {
        out[x] = (int) order[x];
      }
      return budget;
    }

    /** The most candidates any record has: the size of the scratch arrays {@link #ranked} needs. */
    int widest() {
      int widest = 0;
      for (int i = 0; i < records; i++) {
        long n = 0;
        for (int k = recordStart[i]; k < recordStart[i + 1]; k++) {
          int b = recordBlocks[k];
          n += blockStart[b + 1] - blockStart[b];
        }
        widest = (int) Math.max(widest, Math.min(n, Integer.MAX_VALUE));
      }
      return widest;
    }

    Estimate estimate() {
      long raw = 0;
      for (int b = 0; b + 1 < blockStart.length; b++) {
        long s = (long) blockStart[b + 1] - blockStart[b];
        raw += s * (s - 1) / 2;
      }
      // Distinct pairs: count exactly for an evenly spread sample of records, then scale.
      int sample = Math.min(records, 2000);
      long seen = 0;
      int[] stamp = new int[records];
      for (int s = 0; s < sample; s++) {
        int i = (int) ((long) s * records / sample);
        for (int k = recordStart[i]; k < recordStart[i + 1]; k++) {
          int b = recordBlocks[k];
          for (int m = blockStart[b]; m < blockStart[b + 1]; m++) {
            int j = blockMembers[m];
            if (j != i && stamp[j] != s + 1) {
              stamp[j] = s + 1;
              seen++;
            }
          }
        }
      }
      long distinct = sample == 0 ? 0 : Math.round((double) seen / sample * records / 2);
      return new Estimate(records, keys, oversized, largest, raw, Math.min(raw, distinct));
    }

    int cap() {
      return cap;
    }
  }
}
