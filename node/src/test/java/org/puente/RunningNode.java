package org.puente;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.governance.Accounts;
import org.puente.governance.ApiTokens;
import org.puente.governance.Caller;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One demo node per test JVM, on this run's PostgreSQL database and a random loopback port, with a
 * stand-in identity provider configured. Integration tests share it and leave nothing behind that
 * another test depends on.
 */
public final class RunningNode {

  private static @org.jspecify.annotations.Nullable RunningNode instance;

  public final ConfigurableApplicationContext context;
  public final int port;
  public final Jwks jwks;

  /** An in-process SMTP server that receives every e-mail the node sends. */
  public final com.icegreen.greenmail.util.GreenMail mail;

  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  private RunningNode() throws Exception {
    jwks = new Jwks();
    int smtp;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      smtp = free.getLocalPort();
    }
    mail =
        new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(smtp, "127.0.0.1", "smtp"));
    mail.start();
    Path keys = Files.createTempDirectory("puente-it-keys");
    context =
        new SpringApplicationBuilder(PuenteNode.class)
            .run(
                "--spring.datasource.url=" + PostgresDatabase.url(),
                "--spring.datasource.username=" + PostgresDatabase.APP_USER,
                "--spring.datasource.password=",
                "--spring.flyway.user=" + PostgresDatabase.ADMIN_USER,
                "--spring.flyway.password=" + PostgresDatabase.ADMIN_PASSWORD,
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--puente.demo=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp,
                "--puente.node.key-file=" + keys.resolve("log.key"),
                "--puente.security.oidc.jwk-set-uri=" + jwks.uri(),
                "--puente.security.oidc.issuer-uri=" + Jwks.ISSUER,
                "--logging.level.root=WARN",
                "--logging.level.org.puente=INFO");
    port =
        java.util.Objects.requireNonNull(((WebServerApplicationContext) context).getWebServer())
            .getPort();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              context.close();
              jwks.stop();
              mail.stop();
            }));
  }

  /** The node, started on first use. */
  public static synchronized RunningNode get() {
    RunningNode node = instance;
    if (node == null) {
      try {
        node = new RunningNode();
      } catch (Exception e) {
        throw new IllegalStateException("the test node did not start: " + e.getMessage(), e);
      }
      instance = node;
    }
    return node;
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A caller as the given demo user, for calling domain services directly. */
  public Caller caller(String username) {
    return new Caller(
        bean(Accounts.class).byUsername(username).orElseThrow(), "test-" + username, "test");
  }

  /** An API client authenticated with a personal token of the given user. */
  public Api as(String username) {
    String secret =
        tokens.computeIfAbsent(
            username, u -> bean(ApiTokens.class).issue(caller(u), "integration tests", 1).secret());
    return new Api(base(), "Bearer " + secret);
  }

  /** An API client with HTTP Basic credentials. */
  public Api basic(String username, String password) {
    String pair = username + ":" + password;
    return new Api(
        base(),
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** An API client with the given Authorization header. */
  public Api authorization(String header) {
    return new Api(base(), header);
  }

  /** An API client that sends no credentials. */
  public Api anonymous() {
    return new Api(base(), null);
  }
}
