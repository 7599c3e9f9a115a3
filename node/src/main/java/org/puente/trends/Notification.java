package org.puente.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An in-app notification of an alert.
 *
 * @param id the notification's id
 * @param alertId the alert's id
 * @param kind the alert's kind
 * @param dim what was detected: {@code SUBSTANCE}, {@code CLASS} or {@code FORM}
 * @param value the substance id, class or form
 * @param scopeCode where
 * @param since the first day of the evidence
 * @param createdAt when the user was notified
 * @param read whether the user has seen it
 */
public record Notification(
    UUID id,
    String alertId,
    Alert.AlertKind kind,
    String dim,
    String value,
    String scopeCode,
    LocalDate since,
    Instant createdAt,
    boolean read) {}
