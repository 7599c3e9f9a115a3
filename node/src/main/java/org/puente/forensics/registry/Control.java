package org.puente.forensics.registry;

import java.util.Objects;

/**
 * The control status of a substance in one country, as editable reference data.
 *
 * @param status whether it is controlled, not controlled, or not yet verified by the registry
 * @param listing where it is listed, for example {@code CSA Schedule II}; empty when unverified
 */
public record Control(Status status, String listing) {

  /** Whether the substance is controlled. */
  public enum Status {
    CONTROLLED,
    NOT_CONTROLLED,
    /** Nobody has checked this country's law for this substance yet. */
    UNVERIFIED
  }

  public Control {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(listing, "listing");
  }

  static final Control UNVERIFIED = new Control(Status.UNVERIFIED, "");

  /** Parses {@code STATUS|listing}; blank text is unverified. */
  static Control parse(String text) {
    if (text.isBlank()) {
      return UNVERIFIED;
    }
    int bar = text.indexOf('|');
    String status = bar < 0 ? text : text.substring(0, bar);
    String listing = bar < 0 ? "" : text.substring(bar + 1);
    return new Control(Status.valueOf(status.strip()), listing.strip());
  }
}
