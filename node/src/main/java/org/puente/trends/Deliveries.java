package org.puente.trends;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.puente.governance.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends an alert a subscriber may see to their webhook, signed with HMAC-SHA256 over the timestamp
 * and body, and to their e-mail address in their language. Failures are logged by id and never undo
 * the in-app notification.
 */
@Component
class Deliveries {

  private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
  static final String SIGNATURE = "Puente-Signature";
  static final String TIMESTAMP = "Puente-Timestamp";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final Clock clock;
  private final String from;
  private final String baseUrl;

  Deliveries(
      ObjectProvider<JavaMailSender> mail,
      MessageSource messages,
      Clock clock,
      @Value("${puente.trends.mail-from:puente@localhost}") String from,
      @Value("${puente.trends.base-url:http://127.0.0.1:8080}") String baseUrl) {
    this.mail = mail;
    this.messages = messages;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl;
  }

  void deliver(Account account, Subscription s, @Nullable String secret, Alert alert) {
    String url = s.webhookUrl();
    if (url != null && secret != null) {
      webhook(url, secret, alert);
    }
    String to = s.email();
    if (to != null) {
      email(account, to, alert);
    }
  }

  /** The JSON body of a webhook call: the alert as its subscriber may see it. */
  String body(Alert alert) {
    ObjectNode node = json.createObjectNode();
    node.put("id", alert.id());
    node.put("kind", alert.kind().name());
    ObjectNode scope = node.putObject("scope");
    scope.put("kind", alert.scopeKind());
    scope.put("code", alert.scopeCode());
    scope.put("country", alert.country());
    node.put("dimension", alert.dim());
    node.put("value", alert.value());
    node.put("since", alert.since().toString());
    node.put("detectedAt", alert.detectedAt().toString());
    var reports = node.putObject("evidence").putArray("reports");
    alert.evidence().reports().forEach(r -> reports.add(r.toString()));
    node.put("link", baseUrl + "/trends");
    return node.toString();
  }

  /** {@code sha256=} and the hex HMAC-SHA256 of {@code timestamp + "." + body} under the secret. */
  static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  private void webhook(String url, String secret, Alert alert) {
    String body = body(alert);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header(TIMESTAMP, timestamp)
            .header(SIGNATURE, sign(secret, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        log.warn("alert {} webhook answered {}", alert.id(), response.statusCode());
      }
    } catch (java.io.IOException e) {
      log.warn("alert {} webhook failed: {}", alert.id(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void email(Account account, String to, Alert alert) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.info("alert {}: no mail server configured (spring.mail.host)", alert.id());
      return;
    }
    java.util.Locale locale = account.locale();
    Object[] args = {
      messages.getMessage("trends.kind." + alert.kind().name(), null, locale),
      alert.value(),
      alert.scopeCode(),
      alert.since().toString()
    };
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(messages.getMessage("trends.mail.subject", args, locale));
    message.setText(
        messages.getMessage("trends.mail.body", args, locale) + "\n\n" + baseUrl + "/trends");
    try {
      sender.send(message);
    } catch (MailException e) {
      log.warn("alert {} e-mail failed: {}", alert.id(), e.getMessage());
    }
  }
}
