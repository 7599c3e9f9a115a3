package org.puente.web.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.puente.governance.AuditTrail;
import org.puente.governance.Caller;
import org.puente.governance.Forbidden;
import org.puente.protocol.log.Leaf;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.LogFilter;
import org.puente.transparency.TransparencyLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit explorer, per-record access history and checkpoint history, for security officers. */
@Controller
class AuditPages {

  static final int PAGE = 100;

  private final AuditTrail audit;
  private final TransparencyLog log;

  AuditPages(AuditTrail audit, TransparencyLog log) {
    this.audit = audit;
    this.log = log;
  }

  /**
   * One row of the explorer.
   *
   * @param index the leaf index
   * @param leafHash the leaf hash, base64
   * @param entry the entry, when the reader may read it
   * @param subjects the records it concerns, as text
   */
  record Row(long index, String leafHash, @Nullable LogEntry entry, String subjects) {}

  @GetMapping("/audit")
  String explore(
      Caller caller,
      @RequestParam(required = false) @Nullable String record,
      @RequestParam(required = false) @Nullable String user,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!audit.permitted(caller)) {
      throw new Forbidden();
    }
    LogFilter filter =
        new LogFilter(
            blank(record),
            blank(user),
            blank(agency),
            blank(action),
            day(from, 0),
            day(to, 1),
            null);
    List<Leaf> leaves = audit.search(caller, filter, PAGE, Math.max(page, 0) * PAGE);
    model.addAttribute("rows", rows(leaves));
    model.addAttribute("page", Math.max(page, 0));
    model.addAttribute("more", leaves.size() == PAGE);
    model.addAttribute("hosting", audit.hosting(caller));
    model.addAttribute("size", log.size());
    model.addAttribute(
        "filter",
        java.util.Map.of(
            "record",
            text(record),
            "user",
            text(user),
            "agency",
            text(agency),
            "action",
            text(action),
            "from",
            text(from),
            "to",
            text(to)));
    model.addAttribute(
        "actions",
        List.of(
            "READ",
            "SEARCH_HIT",
            "POINTER_SHOWN",
            "EXPORT",
            "AGGREGATE",
            "CREATE",
            "UPDATE",
            "RELEASE",
            "LABEL_CHANGE",
            "LOGIN",
            "LOGIN_FAILED",
            "LOGOUT",
            "PURGE",
            "ACCOUNT_CHANGE",
            "TOKEN_ISSUED",
            "TOKEN_REVOKED",
            "SCREENING",
            "MATCH_DECISION"));
    return "audit/explore";
  }

  @GetMapping("/audit/checkpoints")
  String checkpoints(Caller caller, Model model) {
    if (!audit.permitted(caller)) {
      throw new Forbidden();
    }
    model.addAttribute("checkpoints", log.checkpoints(50));
    model.addAttribute("vkey", log.vkey());
    return "audit/checkpoints";
  }

  static List<Row> rows(List<Leaf> leaves) {
    return leaves.stream()
        .map(leaf ->
            new Row(
                leaf.index(),
                Base64.getEncoder().encodeToString(leaf.leafHash()),
                leaf.entry().orElse(null),
                leaf.entry()
                    .map(e ->
                        String.join(", ", e.objects().stream().map(AuditPages::subject).toList()))
                    .orElse("")))
        .toList();
  }

  private static String subject(ObjectRef o) {
    return o.type() + " " + o.id() + (o.owner() == null ? "" : " (" + o.owner() + ")");
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** The start of the given day (plus {@code days}), UTC; nothing for a blank or bad date. */
  private static @Nullable Instant day(@Nullable String value, int days) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip()).plusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
