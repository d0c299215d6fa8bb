package dev.slipway.engines;

import dev.slipway.model.ServerVersion;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Properties;

/**
 * A PostgreSQL server started from zonky's Maven-packaged binaries: no install, no Docker. As root, zonky
 * runs initdb and the server through {@code unshare -U}, so it works in CI containers too.
 */
public final class EmbeddedPostgresServer implements DatabaseServer {
  private final EmbeddedPostgres postgres;
  private final int major;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, int major) {
    this.postgres = postgres;
    this.major = major;
  }

  /** The major Slipway bundles; used when none is asked for. */
  public static int defaultMajor() {
    return PostgresBinaries.bundledMajor();
  }

  /** Starts a fresh cluster of the given major on a free loopback port. */
  public static EmbeddedPostgresServer start(int major) {
    if (major < 13 || major > 18) {
      throw new EngineException("PostgreSQL " + major + " is not supported; embedded majors are 13 to 18");
    }
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setPgBinaryResolver((system, hardware) -> PostgresBinaries.open(major))
          // Scratch servers: durability settings off for speed, they never hold real data.
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("max_connections", "200")
          .setServerConfig("listen_addresses", "127.0.0.1")
          .start();
      return new EmbeddedPostgresServer(pg, major);
    } catch (IOException | RuntimeException e) {
      throw new EngineException("could not start embedded PostgreSQL " + major + ": " + rootMessage(e), e);
    }
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

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new EngineException("could not stop " + description() + ": " + e.getMessage(), e);
    }
  }
}
