package org.puente.web.intelligence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.Browsers;
import org.puente.RunningNode;

/**
 * The intelligence pages in real Chromium: a Mexican analyst finds a US person, sees the name but
 * not the date of birth kept to the United States, follows the graph to a phone only RCMP may read,
 * asks RCMP for it, and reads its number once an RCMP analyst approves. Hidden and nonexistent
 * records answer with the same 404 page.
 */
class IntelligenceBrowserIT {

  private static final String AMBER_LE = "\"communities\":[\"LE\"],\"tlp\":\"AMBER\"";

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

  private static String created(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  /** A synthetic surname no other test uses: ten letters drawn from a random UUID. */
  private static String surname() {
    StringBuilder s = new StringBuilder();
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
      s.append((char) ((s.isEmpty() ? 'A' : 'a') + Character.digit(c, 16)));
    }
    return s.toString();
  }

  @Test
  void aMexicanAnalystFindsAPersonFollowsThePointerAndReadsThePhoneOnceReleased() {
    String surname = surname();
    String name = "Brisa " + surname;
    String person =
        created(
            node.as("ntc.officer")
                .post(
                    "/api/v1/entities",
                    """
                    {"type":"PERSON","givenNames":"Brisa","paternalSurname":"%s",
                     "dateOfBirth":"1988-04-12",
                     "label":{"releasableTo":["USA","MEX"],%s,"outsiders":"POINTER"},
                     "fieldLabels":{"dateOfBirth":
                       {"releasableTo":["USA"],%s,"outsiders":"POINTER"}}}
                    """
                        .formatted(surname, AMBER_LE, AMBER_LE)));
    Api rcmpApi = node.as("rcmp.analyst");
    String phone =
        created(
            rcmpApi.post(
                "/api/v1/entities",
                """
                {"type":"PHONE","number":"+1 613 555 0142",
                 "label":{"releasableTo":["CAN"],%s,"outsiders":"POINTER"}}
                """
                    .formatted(AMBER_LE)));
    created(
        rcmpApi.post(
            "/api/v1/relationships",
            """
            {"type":"USES","source":"%s","target":"%s","evaluation":"B2",
             "label":{"releasableTo":["CAN","USA","MEX"],%s,"outsiders":"NOTHING"}}
            """
                .formatted(person, phone, AMBER_LE)));
    String hidden =
        created(
            rcmpApi.post(
                "/api/v1/entities",
                """
                {"type":"PHONE","number":"+1 613 555 0199",
                 "label":{"releasableTo":["CAN"],%s,"outsiders":"NOTHING"}}
                """
                    .formatted(AMBER_LE)));
    String purpose = "Operación sintética " + surname;

    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      BrowserContext fgrContext =
          browser.newContext(new Browser.NewContextOptions().setLocale("es-MX"));
      Page fgr = login(fgrContext, "fgr.analyst");

      // Search: the person, in Spanish, with its type, owner, TLP and the count by type.
      fgr.click("nav.main a:has-text('Inteligencia')");
      assertThat(fgr.locator("h1")).hasText("Inteligencia");
      fgr.fill("#q", surname);
      fgr.click("#intel-search button[type=submit]");
      Locator hit = fgr.locator(".result[data-id='" + person + "']");
      assertThat(hit).containsText(name);
      assertThat(hit.locator(".kind")).hasText("Persona");
      assertThat(hit.locator(".owner")).hasText("CBP-NTC");
      assertThat(hit.locator(".tlp")).hasText("TLP:AMBER");
      // Names match loosely (folded, phonetic), so other tests' people may be counted too.
      assertThat(fgr.locator("#counts")).containsText(Pattern.compile("Coincidencias: \\d+"));
      assertThat(fgr.locator("#counts .count[data-type=PERSON]"))
          .hasText(Pattern.compile("Persona · \\d+"));

      // The entity: the name, not the date of birth, which is withheld and can be asked for.
      hit.locator("h2 a").click();
      fgr.waitForURL("**/intelligence/entities/" + person);
      assertThat(fgr.locator("h1")).hasText(name);
      assertThat(fgr.locator("dd[data-field=paternalSurname]")).containsText(surname);
      assertThat(fgr.locator("dt[data-field=dateOfBirth]")).hasText("Fecha de nacimiento");
      assertThat(fgr.locator("dd[data-field=dateOfBirth] .withheld"))
          .hasText("retenido — en poder de CBP-NTC");
      assertThat(fgr.locator("dd[data-field=dateOfBirth] button")).hasText("Solicitar este campo");
      assertThat(fgr.locator("main")).not().containsText("1988");
      assertThat(fgr.locator(".label-panel h2")).hasText("Etiqueta de seguridad");
      Locator relation = fgr.locator("#relationships tbody tr");
      assertThat(relation).hasCount(1);
      assertThat(relation).containsText("usa");
      assertThat(relation).containsText("un registro en poder de RCMP");
      assertThat(relation).containsText("B2");
      assertThat(fgr.locator("#history")).containsText("Versión 1");
      assertThat(fgr.locator("#history")).containsText("Primera versión.");
      assertThat(fgr.locator("#history")).not().containsText("1988");

      // The graph: the person and a pointer to RCMP's phone, joined by "usa".
      fgr.click("#show-graph");
      Locator graph = fgr.locator("#intel-graph");
      assertThat(graph).hasAttribute("data-nodes", "2");
      assertThat(graph).hasAttribute("data-pointers", "1");
      assertThat(graph).hasAttribute("data-edges", "1");
      assertThat(graph.locator("canvas")).not().hasCount(0);
      assertThat(fgr.locator("#graph-status")).containsText("Entidades: 2; relaciones: 1.");
      assertThat(fgr.locator("#graph-nodes li.pointer")).containsText("puntero: RCMP");
      assertThat(fgr.locator("#graph-nodes")).containsText(name);
      // Clicking the pointer's node on the canvas opens its page. The layout may still be
      // settling, so the node's position is read again before each try.
      String where =
          """
          id => {
            const element = document.getElementById('intel-graph');
            const chart = echarts.getInstanceByDom(element);
            const data = chart.getModel().getSeriesByIndex(0).getData();
            for (let i = 0; i < data.count(); i++) {
              if (data.getRawDataItem(i).id === id) {
                const p = chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(i));
                const box = element.getBoundingClientRect();
                return [box.left + p[0], box.top + p[1]];
              }
            }
            return null;
          }
          """;
      boolean opened = false;
      for (int attempt = 0; attempt < 10 && !opened; attempt++) {
        // The click is in viewport coordinates: the canvas must be on screen.
        graph.scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) fgr.evaluate(where, phone);
        assertThat(at).as("the pointer's node is drawn").isNotNull();
        fgr.mouse().click(at.get(0).doubleValue(), at.get(1).doubleValue());
        try {
          fgr.waitForURL(
              "**/intelligence/entities/" + phone, new Page.WaitForURLOptions().setTimeout(3_000));
          opened = true;
        } catch (com.microsoft.playwright.TimeoutError notYet) {
          // The node had moved from under the click; read it again.
        }
      }
      assertThat(opened).as("the pointer's page opened").isTrue();

      // The pointer: who holds it and whom to ask, nothing of the number; ask for release.
      assertThat(fgr.locator(".pointer-badge")).isVisible();
      assertThat(fgr.locator("h1")).hasText("Existe un registro que usted no puede leer");
      assertThat(fgr.locator("p.held"))
          .hasText("Un registro en poder de RCMP (Canadá) — solicite su liberación");
      assertThat(fgr.locator("main")).not().containsText("555");
      fgr.fill("form.release-form input[name=purpose]", purpose);
      fgr.click("form.release-form button[type=submit]");
      fgr.waitForURL(Pattern.compile(".*/intelligence/releases\\?sent=.*"));
      assertThat(fgr.locator("#sent-ok")).containsText("Su solicitud fue enviada");
      Locator sent = fgr.locator("#sent tr.just-sent");
      assertThat(sent).containsText(purpose);
      assertThat(sent).containsText("RCMP");
      assertThat(sent.locator(".status")).hasText("Pendiente");
      String request = sent.getAttribute("data-id");

      // Hidden and nonexistent records answer alike.
      Response hiddenPage = fgr.navigate(node.base() + "/intelligence/entities/" + hidden);
      String hiddenText = fgr.locator("main h1").textContent();
      Response missingPage =
          fgr.navigate(node.base() + "/intelligence/entities/" + UUID.randomUUID());
      assertThat(hiddenPage.status()).isEqualTo(404);
      assertThat(missingPage.status()).isEqualTo(404);
      assertThat(fgr.locator("main h1").textContent()).isEqualTo(hiddenText);
      // The graph's data endpoint answers bad parameters with problem details.
      APIResponse bad =
          fgr.request().get(node.base() + "/intelligence/graph/data?id=" + person + "&depth=9");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.headers().get("content-type")).contains("application/problem+json");
      assertThat(bad.text()).contains("/depth");
      APIResponse hiddenGraph =
          fgr.request().get(node.base() + "/intelligence/graph/data?id=" + hidden);
      assertThat(hiddenGraph.status()).isEqualTo(404);

      // RCMP approves.
      BrowserContext rcmpContext =
          browser.newContext(new Browser.NewContextOptions().setLocale("en-CA"));
      Page rcmp = login(rcmpContext, "rcmp.analyst");
      rcmp.navigate(node.base() + "/intelligence/releases");
      Locator asked = rcmp.locator("#inbox tr[data-id='" + request + "']");
      assertThat(asked).containsText(purpose);
      assertThat(asked).containsText("FGR");
      assertThat(asked.locator(".status")).hasText("Pending");
      asked.locator("form.approve button").click();
      rcmp.waitForURL(Pattern.compile(".*/intelligence/releases.*"));
      assertThat(rcmp.locator("#inbox tr[data-id='" + request + "']"))
          .hasAttribute("data-status", "APPROVED");
      assertThat(rcmp.locator("#inbox tr[data-id='" + request + "'] .status")).hasText("Approved");
      rcmpContext.close();

      // Back as FGR: the request is approved and the number is there.
      fgr.navigate(node.base() + "/intelligence/releases");
      assertThat(fgr.locator("#sent tr[data-id='" + request + "'] .status")).hasText("Aprobada");
      fgr.navigate(node.base() + "/intelligence/entities/" + phone);
      assertThat(fgr.locator("h1")).hasText("+16135550142");
      assertThat(fgr.locator("dd[data-field=number]")).containsText("+16135550142");
      assertThat(fgr.locator(".pointer-badge")).hasCount(0);
      fgr.navigate(node.base() + "/intelligence/entities/" + person);
      assertThat(fgr.locator("#relationships tbody tr a")).hasText("+16135550142");
      // And the path finder joins the two in one step.
      fgr.navigate(
          node.base() + "/intelligence/graph?id=" + person + "&to=" + phone + "&maxLength=3");
      assertThat(fgr.locator("#intel-graph")).hasAttribute("data-paths", "1");
      assertThat(fgr.locator("#intel-graph")).hasAttribute("data-pointers", "0");
      assertThat(fgr.locator("#path-status")).containsText("Caminos más cortos encontrados: 1");
      fgrContext.close();
    }
  }

  @Test
  void aWithheldFieldIsAskedForOnceAndItsOwnerRefusesSayingWhy() {
    String surname = surname();
    String person =
        created(
            node.as("ntc.officer")
                .post(
                    "/api/v1/entities",
                    """
                    {"type":"PERSON","givenNames":"Nayeli","paternalSurname":"%s",
                     "dateOfBirth":"1991-11-03","nationality":["MEX"],
                     "label":{"releasableTo":["USA","MEX"],%s,"outsiders":"POINTER"},
                     "fieldLabels":{"dateOfBirth":
                       {"releasableTo":["USA"],%s,"outsiders":"POINTER"}}}
                    """
                        .formatted(surname, AMBER_LE, AMBER_LE)));
    String purpose = "Carpeta sintética " + surname;
    try (Playwright playwright = Browsers.playwright();
        Browser browser = Browsers.chromium(playwright)) {
      BrowserContext fgrContext = browser.newContext();
      Page fgr = login(fgrContext, "fgr.analyst");
      fgr.navigate(node.base() + "/intelligence/entities/" + person);
      assertThat(fgr.locator("dd[data-field=nationality]")).hasText("México (MEX)");
      Locator dob = fgr.locator("dd[data-field=dateOfBirth]");
      dob.locator("input[name=purpose]").fill(purpose);
      dob.locator("button[type=submit]").click();
      fgr.waitForURL(Pattern.compile(".*/intelligence/releases\\?sent=.*"));
      Locator sent = fgr.locator("#sent tr.just-sent");
      assertThat(sent).containsText("campo de un registro de inteligencia");
      assertThat(sent).containsText("Fecha de nacimiento");
      assertThat(sent.locator(".status")).hasText("Pendiente");
      String request = sent.getAttribute("data-id");
      // Asking again while the first request is pending sends nothing and says why.
      fgr.navigate(node.base() + "/intelligence/entities/" + person);
      dob.locator("input[name=purpose]").fill(purpose);
      dob.locator("button[type=submit]").click();
      assertThat(fgr.locator("#request-conflict")).containsText("ya tiene una solicitud pendiente");

      // The owner's security officer refuses; without a reason the refusal is not recorded.
      BrowserContext usaContext = browser.newContext();
      Page usa = login(usaContext, "usa.security");
      usa.navigate(node.base() + "/intelligence/releases");
      Locator asked = usa.locator("#inbox tr[data-id='" + request + "']");
      assertThat(asked).containsText("Date of birth");
      assertThat(asked.locator("details.narrow")).hasCount(0);
      asked.locator("details.refuse summary").click();
      asked.locator("details.refuse button").click();
      assertThat(usa.locator("#decision-problems")).containsText("/reason");
      asked = usa.locator("#inbox tr[data-id='" + request + "']");
      asked.locator("details.refuse summary").click();
      asked.locator("details.refuse input[name=reason]").fill("Kept to US partners.");
      asked.locator("details.refuse button").click();
      assertThat(usa.locator("#inbox tr[data-id='" + request + "'] .status")).hasText("Refused");
      // The owner sees the field under its own label, and the history with it.
      usaContext.close();
      BrowserContext ntcContext = browser.newContext();
      Page ntc = login(ntcContext, "ntc.officer");
      ntc.navigate(node.base() + "/intelligence/entities/" + person);
      Locator own = ntc.locator("dd[data-field=dateOfBirth]");
      assertThat(own.locator(".value")).hasText("1991-11-03");
      assertThat(own.locator(".own-label .tlp")).hasText("TLP:AMBER");
      assertThat(own.locator(".own-label")).containsText("United States agencies");
      assertThat(ntc.locator("#history")).containsText("1991-11-03");
      ntcContext.close();

      fgr.navigate(node.base() + "/intelligence/releases");
      Locator refused = fgr.locator("#sent tr[data-id='" + request + "']");
      assertThat(refused.locator(".status")).hasText("Rechazada");
      assertThat(refused).containsText("Motivo: Kept to US partners.");
      fgrContext.close();
    }
  }
}
