package org.puente.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.Browsers;
import org.puente.RunningNode;

/**
 * A new user's first minutes, in real Chromium: a Mexican analyst logs in and sees the UI in
 * Spanish, picks a label whose meaning the page explains as she picks it, issues a bulletin, and an
 * RCMP analyst outside its releasability sees only the pointer.
 */
class FoundationBrowserIT {

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

  @Test
  void aMexicanAnalystWorksInSpanishAndHerLabelDecidesWhoReads() {
    String title = "Prueba navegador " + UUID.randomUUID().toString().substring(0, 8);
    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      BrowserContext fgr = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
      Page page = login(fgr, "fgr.analyst");
      // Her account's language, Spanish, wins over the browser's English.
      assertThat(page.locator("html")).hasAttribute("lang", "es");
      assertThat(page.locator("h1")).containsText("Bienvenido/a");
      assertThat(page.locator("nav.main")).containsText("Boletines");

      page.navigate(node.base() + "/bulletins/new");
      page.fill("#title", title);
      page.fill("#body", "Boletín sintético de la prueba de navegador.");
      // GREEN with Mexico only contradicts TLP:GREEN; the page says so before submitting.
      page.selectOption("#tlp", "GREEN");
      assertThat(page.locator("#label-description")).containsText("TLP:GREEN significa");
      // Mexico and the United States with AMBER is fine; the meaning is spelled out.
      page.selectOption("#tlp", "AMBER");
      page.check("input[name=releasableTo][value=USA]");
      page.check("input[name=communities][value=LE]");
      page.check("input[name=outsiders][value=POINTER]");
      assertThat(page.locator("#label-description")).containsText("agencias de Estados Unidos");
      assertThat(page.locator("#label-description")).containsText("Los demás solo ven un puntero");
      page.click("#bulletin-form button[type=submit]");
      assertThat(page.locator("h1")).hasText(title);
      assertThat(page.locator(".tlp").first()).hasText("TLP:AMBER");
      String url = page.url();

      // Switching language keeps the page and turns it French.
      page.click("nav.langs a[hreflang=fr]");
      assertThat(page.locator("html")).hasAttribute("lang", "fr");
      assertThat(page.locator(".label-panel h2")).hasText("Étiquette de sécurité");
      fgr.close();

      BrowserContext rcmp = browser.newContext();
      Page other = login(rcmp, "rcmp.analyst");
      other.navigate(url);
      assertThat(other.locator(".pointer-badge")).isVisible();
      assertThat(other.locator("body")).not().containsText(title);
      assertThat(other.locator("body")).containsText("FGR");
      other.navigate(node.base() + "/bulletins?q=" + title.split(" ")[2]);
      assertThat(other.locator(".result")).hasCount(1);
      assertThat(other.locator(".result .pointer-badge")).isVisible();
      rcmp.close();
    }
  }

  @Test
  void theLoginPageListsTheDemoAccountsAndRefusesBadPasswords() {
    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      Page page = browser.newPage();
      page.navigate(node.base() + "/login");
      assertThat(page.locator(".demo-accounts")).containsText("fgr.analyst");
      String user = "browser." + UUID.randomUUID().toString().substring(0, 8);
      node.bean(org.puente.governance.Accounts.class)
          .seed(
              user,
              "Synthetic person",
              "FGR",
              java.util.Set.of(org.puente.governance.Role.ANALYST),
              java.util.Set.of("LE"),
              java.util.Locale.ENGLISH,
              "right-password-9");
      page.fill("#username", user);
      page.fill("#password", "not-the-password");
      page.click("button[type=submit]");
      assertThat(page.locator(".alert.error")).isVisible();
      assertThat(page.url()).contains("/login?error");
    }
  }
}
