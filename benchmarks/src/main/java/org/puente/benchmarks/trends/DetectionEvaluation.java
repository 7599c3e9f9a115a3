package org.puente.benchmarks.trends;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.puente.forensics.demo.DemoReports;
import org.puente.trends.detection.Cusum;
import org.puente.trends.detection.Detector;
import org.puente.trends.detection.Detectors;
import org.puente.trends.detection.ProportionCusum;
import org.puente.trends.detection.Signal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time to alarm and false alarms of the node's detectors — the CUSUM on counts (P-CUSUM, the
 * default), the CUSUM on shares and EARS C1–C3 — with their default settings, on weekly series
 * simulated from the demo data.
 *
 * <p>Baselines: the demo node's reports ({@link DemoReports#generate} with the demo seed and size)
 * give, per country, the mean number of reports a week and the share of reports naming each of its
 * three most common substances. Each simulated week draws the reports with the substance and the
 * others independently, either Poisson or negative binomial (gamma–Poisson, size {@code r}, so the
 * variance is μ + μ²/r), and the detector sees their share, exactly as {@code Increases} computes
 * it. Outbreaks multiply the mean of reports with the substance by a factor from a given week on
 * and keep it there.
 *
 * <p>False alarms per series-year: alarm onsets (an alarm after a week without one, as the node
 * raises them) over outbreak-free series, per year of weeks on which the detector could judge. Time
 * to alarm: weeks from the outbreak's first week to the first alarm in or after it (0 = that same
 * week); "within two weeks" means an alarm in the outbreak's first or second week.
 *
 * <pre>
 * java -cp "$CP" org.puente.benchmarks.trends.DetectionEvaluation replicates=1000 r=5
 * </pre>
 */
public final class DetectionEvaluation {

  private static final int DEMO_REPORTS = 2000;
  private static final double DEMO_WEEKS = 366 / 7.0;
  private static final double MINIMUM_SD = 0.02;
  private static final int NULL_WEEKS = 520;
  private static final int OUTBREAK_START = 60;
  private static final int OUTBREAK_WEEKS = 12;
  private static final double[] FACTORS = {1.5, 2, 3};

  private DetectionEvaluation() {}

  /** One baseline: a country's weekly reports and a substance's share of them. */
  record Scenario(String country, String substance, double weekly, double share) {}

  public static void main(String[] args) {
    int replicates = (int) option(args, "replicates", 1000);
    double size = option(args, "r", 5);
    long seed = (long) option(args, "seed", 20261207);
    List<Scenario> scenarios = scenarios();
    List<Judge> detectors = new ArrayList<>();
    List<String> names = new ArrayList<>();
    ProportionCusum node = Detectors.proportionCusum();
    detectors.add(node::run);
    names.add(ProportionCusum.NAME);
    for (Detector d : Detectors.standard(MINIMUM_SD)) {
      detectors.add((x, n) -> d.run(Detectors.shares(x, n)));
      names.add(d.name());
    }
    for (String arg : args) {
      // cusum=baseline/guard/k/h adds a CUSUM with other settings, as puente.trends.cusum.* would.
      if (arg.startsWith("cusum=")) {
        String[] p = arg.substring(6).split("/", 4);
        Cusum cusum =
            new Cusum(
                Integer.parseInt(p[0]),
                Integer.parseInt(p[1]),
                Double.parseDouble(p[2]),
                Double.parseDouble(p[3]),
                MINIMUM_SD);
        detectors.add((x, n) -> cusum.run(Detectors.shares(x, n)));
        names.add("CUSUM " + arg.substring(6));
      }
      // pcusum=baseline/guard/k/h adds a CUSUM on counts, as puente.trends.detector=P-CUSUM runs.
      if (arg.startsWith("pcusum=")) {
        String[] p = arg.substring(7).split("/", 4);
        ProportionCusum cusum =
            new ProportionCusum(
                Integer.parseInt(p[0]),
                Integer.parseInt(p[1]),
                Double.parseDouble(p[2]),
                Double.parseDouble(p[3]));
        detectors.add(cusum::run);
        names.add(ProportionCusum.NAME + " " + arg.substring(7));
      }
    }

    System.out.println(
        "Baselines from the demo data ("
            + DEMO_REPORTS
            + " reports, seed "
            + DemoReports.SEED
            + "); "
            + replicates
            + " replicates per cell; negative binomial size r = "
            + size
            + "; seed "
            + seed);
    for (Scenario s : scenarios) {
      System.out.printf(
          Locale.ROOT,
          "  %s %-16s %5.1f reports/week, share %.3f%n",
          s.country(),
          s.substance(),
          s.weekly(),
          s.share());
    }
    for (String model : List.of("Poisson", "NegBin")) {
      double r = model.equals("Poisson") ? Double.POSITIVE_INFINITY : size;
      System.out.println();
      System.out.println("### " + model + (model.equals("Poisson") ? "" : " (r = " + size + ")"));
      System.out.println();
      StringBuilder head =
          new StringBuilder("| Country | Substance | Detector | False alarms / series-year");
      StringBuilder rule = new StringBuilder("| --- | --- | --- | ---:");
      for (double f : FACTORS) {
        head.append(" | ×")
            .append(trim(f))
            .append(" within 2 wk | ×")
            .append(trim(f))
            .append(" median weeks");
        rule.append(" | ---: | ---:");
      }
      System.out.println(head.append(" |"));
      System.out.println(rule.append(" |"));
      Map<String, double[]> totals = new LinkedHashMap<>();
      for (Scenario s : scenarios) {
        SplittableRandom random =
            new SplittableRandom(seed ^ (s.country() + s.substance() + model).hashCode());
        // False alarms on outbreak-free series.
        long[] onsets = new long[detectors.size()];
        long[] ready = new long[detectors.size()];
        for (int rep = 0; rep < replicates; rep++) {
          long[][] series = simulate(random, s, r, NULL_WEEKS, NULL_WEEKS, 1);
          for (int d = 0; d < detectors.size(); d++) {
            boolean previous = false;
            for (Signal signal : detectors.get(d).run(series[0], series[1])) {
              if (signal.ready()) {
                ready[d]++;
              }
              if (signal.alarm() && !previous) {
                onsets[d]++;
              }
              previous = signal.alarm();
            }
          }
        }
        // Outbreaks of each size.
        double[][] withinTwo = new double[detectors.size()][FACTORS.length];
        double[][] median = new double[detectors.size()][FACTORS.length];
        for (int fi = 0; fi < FACTORS.length; fi++) {
          int[][] delays = new int[detectors.size()][replicates];
          for (int rep = 0; rep < replicates; rep++) {
            long[][] series =
                simulate(
                    random, s, r, OUTBREAK_START + OUTBREAK_WEEKS, OUTBREAK_START, FACTORS[fi]);
            for (int d = 0; d < detectors.size(); d++) {
              int delay = Integer.MAX_VALUE;
              for (Signal signal : detectors.get(d).run(series[0], series[1])) {
                if (signal.index() >= OUTBREAK_START && signal.alarm()) {
                  delay = signal.index() - OUTBREAK_START;
                  break;
                }
              }
              delays[d][rep] = delay;
            }
          }
          for (int d = 0; d < detectors.size(); d++) {
            int[] sorted = delays[d].clone();
            Arrays.sort(sorted);
            long early = Arrays.stream(sorted).filter(x -> x <= 1).count();
            withinTwo[d][fi] = (double) early / replicates;
            int mid = sorted[replicates / 2];
            median[d][fi] = mid == Integer.MAX_VALUE ? Double.NaN : mid;
          }
        }
        for (int d = 0; d < detectors.size(); d++) {
          double falseAlarms = onsets[d] / (ready[d] / (365.25 / 7));
          StringBuilder row =
              new StringBuilder(
                  String.format(
                      Locale.ROOT,
                      "| %s | %s | %s | %.2f",
                      s.country(),
                      s.substance(),
                      names.get(d),
                      falseAlarms));
          double[] total =
              totals.computeIfAbsent(names.get(d), k -> new double[1 + FACTORS.length]);
          total[0] += falseAlarms / scenarios.size();
          for (int fi = 0; fi < FACTORS.length; fi++) {
            row.append(
                String.format(Locale.ROOT, " | %.2f | %s", withinTwo[d][fi], weeks(median[d][fi])));
            total[1 + fi] += withinTwo[d][fi] / scenarios.size();
          }
          System.out.println(row.append(" |"));
        }
      }
      System.out.println();
      System.out.println("Mean over the " + scenarios.size() + " baselines (" + model + "):");
      System.out.println();
      StringBuilder head2 = new StringBuilder("| Detector | False alarms / series-year");
      StringBuilder rule2 = new StringBuilder("| --- | ---:");
      for (double f : FACTORS) {
        head2.append(" | ×").append(trim(f)).append(" within 2 wk");
        rule2.append(" | ---:");
      }
      System.out.println(head2.append(" |"));
      System.out.println(rule2.append(" |"));
      totals.forEach((name, t) -> {
        StringBuilder row =
            new StringBuilder(String.format(Locale.ROOT, "| %s | %.2f", name, t[0]));
        for (int fi = 0; fi < FACTORS.length; fi++) {
          row.append(String.format(Locale.ROOT, " | %.2f", t[1 + fi]));
        }
        System.out.println(row.append(" |"));
      });
    }
  }

  /** Per country, its weekly reports and its three most common substances' shares. */
  static List<Scenario> scenarios() {
    JsonMapper json = JsonMapper.builder().build();
    Map<String, Integer> totals = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> named = new HashMap<>();
    for (String line : DemoReports.generate(DemoReports.SEED, DEMO_REPORTS)) {
      JsonNode report = json.readTree(line);
      String country = report.get("seizure").get("country").asString();
      totals.merge(country, 1, Integer::sum);
      java.util.Set<String> substances = new java.util.TreeSet<>();
      for (JsonNode finding : report.path("findings")) {
        substances.add(finding.get("substance").asString());
      }
      for (String substance : substances) {
        named.computeIfAbsent(country, c -> new HashMap<>()).merge(substance, 1, Integer::sum);
      }
    }
    List<Scenario> out = new ArrayList<>();
    for (String country : List.of("USA", "MEX", "CAN")) {
      int total = totals.getOrDefault(country, 0);
      named.getOrDefault(country, Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(3)
          .forEach(e ->
              out.add(
                  new Scenario(
                      country, e.getKey(), total / DEMO_WEEKS, (double) e.getValue() / total)));
    }
    return out;
  }

  /** A detector over weekly counts. */
  interface Judge {
    List<Signal> run(long[] with, long[] all);
  }

  /**
   * Weekly counts {@code {with, all}}: reports with the substance and the others drawn
   * independently, the former's mean multiplied by {@code factor} from week {@code start} on.
   */
  static long[][] simulate(
      SplittableRandom random, Scenario s, double size, int weeks, int start, double factor) {
    double with = s.weekly() * s.share();
    double without = s.weekly() - with;
    long[][] counts = new long[2][weeks];
    for (int t = 0; t < weeks; t++) {
      long x = count(random, t >= start ? with * factor : with, size);
      counts[0][t] = x;
      counts[1][t] = x + count(random, without, size);
    }
    return counts;
  }

  private static long count(SplittableRandom random, double mean, double size) {
    double lambda = Double.isInfinite(size) ? mean : gamma(random, size) * mean / size;
    return poisson(random, lambda);
  }

  private static long poisson(SplittableRandom random, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      // Sum of independent Poissons keeps each factor small enough for Knuth's method.
      long n = 0;
      double rest = lambda;
      while (rest > 0) {
        double part = Math.min(rest, 30);
        n += poisson(random, part);
        rest -= part;
      }
      return n;
    }
    double limit = Math.exp(-lambda);
    double p = 1;
    long k = -1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > limit);
    return k;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang (2000). */
  private static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(random);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static String weeks(double median) {
    return Double.isNaN(median) ? "> " + OUTBREAK_WEEKS : String.valueOf((int) median);
  }

  private static String trim(double f) {
    return f == Math.rint(f) ? String.valueOf((int) f) : String.valueOf(f);
  }

  private static double option(String[] args, String name, double fallback) {
    for (String arg : args) {
      if (arg.startsWith(name + "=")) {
        return Double.parseDouble(arg.substring(name.length() + 1));
      }
    }
    return fallback;
  }
}
