package org.puente.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.ObjectRef;
import org.puente.transparency.Actions;
import org.puente.transparency.Event;
import org.puente.transparency.Transparency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts: who may log in, with which roles and communities, and the lockout that stops
 * password guessing. Every login, failed login and change is appended to the transparency log.
 */
@Service
public class Accounts {

  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
  static final Set<Locale> LANGUAGES =
      Set.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH);
  static final int MIN_PASSWORD = 10;
  static final int MAX_PASSWORD = 200;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final Transparency transparency;
  private final Agencies agencies;
  private final Labels labels;
  private final Clock clock;
  private final int attempts;
  private final Duration lockout;
  private final String unknownUserHash;

  Accounts(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      Transparency transparency,
      Agencies agencies,
      Labels labels,
      Clock clock,
      @Value("${puente.security.lockout.attempts:5}") int attempts,
      @Value("${puente.security.lockout.duration:PT15M}") Duration lockout) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.transparency = transparency;
    this.agencies = agencies;
    this.labels = labels;
    this.clock = clock;
    this.attempts = attempts;
    this.lockout = lockout;
    this.unknownUserHash = hash("no such user, same cost");
  }

  public Optional<Account> byUsername(String username) {
    return query("WHERE a.username = :v", username).stream().findFirst();
  }

  public Optional<Account> byId(UUID id) {
    return query("WHERE a.id = :v", id).stream().findFirst();
  }

  public List<Account> all() {
    return query("", null);
  }

  /** When the account is locked out, if it is. */
  public Optional<Instant> lockedUntil(UUID id) {
    return jdbc.sql("SELECT locked_until FROM governance.account WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .optional()
        .flatMap(o -> o)
        .filter(until -> until.isAfter(clock.instant()));
  }

  /**
   * Checks a username and password, counting failures: after {@code attempts} failures in a row the
   * account is locked for {@code lockout}, whatever password is tried.
   */
  @Transactional
  public Login login(String username, String password, String requestId) {
    Optional<Stored> stored =
        jdbc.sql(
                """
                SELECT a.id, a.password_hash, a.failed_logins, a.locked_until, a.enabled,
                       a.agency_code, g.country
                FROM governance.account a JOIN governance.agency g ON g.code = a.agency_code
                WHERE a.username = :u
                FOR UPDATE
                """)
            .param("u", username)
            .query((rs, n) ->
                new Stored(
                    rs.getObject("id", UUID.class),
                    rs.getString("password_hash"),
                    rs.getInt("failed_logins"),
                    Optional.ofNullable(rs.getTimestamp("locked_until"))
                        .map(Timestamp::toInstant)
                        .orElse(null),
                    rs.getBoolean("enabled"),
                    rs.getString("agency_code"),
                    rs.getString("country")))
            .optional();
    Instant now = clock.instant();
    if (stored.isEmpty() || stored.get().hash() == null) {
      passwords.matches(password, unknownUserHash);
      record(null, null, null, Actions.LOGIN_FAILED, requestId, Map.of("reason", "credentials"));
      return new Login.BadCredentials();
    }
    Stored account = stored.get();
    if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
      record(
          username,
          account.agency(),
          account.country(),
          Actions.LOGIN_FAILED,
          requestId,
          Map.of("reason", "locked"));
      return new Login.Locked(account.lockedUntil());
    }
    String hash = account.hash();
    if (hash == null || !passwords.matches(password, hash)) {
      int failures = account.failures() + 1;
      Instant until = failures >= attempts ? now.plus(lockout) : null;
      jdbc.sql(
              "UPDATE governance.account SET failed_logins = :f, locked_until = :until"
                  + " WHERE id = :id")
          .param("f", until == null ? failures : 0)
          .param("until", until == null ? null : Timestamp.from(until))
          .param("id", account.id())
          .update();
      Map<String, String> details = new HashMap<>();
      details.put("reason", "credentials");
      if (until != null) {
        details.put("lockedUntil", until.toString());
      }
      record(
          username, account.agency(), account.country(), Actions.LOGIN_FAILED, requestId, details);
      return until == null ? new Login.BadCredentials() : new Login.Locked(until);
    }
    if (!account.enabled()) {
      record(
          username,
          account.agency(),
          account.country(),
          Actions.LOGIN_FAILED,
          requestId,
          Map.of("reason", "disabled"));
      return new Login.Disabled();
    }
    if (account.failures() > 0 || account.lockedUntil() != null) {
      jdbc.sql(
              "UPDATE governance.account SET failed_logins = 0, locked_until = NULL WHERE id = :id")
          .param("id", account.id())
          .update();
    }
    if (passwords.upgradeEncoding(hash)) {
      jdbc.sql("UPDATE governance.account SET password_hash = :h WHERE id = :id")
          .param("h", hash(password))
          .param("id", account.id())
          .update();
    }
    record(username, account.agency(), account.country(), Actions.LOGIN, requestId, Map.of());
    return new Login.Accepted(byId(account.id()).orElseThrow());
  }

  /** Records a successful login by another method (an API token or an identity provider). */
  @Transactional
  public void recordLogin(Account account, String requestId, String method) {
    record(
        account.username(),
        account.agency(),
        account.country().name(),
        Actions.LOGIN,
        requestId,
        Map.of("method", method));
  }

  /** Creates an account; refused when a field is invalid or the username is taken. */
  @Transactional
  public Account create(Caller admin, AccountChange change) {
    Agencies.requireAdmin(admin);
    List<Violation> violations = new ArrayList<>();
    String username = change.username();
    if (username == null || !USERNAME.matcher(username).matches()) {
      violations.add(Violation.of("/username", "account.username.invalid"));
    }
    String agency = change.agency();
    if (agency == null || agencies.find(agency).isEmpty()) {
      violations.add(Violation.of("/agency", "account.agency.unknown", String.valueOf(agency)));
    }
    if (change.displayName() == null) {
      violations.add(Violation.of("/displayName", "field.required"));
    }
    if (change.password() == null) {
      violations.add(Violation.of("/password", "field.required"));
    }
    check(change, violations);
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    UUID id;
    try {
      id =
          insert(
              String.valueOf(username),
              String.valueOf(change.displayName()),
              String.valueOf(agency),
              String.valueOf(change.password()),
              change.locale() == null ? Locale.ENGLISH : change.locale(),
              change.enabled() == null || change.enabled());
    } catch (DuplicateKeyException e) {
      throw new Rejected(
          Violation.of("/username", "account.username.taken", String.valueOf(username)));
    }
    replaceGrants(
        id,
        change.roles() == null ? Set.of() : change.roles(),
        change.communities() == null ? Set.of() : change.communities());
    Account account = byId(id).orElseThrow();
    recordChange(admin, account, "created");
    return account;
  }

  /** Changes an account; fields left null stay as they are. */
  @Transactional
  public Account update(Caller admin, UUID id, AccountChange change) {
    Agencies.requireAdmin(admin);
    Account existing = byId(id).orElseThrow(() -> new NotFound("account"));
    List<Violation> violations = new ArrayList<>();
    check(change, violations);
    if (!violations.isEmpty()) {
      throw new Rejected(violations);
    }
    if (existing.id().equals(admin.account().id())
        && ((change.enabled() != null && !change.enabled())
            || (change.roles() != null && !change.roles().contains(Role.ADMIN)))) {
      throw new Rejected(Violation.of("/roles", "account.selfLockout"));
    }
    jdbc.sql(
            """
            UPDATE governance.account SET display_name = :name, locale = :locale,
              enabled = :enabled WHERE id = :id
            """)
        .param("name", change.displayName() == null ? existing.displayName() : change.displayName())
        .param(
            "locale",
            (change.locale() == null ? existing.locale() : change.locale()).toLanguageTag())
        .param("enabled", change.enabled() == null ? existing.enabled() : change.enabled())
        .param("id", id)
        .update();
    if (change.password() != null) {
      jdbc.sql("UPDATE governance.account SET password_hash = :h WHERE id = :id")
          .param("h", hash(change.password()))
          .param("id", id)
          .update();
    }
    replaceGrants(
        id,
        change.roles() == null ? existing.roles() : change.roles(),
        change.communities() == null ? existing.communities() : change.communities());
    Account account = byId(id).orElseThrow();
    recordChange(admin, account, "updated");
    return account;
  }

  /** Lifts a lockout before it ends. */
  @Transactional
  public void unlock(Caller admin, UUID id) {
    Agencies.requireAdmin(admin);
    Account account = byId(id).orElseThrow(() -> new NotFound("account"));
    jdbc.sql("UPDATE governance.account SET failed_logins = 0, locked_until = NULL WHERE id = :id")
        .param("id", id)
        .update();
    recordChange(admin, account, "unlocked");
  }

  /** Sets the language an account reads, by the account itself. */
  @Transactional
  public void chooseLanguage(Caller caller, Locale locale) {
    if (LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
      throw new Rejected(
          Violation.of("/locale", "account.locale.unsupported", locale.toLanguageTag()));
    }
    jdbc.sql("UPDATE governance.account SET locale = :l WHERE id = :id")
        .param("l", Locale.forLanguageTag(locale.getLanguage()).toLanguageTag())
        .param("id", caller.account().id())
        .update();
  }

  /** Seeds an account without an administrator, for demo and first-start data. */
  @Transactional
  public Account seed(
      String username,
      String displayName,
      String agency,
      Set<Role> roles,
      Set<String> communities,
      Locale locale,
      String password) {
    Optional<Account> existing = byUsername(username);
    if (existing.isPresent()) {
      return existing.get();
    }
    UUID id = insert(username, displayName, agency, password, locale, true);
    replaceGrants(id, roles, communities);
    Account account = byId(id).orElseThrow();
    transparency.append(
        Event.of(
                Event.node(),
                Actions.ACCOUNT_CHANGE,
                List.of(new ObjectRef("account", account.id().toString(), account.agency())))
            .with("change", "seeded"));
    return account;
  }

  private UUID insert(
      String username,
      String displayName,
      String agency,
      String password,
      Locale locale,
      boolean enabled) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO governance.account
              (id, username, display_name, agency_code, password_hash, locale, enabled,
               failed_logins, created_at)
            VALUES (:id, :username, :name, :agency, :hash, :locale, :enabled, 0, :now)
            """)
        .param("id", id)
        .param("username", username)
        .param("name", displayName)
        .param("agency", agency)
        .param("hash", hash(password))
        .param("locale", locale.toLanguageTag())
        .param("enabled", enabled)
        .param("now", Timestamp.from(clock.instant()))
        .update();
    return id;
  }

  private String hash(String password) {
    return java.util.Objects.requireNonNull(passwords.encode(password), "password hash");
  }

  private void check(AccountChange change, List<Violation> violations) {
    if (change.displayName() != null
        && (change.displayName().isBlank() || change.displayName().length() > 200)) {
      violations.add(Violation.of("/displayName", "account.displayName.invalid"));
    }
    if (change.password() != null
        && (change.password().length() < MIN_PASSWORD
            || change.password().length() > MAX_PASSWORD)) {
      violations.add(
          Violation.of("/password", "account.password.length", MIN_PASSWORD, MAX_PASSWORD));
    }
    if (change.communities() != null) {
      List<String> known = labels.communities();
      for (String community : change.communities()) {
        if (!known.contains(community)) {
          violations.add(Violation.of("/communities", "label.community.unknown", community));
        }
      }
    }
    if (change.locale() != null
        && LANGUAGES.stream()
            .noneMatch(l -> l.getLanguage().equals(change.locale().getLanguage()))) {
      violations.add(
          Violation.of("/locale", "account.locale.unsupported", change.locale().toLanguageTag()));
    }
  }

  private void replaceGrants(UUID id, Set<Role> roles, Set<String> communities) {
    jdbc.sql("DELETE FROM governance.account_role WHERE account_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM governance.account_community WHERE account_id = :id")
        .param("id", id)
        .update();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO governance.account_role (account_id, role) VALUES (:id, :r)")
          .param("id", id)
          .param("r", role.name())
          .update();
    }
    for (String community : communities) {
      jdbc.sql("INSERT INTO governance.account_community (account_id, community) VALUES (:id, :c)")
          .param("id", id)
          .param("c", community)
          .update();
    }
  }

  private void recordChange(Caller admin, Account account, String change) {
    transparency.append(
        Event.of(
                new Actor(admin.username(), admin.agency(), admin.country().name()),
                Actions.ACCOUNT_CHANGE,
                List.of(new ObjectRef("account", account.id().toString(), account.agency())))
            .inRequest(admin.requestId(), admin.purpose())
            .with("change", change));
  }

  private void record(
      @Nullable String user,
      @Nullable String agency,
      @Nullable String country,
      String action,
      String requestId,
      Map<String, String> details) {
    Event event =
        Event.of(new Actor(user, agency, country), action, List.of()).inRequest(requestId, null);
    for (Map.Entry<String, String> e : details.entrySet()) {
      event = event.with(e.getKey(), e.getValue());
    }
    transparency.append(event);
  }

  private List<Account> query(String where, @Nullable Object value) {
    String sql =
        """
        SELECT a.id, a.username, a.display_name, a.agency_code, g.country, a.locale, a.enabled
        FROM governance.account a JOIN governance.agency g ON g.code = a.agency_code
        """
            + where
            + " ORDER BY a.username";
    var spec = jdbc.sql(sql);
    if (value != null) {
      spec = spec.param("v", value);
    }
    List<Row> rows = spec.query(Accounts::row).list();
    List<Account> accounts = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      jdbc.sql("SELECT role FROM governance.account_role WHERE account_id = :id")
          .param("id", row.id())
          .query(String.class)
          .list()
          .forEach(r -> roles.add(Role.valueOf(r)));
      Set<String> communities =
          new TreeSet<>(
              jdbc.sql("SELECT community FROM governance.account_community WHERE account_id = :id")
                  .param("id", row.id())
                  .query(String.class)
                  .list());
      accounts.add(
          new Account(
              row.id(),
              row.username(),
              row.displayName(),
              row.agency(),
              row.country(),
              new TreeSet<>(roles),
              new TreeSet<>(communities),
              row.locale(),
              row.enabled()));
    }
    return accounts;
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("agency_code"),
        Country.valueOf(rs.getString("country")),
        Locale.forLanguageTag(rs.getString("locale")),
        rs.getBoolean("enabled"));
  }

  private record Row(
      UUID id,
      String username,
      String displayName,
      String agency,
      Country country,
      Locale locale,
      boolean enabled) {}

  private record Stored(
      UUID id,
      @Nullable String hash,
      int failures,
      @Nullable Instant lockedUntil,
      boolean enabled,
      String agency,
      String country) {}
}
