package org.puente.web;

import java.util.Arrays;
import org.puente.governance.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The login page, the home page and the problem-type pages. */
@Controller
class Pages {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(Caller caller, Model model) {
    model.addAttribute("caller", caller);
    return "home";
  }

  @GetMapping("/problems/{slug}")
  String problem(@PathVariable String slug, Model model) {
    ProblemType type =
        Arrays.stream(ProblemType.values())
            .filter(t -> t.slug().equals(slug))
            .findFirst()
            .orElseThrow(
                () -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    model.addAttribute("problem", type);
    return "problem";
  }
}
