package org.puente.governance.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.puente.governance.Accounts;
import org.puente.governance.Agencies;
import org.puente.governance.Country;
import org.puente.governance.DemoMode;
import org.puente.governance.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo agencies of the three countries and their demo accounts, all with the password
 * {@value #PASSWORD}. Every person here is synthetic.
 */
@Component
@Order(10)
class DemoAgencies implements ApplicationRunner {

  static final String PASSWORD = "puente-demo";
  private static final Logger log = LoggerFactory.getLogger(DemoAgencies.class);
  private static final String CONTACT = " — duty desk (synthetic demo contact)";

  private final DemoMode demo;
  private final JdbcClient jdbc;
  private final Agencies agencies;
  private final Accounts accounts;

  DemoAgencies(DemoMode demo, JdbcClient jdbc, Agencies agencies, Accounts accounts) {
    this.demo = demo;
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.accounts = accounts;
  }

  private record DemoAgency(String code, String name, Country country) {}

  private record DemoAccount(
      String username,
      String name,
      String agency,
      Set<Role> roles,
      Set<String> communities,
      Locale locale) {}

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) {
      return;
    }
    List<DemoAgency> agencyList =
        List.of(
            new DemoAgency(
                "CBP-NTC",
                "U.S. Customs and Border Protection — National Targeting Center",
                Country.USA),
            new DemoAgency(
                "DEA-LAB", "Drug Enforcement Administration — forensic laboratory", Country.USA),
            new DemoAgency(
                "ATF-NTC",
                "Bureau of Alcohol, Tobacco, Firearms and Explosives — National Tracing Center",
                Country.USA),
            new DemoAgency("FGR", "Fiscalía General de la República", Country.MEX),
            new DemoAgency(
                "FGR-SP",
                "Fiscalía General de la República — Coordinación General de Servicios Periciales",
                Country.MEX),
            new DemoAgency("RCMP", "Royal Canadian Mounted Police", Country.CAN),
            new DemoAgency("CBSA", "Canada Border Services Agency", Country.CAN),
            new DemoAgency("HC-DAS", "Health Canada — Drug Analysis Service", Country.CAN));
    for (DemoAgency a : agencyList) {
      if (agencies.find(a.code()).isEmpty()) {
        jdbc.sql(
                """
                INSERT INTO governance.agency (code, name, country, contact_point, created_at)
                VALUES (:code, :name, :country, :contact, :now)
                """)
            .param("code", a.code())
            .param("name", a.name())
            .param("country", a.country().name())
            .param("contact", a.code() + CONTACT)
            .param("now", Timestamp.from(Instant.now()))
            .update();
      }
    }
    Locale es = Locale.forLanguageTag("es");
    List<DemoAccount> accountList =
        List.of(
            new DemoAccount(
                "ntc.officer",
                "Dana Whitfield",
                "CBP-NTC",
                Set.of(Role.TARGETING_OFFICER),
                Set.of("LE", "CUSTOMS"),
                Locale.ENGLISH),
            new DemoAccount(
                "dea.chemist",
                "Morgan Ellery",
                "DEA-LAB",
                Set.of(Role.CHEMIST),
                Set.of("LE", "FORENSIC"),
                Locale.ENGLISH),
            new DemoAccount(
                "atf.tracer",
                "Casey Lindqvist",
                "ATF-NTC",
                Set.of(Role.TRACE_OFFICER),
                Set.of("LE", "FIREARMS"),
                Locale.ENGLISH),
            new DemoAccount(
                "fgr.analyst",
                "Ximena Ortúzar Beltrán",
                "FGR",
                Set.of(Role.ANALYST),
                Set.of("LE"),
                es),
            new DemoAccount(
                "fgr.chemist",
                "Rodrigo Anaya Velasco",
                "FGR-SP",
                Set.of(Role.CHEMIST),
                Set.of("FORENSIC"),
                es),
            new DemoAccount(
                "rcmp.analyst",
                "Jordan Tremblay-Okafor",
                "RCMP",
                Set.of(Role.ANALYST),
                Set.of("LE"),
                Locale.ENGLISH),
            new DemoAccount(
                "cbsa.officer",
                "Alexis Gauthier",
                "CBSA",
                Set.of(Role.TARGETING_OFFICER),
                Set.of("LE", "CUSTOMS"),
                Locale.ENGLISH),
            new DemoAccount(
                "hc.chemist",
                "Camille Bouchard-Nair",
                "HC-DAS",
                Set.of(Role.CHEMIST),
                Set.of("FORENSIC"),
                Locale.FRENCH),
            new DemoAccount(
                "usa.security",
                "Riley Okonkwo",
                "CBP-NTC",
                Set.of(Role.SECURITY_OFFICER),
                Set.of("LE"),
                Locale.ENGLISH),
            new DemoAccount(
                "admin",
                "Node Administrator",
                "CBP-NTC",
                Set.of(Role.ADMIN),
                Set.of(),
                Locale.ENGLISH));
    for (DemoAccount a : accountList) {
      accounts.seed(
          a.username(), a.name(), a.agency(), a.roles(), a.communities(), a.locale(), PASSWORD);
    }
    log.info("demo mode: {} agencies and {} accounts ready", agencyList.size(), accountList.size());
  }
}
