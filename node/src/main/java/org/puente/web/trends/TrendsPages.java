package org.puente.web.trends;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.registry.SubstanceClass;
import org.puente.governance.Caller;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.puente.trends.Alerts;
import org.puente.trends.Subscriptions;
import org.puente.trends.TrendQuery;
import org.puente.trends.Trends;
import org.puente.web.LabelForms;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trends dashboard: map, series and distribution of what the reader may count, the alert feed,
 * and the reader's subscriptions and notifications.
 */
@Controller
class TrendsPages {

  private final Trends trends;
  private final Alerts alerts;
  private final Subscriptions subscriptions;
  private final LabelForms forms;
  private final org.springframework.context.MessageSource messages;

  TrendsPages(
      Trends trends,
      Alerts alerts,
      Subscriptions subscriptions,
      LabelForms forms,
      org.springframework.context.MessageSource messages) {
    this.messages = messages;
    this.trends = trends;
    this.alerts = alerts;
    this.subscriptions = subscriptions;
    this.forms = forms;
  }

  /**
   * Public context series the dashboard can draw beside a trend: the dataset, measure and unit of
   * each (monthly sources only, so the layer lines up with weeks and months).
   */
  private static final Map<String, List<String>> LAYERS =
      new java.util.TreeMap<>(
          Map.of(
              "cbp-fentanyl", List.of("cbp-seizures", "fentanyl", "lb"),
              "cdc-synthetic-opioids", List.of("cdc-overdoses", "synthetic-opioids", "deaths")));

  @GetMapping("/trends")
  String dashboard(
      Caller caller,
      @RequestParam Map<String, String> params,
      HttpServletRequest request,
      Model model) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String name : Trends.PARAMETERS) {
      String v = params.get(name);
      if (v != null && !v.isBlank()) {
        query.put(name, v.strip());
      }
    }
    if (!query.containsKey("measure")) {
      query.put("measure", "share");
    }
    if (!query.containsKey("substance")
        && !query.containsKey("class")
        && !query.containsKey("form")
        && !query.containsKey("route")) {
      query.put("substance", "fentanyl");
    }
    java.util.Locale locale = RequestContextUtils.getLocale(request);
    String layer = params.getOrDefault("layer", "").strip();
    try {
      TrendQuery q = trends.read(query);
      query.putIfAbsent("from", q.from().toString());
      query.putIfAbsent("to", q.to().toString());
      if (!layer.isEmpty() && !LAYERS.containsKey(layer)) {
        throw new Rejected(Violation.of("/layer", "trends.layer.unknown", layer));
      }
    } catch (Rejected e) {
      model.addAttribute("problems", forms.texts(e.violations(), locale));
    }
    model.addAttribute("q", query);
    model.addAttribute("layer", layer);
    model.addAttribute("layers", LAYERS.keySet());
    model.addAttribute("config", config(query, locale, LAYERS.get(layer), layer));
    model.addAttribute("classes", SubstanceClass.values());
    model.addAttribute("formTypes", Trends.FORMS);
    LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(90);
    String s = params.get("since");
    if (s != null && !s.isBlank()) {
      try {
        since = LocalDate.parse(s.strip());
      } catch (java.time.format.DateTimeParseException e) {
        // An unreadable day falls back to the default; the API names it as a bad field.
      }
    }
    model.addAttribute("since", since);
    model.addAttribute("feed", alerts.since(caller, since));
    model.addAttribute("subscriptions", subscriptions.of(caller));
    model.addAttribute("notifications", subscriptions.notifications(caller, 20));
    return "trends/dashboard";
  }

  /** What the dashboard's script needs: the query and every text it shows, translated. */
  private String config(
      Map<String, String> query,
      java.util.Locale locale,
      @Nullable List<String> layer,
      String name) {
    ObjectNode config = JsonNodeFactory.instance.objectNode();
    ObjectNode q = config.putObject("query");
    query.forEach(q::put);
    if (layer != null) {
      ObjectNode l = config.putObject("layer");
      l.put("kind", layer.get(0)).put("measure", layer.get(1)).put("unit", layer.get(2));
      l.put("name", messages.getMessage("trends.layer." + name, null, locale));
    }
    ObjectNode labels = config.putObject("labels");
    for (String key :
        List.of(
            "suppressed",
            "noData",
            "reports",
            "value",
            "region",
            "period",
            "median",
            "q1",
            "q3",
            "count",
            "share",
            "purity",
            "mgPerTablet",
            "n",
            "alert",
            "iqr",
            "low",
            "high",
            "context",
            "attribution",
            "ports")) {
      labels.put(key, messages.getMessage("trends.chart." + key, null, locale));
    }
    // Keep the JSON inert inside its script element.
    return config.toString().replace("<", "\\u003c");
  }

  @PostMapping("/trends/subscriptions")
  String subscribe(
      Caller caller,
      @RequestParam Map<String, String> params,
      HttpServletRequest request,
      Model model) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (String name : List.of("substance", "class", "form", "country", "region", "email")) {
      String v = params.get(name);
      if (v != null && !v.isBlank()) {
        body.put(name, v.strip());
      }
    }
    List<String> kinds = new ArrayList<>();
    for (String k : List.of("FIRST_DETECTION", "INCREASE")) {
      if (params.containsKey("kind." + k)) {
        kinds.add(k);
      }
    }
    if (!kinds.isEmpty()) {
      var array = body.putArray("kinds");
      kinds.forEach(array::add);
    }
    String url = params.get("webhookUrl");
    if (url != null && !url.isBlank()) {
      ObjectNode webhook = body.putObject("webhook");
      webhook.put("url", url.strip());
      String secret = params.get("webhookSecret");
      if (secret != null && !secret.isBlank()) {
        webhook.put("secret", secret);
      }
    }
    try {
      subscriptions.subscribe(caller, body);
    } catch (Rejected e) {
      Map<String, String> echo = new HashMap<>(params);
      echo.remove("webhookSecret");
      model.addAttribute(
          "subscriptionProblems",
          forms.texts(e.violations(), RequestContextUtils.getLocale(request)));
      model.addAttribute("subscriptionForm", echo);
      return dashboard(caller, Map.of(), request, model);
    }
    return "redirect:/trends#subscriptions";
  }

  @PostMapping("/trends/subscriptions/{id}/delete")
  String unsubscribe(Caller caller, @PathVariable UUID id) {
    subscriptions.unsubscribe(caller, id);
    return "redirect:/trends#subscriptions";
  }

  @PostMapping("/trends/notifications/read")
  String read(Caller caller) {
    subscriptions.markRead(caller);
    return "redirect:/trends#notifications";
  }

  /**
   * The dashboard's data, for the signed-in page: the same answers as the API's series and map, bad
   * parameters answered as problem details naming each field.
   */
  @RestController
  static class Data {

    private final TrendsApi api;

    Data(TrendsApi api) {
      this.api = api;
    }

    @GetMapping(path = "/trends/data/series", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> series(Caller caller, @RequestParam Map<String, String> params) {
      return api.series(caller, params);
    }

    @GetMapping(path = "/trends/data/map", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> map(Caller caller, @RequestParam Map<String, String> params) {
      return api.map(caller, params);
    }

    @GetMapping(path = "/trends/data/ports", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> ports(Caller caller, @RequestParam Map<String, String> params) {
      return api.ports(caller, params);
    }
  }
}
