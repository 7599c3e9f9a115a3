package org.puente.trends;

import java.util.ArrayList;
import java.util.List;
import org.puente.trends.detection.Detector;
import org.puente.trends.detection.Detectors;
import org.puente.trends.detection.Signal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The detector named by {@code puente.trends.detector}, reporting the first week of each run. */
@Component
class ConfiguredDetection implements Detection {

  private final Detector detector;

  ConfiguredDetection(
      @Value("${puente.trends.detector:CUSUM}") String name,
      @Value("${puente.trends.minimum-sd:0.02}") double minimumSd) {
    this.detector =
        Detectors.named(name, minimumSd)
            .orElseThrow(() ->
                new IllegalArgumentException(
                    "puente.trends.detector is one of CUSUM, C1, C2, C3: " + name));
  }

  @Override
  public List<Alarm> alarms(double[] weekly) {
    List<Alarm> out = new ArrayList<>();
    boolean previous = false;
    for (Signal s : detector.run(weekly)) {
      if (s.alarm() && !previous) {
        out.add(new Alarm(s.index(), detector.name(), s.statistic(), s.threshold(), s.baseline()));
      }
      previous = s.alarm();
    }
    return out;
  }
}
