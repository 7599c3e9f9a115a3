package org.puente.trends;

import java.net.URI;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.registry.SubstanceClass;
import org.puente.governance.Account;
import org.puente.governance.Caller;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * Alert subscriptions, and the notifications they produce: one in-app notification per user and
 * alert, plus a signed webhook call and an e-mail where the subscription asks for them.
 */
@Service
public class Subscriptions {

  public static final int MAX_PER_USER = 50;
  private static final Set<String> MEMBERS =
      Set.of("substance", "class", "form", "country", "region", "kinds", "webhook", "email");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,250}\\.[^@\\s]+");
  private static final Pattern REGION = Pattern.compile("(US|MX|CA)-[A-Z0-9]{1,3}");

  private final JdbcClient jdbc;
  private final Trends trends;
  private final Deliveries deliveries;
  private final Clock clock;

  Subscriptions(JdbcClient jdbc, Trends trends, Deliveries deliveries, Clock clock) {
    this.jdbc = jdbc;
    this.trends = trends;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** Subscribes the caller as the request says; every bad member is named and nothing stored. */
  @Transactional
  public Subscription subscribe(Caller caller, JsonNode request) {
    List<Violation> violations = new ArrayList<>();
    if (!request.isObject()) {
      throw new Rejected(Violation.of("", "request.notObject"));
    }
    for (String name : request.propertyNames()) {
      if (!MEMBERS.contains(name)) {
        violations.add(Violation.of(Violation.pointer("", name), "field.unknown", name));
      }
    }
    String substance = null;
    String s = text(request, "substance", 200, violations);
    if (s != null) {
      substance = trends.substanceId(s, "/substance", violations);
    }
    String cls = text(request, "class", 100, violations);
    if (cls != null
        && Arrays.stream(SubstanceClass.values()).noneMatch(c -> c.name().equals(cls))) {
      violations.add(Violation.of("/class", "trends.class.unknown", cls));
    }
    String form = text(request, "form", 30, violations);
    if (form != null && !Trends.FORMS.contains(form)) {
      violations.add(Violation.of("/form", "trends.form.unknown", form));
    }
    String country = text(request, "country", 3, violations);
    if (country != null && !Set.of("USA", "MEX", "CAN").contains(country)) {
      violations.add(Violation.of("/country", "trends.country.unknown", country));
    }
    String region = text(request, "region", 16, violations);
    if (region != null && !REGION.matcher(region).matches()) {
      violations.add(Violation.of("/region", "trends.region.invalid", region));
    }
    Set<Alert.AlertKind> kinds = EnumSet.allOf(Alert.AlertKind.class);
    JsonNode k = request.get("kinds");
    if (k != null && !k.isNull()) {
      if (!k.isArray() || k.isEmpty()) {
        violations.add(Violation.of("/kinds", "trends.kinds.invalid"));
      } else {
        kinds = EnumSet.noneOf(Alert.AlertKind.class);
        for (int i = 0; i < k.size(); i++) {
          JsonNode kind = k.get(i);
          String name = kind.isString() ? kind.asString() : kind.toString();
          Set<Alert.AlertKind> matched = EnumSet.noneOf(Alert.AlertKind.class);
          for (Alert.AlertKind known : Alert.AlertKind.values()) {
            if (known.name().equals(name)) {
              matched.add(known);
            }
          }
          if (matched.isEmpty()) {
            violations.add(Violation.of("/kinds/" + i, "trends.kind.unknown", name));
          }
          kinds.addAll(matched);
        }
      }
    }
    String url = null;
    String secret = null;
    JsonNode webhook = request.get("webhook");
    if (webhook != null && !webhook.isNull()) {
      if (!webhook.isObject()) {
        violations.add(Violation.of("/webhook", "trends.webhook.notObject"));
      } else {
        for (String name : webhook.propertyNames()) {
          if (!Set.of("url", "secret").contains(name)) {
            violations.add(
                Violation.of(Violation.pointer("/webhook", name), "field.unknown", name));
          }
        }
        url = text(webhook, "url", 2000, violations, "/webhook/url");
        secret = text(webhook, "secret", 200, violations, "/webhook/secret");
        if (url == null) {
          violations.add(Violation.of("/webhook/url", "trends.webhook.url.missing"));
        } else if (!webhookUrl(url)) {
          violations.add(Violation.of("/webhook/url", "trends.webhook.url.invalid", url));
        }
        if (secret == null || secret.length() < 16) {
          violations.add(Violation.of("/webhook/secret", "trends.webhook.secret.short", 16));
        }
      }
    }
    String email = text(request, "email", 320, violations);
    if (email != null && !EMAIL.matcher(email).matches()) {
      violations.add(Violation.of("/email", "trends.email.invalid", email));
    }
    long existing =
        jdbc.sql("SELECT COUNT(*) FROM trends.subscription WHERE username = :u")
            .param("u", caller.username())
            .query(Long.class)
            .single();
    if (existing >= MAX_PER_USER) {
      violations.add(Violation.of("", "trends.subscriptions.tooMany", MAX_PER_USER));
    }
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO trends.subscription (id, username, substance, class_id, form, country,
              region, kinds, webhook_url, webhook_secret, email, created_at)
            VALUES (:id, :u, :substance, :cls, :form, :country, :region, :kinds, :url, :secret,
              :email, :now)
            """)
        .param("id", id)
        .param("u", caller.username())
        .param("substance", substance, java.sql.Types.VARCHAR)
        .param("cls", cls, java.sql.Types.VARCHAR)
        .param("form", form, java.sql.Types.VARCHAR)
        .param("country", country, java.sql.Types.VARCHAR)
        .param("region", region, java.sql.Types.VARCHAR)
        .param("kinds", String.join(",", kinds.stream().map(Enum::name).sorted().toList()))
        .param("url", url, java.sql.Types.VARCHAR)
        .param("secret", secret, java.sql.Types.VARCHAR)
        .param("email", email, java.sql.Types.VARCHAR)
        .param("now", Timestamp.from(now))
        .update();
    return new Subscription(
        id,
        caller.username(),
        substance,
        cls,
        form,
        country,
        region,
        kinds,
        url,
        secret != null,
        email,
        now);
  }

  /** The caller's subscriptions, newest first. */
  public List<Subscription> of(Caller caller) {
    return jdbc.sql(
            "SELECT * FROM trends.subscription WHERE username = :u ORDER BY created_at DESC, id")
        .param("u", caller.username())
        .query(Subscriptions::row)
        .list();
  }

  /** Removes one of the caller's subscriptions; another user's behaves like none. */
  @Transactional
  public boolean unsubscribe(Caller caller, UUID id) {
    return jdbc.sql("DELETE FROM trends.subscription WHERE id = :id AND username = :u")
            .param("id", id)
            .param("u", caller.username())
            .update()
        == 1;
  }

  /** The caller's notifications, newest first. */
  public List<Notification> notifications(Caller caller, int limit) {
    return jdbc.sql(
            "SELECT * FROM trends.notification WHERE username = :u"
                + " ORDER BY created_at DESC, id LIMIT :limit")
        .param("u", caller.username())
        .param("limit", Math.max(1, Math.min(limit, 500)))
        .query((rs, n) ->
            new Notification(
                rs.getObject("id", UUID.class),
                rs.getString("alert_key"),
                Alert.AlertKind.valueOf(rs.getString("kind")),
                rs.getString("dim"),
                rs.getString("dim_value"),
                rs.getString("scope_code"),
                rs.getObject("since", java.time.LocalDate.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") != null))
        .list();
  }

  /** Marks all of the caller's notifications read. */
  @Transactional
  public int markRead(Caller caller) {
    return jdbc.sql(
            "UPDATE trends.notification SET read_at = :now WHERE username = :u AND read_at IS NULL")
        .param("now", Timestamp.from(clock.instant()))
        .param("u", caller.username())
        .update();
  }

  List<Subscription> toIncreases() {
    return jdbc.sql("SELECT * FROM trends.subscription WHERE kinds LIKE '%INCREASE%' ORDER BY id")
        .query(Subscriptions::row)
        .list();
  }

  List<Subscription> matching(Alert alert) {
    return jdbc
        .sql("SELECT * FROM trends.subscription WHERE kinds LIKE :kind")
        .param("kind", "%" + alert.kind().name() + "%")
        .query(Subscriptions::row)
        .list()
        .stream()
        .filter(s -> s.matches(alert))
        .toList();
  }

  /**
   * Notifies a subscriber of an alert they may see: one in-app notification per user and alert,
   * and, after the transaction commits, the subscription's webhook call and e-mail, once per
   * subscription and alert.
   *
   * @return whether this was news to the subscriber or to this subscription's channels
   */
  boolean notify(Account account, Subscription subscription, Alert alert) {
    Timestamp now = Timestamp.from(clock.instant());
    int inserted =
        jdbc.sql(
                """
                INSERT INTO trends.notification (id, username, alert_key, kind, dim, dim_value,
                  scope_code, since, created_at)
                SELECT :id, :u, :key, :kind, :dim, :value, :scope, :since, :now
                WHERE NOT EXISTS (SELECT 1 FROM trends.notification
                                  WHERE username = :u AND alert_key = :key)
                """)
            .param("id", UUID.randomUUID())
            .param("u", account.username())
            .param("key", alert.id())
            .param("kind", alert.kind().name())
            .param("dim", alert.dim())
            .param("value", alert.value())
            .param("scope", alert.scopeCode())
            .param("since", Date.valueOf(alert.since()))
            .param("now", now)
            .update();
    if (subscription.webhookUrl() == null && subscription.email() == null) {
      return inserted > 0;
    }
    int channels =
        jdbc.sql(
                """
                INSERT INTO trends.subscription_delivery (subscription_id, alert_key, delivered_at)
                SELECT :s, :key, :now
                WHERE NOT EXISTS (SELECT 1 FROM trends.subscription_delivery
                                  WHERE subscription_id = :s AND alert_key = :key)
                """)
            .param("s", subscription.id())
            .param("key", alert.id())
            .param("now", now)
            .update();
    if (channels == 0) {
      return inserted > 0;
    }
    String secret =
        subscription.webhookUrl() == null
            ? null
            : jdbc.sql("SELECT webhook_secret FROM trends.subscription WHERE id = :id")
                .param("id", subscription.id())
                .query(String.class)
                .optional()
                .orElse(null);
    Runnable deliver = () -> deliveries.deliver(account, subscription, secret, alert);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              Thread.ofVirtual().name("alert-delivery").start(deliver);
            }
          });
    } else {
      Thread.ofVirtual().name("alert-delivery").start(deliver);
    }
    return true;
  }

  private static boolean webhookUrl(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute()
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getUserInfo() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static @Nullable String text(
      JsonNode node, String name, int max, List<Violation> violations) {
    return text(node, name, max, violations, "/" + name);
  }

  private static @Nullable String text(
      JsonNode node, String name, int max, List<Violation> violations, String pointer) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      violations.add(Violation.of(pointer, "field.notText"));
      return null;
    }
    String t = v.asString().strip();
    if (t.isEmpty()) {
      return null;
    }
    if (t.length() > max) {
      violations.add(Violation.of(pointer, "field.tooLong", max));
      return null;
    }
    return t;
  }

  private static Subscription row(ResultSet rs, int n) throws SQLException {
    Set<Alert.AlertKind> kinds = EnumSet.noneOf(Alert.AlertKind.class);
    for (Alert.AlertKind k : Alert.AlertKind.values()) {
      if (rs.getString("kinds").contains(k.name())) {
        kinds.add(k);
      }
    }
    return new Subscription(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("substance"),
        rs.getString("class_id"),
        rs.getString("form"),
        rs.getString("country"),
        rs.getString("region"),
        kinds,
        rs.getString("webhook_url"),
        rs.getString("webhook_secret") != null,
        rs.getString("email"),
        rs.getTimestamp("created_at").toInstant());
  }
}
