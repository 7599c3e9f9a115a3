package org.puente.trends;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.Browsers;
import org.puente.RunningNode;

/**
 * The trends dashboard in real Chromium, in Spanish: the map of subdivisions and the weekly series
 * of the demo year are drawn from what the chemist may count, a chart's data downloads as CSV, and
 * a bad subscription is refused with its fields named.
 */
class TrendsBrowserIT {

  private final RunningNode node = RunningNode.get();

  @Test
  void aChemistSeesTheMapAndSeriesExportsThemAndSubscribes() throws Exception {
    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      BrowserContext context =
          browser.newContext(
              new Browser.NewContextOptions().setLocale("es-MX").setAcceptDownloads(true));
      Page page = context.newPage();
      page.navigate(node.base() + "/login");
      page.fill("#username", "fgr.chemist");
      page.fill("#password", "puente-demo");
      page.click("button[type=submit]");
      page.waitForURL(node.base() + "/");

      page.navigate(
          node.base()
              + "/trends?measure=share&substance=fentanyl&interval=week&from=2023-10-02&to=2024-09-29");
      assertThat(page.locator("h1")).hasText("Tendencias de drogas y alerta temprana");
      assertThat(page.locator("#trend-series")).hasAttribute("data-points", "52");
      assertThat(page.locator("#trend-series canvas")).not().hasCount(0);
      assertThat(page.locator("#trend-map canvas")).not().hasCount(0);
      assertThat(page.locator("#trend-map"))
          .hasAttribute("data-ports", java.util.regex.Pattern.compile("[0-9]+"));
      String regions = page.locator("#trend-map").getAttribute("data-regions");
      assertThat(Integer.parseInt(regions)).isGreaterThan(3);

      Download download = page.waitForDownload(() -> page.click("#export-series"));
      assertThat(download.suggestedFilename()).endsWith(".csv");
      List<String> lines = Files.readAllLines(download.path());
      assertThat(lines.get(0)).startsWith("period,start,value,n,suppressed");
      assertThat(lines).hasSize(53);
      assertThat(lines.get(1)).startsWith("2023-W40,2023-10-02,");

      // The CDC's synthetic-opioid deaths as a context layer beside the US series.
      page.navigate(
          node.base()
              + "/trends?measure=share&substance=fentanyl&country=USA&interval=month"
              + "&from=2023-10-01&to=2024-09-30&layer=cdc-synthetic-opioids");
      assertThat(page.locator("#trend-series")).hasAttribute("data-context-points", "12");
      assertThat(page.locator("#trend-series")).hasAttribute("data-points", "12");
      // Drill-down: a month of the series opens the reports of that month the chemist may see.
      page.locator("#trend-series canvas").first().click();
      page.waitForURL(java.util.regex.Pattern.compile(".*/forensics\\?.*"));
      assertThat(page.url()).contains("substance=fentanyl").contains("country=USA");
      assertThat(page.url()).containsPattern("from=2024-0[34]-01&to=2024-0[34]-3[01]");

      // A query with a bad region is refused with the parameter named, in Spanish.
      page.navigate(node.base() + "/trends?measure=share&substance=fentanyl&region=XX-1");
      assertThat(page.locator("#trend-problems")).containsText("/region");
      assertThat(page.locator("#trend-problems")).containsText("no es un código ISO 3166-2");
      // The page's data endpoint answers the same query with problem details, not an error page.
      com.microsoft.playwright.APIResponse data =
          page.request()
              .get(
                  node.base() + "/trends/data/series?measure=share&substance=fentanyl&region=XX-1");
      assertThat(data.status()).isEqualTo(400);
      assertThat(data.headers().get("content-type")).startsWith("application/problem+json");
      assertThat(data.text()).contains("/region");

      page.navigate(node.base() + "/trends");
      page.fill("#sub-email", "no-es-una-direccion");
      page.evaluate("document.getElementById('sub-email').type = 'text'");
      page.fill("#sub-email", "no-es-una-direccion");
      page.click("#subscribe-form button[type=submit]");
      assertThat(page.locator("#subscriptions .alert.error")).containsText("/email");
    }
  }
}
