package dev.slipway.api;

import dev.slipway.model.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A dev database server someone else runs, given by URL ({@code --dev-url postgres://…}). Closing it does nothing. */
final class UrlDevServer implements DevServer {
  private final DatabaseUrl url;

  UrlDevServer(DatabaseUrl url) {
    this.url = url;
  }

  @Override
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url.withDatabase(database).jdbcUrl(), url.credentials());
  }

  @Override
  public String adminDatabase() {
    return url.dialect() == Dialect.POSTGRES ? "postgres" : "mysql";
  }

  @Override
  public void createDatabase(String name) throws SQLException {
    requirePlainName(name);
    try (Connection c = connect(adminDatabase()); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
  }

  @Override
  public void dropDatabase(String name) throws SQLException {
    requirePlainName(name);
    try (Connection c = connect(adminDatabase()); Statement s = c.createStatement()) {
      if (url.dialect() == Dialect.POSTGRES) {
        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
      }
      s.execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  private static void requirePlainName(String name) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) throw new IllegalArgumentException("not a plain database name: " + name);
  }

  @Override
  public void close() {}
}
