package org.puente.governance;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this node runs as a demo: synthetic agencies, accounts with a published password and
 * synthetic records. On by default with the embedded database and off otherwise; a demo node
 * refuses to listen on anything but the loopback interface.
 */
@Component
public class DemoMode {

  private final boolean enabled;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  DemoMode(
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      @Value("${puente.demo:auto}") String demo,
      @Value("${spring.datasource.url:}") String datasource,
      @Value("${server.address:}") String address) {
    this.jdbc = jdbc;
    this.enabled =
        switch (demo.strip().toLowerCase(Locale.ROOT)) {
          case "true", "on", "yes" -> true;
          case "false", "off", "no" -> false;
          case "auto", "" -> datasource.startsWith("jdbc:h2:");
          default ->
              throw new IllegalStateException(
                  "puente.demo must be auto, true or false, not '" + demo + "'");
        };
    if (enabled && !loopback(address)) {
      throw new IllegalStateException(
          "Demo mode publishes its accounts' password, so it only listens on the loopback"
              + " interface; server.address is '"
              + address
              + "'. Set server.address=127.0.0.1, or turn demo mode off with puente.demo=false.");
    }
  }

  public boolean enabled() {
    return enabled;
  }

  /**
   * Whether demo data of this part should be loaded now: true once per database, in demo mode,
   * within the caller's transaction (so a failed load is tried again at the next start).
   */
  @org.springframework.transaction.annotation.Transactional(
      propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public boolean firstLoad(String part) {
    if (!enabled) {
      return false;
    }
    boolean loaded =
        jdbc.sql("SELECT COUNT(*) FROM governance.demo_load WHERE part = :p")
                .param("p", part)
                .query(Long.class)
                .single()
            > 0;
    if (loaded) {
      return false;
    }
    jdbc.sql("INSERT INTO governance.demo_load (part, loaded_at) VALUES (:p, :now)")
        .param("p", part)
        .param("now", java.sql.Timestamp.from(java.time.Instant.now()))
        .update();
    return true;
  }

  static boolean loopback(String address) {
    if (address.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
