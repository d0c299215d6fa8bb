package dev.slipway.cli;

import dev.slipway.api.DevServer;
import dev.slipway.api.DevServerException;
import dev.slipway.api.DevServers;
import dev.slipway.engines.DatabaseServer;
import dev.slipway.engines.EmbeddedPostgresServer;
import dev.slipway.engines.EngineException;
import dev.slipway.engines.Engines;
import dev.slipway.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The CLI's dev servers for the library: the engines module's embedded, system and container servers. */
final class EngineDevServers implements DevServers {
  @Override
  public DevServer start(String spec) {
    return started(() -> Engines.start(spec));
  }

  /** MariaDB for the MySQL family; PostgreSQL of the target's major when that one is at hand, else the bundled one. */
  @Override
  public DevServer startDefault(Dialect dialect, Integer preferredMajor, Consumer<String> notes) {
    if (dialect != Dialect.POSTGRES) return start("embedded:mariadb");
    int bundled = EmbeddedPostgresServer.defaultMajor();
    if (preferredMajor != null && preferredMajor != bundled) {
      try {
        return started(() -> EmbeddedPostgresServer.start(preferredMajor));
      } catch (DevServerException e) {
        notes.accept("slipway: note: no embedded PostgreSQL " + preferredMajor + " here; normalising with "
            + bundled + " (pass --dev-url to choose)");
      }
    }
    return started(() -> EmbeddedPostgresServer.start(bundled));
  }

  private static DevServer started(Supplier<DatabaseServer> start) {
    DatabaseServer s;
    try {
      s = start.get();
    } catch (EngineException e) {
      throw new DevServerException(e.getMessage(), e);
    }
    return new DevServer() {
      @Override
      public Connection connect(String database) throws SQLException {
        return s.connect(database);
      }

      @Override
      public String adminDatabase() {
        return s.adminDatabase();
      }

      @Override
      public void createDatabase(String name) throws SQLException {
        s.createDatabase(name);
      }

      @Override
      public void dropDatabase(String name) throws SQLException {
        s.dropDatabase(name);
      }

      @Override
      public void close() {
        s.close();
      }
    };
  }
}
