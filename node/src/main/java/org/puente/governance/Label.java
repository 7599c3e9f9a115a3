package org.puente.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A security label, set by a record's owner: who may see the record in full, what they may do with
 * it, what everyone else gets, and who may count it in statistics.
 *
 * <p>A label is a value: two labels with the same parts are the same label. Which agency owns the
 * record is not part of the label; the owning agency always sees its own records.
 *
 * @param countries countries whose agencies may see the record in full
 * @param agencies agencies (by code) that may see the record in full, beyond those countries
 * @param communities need-to-know groups; when not empty, a reader must belong to at least one
 * @param handling what recipients may do with it (SIENA H0–H3)
 * @param handlingText the restriction in words, required with {@link Handling#H3} only
 * @param tlp TLP 2.0 designation, which must agree with the releasability
 * @param outsiders what users outside the releasability get
 * @param statistics countries whose users may count the record in aggregates
 * @param retainUntil the day after which the record is purged, if any
 * @param evaluation the 4x4 evaluation, for intelligence
 */
public record Label(
    SortedSet<Country> countries,
    SortedSet<String> agencies,
    SortedSet<String> communities,
    Handling handling,
    @Nullable String handlingText,
    Tlp tlp,
    Outsiders outsiders,
    SortedSet<Country> statistics,
    @Nullable LocalDate retainUntil,
    @Nullable Evaluation evaluation) {

  public Label {
    countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
    agencies = Collections.unmodifiableSortedSet(new TreeSet<>(agencies));
    communities = Collections.unmodifiableSortedSet(new TreeSet<>(communities));
    statistics = Collections.unmodifiableSortedSet(new TreeSet<>(statistics));
    if (countries.isEmpty() && agencies.isEmpty()) {
      throw new IllegalArgumentException("a label releases the record to someone");
    }
    if ((handling == Handling.H3) != (handlingText != null && !handlingText.isBlank())) {
      throw new IllegalArgumentException("handling text goes with H3, and only with H3");
    }
  }

  /** A label releasable to whole countries, for the common case. */
  public static Label releasableTo(
      Set<Country> countries, Set<String> communities, Tlp tlp, Outsiders outsiders) {
    return new Label(
        new TreeSet<>(countries),
        new TreeSet<>(),
        new TreeSet<>(communities),
        Handling.H2,
        null,
        tlp,
        outsiders,
        new TreeSet<>(countries),
        null,
        null);
  }

  /**
   * The Accumulo access expression for a record with this label owned by {@code ownerAgency}:
   * {@code a:OWNER|((c:USA|c:MEX|a:RCMP)&(k:LE|k:CUSTOMS))}.
   */
  public String accessExpression(String ownerAgency) {
    List<String> releasable = new ArrayList<>();
    countries.forEach(c -> releasable.add(Authorizations.country(c)));
    agencies.forEach(a -> releasable.add(Authorizations.agency(a)));
    String body = "(" + String.join("|", releasable) + ")";
    if (!communities.isEmpty()) {
      List<String> groups = communities.stream().map(Authorizations::community).toList();
      body = "(" + body + "&(" + String.join("|", groups) + "))";
    }
    return Authorizations.agency(ownerAgency) + "|" + body;
  }

  /** Whether outsiders get a pointer rather than nothing. */
  public boolean pointerForOutsiders() {
    return outsiders == Outsiders.POINTER;
  }

  /** This label, also releasable to {@code agency}; how an approved release request widens it. */
  public Label releasedTo(String agency) {
    TreeSet<String> wider = new TreeSet<>(agencies);
    wider.add(agency);
    return new Label(
        countries,
        wider,
        communities,
        handling,
        handlingText,
        tlp,
        outsiders,
        statistics,
        retainUntil,
        evaluation);
  }

  /** This label with a stricter handling code, for a release narrowed by the owner. */
  public Label handled(Handling stricter, @Nullable String text) {
    return new Label(
        countries,
        agencies,
        communities,
        stricter,
        text,
        tlp,
        outsiders,
        statistics,
        retainUntil,
        evaluation);
  }
}
