package dev.slipway.engines;

import dev.slipway.model.ServerVersion;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A PostgreSQL server started from zonky's Maven-packaged binaries: no install, no Docker. As root, zonky
 * runs initdb and the server through {@code unshare -U}, so it works in CI containers too.
 */
public final class EmbeddedPostgresServer implements DatabaseServer {
  private volatile EmbeddedPostgres postgres;
  private final int major;
  /** The data directory of a restartable server (kept across restarts, deleted on close); null otherwise. */
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, int major, Path dataDirectory) {
    this.postgres = postgres;
    this.major = major;
    this.dataDirectory = dataDirectory;
  }

  /** The major Slipway bundles; used when none is asked for. */
  public static int defaultMajor() {
    return PostgresBinaries.bundledMajor();
  }

  /** Starts a fresh cluster of the given major on a free loopback port. */
  public static EmbeddedPostgresServer start(int major) {
    checkMajor(major);
    try {
      return new EmbeddedPostgresServer(builder(major).start(), major, null);
    } catch (IOException | RuntimeException e) {
      throw new EngineException("could not start embedded PostgreSQL " + major + ": " + rootMessage(e), e);
    }
  }

  /**
   * Starts a fresh cluster that {@link #restart()} can stop and start again: its data directory is a
   * temporary directory of its own that survives the stop (zonky's own directories are deleted when the
   * server stops), deleted by {@link #close()}.
   */
  public static EmbeddedPostgresServer startRestartable(int major) {
    checkMajor(major);
    Path data = null;
    try {
      data = Files.createTempDirectory("slipway-pg-data-");
      EmbeddedPostgres pg = builder(major).setDataDirectory(data).setCleanDataDirectory(false).start();
      return new EmbeddedPostgresServer(pg, major, data);
    } catch (IOException | RuntimeException e) {
      deleteTree(data);
      throw new EngineException("could not start embedded PostgreSQL " + major + ": " + rootMessage(e), e);
    }
  }

  private static void checkMajor(int major) {
    if (major < 13 || major > 18) {
      throw new EngineException("PostgreSQL " + major + " is not supported; embedded majors are 13 to 18");
    }
  }

  private static EmbeddedPostgres.Builder builder(int major) {
    return EmbeddedPostgres.builder()
        .setPgBinaryResolver((system, hardware) -> PostgresBinaries.open(major))
        // Scratch servers: durability settings off for speed, they never hold real data.
        .setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("full_page_writes", "off")
        .setServerConfig("max_connections", "200")
        .setServerConfig("listen_addresses", "127.0.0.1");
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  @Override
  public ServerVersion.Engine engine() {
    return ServerVersion.Engine.POSTGRESQL;
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
  }

  @Override
  public Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", "postgres");
    return p;
  }

  @Override
  public String description() {
    return "embedded PostgreSQL " + major + " on 127.0.0.1:" + postgres.getPort();
  }

  /**
   * zonky's close() is {@code pg_ctl stop -m fast}: every session is terminated ("terminating connection due
   * to administrator command"), open transactions are rolled back
   * (postgresql.org/docs/current/app-pg-ctl.html). The new server finds postgresql.conf in the kept
   * directory, so it skips initdb and recovers the cluster as it was, on the same port.
   */
  @Override
  public synchronized void restart() {
    if (dataDirectory == null) DatabaseServer.super.restart();
    int port = postgres.getPort();
    try {
      postgres.close();
      postgres = builder(major).setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    } catch (IOException | RuntimeException e) {
      throw new EngineException("could not restart " + description() + ": " + rootMessage(e), e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new EngineException("could not stop " + description() + ": " + e.getMessage(), e);
    } finally {
      deleteTree(dataDirectory);
    }
  }

  private static void deleteTree(Path dir) {
    MySqlServerProcess.deleteTree(dir);
  }
}
