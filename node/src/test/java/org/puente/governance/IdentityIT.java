package org.puente.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.Api;
import org.puente.PostgresDatabase;
import org.puente.RunningNode;
import tools.jackson.databind.JsonNode;

/** Logins, lockout, personal API tokens and OIDC JWTs against a node on PostgreSQL. */
class IdentityIT {

  private final RunningNode node = RunningNode.get();

  private String freshAccount(String password) {
    String username = "id." + UUID.randomUUID().toString().substring(0, 8);
    node.bean(Accounts.class)
        .seed(
            username,
            "Synthetic person",
            "FGR",
            Set.of(Role.ANALYST),
            Set.of("LE"),
            Locale.ENGLISH,
            password);
    return username;
  }

  @Test
  void httpBasicWorksWithTheRightPasswordOnly() {
    String user = freshAccount("right-password-1");
    assertThat(node.basic(user, "right-password-1").get("/api/v1/me").status()).isEqualTo(200);
    Api.Response wrong = node.basic(user, "wrong-password-1").get("/api/v1/me");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(node.basic("nobody-" + UUID.randomUUID(), "whatever-123").get("/api/v1/me").status())
        .isEqualTo(401);
  }

  @Test
  void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
    String user = freshAccount("right-password-2");
    for (int i = 0; i < 5; i++) {
      assertThat(node.basic(user, "wrong-" + i + "-password").get("/api/v1/me").status())
          .isEqualTo(401);
    }
    // Locked: even the right password is refused, and so are the account's tokens.
    assertThat(node.basic(user, "right-password-2").get("/api/v1/me").status()).isEqualTo(401);
    Accounts accounts = node.bean(Accounts.class);
    Account account = accounts.byUsername(user).orElseThrow();
    assertThat(accounts.lockedUntil(account.id())).isPresent();
    accounts.unlock(node.caller("admin"), account.id());
    assertThat(node.basic(user, "right-password-2").get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void personalTokensAuthenticateUntilRevokedOrExpired() throws Exception {
    String user = freshAccount("token-owner-pw");
    Api basic = node.basic(user, "token-owner-pw");
    Api.Response issued = basic.post("/api/v1/tokens", "{\"name\":\"laptop\",\"days\":30}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String secret = issued.json().get("secret").asString();
    assertThat(secret).startsWith("pnt_");
    Api token = node.authorization("Bearer " + secret);
    JsonNode me = token.get("/api/v1/me").json();
    assertThat(me.get("username").asString()).isEqualTo(user);
    assertThat(me.get("agency").asString()).isEqualTo("FGR");

    // Listed without the secret; the stored form is a hash, not the secret.
    Api.Response list = token.get("/api/v1/tokens");
    assertThat(list.body()).doesNotContain(secret);
    try (Connection c = PostgresDatabase.admin();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM governance.api_token WHERE shown = ?")) {
      s.setString(1, secret);
      var rs = s.executeQuery();
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }

    String id = issued.json().get("id").asString();
    assertThat(token.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
    assertThat(token.get("/api/v1/me").status()).isEqualTo(401);

    // An expired token is refused too.
    String other =
        basic
            .post("/api/v1/tokens", "{\"name\":\"old\",\"days\":1}")
            .json()
            .get("secret")
            .asString();
    try (Connection c = PostgresDatabase.admin();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE governance.api_token SET expires_at = now() - interval '1 minute'"
                    + " WHERE token_hash = sha256(convert_to(?, 'UTF8'))")) {
      s.setString(1, other);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    assertThat(node.authorization("Bearer " + other).get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void someoneElsesTokenCannotBeRevokedAndIsNotEvenSeen() {
    String owner = freshAccount("owner-password");
    String id =
        node.basic(owner, "owner-password")
            .post("/api/v1/tokens", "{\"name\":\"mine\"}")
            .json()
            .get("id")
            .asString();
    Api.Response other = node.as("rcmp.analyst").delete("/api/v1/tokens/" + id);
    assertThat(other.status()).isEqualTo(404);
  }

  @Test
  void badTokenRequestsAreRefusedWithProblemDetails() {
    Api api = node.as("ntc.officer");
    Api.Response tooLong = api.post("/api/v1/tokens", "{\"name\":\"x\",\"days\":9999}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().at("/errors/0/pointer").asString()).isEqualTo("/days");
    assertThat(api.post("/api/v1/tokens", "{}").status()).isEqualTo(400);
  }

  @Test
  void jwtsFromTheConfiguredIdentityProviderLogInToTheLocalAccount() {
    Api.Response me =
        node.authorization("Bearer " + node.jwks.token("cbsa.officer")).get("/api/v1/me");
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().get("agency").asString()).isEqualTo("CBSA");
    // Roles come from the local account, never from the token.
    assertThat(me.json().get("roles").toString()).contains("TARGETING_OFFICER");
  }

  @Test
  void jwtsThatAreForgedExpiredForeignOrForUnknownPeopleAreRefused() {
    for (String jwt :
        new String[] {
          node.jwks.foreignToken("cbsa.officer"),
          node.jwks.expiredToken("cbsa.officer"),
          node.jwks.otherIssuerToken("cbsa.officer"),
          node.jwks.token("no.such.person")
        }) {
      Api.Response r = node.authorization("Bearer " + jwt).get("/api/v1/me");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void disabledAccountsCannotUseTheirTokens() {
    String user = freshAccount("soon-disabled-pw");
    Api.Response issued =
        node.basic(user, "soon-disabled-pw").post("/api/v1/tokens", "{\"name\":\"t\"}");
    String secret = issued.json().get("secret").asString();
    Accounts accounts = node.bean(Accounts.class);
    Account account = accounts.byUsername(user).orElseThrow();
    accounts.update(
        node.caller("admin"),
        account.id(),
        new AccountChange(null, null, null, null, null, null, false, null));
    assertThat(node.authorization("Bearer " + secret).get("/api/v1/me").status()).isEqualTo(401);
  }
}
