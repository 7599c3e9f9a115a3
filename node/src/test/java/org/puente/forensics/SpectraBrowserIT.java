package org.puente.forensics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.puente.Browsers;
import org.puente.RunningNode;

/**
 * Spectral search in real Chromium: a chemist at FGR-SP uploads a fentanyl MS/MS peak list on the
 * Spanish search page and sees fentanyl at the top of the candidate table, a mirror plot of her
 * spectrum against the library's with matched peaks marked, and the reminder that a match is
 * evidence for one Category A technique; the library page shows the shipped library's curation
 * findings in her language.
 */
class SpectraBrowserIT {

  private final RunningNode node = RunningNode.get();

  /** The peaks of {@link SpectraApiIT#FENTANYL_PEAKS} as a text file. */
  static final String PEAK_FILE =
      """
      # fentanyl, LC-ESI MS/MS, [M+H]+ 337.2274
      57.0333 0.3
      84.0808 0.2
      105.0697 3.9
      132.0806 0.3
      134.0963 1.1
      146.0963 0.6
      150.0913 0.4
      186.1277 0.4
      188.1432 100
      190.1224 0.5
      216.1382 3.2
      281.2011 2.2
      337.2271 88
      """;

  @Test
  void aChemistUploadsASpectrumAndSeesFentanylFirstWithAMirrorPlot() {
    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      BrowserContext context =
          browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
      Page page = context.newPage();
      page.navigate(node.base() + "/login");
      page.fill("#username", "fgr.chemist");
      page.fill("#password", "puente-demo");
      page.click("button[type=submit]");
      page.waitForURL(node.base() + "/");

      page.navigate(node.base() + "/forensics/spectra");
      assertThat(page.locator("h1")).hasText("Búsqueda espectral");
      page.setInputFiles(
          "#file",
          new FilePayload(
              "muestra-fentanilo.txt", "text/plain", PEAK_FILE.getBytes(StandardCharsets.UTF_8)));
      page.fill("#precursorMz", "337.2274");
      page.click("#spectrum-form button[type=submit]");

      assertThat(page.locator("#candidates tbody tr").first())
          .hasAttribute("data-substance", "fentanyl");
      assertThat(page.locator("#candidates tbody tr").first().locator(".candidate-name"))
          .hasText("Fentanilo");
      assertThat(page.locator("#evidence-note")).containsText("Categoría A");
      assertThat(page.locator("#mirror-1 svg.mirror")).isVisible();
      assertThat(page.locator("#mirror-1 line.peak.query.matched")).not().hasCount(0);
      assertThat(page.locator("#mirror-1 line.peak.library.matched")).not().hasCount(0);

      // A bad line is named, nothing is searched.
      page.navigate(node.base() + "/forensics/spectra");
      page.fill("#peaks", "188.1432 100\nnot a peak\n");
      page.click("#spectrum-form button[type=submit]");
      assertThat(page.locator("#search-problems")).containsText("2");
      assertThat(page.locator("#candidates")).hasCount(0);

      // The library page shows the shipped library's curation findings.
      page.navigate(node.base() + "/forensics/spectra/libraries");
      page.click("#libraries a");
      assertThat(page.locator("#library h1")).hasText("MassBank drug spectra");
      // SOURCES.md: 8 ACES_SU records have no InChIKey; curation says so, in Spanish.
      assertThat(page.locator("#curation tr[data-kind=MISSING_INCHIKEY]")).hasCount(8);
      assertThat(page.locator("#curation")).not().containsText("spectra.curation");

      // A report with the same spectrum attached as MS/MS lists fentanyl first on its page.
      String sample = "FGR-SP-SPEC-UI-" + java.util.UUID.randomUUID().toString().substring(0, 8);
      String json =
          SpectraApiIT.reportWithSpectra(
              sample,
              "[{\"technique\": \"t2\", \"title\": \"EM/EM del pico principal\","
                  + " \"msLevel\": 2, \"precursorMz\": 337.2274, \"peaks\": "
                  + SpectraApiIT.FENTANYL_PEAKS
                  + "}]");
      org.puente.Api.Response created =
          node.as("fgr.chemist").post("/api/v1/forensics/reports", json);
      org.assertj.core.api.Assertions.assertThat(created.status())
          .as(created.body())
          .isEqualTo(201);
      page.navigate(node.base() + "/forensics/reports/" + created.json().get("id").asString());
      assertThat(page.locator("#spectra .searched-as"))
          .containsText("EM2 del precursor m/z 337,2274");
      assertThat(page.locator("#spectra tbody tr").first())
          .hasAttribute("data-substance", "fentanyl");
      context.close();
    }
  }
}
