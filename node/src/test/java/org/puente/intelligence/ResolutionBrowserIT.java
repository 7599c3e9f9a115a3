package org.puente.intelligence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.Browsers;
import org.puente.RunningNode;

/**
 * The screening pages in real Chromium. In the demo's scenario a CBP-NTC officer at Nogales screens
 * a driver who is on FGR's watchlist under a record only Mexico may read: the officer is told the
 * hit was referred to FGR, FGR's analyst reads the hit and its explanation in the liaison queue and
 * releases the record, and the officer then finds it in the screening. The same path is walked with
 * a watch-listed vehicle, next to a cargo line that fires one of CBP-NTC's risk rules.
 */
class ResolutionBrowserIT {

  private static final Pattern SCREENING = Pattern.compile(".*/screening/[0-9a-f-]{36}$");

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

  /** Screens the CSV as the page's user at the place, and waits for the result page. */
  private static void screen(Page page, String csv, String place) {
    page.fill("#csv", csv);
    page.fill("#place", place);
    page.click("#screening-form button[type=submit]");
    try {
      page.waitForURL(SCREENING, new Page.WaitForURLOptions().setTimeout(15_000));
    } catch (TimeoutError e) {
      throw new AssertionError(
          "not screened: " + page.locator("#screening-problems").allTextContents(), e);
    }
  }

  @Test
  void aDriverOnFgrsWatchlistIsReferredToFgrWhichReleasesTheRecordToTheOfficer() {
    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      BrowserContext ntcContext =
          browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
      Page ntc = login(ntcContext, "ntc.officer");
      ntc.click("nav.main a:has-text('Screening')");
      assertThat(ntc.locator("h1")).hasText("Screening");
      screen(
          ntc,
          "kind,name,dateOfBirth,nationality\nPERSON,Chuy Guzman Jimenez,01/02/1984,MEX",
          "Nogales");
      String result = ntc.url();
      assertThat(ntc.locator("#screening-facts")).containsText("Nogales");
      Locator record = ntc.locator("article.screened[data-row='1']");
      // Other tests' people on this node may be referred too: at least this one is.
      Locator pointer = record.locator(".hit.pointer").first();
      assertThat(pointer).containsText("referred to FGR");
      assertThat(pointer.locator(".pointer-badge")).isVisible();
      // Nothing of FGR's record reaches the officer before the release.
      assertThat(ntc.locator("main")).not().containsText("Ximénez");

      // FGR's analyst, reading Spanish, finds the hit in the liaison queue with its explanation.
      BrowserContext fgrContext =
          browser.newContext(new Browser.NewContextOptions().setLocale("es-MX"));
      Page fgr = login(fgrContext, "fgr.analyst");
      // The account reads Spanish; another test may have left it on another language.
      fgr.click("nav.langs a[hreflang=es]");
      fgr.click("nav.main a:has-text('Cola de enlace')");
      assertThat(fgr.locator("h1")).hasText("Cola de enlace");
      // Other tests screen people on the same node: take this screening's hit.
      String screeningId = result.substring(result.lastIndexOf('/') + 1);
      Locator hit =
          fgr.locator("#pending article.queued[data-screening='" + screeningId + "']")
              .filter(new Locator.FilterOptions().setHasText("Jesús Guzmán Ximénez"));
      assertThat(hit).hasCount(1);
      String hitId = hit.getAttribute("data-hit");
      assertThat(hit.locator(".screened-fields")).containsText("Chuy Guzman Jimenez");
      assertThat(hit.locator(".screened-side")).containsText("CBP-NTC · ntc.officer");
      assertThat(hit.locator(".screened-side")).containsText("en Nogales");
      assertThat(hit.locator(".matched-title")).hasText("Jesús Guzmán Ximénez");
      assertThat(hit.locator(".score-value")).containsText("Puntuación");
      assertThat(hit.locator(".chip.clause")).not().hasCount(0);
      Locator waterfall = hit.locator("svg.waterfall");
      assertThat(waterfall).isVisible();
      // The prior, at least one feature, and the score.
      assertThat(waterfall.locator("g.step")).not().hasCount(0);
      assertThat(waterfall.locator("g.step.prior")).hasCount(1);
      assertThat(waterfall.locator("g.step.score")).hasCount(1);
      assertThat(waterfall.locator("g.step.up")).not().hasCount(0);
      hit.locator("form.release button[type=submit]").click();
      fgr.waitForURL(Pattern.compile(".*/screening/queue.*"));
      Locator decided = fgr.locator("#decided article[data-hit='" + hitId + "']");
      assertThat(decided).hasAttribute("data-status", "RELEASED");
      assertThat(decided.locator(".status")).hasText("Liberado");
      assertThat(fgr.locator("#pending article[data-hit='" + hitId + "']")).hasCount(0);
      fgrContext.close();

      // The officer reloads the screening: the record is there now, released by FGR.
      ntc.navigate(result);
      // Other tests' people may be hit too; this is the demo's record.
      Locator shown =
          ntc.locator("article.screened[data-row='1'] .hit.entity")
              .filter(new Locator.FilterOptions().setHasText("Jesús Guzmán Ximénez"));
      assertThat(shown).hasCount(1);
      assertThat(shown).hasAttribute("data-status", "RELEASED");
      assertThat(shown.locator("h3")).hasText("Jesús Guzmán Ximénez");
      assertThat(shown.locator(".released")).hasText("released by FGR");
      assertThat(shown.locator("svg.waterfall")).isVisible();
      assertThat(ntc.locator(".hit.pointer[data-hit='" + hitId + "']")).hasCount(0);
      assertThat(shown).hasAttribute("data-hit", hitId);

      // Matching the same person now shows FGR's record with its explanation.
      ntc.navigate(node.base() + "/resolution");
      ntc.fill("#name", "Chuy Guzman Jimenez");
      ntc.fill("#dateOfBirth", "01/02/1984");
      ntc.fill("#nationality", "MEX");
      ntc.click("#match-form button[type=submit]");
      Locator candidate =
          ntc.locator("#candidates article.candidate")
              .filter(new Locator.FilterOptions().setHasText("Jesús Guzmán Ximénez"));
      assertThat(candidate).hasCount(1);
      assertThat(candidate.locator("svg.waterfall")).isVisible();
      ntcContext.close();
    }
  }

  @Test
  void aWatchlistedVehicleIsReferredAndReleasedAndACargoLineFiresARiskRule() {
    String plate = "QX-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
    Api.Response created =
        node.as("fgr.analyst")
            .post(
                "/api/v1/entities",
                """
                {"type":"VEHICLE","watchlisted":true,"plate":"%s","plateJurisdiction":"MX-SON",
                 "make":"Kenworth","model":"T680",
                 "label":{"releasableTo":["MEX"],"communities":["LE"],"tlp":"AMBER",
                          "outsiders":"POINTER"}}
                """
                    .formatted(plate));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String vehicle = created.json().get("id").asString();

    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      BrowserContext ntcContext =
          browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
      Page ntc = login(ntcContext, "ntc.officer");
      // A targeting officer screens but does not decide: no queue link, and the queue is refused.
      assertThat(ntc.locator("nav.main a:has-text('Liaison queue')")).hasCount(0);
      Response refused = ntc.navigate(node.base() + "/screening/queue");
      assertThat(refused.status()).isEqualTo(403);

      // A bad row is named by its row and column, and nothing is screened.
      ntc.navigate(node.base() + "/screening");
      ntc.fill(
          "#csv", "kind,name,dateOfBirth\nPERSON,Ana Ruiz,1990-01-01\nPERSON,Luis Paz,31/31/1999");
      ntc.click("#screening-form button[type=submit]");
      assertThat(ntc.locator("#screening-problems")).containsText("row 2, date of birth");
      assertThat(ntc.locator("#screening-problems")).containsText("31/31/1999");
      assertThat(ntc.locator("#csv")).hasValue(Pattern.compile("Luis Paz"));

      // The vehicle FGR keeps to Mexico, the demo's vehicle shared with the United States, and a
      // cargo line that fires CBP-NTC's demo rule.
      screen(
          ntc,
          """
          kind,plate,plateJurisdiction,commodity,origin,shipper
          VEHICLE,%s,MX-SON,,,
          CARGO,,,"Auto parts, brake drums",Culiacán,Refacciones Sintéticas SA
          VEHICLE,VTR-45-12,MX-SON,,,
          """
              .formatted(plate.toLowerCase(Locale.ROOT)),
          "Nogales");
      String result = ntc.url();
      Locator first = ntc.locator("article.screened[data-row='1'] .hit");
      assertThat(first).hasCount(1);
      assertThat(first).hasAttribute("data-kind", "pointer");
      assertThat(first).containsText("referred to FGR");
      assertThat(ntc.locator("main")).not().containsText("Kenworth");
      Locator rule = ntc.locator("article.screened[data-row='2'] .hit.rule");
      assertThat(rule.locator(".rule-name")).hasText("Auto parts from Sinaloa through Sonora");
      assertThat(rule.locator(".chip.clause").first())
          .containsText("commodity contains auto parts");
      assertThat(rule.locator(".fired")).containsText("origin is one of");
      Locator shared = ntc.locator("article.screened[data-row='3'] .hit.entity");
      assertThat(shared.locator("h3")).containsText("VTR-45-12");
      assertThat(shared.locator(".owner")).hasText("FGR");
      assertThat(shared.locator(".chip.clause")).hasText("Plate · exact");
      // The recent screenings list it.
      ntc.navigate(node.base() + "/screening");
      String id = result.substring(result.lastIndexOf('/') + 1);
      assertThat(ntc.locator("#recent tr[data-id='" + id + "']")).containsText("Nogales");

      // FGR's analyst releases the vehicle, keeping back its make.
      BrowserContext fgrContext =
          browser.newContext(new Browser.NewContextOptions().setLocale("es-MX"));
      Page fgr = login(fgrContext, "fgr.analyst");
      // The account reads Spanish; another test may have left it on another language.
      fgr.click("nav.langs a[hreflang=es]");
      fgr.navigate(node.base() + "/screening/queue");
      assertThat(fgr.locator("h1")).hasText("Cola de enlace");
      Locator hit =
          fgr.locator("#pending article.queued")
              .filter(new Locator.FilterOptions().setHasText(plate.toLowerCase(Locale.ROOT)));
      assertThat(hit).hasCount(1);
      String hitId = hit.getAttribute("data-hit");
      assertThat(hit.locator(".screened-side")).containsText("CBP-NTC · ntc.officer");
      assertThat(hit.locator(".screened-side")).containsText("en Nogales");
      assertThat(hit.locator(".matched-title a"))
          .hasAttribute("href", "/intelligence/entities/" + vehicle);
      assertThat(hit.locator(".chip.clause")).hasText("Placa · exacta");
      hit.locator("fieldset.withhold input[value=make]").check();
      hit.locator("form.release button[type=submit]").click();
      fgr.waitForURL(Pattern.compile(".*/screening/queue.*"));
      Locator decided = fgr.locator("#decided article[data-hit='" + hitId + "']");
      assertThat(decided).hasAttribute("data-status", "RELEASED");
      assertThat(decided.locator(".status")).hasText("Liberado");
      assertThat(decided).containsText("por fgr.analyst");
      // Spanish and French labels on the queue.
      assertThat(fgr.locator("nav.main")).containsText("Cotejo");
      fgr.click("nav.langs a[hreflang=fr]");
      assertThat(fgr.locator("h1")).hasText("File de liaison");
      assertThat(fgr.locator("#decided h2")).hasText("Tranchées");
      assertThat(fgr.locator("#decided article[data-hit='" + hitId + "'] .status"))
          .hasText("Communiquée");
      // The account's language is kept across sessions: give it back its own.
      fgr.click("nav.langs a[hreflang=es]");
      assertThat(fgr.locator("h1")).hasText("Cola de enlace");
      fgrContext.close();

      // The officer reloads the screening: the vehicle is shown, released, without its make.
      ntc.navigate(result);
      Locator released = ntc.locator("article.screened[data-row='1'] .hit.entity");
      assertThat(released).hasCount(1);
      assertThat(released).hasAttribute("data-status", "RELEASED");
      assertThat(released.locator("h3")).containsText(plate);
      assertThat(released.locator(".released")).hasText("released by FGR");
      assertThat(ntc.locator("main")).not().containsText("Kenworth");

      // The same page in Spanish and in French.
      ntc.click("nav.langs a[hreflang=es]");
      assertThat(ntc.locator("h1")).hasText("Resultado del cotejo");
      assertThat(ntc.locator("article.screened[data-row='2'] .hit.rule .fired"))
          .containsText("mercancía contiene auto parts");
      ntc.click("nav.langs a[hreflang=fr]");
      assertThat(ntc.locator("h1")).hasText("Résultat du filtrage");
      assertThat(ntc.locator("article.screened[data-row='1'] .released"))
          .hasText("communiquée par FGR");
      assertThat(ntc.locator("nav.main")).containsText("Rapprochements");

      // The match form in French: an empty description is refused, and a bad field is named
      // next to it.
      ntc.click("nav.main a:has-text('Rapprochements')");
      assertThat(ntc.locator("h1")).hasText("Examen des rapprochements");
      ntc.click("#match-form button[type=submit]");
      assertThat(ntc.locator("#match-problems")).containsText("La recherche n’a pas été lancée");
      ntc.fill("#name", "Nadie Sintético");
      ntc.fill("#nationality", "XQZ");
      ntc.click("#match-form button[type=submit]");
      assertThat(ntc.locator(".field.invalid .problem")).containsText("XQZ");
      assertThat(ntc.locator("#name")).hasValue("Nadie Sintético");
      ntc.click("nav.langs a[hreflang=en]");
      assertThat(ntc.locator("h1")).hasText("Match review");
      ntcContext.close();
    }
  }
}
