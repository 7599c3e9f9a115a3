package org.puente.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Account;
import org.puente.governance.AccountChange;
import org.puente.governance.Accounts;
import org.puente.governance.Agencies;
import org.puente.governance.ApiTokens;
import org.puente.governance.Caller;
import org.puente.governance.Country;
import org.puente.governance.Forbidden;
import org.puente.governance.Labels;
import org.puente.governance.NotFound;
import org.puente.governance.Rejected;
import org.puente.governance.Role;
import org.puente.web.LabelForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Agencies, accounts and tokens, for administrators only. */
@Controller
class AdminPages {

  private final Agencies agencies;
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final Labels labels;
  private final LabelForms forms;

  AdminPages(
      Agencies agencies, Accounts accounts, ApiTokens tokens, Labels labels, LabelForms forms) {
    this.agencies = agencies;
    this.accounts = accounts;
    this.tokens = tokens;
    this.labels = labels;
    this.forms = forms;
  }

  @GetMapping("/admin/agencies")
  String agencies(Caller admin, Model model) {
    requireAdmin(admin);
    model.addAttribute("agencies", agencies.all());
    model.addAttribute("countries", Country.values());
    return "admin/agencies";
  }

  @PostMapping("/admin/agencies")
  String createAgency(
      Caller admin,
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String country,
      @RequestParam(defaultValue = "") String contactPoint,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      agencies.create(admin, code.strip(), name, country, contactPoint);
      redirect.addFlashAttribute("done", code.strip());
    } catch (Rejected e) {
      redirect.addFlashAttribute("problems", forms.texts(e.violations(), locale(request)));
    }
    return "redirect:/admin/agencies";
  }

  @PostMapping("/admin/agencies/{code}")
  String updateAgency(
      Caller admin,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String contactPoint,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      agencies.update(admin, code, name, contactPoint);
      redirect.addFlashAttribute("done", code);
    } catch (Rejected e) {
      redirect.addFlashAttribute("problems", forms.texts(e.violations(), locale(request)));
    }
    return "redirect:/admin/agencies";
  }

  @GetMapping("/admin/accounts")
  String accounts(Caller admin, Model model) {
    requireAdmin(admin);
    List<Account> all = accounts.all();
    model.addAttribute("accounts", all);
    model.addAttribute(
        "locked",
        all.stream()
            .filter(a -> accounts.lockedUntil(a.id()).isPresent())
            .map(Account::id)
            .toList());
    choices(model);
    return "admin/accounts";
  }

  @GetMapping("/admin/accounts/{id}")
  String account(Caller admin, @PathVariable UUID id, Model model) {
    requireAdmin(admin);
    Account account = accounts.byId(id).orElseThrow(() -> new NotFound("account"));
    model.addAttribute("account", account);
    model.addAttribute("lockedUntil", accounts.lockedUntil(id).orElse(null));
    choices(model);
    return "admin/account";
  }

  @PostMapping("/admin/accounts")
  String create(
      Caller admin,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String agency,
      @RequestParam(required = false) @Nullable List<String> roles,
      @RequestParam(required = false) @Nullable List<String> communities,
      @RequestParam(defaultValue = "en") String locale,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      Account created =
          accounts.create(
              admin,
              new AccountChange(
                  username.strip(),
                  displayName,
                  agency,
                  roles(roles),
                  communities == null ? Set.of() : new TreeSet<>(communities),
                  Locale.forLanguageTag(locale),
                  true,
                  password));
      return "redirect:/admin/accounts/" + created.id();
    } catch (Rejected e) {
      redirect.addFlashAttribute("problems", forms.texts(e.violations(), locale(request)));
      return "redirect:/admin/accounts";
    }
  }

  @PostMapping("/admin/accounts/{id}")
  String update(
      Caller admin,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(required = false) @Nullable List<String> roles,
      @RequestParam(required = false) @Nullable List<String> communities,
      @RequestParam(defaultValue = "en") String locale,
      @RequestParam(defaultValue = "false") boolean enabled,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      accounts.update(
          admin,
          id,
          new AccountChange(
              null,
              displayName.isBlank() ? null : displayName,
              null,
              roles(roles),
              communities == null ? Set.of() : new TreeSet<>(communities),
              Locale.forLanguageTag(locale),
              enabled,
              password.isBlank() ? null : password));
      redirect.addFlashAttribute("done", true);
    } catch (Rejected e) {
      redirect.addFlashAttribute("problems", forms.texts(e.violations(), locale(request)));
    }
    return "redirect:/admin/accounts/" + id;
  }

  @PostMapping("/admin/accounts/{id}/unlock")
  String unlock(Caller admin, @PathVariable UUID id, RedirectAttributes redirect) {
    accounts.unlock(admin, id);
    redirect.addFlashAttribute("done", true);
    return "redirect:/admin/accounts/" + id;
  }

  @GetMapping("/admin/tokens")
  String tokens(Caller admin, Model model) {
    model.addAttribute("tokens", tokens.all(admin));
    model.addAttribute("now", java.time.Instant.now());
    return "admin/tokens";
  }

  @PostMapping("/admin/tokens/{id}/revoke")
  String revoke(Caller admin, @PathVariable UUID id) {
    requireAdmin(admin);
    tokens.revoke(admin, id);
    return "redirect:/admin/tokens";
  }

  private void choices(Model model) {
    model.addAttribute("agencies", agencies.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("communities", labels.communities());
  }

  private static Set<Role> roles(@Nullable List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String name : names) {
        Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(roles::add);
      }
    }
    return roles;
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.account().has(Role.ADMIN)) {
      throw new Forbidden();
    }
  }

  private static Locale locale(HttpServletRequest request) {
    return RequestContextUtils.getLocale(request);
  }
}
