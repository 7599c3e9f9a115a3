package org.puente.web.bulletins;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.bulletins.Bulletin;
import org.puente.bulletins.BulletinKind;
import org.puente.bulletins.Bulletins;
import org.puente.governance.Caller;
import org.puente.governance.Disclosed;
import org.puente.governance.Labels;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.web.LabelForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Bulletin pages: search, read, and issue with the label picker. */
@Controller
class BulletinPages {

  private final Bulletins bulletins;
  private final Labels labels;
  private final LabelForms forms;

  BulletinPages(Bulletins bulletins, Labels labels, LabelForms forms) {
    this.bulletins = bulletins;
    this.labels = labels;
    this.forms = forms;
  }

  @GetMapping("/bulletins")
  String list(Caller caller, @RequestParam(required = false) @Nullable String q, Model model) {
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("items", bulletins.search(caller, q, 50, 0));
    return "bulletins/list";
  }

  @GetMapping("/bulletins/results")
  String results(Caller caller, @RequestParam(required = false) @Nullable String q, Model model) {
    model.addAttribute("items", bulletins.search(caller, q, 50, 0));
    return "bulletins/list :: results";
  }

  @GetMapping("/bulletins/{id}")
  String view(Caller caller, @PathVariable UUID id, HttpServletRequest request, Model model) {
    Disclosed<Bulletin> disclosed =
        bulletins.find(caller, id).orElseThrow(() -> new NotFound("bulletin"));
    model.addAttribute("item", disclosed);
    if (disclosed instanceof Disclosed.Shown<Bulletin> shown) {
      Locale locale = RequestContextUtils.getLocale(request);
      model.addAttribute(
          "labelLines", labels.describe(shown.label().label(), shown.label().owner(), locale));
    }
    return "bulletins/view";
  }

  @GetMapping("/bulletins/new")
  String form(Caller caller, HttpServletRequest request, Model model) {
    forms.choices(model);
    model.addAttribute("kinds", BulletinKind.values());
    model.addAttribute("form", new BulletinForm("INTELLIGENCE", "", ""));
    String country = caller.country().name();
    java.util.Map<String, String[]> defaults =
        java.util.Map.of(
            "releasableTo", new String[] {country},
            "statistics", new String[] {country},
            "tlp", new String[] {"AMBER"},
            "handling", new String[] {"H2"},
            "outsiders", new String[] {"NOTHING"});
    model.addAttribute("selected", defaults);
    forms.explain(caller, defaults, request, model);
    return "bulletins/new";
  }

  @PostMapping("/bulletins")
  String issue(
      Caller caller,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String body,
      HttpServletRequest request,
      Model model) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("kind", kind);
    if (!title.isBlank()) {
      json.put("title", title);
    }
    if (!body.isBlank()) {
      json.put("body", body);
    }
    json.set("label", forms.json(request.getParameterMap()));
    try {
      Disclosed.Shown<Bulletin> issued = bulletins.issue(caller, json);
      return "redirect:/bulletins/" + issued.id();
    } catch (Rejected e) {
      forms.choices(model);
      forms.explain(caller, request.getParameterMap(), request, model);
      model.addAttribute("kinds", BulletinKind.values());
      model.addAttribute("form", new BulletinForm(kind, title, body));
      model.addAttribute(
          "problems", forms.texts(e.violations(), RequestContextUtils.getLocale(request)));
      model.addAttribute("selected", request.getParameterMap());
      return "bulletins/new";
    }
  }

  /** What the person typed, to show again when the form is refused. */
  record BulletinForm(String kind, String title, String body) {}
}
