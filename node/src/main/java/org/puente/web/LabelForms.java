package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.puente.governance.Agencies;
import org.puente.governance.Agency;
import org.puente.governance.Caller;
import org.puente.governance.Label;
import org.puente.governance.Labels;
import org.puente.governance.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The label picker: turns its form fields into the same JSON the API takes, so that a label is
 * checked by one rule set whichever way it arrives, and explains a label in words as it is picked.
 */
@Component
public class LabelForms {

  private static final List<String> MULTI = List.of("releasableTo", "communities", "statistics");
  private static final List<String> SINGLE =
      List.of("handling", "handlingText", "tlp", "outsiders", "retainUntil", "evaluation");

  private final Labels labels;
  private final Agencies agencies;
  private final MessageSource messages;

  LabelForms(Labels labels, Agencies agencies, MessageSource messages) {
    this.labels = labels;
    this.agencies = agencies;
    this.messages = messages;
  }

  /** The label JSON from form fields named like the API's members. */
  public ObjectNode json(Map<String, String[]> params) {
    ObjectNode label = JsonNodeFactory.instance.objectNode();
    for (String name : MULTI) {
      String[] values = params.get(name);
      if (values != null) {
        ArrayNode array = label.putArray(name);
        for (String v : values) {
          if (!v.isBlank()) {
            array.add(v.strip());
          }
        }
      }
    }
    for (String name : SINGLE) {
      String[] values = params.get(name);
      String value = values == null || values.length == 0 ? null : values[0];
      if (value != null && !value.isBlank()) {
        label.put(name, value.strip());
      }
    }
    return label;
  }

  /** What the picker needs: agencies, communities and the choices of each part. */
  public void choices(Model model) {
    List<Agency> all = agencies.all();
    model.addAttribute("agencies", all);
    model.addAttribute("communities", labels.communities());
    model.addAttribute("countryChoices", org.puente.governance.Country.values());
    model.addAttribute("tlpChoices", org.puente.governance.Tlp.values());
    model.addAttribute("handlingChoices", org.puente.governance.Handling.values());
    model.addAttribute("outsiderChoices", org.puente.governance.Outsiders.values());
  }

  /** The label in words, or the problems with it, for the live description next to the picker. */
  public void explain(
      Caller caller, Map<String, String[]> params, HttpServletRequest request, Model model) {
    List<Violation> violations = new ArrayList<>();
    Label label = labels.read(json(params), "/label", caller.agency(), violations);
    Locale locale = RequestContextUtils.getLocale(request);
    model.addAttribute("labelProblems", texts(violations, locale));
    if (label != null) {
      model.addAttribute("labelLines", labels.describe(label, caller.agency(), locale));
      model.addAttribute("labelTlp", label.tlp());
    }
  }

  /** Violations as (field, text) pairs in the reader's language. */
  public Map<String, String> texts(List<Violation> violations, Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Violation v : violations) {
      String text =
          Objects.requireNonNullElse(
              messages.getMessage(v.code(), v.args().toArray(), v.code(), locale), v.code());
      texts.merge(v.pointer().isEmpty() ? "/" : v.pointer(), text, (a, b) -> a + " " + b);
    }
    return texts;
  }
}
