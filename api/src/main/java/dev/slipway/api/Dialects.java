package dev.slipway.api;

import dev.slipway.api.apply.MySqlSession;
import dev.slipway.api.apply.PostgresSession;
import dev.slipway.api.apply.Session;
import dev.slipway.differ.DiffRules;
import dev.slipway.differ.mysql.MySqlDiffRules;
import dev.slipway.differ.postgres.PostgresDiffRules;
import dev.slipway.introspect.CatalogReader;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.mysql.MySqlCatalogReader;
import dev.slipway.introspect.postgres.PostgresCatalogReader;
import dev.slipway.model.Dialect;
import dev.slipway.model.ServerVersion;
import dev.slipway.planner.Renderer;
import dev.slipway.planner.mysql.MySqlRenderer;
import dev.slipway.planner.postgres.PostgresRenderer;
import java.sql.Connection;
import java.sql.SQLException;

/** The one place that names concrete dialect classes (STYLE.md): a switch over {@link Dialect}. */
public final class Dialects {
  private Dialects() {}

  /** {@code databaseAlias}: on MySQL, the name the connected database is read under (null: its own). */
  public static CatalogReader catalogReader(Dialect dialect, String databaseAlias) {
    return dialect == Dialect.POSTGRES ? new PostgresCatalogReader() : new MySqlCatalogReader(databaseAlias);
  }

  public static DiffRules diffRules(Dialect dialect) {
    return dialect == Dialect.POSTGRES ? new PostgresDiffRules() : new MySqlDiffRules();
  }

  public static Renderer renderer(Dialect dialect) {
    return dialect == Dialect.POSTGRES ? new PostgresRenderer() : new MySqlRenderer();
  }

  public static ServerVersion serverVersion(Dialect dialect, Connection c) throws SQLException, IntrospectionException {
    return dialect == Dialect.POSTGRES ? PostgresCatalogReader.serverVersion(c) : MySqlCatalogReader.serverVersion(c);
  }

  /** How {@code apply} talks to this server: timeouts, the apply lock, lock-timeout errors. */
  public static Session session(ServerVersion version) {
    return switch (version.engine()) {
      case POSTGRESQL -> new PostgresSession();
      case MYSQL -> new MySqlSession(false);
      case MARIADB -> new MySqlSession(true);
    };
  }

  /** The version assumed when no server is involved (file to file): the newest supported. */
  public static ServerVersion newest(Dialect dialect) {
    return dialect == Dialect.POSTGRES
        ? new ServerVersion(ServerVersion.Engine.POSTGRESQL, 18, 0, 0)
        : new ServerVersion(ServerVersion.Engine.MYSQL, 8, 4, 0);
  }
}
