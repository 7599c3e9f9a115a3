package org.puente.benchmarks.spectra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.spectra.LibraryEntry;
import org.puente.forensics.spectra.Spectrum;

/**
 * Large libraries for benchmarks, made by perturbing the shipped spectra with a fixed seed. Each
 * synthetic spectrum copies a shipped one and then: moves every m/z by Gaussian noise (σ 2 mDa);
 * multiplies every intensity by log-normal noise (σ 0.3); drops each peak with probability 0.1;
 * adds up to three noise peaks below 5 % of the base peak; and, seven times in ten, turns it into a
 * synthetic analogue by shifting the precursor and half of its fragments by one mass offset drawn
 * from ±60 Da, so that the library's fragment masses spread like those of many compounds rather
 * than 844.
 */
final class SyntheticLibrary {

  private SyntheticLibrary() {}

  static List<LibraryEntry> perturbed(List<LibraryEntry> shipped, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<LibraryEntry> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      LibraryEntry source = shipped.get(random.nextInt(shipped.size()));
      Spectrum s = perturb(source.spectrum(), random);
      out.add(
          new LibraryEntry(
              String.format("SYN-%07d", i),
              source.compoundName() + " (synthetic)",
              List.of(),
              null,
              null,
              null,
              source.instrument(),
              "synthetic",
              "synthetic",
              s));
    }
    return out;
  }

  static Spectrum perturb(Spectrum s, SplittableRandom random) {
    boolean analogue = random.nextDouble() < 0.7;
    double offset = analogue ? random.nextDouble(-60, 60) : 0;
    int n = s.size();
    double[] mz = new double[n + 3];
    float[] intensity = new float[n + 3];
    int k = 0;
    float base = s.basePeakIntensity();
    for (int i = 0; i < n; i++) {
      if (random.nextDouble() < 0.1 && n > 1) {
        continue;
      }
      double m = s.mz(i) + 0.002 * random.nextGaussian();
      if (analogue && random.nextBoolean()) {
        m += offset;
      }
      if (m <= 1) {
        continue;
      }
      mz[k] = m;
      intensity[k] = (float) (s.intensity(i) * Math.exp(0.3 * random.nextGaussian()));
      k++;
    }
    Double precursor = s.precursorMz();
    double top = precursor != null ? precursor + offset : 500;
    int noise = random.nextInt(4);
    for (int i = 0; i < noise && top > 60; i++) {
      mz[k] = random.nextDouble(50, top);
      intensity[k] = (float) (random.nextDouble(0.001, 0.05) * Math.max(base, 1f));
      k++;
    }
    if (k == 0) {
      mz[0] = 100;
      intensity[0] = 1;
      k = 1;
    }
    return normalised(
        Arrays.copyOf(mz, k),
        Arrays.copyOf(intensity, k),
        precursor != null ? Double.valueOf(Math.max(1, precursor + offset)) : null,
        s);
  }

  /** Sorts peaks and drops m/z that repeat, as a spectrum requires. */
  private static Spectrum normalised(
      double[] mz, float[] intensity, @Nullable Double precursor, Spectrum source) {
    Integer[] order = new Integer[mz.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(mz[a], mz[b]));
    double[] m = new double[mz.length];
    float[] v = new float[mz.length];
    int k = 0;
    for (int i : order) {
      if (k > 0 && m[k - 1] == mz[i]) {
        v[k - 1] += intensity[i];
      } else {
        m[k] = mz[i];
        v[k] = intensity[i];
        k++;
      }
    }
    return new Spectrum(
        Arrays.copyOf(m, k),
        Arrays.copyOf(v, k),
        precursor,
        source.msLevel(),
        source.ionMode(),
        Map.of());
  }
}
