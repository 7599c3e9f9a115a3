package org.puente.trends;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a user wants to hear about; an absent filter matches every alert.
 *
 * @param id the subscription's id
 * @param username whose it is
 * @param substance substance id
 * @param substanceClass substance class
 * @param form form, for example {@code LIQUID_PHARMACEUTICAL}
 * @param country country of the alert's scope
 * @param region ISO 3166-2 subdivision of the alert's scope
 * @param kinds which kinds of alert
 * @param webhookUrl where to POST each alert, signed with HMAC-SHA256
 * @param hasWebhookSecret whether a webhook secret is set (the secret itself is never shown)
 * @param email where to mail each alert
 * @param createdAt when it was made
 */
public record Subscription(
    UUID id,
    String username,
    @Nullable String substance,
    @Nullable String substanceClass,
    @Nullable String form,
    @Nullable String country,
    @Nullable String region,
    Set<Alert.AlertKind> kinds,
    @Nullable String webhookUrl,
    boolean hasWebhookSecret,
    @Nullable String email,
    Instant createdAt) {

  public Subscription {
    kinds = Set.copyOf(kinds);
  }

  /** Whether an alert falls under this subscription. */
  public boolean matches(Alert alert) {
    if (!kinds.contains(alert.kind())) {
      return false;
    }
    if (substance != null
        && !(alert.dim().equals("SUBSTANCE") && alert.value().equals(substance))) {
      return false;
    }
    if (substanceClass != null
        && !(alert.dim().equals("CLASS") && alert.value().equals(substanceClass))) {
      return false;
    }
    if (form != null && !(alert.dim().equals("FORM") && alert.value().equals(form))) {
      return false;
    }
    if (country != null && !alert.country().equals(country)) {
      return false;
    }
    return region == null || alert.scopeCode().equals(region);
  }
}
