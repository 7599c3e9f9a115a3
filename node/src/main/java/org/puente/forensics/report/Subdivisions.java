package org.puente.forensics.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.forensics.csv.Csv;
import org.puente.forensics.registry.Country;

/** ISO 3166-2 subdivisions of the three countries (states, provinces, territories, DC). */
final class Subdivisions {

  private static final Map<String, Country> BY_CODE = load();

  private Subdivisions() {}

  static Optional<Country> country(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  private static Map<String, Country> load() {
    Csv csv = Csv.resource("/forensics/report/subdivisions.csv");
    Map<String, Country> codes = new HashMap<>();
    for (List<String> row : csv.records()) {
      codes.put(csv.get(row, "code"), Country.valueOf(csv.get(row, "country")));
    }
    return Map.copyOf(codes);
  }
}
