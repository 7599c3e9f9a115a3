package org.puente.forensics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.puente.Api;
import org.puente.RunningNode;
import org.puente.forensics.report.ReaderFuzzProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Randomly edited NDJSON and CSV batches sent to {@code POST /api/v1/forensics/reports:batch} over
 * HTTP: the node never answers 5xx, every refusal is problem+json, and a refused batch stores
 * nothing — no report, key, profile or transparency-log entry — while an accepted one stores
 * exactly the reports it counts. Each try gets fresh sample ids, so edits that keep the batch valid
 * are stored rather than refused as resubmissions.
 */
class BatchFuzzPropertiesIT {

  private static final String PLACEHOLDER = "SAMPLEPLACEHOLDER";

  private static final byte[] NDJSON =
      (ReportsApiIT.pillReport(
                      "FGR-SP",
                      "fgr.chemist",
                      "FGR-SP-" + PLACEHOLDER + "-1",
                      "MEX",
                      "MX-SON",
                      1.4,
                      ReportsApiIT.SHARED_FORENSIC)
                  .replace("\n", " ")
              + "\n"
              + ReportsApiIT.pillReport(
                      "FGR-SP",
                      "fgr.chemist",
                      "FGR-SP-" + PLACEHOLDER + "-2",
                      "MEX",
                      "MX-BCN",
                      2.2,
                      ReportsApiIT.SHARED_FORENSIC)
                  .replace("\n", " ")
              + "\n")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] CSV =
      template()
          .replace("FGR-SP-2025-000123", "FGR-SP-" + PLACEHOLDER)
          .getBytes(StandardCharsets.UTF_8);

  /** The transparency-log entries of stored reports (other requests log logins and reads). */
  private static final String CREATED =
      " WHERE action = 'CREATE' AND subject_type = '" + Reports.TABLE.recordType() + "'";

  private static final Set<Integer> REFUSALS = Set.of(400, 409, 413, 415);

  private static RunningNode node;

  @BeforeContainer
  static void start() {
    node = RunningNode.get();
  }

  @Provide
  Arbitrary<byte[]> ndjsonMutants() {
    return ReaderFuzzProperties.mutants(NDJSON, "{}[]\":,0123456789.-eE truefalsenull\\u\n\r");
  }

  @Provide
  Arbitrary<byte[]> csvMutants() {
    return ReaderFuzzProperties.mutants(CSV, ",\"\n\r;:|=-.0123456789ABC");
  }

  @Property(tries = 60)
  void editedNdjsonBatchesAreStoredWholeOrNotAtAll(@ForAll("ndjsonMutants") byte[] body) {
    answersWholeOrNothing(body, "application/x-ndjson");
  }

  @Property(tries = 60)
  void editedCsvBatchesAreStoredWholeOrNotAtAll(@ForAll("csvMutants") byte[] body) {
    answersWholeOrNothing(body, "text/csv");
  }

  @Property(tries = 2)
  void theUneditedBatchesAreStored() {
    assertThat(answersWholeOrNothing(NDJSON, "application/x-ndjson")).isEqualTo(2);
    assertThat(answersWholeOrNothing(CSV, "text/csv")).isEqualTo(1);
  }

  /** Posts the batch with fresh sample ids; returns how many reports it stored. */
  private static int answersWholeOrNothing(byte[] mutated, String contentType) {
    // Latin-1 maps bytes to chars one to one, so the edited bytes survive the substitution.
    String fresh = UUID.randomUUID().toString().substring(0, 13);
    byte[] body =
        new String(mutated, StandardCharsets.ISO_8859_1)
            .replace(PLACEHOLDER, fresh)
            .getBytes(StandardCharsets.ISO_8859_1);
    long[] before = counts();
    Api.Response response =
        node.as("fgr.chemist").post("/api/v1/forensics/reports:batch", body, contentType);
    long[] after = counts();
    assertThat(response.status()).as(response.body()).isLessThan(500);
    if (response.status() == 201) {
      int stored = response.json().get("reports").asInt();
      assertThat(after[0] - before[0]).isEqualTo(stored);
      assertThat(after[1] - before[1]).isEqualTo(stored);
      assertThat(after[3] - before[3]).isEqualTo(stored);
      return stored;
    }
    assertThat(REFUSALS).as(response.body()).contains(response.status());
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(after).as("a refused batch stores nothing").containsExactly(before);
    return 0;
  }

  /**
   * Reports, keys, profiles and CREATE entries of reports in the log (sequenced or waiting) stored
   * so far.
   */
  private static long[] counts() {
    JdbcClient jdbc = node.bean(JdbcClient.class);
    return new long[] {
      count(jdbc, "forensics.report"),
      count(jdbc, "forensics.report_key"),
      count(jdbc, "forensics.profile"),
      // One statement, one snapshot: the sequencer moves entries from pending to leaf meanwhile.
      jdbc.sql(
              "SELECT (SELECT COUNT(*) FROM transparency.pending"
                  + CREATED
                  + ") + (SELECT COUNT(*) FROM transparency.leaf"
                  + CREATED
                  + ")")
          .query(Long.class)
          .single()
    };
  }

  private static long count(JdbcClient jdbc, String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private static String template() {
    try (InputStream in =
        BatchFuzzPropertiesIT.class.getResourceAsStream("/dsap/dsap-v1-template.csv")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
