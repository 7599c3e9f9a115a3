package org.puente;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * A fresh PostgreSQL database for this test run, on the server at {@code PUENTE_TEST_PG_HOST}
 * (default 127.0.0.1:5432, trust or password auth as user {@code postgres}); dropped when the JVM
 * exits. When the server is unreachable, tests that need it fail with a message saying so — they
 * never skip.
 */
public final class PostgresDatabase {

  public static final String HOST = env("PUENTE_TEST_PG_HOST", "127.0.0.1");
  public static final String PORT = env("PUENTE_TEST_PG_PORT", "5432");
  public static final String ADMIN_USER = env("PUENTE_TEST_PG_USER", "postgres");
  public static final String ADMIN_PASSWORD = env("PUENTE_TEST_PG_PASSWORD", "");

  /** The database connected to for creating and dropping this run's databases. */
  public static final String MAINTENANCE = env("PUENTE_TEST_PG_DATABASE", "puente_test");

  /** The role the node runs as; migrations create it and give it insert-only log tables. */
  public static final String APP_USER = "puente_app";

  private static @Nullable String name;

  private PostgresDatabase() {}

  /** The JDBC URL of this run's database, creating it on first use. */
  public static synchronized String url() {
    String current = name;
    if (current == null) {
      current = create();
      name = current;
    }
    return jdbc(current);
  }

  /** Another fresh database, for a test that runs its own node; dropped when the JVM exits. */
  public static synchronized String another() {
    url();
    return jdbc(create());
  }

  /** A connection as the administrative user, for tests that act behind the node's back. */
  public static Connection admin() throws SQLException {
    return DriverManager.getConnection(url(), ADMIN_USER, ADMIN_PASSWORD);
  }

  /** A connection as the administrative user to the given database. */
  public static Connection adminTo(String url) throws SQLException {
    return DriverManager.getConnection(url, ADMIN_USER, ADMIN_PASSWORD);
  }

  /** A connection as the node's own role. */
  public static Connection app() throws SQLException {
    return DriverManager.getConnection(url(), APP_USER, "");
  }

  private static String create() {
    String created =
        "puente_it_"
            + LocalDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
            + "_"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    try (Connection c = maintenance();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + created);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL integration tests need a server at "
              + HOST
              + ":"
              + PORT
              + " that user "
              + ADMIN_USER
              + " can create databases on (set PUENTE_TEST_PG_HOST/PORT/USER/PASSWORD): "
              + e.getMessage(),
          e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(created)));
    return created;
  }

  /**
   * The maintenance database ({@code puente_test}), created through {@code postgres} when a machine
   * does not have it yet.
   */
  private static Connection maintenance() throws SQLException {
    try {
      return admin(MAINTENANCE);
    } catch (SQLException missing) {
      try (Connection c = admin("postgres");
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + MAINTENANCE);
      }
      return admin(MAINTENANCE);
    }
  }

  private static Connection admin(String database) throws SQLException {
    return DriverManager.getConnection(jdbc(database), ADMIN_USER, ADMIN_PASSWORD);
  }

  private static String jdbc(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static void drop(String database) {
    if (Boolean.getBoolean("puente.test.keep-database")) {
      return;
    }
    try (Connection c = maintenance();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("could not drop test database " + database + ": " + e.getMessage());
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
