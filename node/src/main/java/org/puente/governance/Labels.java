package org.puente.governance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Reads, checks, registers and explains security labels. A label is checked against the node's
 * agencies and communities and must agree with itself: its TLP with its releasability, and it may
 * not hide a record from its own owner.
 */
@Service
public class Labels {

  static final int MAX_TEXT = 500;
  private static final Set<String> MEMBERS =
      Set.of(
          "releasableTo",
          "communities",
          "handling",
          "handlingText",
          "tlp",
          "outsiders",
          "statistics",
          "retainUntil",
          "evaluation");

  private final LabelStore store;
  private final Agencies agencies;
  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final java.time.Clock clock;

  Labels(
      LabelStore store,
      Agencies agencies,
      JdbcClient jdbc,
      MessageSource messages,
      java.time.Clock clock) {
    this.store = store;
    this.agencies = agencies;
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  /** The communities a label may name. */
  public List<String> communities() {
    return jdbc.sql("SELECT code FROM governance.community ORDER BY code")
        .query((rs, n) -> java.util.Objects.requireNonNull(rs.getString(1)))
        .list();
  }

  /**
   * Reads the label at {@code pointer} of a request for a record owned by {@code owner}; adds every
   * problem to {@code violations} and returns null when there is one.
   */
  public @Nullable Label read(
      @Nullable JsonNode node, String pointer, String owner, List<Violation> violations) {
    int before = violations.size();
    if (node == null || node.isNull() || node.isMissingNode()) {
      violations.add(Violation.of(pointer, "label.required"));
      return null;
    }
    if (!node.isObject()) {
      violations.add(Violation.of(pointer, "label.notObject"));
      return null;
    }
    for (String name : node.propertyNames()) {
      if (!MEMBERS.contains(name)) {
        violations.add(Violation.of(Violation.pointer(pointer, name), "field.unknown", name));
      }
    }
    Set<Country> countries = EnumSet.noneOf(Country.class);
    Set<String> releasableAgencies = new TreeSet<>();
    JsonNode releasable = node.get("releasableTo");
    String relPointer = pointer + "/releasableTo";
    if (releasable == null || releasable.isNull()) {
      violations.add(Violation.of(relPointer, "label.releasableTo.required"));
    } else {
      for (String code : strings(releasable, relPointer, violations)) {
        Optional<Country> country = Country.parse(code);
        if (country.isPresent()) {
          countries.add(country.get());
        } else if (agencies.find(code).isPresent()) {
          releasableAgencies.add(code);
        } else {
          violations.add(Violation.of(relPointer, "label.releasableTo.unknown", code));
        }
      }
      if (releasable.isArray() && releasable.isEmpty()) {
        violations.add(Violation.of(relPointer, "label.releasableTo.empty"));
      }
    }
    Set<String> communities = new TreeSet<>();
    JsonNode groups = node.get("communities");
    if (groups != null && !groups.isNull()) {
      List<String> known = communities();
      for (String code : strings(groups, pointer + "/communities", violations)) {
        if (known.contains(code)) {
          communities.add(code);
        } else {
          violations.add(Violation.of(pointer + "/communities", "label.community.unknown", code));
        }
      }
    }
    Handling handling =
        enumMember(node, "handling", pointer, Handling.H2, violations, Handling::valueOf);
    String handlingText = optionalText(node, "handlingText", pointer, violations);
    if (handling == Handling.H3 && handlingText == null) {
      violations.add(Violation.of(pointer + "/handlingText", "label.handlingText.required"));
    } else if (handling != Handling.H3 && handlingText != null) {
      violations.add(Violation.of(pointer + "/handlingText", "label.handlingText.onlyH3"));
    }
    Tlp tlp = null;
    JsonNode tlpNode = node.get("tlp");
    if (tlpNode == null || tlpNode.isNull()) {
      violations.add(Violation.of(pointer + "/tlp", "label.tlp.required"));
    } else if (!tlpNode.isString() || Tlp.parse(tlpNode.asString()).isEmpty()) {
      violations.add(Violation.of(pointer + "/tlp", "label.tlp.unknown", tlpNode.toString()));
    } else {
      tlp = Tlp.parse(tlpNode.asString()).orElseThrow();
    }
    Outsiders outsiders =
        enumMember(node, "outsiders", pointer, Outsiders.NOTHING, violations, Outsiders::valueOf);
    Set<Country> statistics = EnumSet.noneOf(Country.class);
    JsonNode stats = node.get("statistics");
    if (stats != null && !stats.isNull()) {
      for (String code : strings(stats, pointer + "/statistics", violations)) {
        Country.parse(code)
            .ifPresentOrElse(
                statistics::add,
                () ->
                    violations.add(Violation.of(pointer + "/statistics", "country.unknown", code)));
      }
    }
    LocalDate retainUntil = null;
    String retain = optionalText(node, "retainUntil", pointer, violations);
    if (retain != null) {
      try {
        retainUntil = LocalDate.parse(retain);
        if (!retainUntil.isAfter(LocalDate.now(clock))) {
          violations.add(Violation.of(pointer + "/retainUntil", "label.retainUntil.past", retain));
        }
      } catch (DateTimeParseException e) {
        violations.add(Violation.of(pointer + "/retainUntil", "date.invalid", retain));
      }
    }
    Evaluation evaluation = null;
    String eval = optionalText(node, "evaluation", pointer, violations);
    if (eval != null) {
      evaluation = Evaluation.parse(eval).orElse(null);
      if (evaluation == null) {
        violations.add(Violation.of(pointer + "/evaluation", "label.evaluation.invalid", eval));
      }
    }
    boolean releasabilityRead =
        violations.stream()
            .noneMatch(v ->
                v.pointer().startsWith(relPointer)
                    || v.pointer().startsWith(pointer + "/communities"));
    if (tlp != null
        && releasabilityRead
        && !(countries.isEmpty() && releasableAgencies.isEmpty())) {
      agreement(countries, releasableAgencies, communities, tlp, outsiders, pointer)
          .ifPresent(violations::add);
      Agency ownerAgency =
          agencies
              .find(owner)
              .orElseThrow(() -> new IllegalStateException("records are owned by agencies"));
      if (!countries.contains(ownerAgency.country()) && !releasableAgencies.contains(owner)) {
        violations.add(Violation.of(relPointer, "label.hidesOwner", owner));
      }
    }
    if (violations.size() > before || tlp == null) {
      return null;
    }
    return new Label(
        new TreeSet<>(countries),
        new TreeSet<>(releasableAgencies),
        new TreeSet<>(communities),
        handling,
        handlingText,
        tlp,
        outsiders,
        new TreeSet<>(statistics),
        retainUntil,
        evaluation);
  }

  /**
   * Checks that a label agrees with itself. TLP 2.0 meanings, applied to releasability:
   *
   * <ul>
   *   <li>CLEAR — no limit: all three countries and no community restriction;
   *   <li>GREEN — the whole community: all three countries;
   *   <li>AMBER — the recipients' organisations: any releasability;
   *   <li>AMBER+STRICT — the recipients' organisation only: named agencies, no whole countries;
   *   <li>RED — named recipients only: named agencies, and outsiders see nothing.
   * </ul>
   */
  static Optional<Violation> agreement(
      Set<Country> countries,
      Set<String> agencies,
      Set<String> communities,
      Tlp tlp,
      Outsiders outsiders,
      String pointer) {
    boolean everyCountry = countries.containsAll(EnumSet.allOf(Country.class));
    String tlpPointer = pointer + "/tlp";
    switch (tlp) {
      case CLEAR -> {
        if (!everyCountry || !communities.isEmpty()) {
          return Optional.of(Violation.of(tlpPointer, "label.tlp.clear"));
        }
      }
      case GREEN -> {
        if (!everyCountry) {
          return Optional.of(Violation.of(tlpPointer, "label.tlp.green"));
        }
      }
      case AMBER -> {}
      case AMBER_STRICT -> {
        if (!countries.isEmpty()) {
          return Optional.of(Violation.of(tlpPointer, "label.tlp.amberStrict"));
        }
      }
      case RED -> {
        if (!countries.isEmpty() || outsiders != Outsiders.NOTHING) {
          return Optional.of(Violation.of(tlpPointer, "label.tlp.red"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether every reader {@code inner} admits is also admitted by {@code outer}, for records of the
   * same owner: a field's label may be stricter than its record's, never looser. An agency named by
   * {@code inner} is within {@code outer} when {@code outer} names it or its country.
   */
  public boolean within(Label inner, Label outer) {
    for (Country c : inner.countries()) {
      if (!outer.countries().contains(c)) {
        return false;
      }
    }
    for (String a : inner.agencies()) {
      boolean admitted =
          outer.agencies().contains(a)
              || agencies.find(a).map(x -> outer.countries().contains(x.country())).orElse(false);
      if (!admitted) {
        return false;
      }
    }
    return outer.communities().isEmpty()
        || (!inner.communities().isEmpty() && outer.communities().containsAll(inner.communities()));
  }

  /** Registers a checked label for records of {@code owner}. */
  public StoredLabel register(Label label, String owner) {
    return store.register(label, owner);
  }

  /** The stored label with this id. */
  public StoredLabel stored(long id) {
    return store.byId(id);
  }

  /** The label explained in sentences, in the reader's language. */
  public List<String> describe(Label label, String owner, Locale locale) {
    List<String> lines = new ArrayList<>();
    List<String> who = new ArrayList<>();
    label.countries().forEach(c -> who.add(text("label.describe.country." + c.name(), locale)));
    label.agencies().forEach(who::add);
    String audience = String.join(", ", who);
    if (label.communities().isEmpty()) {
      lines.add(text("label.describe.seenBy", locale, audience));
    } else {
      lines.add(
          text(
              "label.describe.seenByCommunities",
              locale,
              audience,
              String.join(", ", label.communities())));
    }
    lines.add(text("label.describe.owner", locale, owner));
    lines.add(
        text(
            label.pointerForOutsiders()
                ? "label.describe.outsiders.POINTER"
                : "label.describe.outsiders.NOTHING",
            locale,
            owner));
    lines.add(
        text(
            "label.describe.handling." + label.handling().name(),
            locale,
            label.handlingText() == null ? "" : label.handlingText()));
    lines.add(text("label.describe.tlp." + label.tlp().name(), locale));
    if (label.statistics().isEmpty()) {
      lines.add(text("label.describe.statistics.none", locale));
    } else {
      List<String> counted =
          label.statistics().stream()
              .map(c -> text("label.describe.country." + c.name(), locale))
              .toList();
      lines.add(text("label.describe.statistics", locale, String.join(", ", counted)));
    }
    if (label.retainUntil() != null) {
      lines.add(text("label.describe.retainUntil", locale, label.retainUntil().toString()));
    }
    if (label.evaluation() != null) {
      lines.add(
          text(
              "label.describe.evaluation",
              locale,
              label.evaluation().code(),
              text("label.evaluation.source." + label.evaluation().source(), locale),
              text("label.evaluation.information." + label.evaluation().information(), locale)));
    }
    return lines;
  }

  private String text(String code, Locale locale, Object... args) {
    return java.util.Objects.requireNonNullElse(
        messages.getMessage(code, args, code, locale), code);
  }

  private static List<String> strings(JsonNode node, String pointer, List<Violation> violations) {
    List<String> values = new ArrayList<>();
    if (!node.isArray()) {
      violations.add(Violation.of(pointer, "field.notArray"));
      return values;
    }
    int i = 0;
    for (JsonNode item : node.values()) {
      if (!item.isString() || item.asString().isBlank() || item.asString().length() > 64) {
        violations.add(Violation.of(pointer + "/" + i, "field.notCode"));
      } else {
        values.add(item.asString());
      }
      i++;
    }
    return values;
  }

  private static @Nullable String optionalText(
      JsonNode node, String member, String pointer, List<Violation> violations) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString() || value.asString().isBlank()) {
      violations.add(Violation.of(pointer + "/" + member, "field.notText"));
      return null;
    }
    if (value.asString().length() > MAX_TEXT) {
      violations.add(Violation.of(pointer + "/" + member, "field.tooLong", MAX_TEXT));
      return null;
    }
    return value.asString().strip();
  }

  private static <E extends Enum<E>> E enumMember(
      JsonNode node,
      String member,
      String pointer,
      E fallback,
      List<Violation> violations,
      java.util.function.Function<String, E> parse) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      return fallback;
    }
    try {
      if (value.isString()) {
        return parse.apply(value.asString());
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    violations.add(
        Violation.of(pointer + "/" + member, "label." + member + ".unknown", value.toString()));
    return fallback;
  }
}
