package org.puente.forensics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.Browsers;
import org.puente.RunningNode;

/**
 * The DSAP acceptance path in real Chromium: a chemist at FGR-SP fills in a counterfeit-pill report
 * from Sonora in Spanish, the form tells her what is wrong as she types, and once stored the report
 * shows its identification with the deciding rule, its route attribution with evidence and its link
 * to an Arizona seizure with a similar profile; a DEA chemist reads the same report in English and
 * a Canadian chemist outside its releasability sees a pointer.
 */
class ForensicsBrowserIT {

  private final RunningNode node = RunningNode.get();

  private Page login(BrowserContext context, String user) {
    Page page = context.newPage();
    page.navigate(node.base() + "/login");
    page.fill("#username", user);
    page.fill("#password", "puente-demo");
    page.click("button[type=submit]");
    page.waitForURL(node.base() + "/");
    return page;
  }

  private static String field(String pointer) {
    return "[name='" + pointer + "']";
  }

  @Test
  void aSonoraPillReportFiledInSpanishIsReadInEnglishWithItsArizonaLink() {
    double batch = 3.1 + Math.random();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Api.Response arizona =
        node.as("dea.chemist")
            .post(
                "/api/v1/forensics/reports",
                ReportsApiIT.pillReport(
                    "DEA-LAB",
                    "dea.chemist",
                    "DEA-AZ-" + suffix,
                    "USA",
                    "US-AZ",
                    batch * 1.01,
                    ReportsApiIT.SHARED_FORENSIC));
    assertThat(arizona.status()).as(arizona.body()).isEqualTo(201);
    String arizonaSample = "DEA-AZ-" + suffix;

    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      BrowserContext fgr = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
      Page page = login(fgr, "fgr.chemist");
      page.navigate(node.base() + "/forensics/reports/new");
      assertThat(page.locator("html")).hasAttribute("lang", "es");
      assertThat(page.locator("h1")).hasText("Nuevo informe DSAP");

      String sample = "FGR-SP-" + suffix;
      page.fill(field("/sampleId"), sample);
      page.fill(field("/submitted"), "2025-03-04");
      page.fill(field("/analysed"), "2025-03-10");
      page.fill(field("/seizure/eventId"), "EV-" + sample);
      page.fill(field("/seizure/date"), "2025-03-02");
      page.selectOption(field("/seizure/country"), "MEX");
      page.fill(field("/seizure/subdivision"), "MX-SON");
      page.selectOption(field("/form/type"), "TABLET");
      page.fill(field("/form/imprint"), "M 30");
      page.fill(field("/form/colour"), "azul");
      page.check(field("/form/counterfeit"));
      page.fill(field("/form/count"), "500");
      page.fill(field("/form/mgPerTablet"), "110");
      page.fill(field("/netQuantity/value"), "55.2");
      page.fill(field("/netQuantity/uncertainty"), "0.05");
      String[] codes = {"GC", "MS", "IR"};
      for (int i = 0; i < codes.length; i++) {
        page.selectOption(field("/techniques/" + i + "/code"), codes[i]);
        page.selectOption(field("/techniques/" + i + "/result"), "POSITIVE");
      }
      page.fill(field("/findings/0/substance"), "Fentanilo");
      page.selectOption(field("/findings/0/role"), "PRIMARY");
      // A purity above 100 % is caught while she types, pointing at the field.
      page.fill(field("/findings/0/purity/percent"), "140");
      page.fill(field("/findings/0/purity/uncertainty"), "0.2");
      page.fill(field("/findings/0/techniques"), "t1 t2 t3");
      page.fill(field("/findings/1/substance"), "Xilacina");
      page.selectOption(field("/findings/1/role"), "ADULTERANT");
      page.fill(field("/findings/1/techniques"), "t1 t2");
      String[][] profile = {
        {"4-ANPP", String.valueOf(0.42 * batch)},
        {"phenethyl-4-ANPP", String.valueOf(0.08 / batch)},
        {"NPP", String.valueOf(0.03 * batch * batch)},
        {"norfentanyl", String.valueOf(0.011 / (batch * batch))}
      };
      for (int i = 0; i < profile.length; i++) {
        page.fill(field("/impurityProfile/" + i + "/marker"), profile[i][0]);
        page.fill(field("/impurityProfile/" + i + "/area"), profile[i][1]);
      }
      page.locator(field("/findings/1/techniques")).blur();
      assertThat(page.locator("#problems .alert.error")).containsText("/findings/0/purity/percent");

      page.fill(field("/findings/0/purity/percent"), "1.9");
      // Shared with the United States, among forensic labs, statistics for all three countries.
      page.check("input[name=releasableTo][value=USA]");
      assertThat(page.locator("#label-description")).containsText("agencias de Estados Unidos");
      page.locator(field("/findings/0/purity/percent")).blur();
      assertThat(page.locator("#problems .alert.ok")).isVisible();

      page.click("#report-form button[type=submit]");
      page.waitForURL(url -> url.contains("/forensics/reports/") && !url.endsWith("/new"));
      String url = page.url();
      assertThat(page.locator("#identification")).containsText("Fentanilo");
      assertThat(page.locator("#identification .status-identified").first())
          .hasText("Identificada");
      assertThat(page.locator("#identification"))
          .containsText("una técnica de Categoría A más otra técnica");
      assertThat(page.locator("#attribution")).containsText("Ruta");
      assertThat(page.locator("#attribution table")).isVisible();
      assertThat(page.locator("#links .link-direct")).not().hasCount(0);
      assertThat(page.locator("#links")).containsText(arizonaSample);
      assertThat(page.locator("#links")).containsText("US-AZ");
      fgr.close();

      BrowserContext dea = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
      Page other = login(dea, "dea.chemist");
      other.navigate(url);
      assertThat(other.locator("html")).hasAttribute("lang", "en");
      assertThat(other.locator("body")).containsText(sample);
      assertThat(other.locator("body")).containsText("MX-SON");
      assertThat(other.locator("#identification")).containsText("Fentanyl");
      assertThat(other.locator("#identification .status-identified").first()).hasText("Identified");
      assertThat(other.locator("#identification"))
          .containsText("a Category A technique plus another technique");
      assertThat(other.locator("#attribution table")).isVisible();
      assertThat(other.locator("#links")).containsText(arizonaSample);
      // The list filters by country and shows the new report to her.
      other.navigate(node.base() + "/forensics?country=MEX&substance=fentanyl");
      assertThat(other.locator("body")).containsText("MX-SON");
      dea.close();

      BrowserContext hc = browser.newContext();
      Page canada = login(hc, "hc.chemist");
      canada.navigate(url);
      assertThat(canada.locator(".pointer-badge")).isVisible();
      assertThat(canada.locator("body")).not().containsText(sample);
      hc.close();
    }
  }
}
