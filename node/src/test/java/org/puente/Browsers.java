package org.puente;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real Chromium for browser tests: Debian's {@code chromium} package, driven by Playwright without
 * downloading a browser. A missing browser fails the test with a message — it never skips.
 */
public final class Browsers {

  public static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("PUENTE_TEST_CHROMIUM", "/usr/bin/chromium"));

  private Browsers() {}

  /** Playwright, for try-with-resources. */
  public static Playwright playwright() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "browser tests need Chromium at "
              + CHROMIUM
              + " (Debian: apt-get install chromium; or set PUENTE_TEST_CHROMIUM)");
    }
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  public static Browser chromium(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(
                    List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync")));
  }
}
