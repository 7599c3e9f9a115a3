package org.puente.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for API clients. A token is 256 random bits shown once; only its SHA-256 is
 * stored (a slow password hash adds nothing for a secret of that strength). Tokens expire and can
 * be revoked by their owner or an administrator.
 */
@Service
public class ApiTokens {

  /** Every token starts with this, so that a leaked token is easy to recognise and scan for. */
  public static final String PREFIX = "pnt_";

  static final int MAX_DAYS = 365;
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final Transparency transparency;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient jdbc, Accounts accounts, Transparency transparency, Clock clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.transparency = transparency;
    this.clock = clock;
  }

  /**
   * A token as listed: never its secret.
   *
   * @param id the token's id
   * @param accountId whose it is
   * @param username whose it is, by name
   * @param name what its owner called it
   * @param shown the first characters of the secret, to recognise it
   * @param createdAt when it was issued
   * @param expiresAt when it stops working
   * @param revokedAt when it was revoked, if it was
   * @param lastUsedAt when it was last used, to the minute
   */
  public record Token(
      UUID id,
      UUID accountId,
      String username,
      String name,
      String shown,
      Instant createdAt,
      Instant expiresAt,
      @Nullable Instant revokedAt,
      @Nullable Instant lastUsedAt) {

    public boolean active(Instant now) {
      return revokedAt == null && expiresAt.isAfter(now);
    }
  }

  /**
   * A newly issued token with its secret, which is never shown again.
   *
   * @param token the token
   * @param secret the secret to put in {@code Authorization: Bearer}
   */
  public record Issued(Token token, String secret) {}

  /** Issues a token for the caller, valid for {@code days} days. */
  @Transactional
  public Issued issue(Caller caller, String name, int days) {
    if (name.isBlank() || name.length() > 100) {
      throw new Rejected(Violation.of("/name", "token.name.invalid"));
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new Rejected(Violation.of("/days", "token.days.range", MAX_DAYS));
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO governance.api_token
              (id, account_id, name, token_hash, shown, created_at, expires_at)
            VALUES (:id, :account, :name, :hash, :shown, :now, :expires)
            """)
        .param("id", id)
        .param("account", caller.account().id())
        .param("name", name.strip())
        .param("hash", hash(secret))
        .param("shown", secret.substring(0, PREFIX.length() + 4))
        .param("now", Timestamp.from(now))
        .param("expires", Timestamp.from(now.plus(Duration.ofDays(days))))
        .update();
    record(caller, id, caller.account(), Actions.TOKEN_ISSUED);
    return new Issued(find(id).orElseThrow(), secret);
  }

  /** The account's tokens, newest first. */
  public List<Token> of(UUID accountId) {
    return select("WHERE t.account_id = :v", accountId);
  }

  /** Every token at this node, for administrators. */
  public List<Token> all(Caller admin) {
    Agencies.requireAdmin(admin);
    return select("", null);
  }

  /** Revokes a token; its owner or an administrator may. */
  @Transactional
  public void revoke(Caller caller, UUID tokenId) {
    Token token = find(tokenId).orElseThrow(() -> new NotFound("token"));
    boolean own = token.accountId().equals(caller.account().id());
    if (!own && !caller.account().has(Role.ADMIN)) {
      throw new NotFound("token");
    }
    if (token.revokedAt() == null) {
      jdbc.sql("UPDATE governance.api_token SET revoked_at = :now WHERE id = :id")
          .param("now", Timestamp.from(clock.instant()))
          .param("id", tokenId)
          .update();
      Account owner = accounts.byId(token.accountId()).orElseThrow();
      record(caller, tokenId, owner, Actions.TOKEN_REVOKED);
    }
  }

  /**
   * The account a presented secret belongs to, if the token is active and the account may log in.
   */
  @Transactional
  public Optional<Account> authenticate(String secret) {
    if (!secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Token> token = select("WHERE t.token_hash = :v", hash(secret)).stream().findFirst();
    if (token.isEmpty() || !token.get().active(now)) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.byId(token.get().accountId()).filter(Account::enabled);
    if (account.isEmpty() || accounts.lockedUntil(account.get().id()).isPresent()) {
      return Optional.empty();
    }
    Instant last = token.get().lastUsedAt();
    if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
      jdbc.sql("UPDATE governance.api_token SET last_used_at = :now WHERE id = :id")
          .param("now", Timestamp.from(now))
          .param("id", token.get().id())
          .update();
    }
    return account;
  }

  private Optional<Token> find(UUID id) {
    return select("WHERE t.id = :v", id).stream().findFirst();
  }

  private List<Token> select(String where, @Nullable Object value) {
    var spec =
        jdbc.sql(
            """
            SELECT t.id, t.account_id, a.username, t.name, t.shown, t.created_at, t.expires_at,
                   t.revoked_at, t.last_used_at
            FROM governance.api_token t JOIN governance.account a ON a.id = t.account_id
            """
                + where
                + " ORDER BY t.created_at DESC");
    if (value != null) {
      spec = spec.param("v", value);
    }
    return spec.query((rs, n) ->
            new Token(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("shown"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("revoked_at"))
                    .map(Timestamp::toInstant)
                    .orElse(null),
                Optional.ofNullable(rs.getTimestamp("last_used_at"))
                    .map(Timestamp::toInstant)
                    .orElse(null)))
        .list();
  }

  private void record(Caller caller, UUID tokenId, Account owner, String action) {
    transparency.append(
        Event.of(
                new Actor(caller.username(), caller.agency(), caller.country().name()),
                action,
                List.of(
                    new ObjectRef("api-token", tokenId.toString(), owner.agency()),
                    new ObjectRef("account", owner.id().toString(), owner.agency())))
            .inRequest(caller.requestId(), caller.purpose()));
  }

  static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
