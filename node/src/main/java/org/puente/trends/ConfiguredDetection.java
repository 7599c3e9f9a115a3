package org.puente.trends;

import java.util.ArrayList;
import java.util.List;
import org.puente.trends.detection.Cusum;
import org.puente.trends.detection.Detector;
import org.puente.trends.detection.Detectors;
import org.puente.trends.detection.Ears;
import org.puente.trends.detection.ProportionCusum;
import org.puente.trends.detection.Signal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The detector named by {@code puente.trends.detector} ({@code P-CUSUM} by default: it detected
 * simulated outbreaks soonest at under one false alarm per series-year, see docs/benchmarks.md),
 * with its baseline and threshold from {@code puente.trends.p-cusum.*}, {@code
 * puente.trends.cusum.*} or {@code puente.trends.ears.*}, reporting the first week of each run of
 * alarms.
 */
@Component
class ConfiguredDetection implements Detection {

  /** A detector over weekly counts. */
  private interface Judge {
    List<Signal> run(long[] with, long[] all);
  }

  private final String name;
  private final Judge judge;

  ConfiguredDetection(
      @Value("${puente.trends.detector:" + ProportionCusum.NAME + "}") String name,
      @Value("${puente.trends.minimum-sd:0.02}") double minimumSd,
      @Value("${puente.trends.cusum.baseline:" + Detectors.CUSUM_BASELINE + "}") int cusumBaseline,
      @Value("${puente.trends.cusum.guard:" + Detectors.CUSUM_GUARD + "}") int cusumGuard,
      @Value("${puente.trends.cusum.k:" + Detectors.CUSUM_K + "}") double cusumK,
      @Value("${puente.trends.cusum.h:" + Detectors.CUSUM_H + "}") double cusumH,
      @Value("${puente.trends.ears.baseline:7}") int earsBaseline,
      @Value("${puente.trends.ears.threshold:0}") double earsThreshold,
      @Value("${puente.trends.p-cusum.baseline:" + Detectors.P_CUSUM_BASELINE + "}") int pBaseline,
      @Value("${puente.trends.p-cusum.guard:" + Detectors.P_CUSUM_GUARD + "}") int pGuard,
      @Value("${puente.trends.p-cusum.k:" + Detectors.P_CUSUM_K + "}") double pK,
      @Value("${puente.trends.p-cusum.h:" + Detectors.P_CUSUM_H + "}") double pH) {
    this.name = name;
    if (name.equals(ProportionCusum.NAME)) {
      this.judge = new ProportionCusum(pBaseline, pGuard, pK, pH)::run;
      return;
    }
    Detector detector =
        switch (name) {
          case "CUSUM" -> new Cusum(cusumBaseline, cusumGuard, cusumK, cusumH, minimumSd);
          case "C1", "C2", "C3" -> {
            Ears standard = Ears.standard(Ears.Variant.valueOf(name), minimumSd);
            yield new Ears(
                standard.variant(),
                earsBaseline,
                standard.lag(),
                earsThreshold > 0 ? earsThreshold : standard.threshold(),
                minimumSd);
          }
          default ->
              throw new IllegalArgumentException(
                  "puente.trends.detector is one of P-CUSUM, CUSUM, C1, C2, C3: " + name);
        };
    this.judge = (with, all) -> detector.run(Detectors.shares(with, all));
  }

  @Override
  public List<Alarm> alarms(long[] with, long[] all) {
    List<Alarm> out = new ArrayList<>();
    boolean previous = false;
    for (Signal s : judge.run(with, all)) {
      if (s.alarm() && !previous) {
        out.add(new Alarm(s.index(), name, s.statistic(), s.threshold(), s.baseline()));
      }
      previous = s.alarm();
    }
    return out;
  }
}
