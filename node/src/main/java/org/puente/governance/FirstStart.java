package org.puente.governance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production node's first start: registers the hosting agency from configuration and, when an
 * initial password is given, an administrator account to manage everything else from the UI.
 */
@Component
@Order(5)
class FirstStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

  private final DemoMode demo;
  private final JdbcClient jdbc;
  private final Agencies agencies;
  private final Accounts accounts;
  private final String hostAgency;
  private final String hostName;
  private final String hostCountry;
  private final String hostContact;
  private final String adminPassword;

  FirstStart(
      DemoMode demo,
      JdbcClient jdbc,
      Agencies agencies,
      Accounts accounts,
      @Value("${puente.node.host-agency}") String hostAgency,
      @Value("${puente.node.host-agency-name:}") String hostName,
      @Value("${puente.node.host-country:USA}") String hostCountry,
      @Value("${puente.node.host-contact:}") String hostContact,
      @Value("${puente.bootstrap.admin-password:}") String adminPassword) {
    this.demo = demo;
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.accounts = accounts;
    this.hostAgency = hostAgency;
    this.hostName = hostName;
    this.hostCountry = hostCountry;
    this.hostContact = hostContact;
    this.adminPassword = adminPassword;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (demo.enabled()) {
      return;
    }
    if (agencies.find(hostAgency).isEmpty()) {
      Country country =
          Country.parse(hostCountry)
              .orElseThrow(() ->
                  new IllegalStateException(
                      "puente.node.host-country must be USA, MEX or CAN, not " + hostCountry));
      jdbc.sql(
              """
              INSERT INTO governance.agency (code, name, country, contact_point, created_at)
              VALUES (:code, :name, :country, :contact, :now)
              """)
          .param("code", hostAgency)
          .param("name", hostName.isBlank() ? hostAgency : hostName)
          .param("country", country.name())
          .param("contact", hostContact.isBlank() ? hostAgency : hostContact)
          .param("now", Timestamp.from(Instant.now()))
          .update();
      log.info("registered the hosting agency {}", hostAgency);
    }
    if (accounts.all().isEmpty()) {
      if (adminPassword.length() < Accounts.MIN_PASSWORD) {
        log.warn(
            "no account exists yet: set PUENTE_ADMIN_PASSWORD (at least {} characters) to create"
                + " the first administrator, 'admin' of {}",
            Accounts.MIN_PASSWORD,
            hostAgency);
        return;
      }
      accounts.seed(
          "admin",
          "Node administrator",
          hostAgency,
          Set.of(Role.ADMIN),
          Set.of(),
          Locale.ENGLISH,
          adminPassword);
      log.info("created the first administrator 'admin' of {}", hostAgency);
    }
  }
}
