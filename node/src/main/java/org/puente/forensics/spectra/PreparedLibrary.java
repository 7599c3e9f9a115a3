package org.puente.forensics.spectra;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A library cleaned and weighted for one search's settings, stored column-wise: all peaks of all
 * spectra in two float arrays (m/z, weight) with offsets per spectrum, spectra ordered by precursor
 * m/z so that a precursor filter is a contiguous range. Above a size threshold it also holds the
 * fragment index: every peak once more, sorted by m/z, with its spectrum (Flash entropy search's
 * inverted index); for the modified cosine, a second one sorted by neutral loss.
 *
 * <p>Single precision halves the memory of a million-spectrum library; it rounds m/z by at most
 * 3·10<sup>-5</sup> at m/z 1,000, far below any fragment tolerance, and both search paths read the
 * same rounded values, so their scores agree exactly.
 */
final class PreparedLibrary {

  final List<LibraryEntry> entries;
  final int size;
  final int[] offsets;
  final float[] mz;
  final float[] weight;
  final double[] precursor;

  /** MS class (1 full scan, 2 MS/MS) in bits 0–1 and {@link #polarity} in bits 2–3. */
  final byte[] kind;

  final int[] entryOf;
  final @Nullable Index fragments;
  final @Nullable Index losses;

  /** Peaks sorted by a key (m/z or neutral loss), each with its weight and spectrum. */
  static final class Index {
    final float[] key;
    final float[] weight;
    final int[] spectrum;

    Index(float[] key, float[] weight, int[] spectrum) {
      this.key = key;
      this.weight = weight;
      this.spectrum = spectrum;
    }

    /** First position whose key is at least {@code value}. */
    int lowerBound(double value) {
      int lo = 0;
      int hi = key.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (key[mid] < value) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    long bytes() {
      return 12L * key.length;
    }
  }

  PreparedLibrary(List<LibraryEntry> entries, SearchSettings settings, boolean indexed) {
    this.entries = entries;
    this.size = entries.size();
    float[][][] prepared = new float[size][][];
    IntStream.range(0, size)
        .parallel()
        .forEach(i -> prepared[i] = Preparation.library(entries.get(i).spectrum(), settings));
    double[] entryPrecursor = new double[size];
    for (int i = 0; i < size; i++) {
      entryPrecursor[i] = entries.get(i).spectrum().precursorOrNaN();
    }
    // Spectra without a precursor sort last; equal precursors keep library order (stable sort).
    double[] sortKey = new double[size];
    for (int i = 0; i < size; i++) {
      sortKey[i] = Double.isNaN(entryPrecursor[i]) ? Double.POSITIVE_INFINITY : entryPrecursor[i];
    }
    this.entryOf = PeakList.sortedOrder(sortKey);
    this.offsets = new int[size + 1];
    this.precursor = new double[size];
    this.kind = new byte[size];
    long total = 0;
    for (int s = 0; s < size; s++) {
      total += prepared[entryOf[s]][0].length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a library holds at most 2^31 peaks");
    }
    this.mz = new float[(int) total];
    this.weight = new float[(int) total];
    int at = 0;
    for (int s = 0; s < size; s++) {
      int e = entryOf[s];
      Spectrum spectrum = entries.get(e).spectrum();
      float[][] p = prepared[e];
      offsets[s] = at;
      System.arraycopy(p[0], 0, mz, at, p[0].length);
      System.arraycopy(p[1], 0, weight, at, p[1].length);
      at += p[0].length;
      precursor[s] = entryPrecursor[e];
      kind[s] = (byte) (Preparation.msClass(spectrum) | polarity(spectrum.ionMode()) << 2);
    }
    offsets[size] = at;
    this.fragments = indexed ? index(false) : null;
    this.losses =
        indexed && settings.similarity() == Similarity.MODIFIED_COSINE ? index(true) : null;
  }

  private Index index(boolean byLoss) {
    int total = mz.length;
    int[] spectrumOf = new int[total];
    for (int s = 0; s < size; s++) {
      Arrays.fill(spectrumOf, offsets[s], offsets[s + 1], s);
    }
    long[] keys = new long[total];
    int n = 0;
    for (int p = 0; p < total; p++) {
      double k;
      if (byLoss) {
        double prec = precursor[spectrumOf[p]];
        if (Double.isNaN(prec)) {
          continue;
        }
        k = prec - mz[p];
      } else {
        k = mz[p];
      }
      keys[n++] = ((long) sortable((float) k) << 32) | p;
    }
    keys = Arrays.copyOf(keys, n);
    Arrays.parallelSort(keys);
    float[] key = new float[n];
    float[] w = new float[n];
    int[] spectrum = new int[n];
    for (int i = 0; i < n; i++) {
      int p = (int) keys[i];
      spectrum[i] = spectrumOf[p];
      w[i] = weight[p];
      key[i] = byLoss ? (float) (precursor[spectrumOf[p]] - mz[p]) : mz[p];
    }
    return new Index(key, w, spectrum);
  }

  /** A float's bits as an int that orders like the float (negative values included). */
  private static int sortable(float f) {
    int bits = Float.floatToIntBits(f);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }

  /** 0 unknown, 1 positive, 2 negative. */
  static int polarity(IonMode mode) {
    return switch (mode) {
      case UNKNOWN -> 0;
      case POSITIVE -> 1;
      case NEGATIVE -> 2;
    };
  }

  /** Whether a library spectrum of this kind may be compared with such a query. */
  static boolean compatible(byte kind, int msClass, int queryPolarity) {
    int polarity = (kind >> 2) & 3;
    return (kind & 3) == msClass
        && (queryPolarity == 0 || polarity == 0 || polarity == queryPolarity);
  }

  int peaks(int s) {
    return offsets[s + 1] - offsets[s];
  }

  /** First position whose precursor is at least {@code value}; NaN precursors sort last. */
  int precursorLowerBound(double value) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (precursor[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first position of the spectra without a precursor, which sort last. */
  int unknownPrecursorFrom() {
    return precursorLowerBound(Double.POSITIVE_INFINITY);
  }

  /** Bytes of the arrays searches read, index included. */
  long bytes() {
    long b = 4L * offsets.length + 4L * mz.length + 4L * weight.length;
    b += 8L * size + size + 4L * size; // precursor, kind, entry
    if (fragments != null) {
      b += fragments.bytes();
    }
    if (losses != null) {
      b += losses.bytes();
    }
    return b;
  }
}
