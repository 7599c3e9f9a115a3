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

  DemoMode(
      @Value("${puente.demo:auto}") String demo,
      @Value("${spring.datasource.url:}") String datasource,
      @Value("${server.address:}") String address) {
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
