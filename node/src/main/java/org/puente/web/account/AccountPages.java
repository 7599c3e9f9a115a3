package org.puente.web.account;

import java.util.UUID;
import org.puente.governance.ApiTokens;
import org.puente.governance.Caller;
import org.puente.governance.Rejected;
import org.puente.web.LabelForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The account page: who you are and your API tokens. */
@Controller
class AccountPages {

  private final ApiTokens tokens;
  private final LabelForms forms;

  AccountPages(ApiTokens tokens, LabelForms forms) {
    this.tokens = tokens;
    this.forms = forms;
  }

  @GetMapping("/account")
  String account(Caller caller, Model model) {
    model.addAttribute("caller", caller);
    model.addAttribute("tokens", tokens.of(caller.account().id()));
    model.addAttribute("now", java.time.Instant.now());
    return "account/account";
  }

  @PostMapping("/account/tokens")
  String issue(
      Caller caller,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "90") int days,
      jakarta.servlet.http.HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      ApiTokens.Issued issued = tokens.issue(caller, name, days);
      redirect.addFlashAttribute("secret", issued.secret());
    } catch (Rejected e) {
      redirect.addFlashAttribute(
          "problems", forms.texts(e.violations(), RequestContextUtils.getLocale(request)));
    }
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(Caller caller, @PathVariable UUID id) {
    tokens.revoke(caller, id);
    return "redirect:/account";
  }
}
