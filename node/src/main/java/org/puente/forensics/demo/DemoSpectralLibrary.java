package org.puente.forensics.demo;

import org.puente.forensics.SpectralLibraries;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the shipped MassBank drug library on a demo node's first start, owned by Health Canada's
 * Drug Analysis Service and releasable to the forensic community of all three countries, so that a
 * new user can search a spectrum at once.
 */
@Component
@Order(35)
class DemoSpectralLibrary implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSpectralLibrary.class);

  static final String LABEL =
      """
      {"releasableTo":["USA","MEX","CAN"],"communities":["FORENSIC"],"handling":"H1",
       "tlp":"GREEN","outsiders":"POINTER","statistics":["USA","MEX","CAN"]}\
      """;

  private final DemoMode demo;
  private final Accounts accounts;
  private final SpectralLibraries libraries;

  DemoSpectralLibrary(DemoMode demo, Accounts accounts, SpectralLibraries libraries) {
    this.demo = demo;
    this.accounts = accounts;
    this.libraries = libraries;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.firstLoad("forensics-spectral-library")) {
      return;
    }
    Caller owner =
        new Caller(
            accounts
                .byUsername("hc.chemist")
                .orElseThrow(() -> new IllegalStateException("no demo account hc.chemist")),
            "demo-data",
            "demo data");
    libraries.storeShipped(
        owner,
        "MassBank drug spectra",
        "844 public MassBank records (release 2025.05.1) of 43 seized-drug-relevant substances —"
            + " opioids, stimulants, cutting agents — mostly LC-ESI MS/MS; sources and licences in"
            + " spectra/massbank-drugs/SOURCES.md.",
        JsonMapper.builder().build().readTree(LABEL));
    log.info("demo mode: the shipped MassBank drug library is loaded");
  }
}
