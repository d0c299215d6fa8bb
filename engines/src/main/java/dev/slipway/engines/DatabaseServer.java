package dev.slipway.engines;

import dev.slipway.model.ServerVersion;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A running database server that Slipway can create scratch databases in: one started here (embedded,
 * container) or an external one given by URL. Closing it stops what was started and nothing else.
 */
public interface DatabaseServer extends AutoCloseable {

  /** The engine this server runs. */
  ServerVersion.Engine engine();

  /** A JDBC URL for the named database on this server, without credentials. */
  String jdbcUrl(String database);

  /** Credentials to connect with (user, password); never printed. */
  Properties credentials();

  /** A short description for messages: engine, version source, host and port (never a password). */
  String description();

  /** Connects to a database on this server. */
  default Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), credentials());
  }

  /** The database every server has and admin statements run in. */
  default String adminDatabase() {
    return engine() == ServerVersion.Engine.POSTGRESQL ? "postgres" : "mysql";
  }

  /** Creates an empty database; its name must be a plain lower-case identifier. */
  default void createDatabase(String name) throws SQLException {
    requirePlainName(name);
    try (Connection c = connect(adminDatabase()); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
  }

  /** Drops a database if it exists, closing other sessions on PostgreSQL first. */
  default void dropDatabase(String name) throws SQLException {
    requirePlainName(name);
    try (Connection c = connect(adminDatabase()); Statement s = c.createStatement()) {
      if (engine() == ServerVersion.Engine.POSTGRESQL) {
        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
      }
      s.execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  private static void requirePlainName(String name) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
  }

  /**
   * Stops the server the way an operator's restart does (PostgreSQL: fast shutdown; the MySQL family: a
   * normal shutdown on SIGTERM) and starts it again on the same data directory and port: every open session
   * is cut, the data survives, and the same URLs work afterwards. Only servers started for it can; tests use
   * it to cut an apply off in the middle.
   */
  default void restart() {
    throw new EngineException("cannot restart " + description() + ": only a server Slipway started for it can be restarted");
  }

  @Override
  void close();
}
