package org.puente.web.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's map: one shape per ISO 3166-2 subdivision the node accepts in a report (US
 * territories aside), each a valid GeoJSON multipolygon on the right side of the world, small
 * enough to load with the page.
 */
class SubdivisionMapTest {

  private static final Set<String> NOT_DRAWN =
      Set.of("US-AS", "US-GU", "US-MP", "US-PR", "US-UM", "US-VI");

  @Test
  void everyReportableSubdivisionHasExactlyOneValidShape() throws IOException {
    Set<String> expected = new HashSet<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                resource("/forensics/report/subdivisions.csv"), StandardCharsets.UTF_8))) {
      in.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).forEach(expected::add);
    }
    expected.removeAll(NOT_DRAWN);
    assertThat(expected).hasSize(96);

    byte[] bytes;
    try (InputStream in = resource("/static/geo/subdivisions.json")) {
      bytes = in.readAllBytes();
    }
    assertThat(bytes.length).isLessThan(300_000);
    JsonNode map = JsonMapper.builder().build().readTree(bytes);
    assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");

    Set<String> seen = new HashSet<>();
    for (JsonNode feature : map.get("features")) {
      String code = feature.get("properties").get("code").asString();
      assertThat(seen.add(code)).as("one shape for %s", code).isTrue();
      String country = feature.get("properties").get("country").asString();
      assertThat(Map.of("USA", "US", "CAN", "CA", "MEX", "MX").get(country))
          .isEqualTo(code.substring(0, 2));
      assertThat(feature.get("properties").get("name").asString()).isNotBlank();
      JsonNode geometry = feature.get("geometry");
      assertThat(geometry.get("type").asString()).isEqualTo("MultiPolygon");
      assertThat(geometry.get("coordinates").size()).as("polygons of %s", code).isPositive();
      for (JsonNode polygon : geometry.get("coordinates")) {
        for (JsonNode ring : polygon) {
          assertThat(ring.size()).as("ring of %s", code).isGreaterThanOrEqualTo(4);
          assertThat(ring.get(0))
              .as("closed ring of %s", code)
              .isEqualTo(ring.get(ring.size() - 1));
          for (JsonNode point : ring) {
            double lon = point.get(0).asDouble();
            double lat = point.get(1).asDouble();
            // North America, west of Greenwich and north of the equator: nothing wraps the map.
            assertThat(lon).as("longitude in %s", code).isBetween(-180.0, -50.0);
            assertThat(lat).as("latitude in %s", code).isBetween(14.0, 84.0);
          }
        }
      }
    }
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void everyPortOfEntryHasItsCbpCodeAStateAndAPlaceOnTheBorder() throws IOException {
    JsonNode ports;
    try (InputStream in = resource("/static/geo/ports.json")) {
      ports = JsonMapper.builder().build().readTree(in.readAllBytes()).get("ports");
    }
    assertThat(ports.size()).isEqualTo(109);
    Set<String> codes = new HashSet<>();
    int mexican = 0;
    for (JsonNode p : ports) {
      String code = p.get("code").asString();
      assertThat(code).matches("[0-9]{4}");
      assertThat(codes.add(code)).as("one entry for port %s", code).isTrue();
      assertThat(p.get("subdivision").asString()).startsWith("US-");
      double lat = p.get("lat").asDouble();
      if (p.get("border").asString().equals("MEX")) {
        mexican++;
        assertThat(lat).as("latitude of %s", code).isBetween(25.0, 33.0);
      } else {
        assertThat(p.get("border").asString()).isEqualTo("CAN");
        assertThat(lat).as("latitude of %s", code).isBetween(41.0, 71.0);
      }
      assertThat(p.get("lon").asDouble()).isBetween(-170.0, -66.0);
    }
    assertThat(mexican).isEqualTo(28);
    // The port the demo's US reports name (Nogales, Arizona) is on the map.
    assertThat(codes).contains("2604");
  }

  private static InputStream resource(String path) {
    return Objects.requireNonNull(SubdivisionMapTest.class.getResourceAsStream(path), path);
  }
}
