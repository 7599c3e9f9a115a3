package org.puente.forensics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.puente.Api;
import org.puente.RunningNode;
import org.puente.governance.DisclosurePropertiesIT;
import org.puente.governance.DisclosurePropertiesIT.Person;
import org.puente.governance.DisclosurePropertiesIT.Planned;
import tools.jackson.databind.JsonNode;

/**
 * The security property for spectral libraries: for random laboratories' labels and random readers,
 * a search scores exactly the libraries the reader may see (each try's libraries all hold the same
 * spectrum, so every one of them would be a perfect hit), names pointer libraries as held elsewhere
 * without their contents, and says nothing of the rest; the library list, a library's page and its
 * spectra agree. The expected outcome comes from the reference model of {@link
 * DisclosurePropertiesIT}.
 */
class LibraryDisclosurePropertiesIT {

  private static final Map<String, String> CHEMISTS =
      Map.of("DEA-LAB", "dea.chemist", "FGR-SP", "fgr.chemist", "HC-DAS", "hc.chemist");

  @Provide
  Arbitrary<List<Planned>> libraries() {
    return DisclosurePropertiesIT.plans()
        .filter(p -> CHEMISTS.containsKey(p.owner()))
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Person>> readers() {
    return DisclosurePropertiesIT.people().list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 15)
  void aSearchScoresOnlyTheLibrariesTheReaderMaySee(
      @ForAll("libraries") List<Planned> plans,
      @ForAll("readers") List<Person> readers,
      @ForAll("seeds") long seed) {
    RunningNode node = RunningNode.get();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    double[][] peaks = peaks(new Random(seed));
    double precursor = peaks[peaks.length - 1][0] + 18.0106;
    Map<String, Planned> uploaded = new HashMap<>();
    Map<String, String> entryIds = new HashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      Planned plan = plans.get(i);
      String entryId = "PROP-" + tag + "-" + i;
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("name", "Property library " + tag + "-" + i);
      fields.put("format", "msp");
      fields.put("label", DisclosurePropertiesIT.label(plan).toString());
      Api.Response created =
          SpectraApiIT.upload(
              CHEMISTS.get(plan.owner()),
              fields,
              Map.of("lib.msp", msp(entryId, "Synthetic compound " + tag, precursor, peaks)));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String id = created.json().get("id").asString();
      uploaded.put(id, plan);
      entryIds.put(id, entryId);
    }

    String query = query(peaks, precursor);
    for (Person reader : readers) {
      Api api = node.as(DisclosurePropertiesIT.account(reader));
      Set<String> visible = new HashSet<>();
      Set<String> pointed = new HashSet<>();
      uploaded.forEach((id, plan) -> {
        if (plan.visibleTo(reader)) {
          visible.add(id);
        } else if (plan.pointerFor(reader)) {
          pointed.add(id);
        }
      });

      Api.Response search = api.post("/api/v1/forensics/spectra/search", query);
      assertThat(search.status()).as(search.body()).isEqualTo(200);
      Set<String> hitLibraries = new HashSet<>();
      for (JsonNode hit : search.json().get("hits").values()) {
        String library = hit.get("libraryId").asString();
        if (uploaded.containsKey(library)) {
          hitLibraries.add(library);
          assertThat(hit.get("entryId").asString()).isEqualTo(entryIds.get(library));
          assertThat(hit.get("score").asDouble()).isGreaterThan(0.99);
        }
      }
      assertThat(hitLibraries).as("%s searching %s", reader, uploaded).isEqualTo(visible);
      Set<String> elsewhere = new HashSet<>();
      for (JsonNode pointer : search.json().get("librariesElsewhere").values()) {
        String id = pointer.get("id").asString();
        if (uploaded.containsKey(id)) {
          elsewhere.add(id);
          DisclosurePropertiesIT.assertPointer(pointer, uploaded.get(id));
        }
      }
      assertThat(elsewhere).as("%s: libraries elsewhere", reader).isEqualTo(pointed);
      if (visible.isEmpty()) {
        assertThat(search.body()).doesNotContain(tag);
      }

      JsonNode list = api.get("/api/v1/forensics/spectra/libraries").json();
      Set<String> listed = new HashSet<>();
      Set<String> listedPointers = new HashSet<>();
      for (JsonNode item : list.get("items").values()) {
        String id = item.get("id").asString();
        if (!uploaded.containsKey(id)) {
          continue;
        }
        if (item.has("pointer")) {
          listedPointers.add(id);
          DisclosurePropertiesIT.assertPointer(item, uploaded.get(id));
        } else {
          listed.add(id);
        }
      }
      assertThat(listed).isEqualTo(visible);
      assertThat(listedPointers).isEqualTo(pointed);

      String never = UUID.randomUUID().toString();
      Api.Response missing = api.get("/api/v1/forensics/spectra/libraries/" + never);
      assertThat(missing.status()).isEqualTo(404);
      String missingShape = DisclosurePropertiesIT.shape(missing, never);
      Api.Response missingEntry =
          api.get("/api/v1/forensics/spectra/libraries/" + never + "/entries/X");
      String missingEntryShape = DisclosurePropertiesIT.shape(missingEntry, never);
      for (Map.Entry<String, Planned> e : uploaded.entrySet()) {
        String id = e.getKey();
        Api.Response page = api.get("/api/v1/forensics/spectra/libraries/" + id);
        Api.Response entry =
            api.get("/api/v1/forensics/spectra/libraries/" + id + "/entries/" + entryIds.get(id));
        if (visible.contains(id)) {
          assertThat(page.status()).isEqualTo(200);
          assertThat(page.json().get("name").asString()).contains(tag);
          assertThat(entry.status()).isEqualTo(200);
          assertThat(entry.json().get("peaks").size()).isEqualTo(peaks.length);
        } else {
          if (pointed.contains(id)) {
            assertThat(page.status()).isEqualTo(200);
            DisclosurePropertiesIT.assertPointer(page.json(), e.getValue());
            assertThat(page.body()).doesNotContain(tag);
          } else {
            assertThat(page.status()).as("%s reading %s", reader, e.getValue()).isEqualTo(404);
            assertThat(DisclosurePropertiesIT.shape(page, id)).isEqualTo(missingShape);
          }
          assertThat(entry.status()).isEqualTo(404);
          assertThat(DisclosurePropertiesIT.shape(entry, id).replace(entryIds.get(id), "X"))
              .isEqualTo(missingEntryShape);
        }
      }
    }
  }

  /** Six fragments in 120–480 m/z, four decimals, the last one the largest. */
  private static double[][] peaks(Random random) {
    double[][] out = new double[6][];
    double mz = 120;
    for (int i = 0; i < out.length; i++) {
      mz += 20 + random.nextInt(40) + random.nextInt(10_000) / 10_000.0;
      out[i] = new double[] {Math.round(mz * 10_000) / 10_000.0, 10 + random.nextInt(91)};
    }
    return out;
  }

  private static String msp(String id, String name, double precursor, double[][] peaks) {
    StringBuilder s = new StringBuilder();
    s.append("Name: ").append(name).append('\n');
    s.append("DB#: ").append(id).append('\n');
    s.append("PrecursorMZ: ").append(String.format(Locale.ROOT, "%.4f", precursor)).append('\n');
    s.append("Spectrum_type: MS2\nIon_mode: P\n");
    s.append("Num Peaks: ").append(peaks.length).append('\n');
    for (double[] p : peaks) {
      s.append(String.format(Locale.ROOT, "%.4f %.0f\n", p[0], p[1]));
    }
    return s.append('\n').toString();
  }

  private static String query(double[][] peaks, double precursor) {
    StringBuilder s = new StringBuilder("{\"peaks\": [");
    for (int i = 0; i < peaks.length; i++) {
      s.append(i == 0 ? "" : ",")
          .append(String.format(Locale.ROOT, "[%.4f,%.0f]", peaks[i][0], peaks[i][1]));
    }
    return s.append(
            String.format(Locale.ROOT, "], \"precursorMz\": %.4f, \"limit\": 100}", precursor))
        .toString();
  }
}
