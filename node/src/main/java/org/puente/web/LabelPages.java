package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import org.puente.governance.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;

/** The label picker's live explanation, shared by every form that labels a record. */
@Controller
class LabelPages {

  private final LabelForms forms;

  LabelPages(LabelForms forms) {
    this.forms = forms;
  }

  @PostMapping("/labels/describe")
  String describe(Caller caller, HttpServletRequest request, Model model) {
    forms.explain(caller, request.getParameterMap(), request, model);
    return "fragments/label :: description";
  }
}
