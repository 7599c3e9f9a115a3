package org.puente.forensics.demo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.forensics.Reports;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.DemoMode;
import org.puente.governance.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the synthetic DSAP reports of {@link DemoReports} on a demo node's first start, each
 * laboratory's through the same batch import its chemist would use, so that the demo shows
 * identification, attribution and cross-border links at once.
 */
@Component
@Order(30)
class DemoReportLoad implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoReportLoad.class);

  private final DemoMode demo;
  private final Accounts accounts;
  private final Reports reports;
  private final int count;

  DemoReportLoad(
      DemoMode demo,
      Accounts accounts,
      Reports reports,
      @Value("${puente.demo.reports:2000}") int count) {
    this.demo = demo;
    this.accounts = accounts;
    this.reports = reports;
    this.count = count;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.firstLoad("forensics-reports")) {
      return;
    }
    JsonMapper json = JsonMapper.builder().build();
    Map<String, StringBuilder> byAnalyst = new LinkedHashMap<>();
    List<String> lines = DemoReports.generate(DemoReports.SEED, Math.max(2, count));
    for (String line : lines) {
      JsonNode report = json.readTree(line);
      String analyst = report.at("/lab/analyst").asString();
      byAnalyst.computeIfAbsent(analyst, a -> new StringBuilder()).append(line).append('\n');
    }
    int stored = 0;
    for (Map.Entry<String, StringBuilder> e : byAnalyst.entrySet()) {
      Caller chemist =
          new Caller(
              accounts
                  .byUsername(e.getKey())
                  .orElseThrow(() -> new IllegalStateException("no demo account " + e.getKey())),
              "demo-data",
              "demo data");
      try {
        stored +=
            reports
                .importBatch(
                    chemist,
                    e.getValue().toString().getBytes(StandardCharsets.UTF_8),
                    Reports.BatchFormat.NDJSON)
                .reports();
      } catch (Rejected rejected) {
        // The generator and the readers disagree: a defect, named by pointer and code only.
        throw new IllegalStateException(
            "demo reports refused: "
                + rejected.violations().stream()
                    .limit(5)
                    .map(v -> v.pointer() + " " + v.code() + " " + v.args())
                    .toList(),
            rejected);
      }
    }
    log.info("demo mode: {} synthetic DSAP reports stored", stored);
  }
}
