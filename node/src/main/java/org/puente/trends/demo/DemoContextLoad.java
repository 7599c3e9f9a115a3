package org.puente.trends.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.puente.governance.Accounts;
import org.puente.governance.Caller;
import org.puente.governance.DemoMode;
import org.puente.trends.ContextData;
import org.puente.trends.ContextKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Imports the public context datasets shipped under {@code context/} on a demo node, each one not
 * yet loaded, as the demo administrator and through the same import an administrator would use.
 */
@Component
@Order(40)
class DemoContextLoad implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoContextLoad.class);

  private final DemoMode demo;
  private final Accounts accounts;
  private final ContextData context;

  DemoContextLoad(DemoMode demo, Accounts accounts, ContextData context) {
    this.demo = demo;
    this.accounts = accounts;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) {
      return;
    }
    Caller admin =
        new Caller(
            accounts
                .byUsername("admin")
                .orElseThrow(() -> new IllegalStateException("no demo account admin")),
            "demo-data",
            "demo data");
    for (ContextKind kind : ContextKind.values()) {
      if (context.dataset(kind).isPresent()) {
        continue;
      }
      try (InputStream in = new ClassPathResource(kind.shippedResource()).getInputStream()) {
        long rows = context.importDataset(kind, in, admin).rows();
        log.info("demo mode: context dataset {} imported, {} figures", kind.wire(), rows);
      } catch (IOException e) {
        throw new UncheckedIOException("shipped context data missing: " + kind.wire(), e);
      }
    }
  }
}
