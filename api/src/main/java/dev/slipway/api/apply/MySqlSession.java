package dev.slipway.api.apply;

import dev.slipway.planner.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * MySQL and MariaDB: {@code GET_LOCK} for the apply lock, {@code lock_wait_timeout} for the metadata lock
 * every ALTER waits for, and a statement time limit. Every DDL statement commits implicitly
 * (dev.mysql.com/doc/refman/8.0/en/implicit-commit.html), so the executor never wraps them in a transaction
 * and a failure is reported statement by statement.
 */
public final class MySqlSession implements Session {
  /** ER_LOCK_WAIT_TIMEOUT: also what a metadata-lock wait past lock_wait_timeout raises. */
  private static final int LOCK_WAIT_TIMEOUT = 1205;

  private final boolean mariadb;

  /** {@code mariadb}: the server is MariaDB, whose statement limit is {@code max_statement_time}. */
  public MySqlSession(boolean mariadb) {
    this.mariadb = mariadb;
  }

  @Override
  public void setTimeouts(Connection c, Statement s, boolean inTransaction) throws SQLException {
    try (java.sql.Statement st = c.createStatement()) {
      // lock_wait_timeout is whole seconds, at least 1 (dev.mysql.com/doc/refman/8.0/en/server-system-variables.html).
      st.execute("SET SESSION lock_wait_timeout = " + Math.max(1, seconds(s.lockTimeout(), 1)));
      if (mariadb) {
        // MariaDB aborts any statement past max_statement_time (seconds, fractional; 0 = no limit), DDL included
        // (mariadb.com/kb/en/aborting-statements/).
        st.execute("SET SESSION max_statement_time = " + seconds(s.statementTimeout(), 0));
      } else {
        // MySQL's max_execution_time (ms) bounds read-only SELECTs only; DDL is bounded by lock_wait_timeout
        // while it waits and otherwise runs to completion. Set it anyway so the session states the limit.
        st.execute("SET SESSION max_execution_time = " + millis(s.statementTimeout()));
      }
    }
  }

  private static long seconds(Duration d, long none) {
    return d == null || d.isZero() ? none : Math.max(1, (d.toMillis() + 999) / 1000);
  }

  private static long millis(Duration d) {
    return d == null ? 0 : d.toMillis();
  }

  @Override
  public boolean isLockTimeout(SQLException e) {
    return e.getErrorCode() == LOCK_WAIT_TIMEOUT;
  }

  /**
   * Besides class 08 (Connector/J's "Communications link failure" is 08S01): ER_SERVER_SHUTDOWN 1053,
   * MariaDB's ER_CONNECTION_KILLED 1927, and the client's CR_SERVER_GONE_ERROR 2006 / CR_SERVER_LOST 2013
   * (dev.mysql.com/doc/mysql-errors/8.0/en/, mariadb.com/kb/en/mariadb-error-code-reference/).
   */
  @Override
  public boolean isConnectionLost(SQLException e) {
    int code = e.getErrorCode();
    return Session.super.isConnectionLost(e) || code == 1053 || code == 1927 || code == 2006 || code == 2013;
  }

  /** GET_LOCK names are limited to 64 characters: the key is hashed into one. */
  @Override
  public boolean tryLock(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      ps.setString(1, lockName(key));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }

  @Override
  public void unlock(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      ps.setString(1, lockName(key));
      ps.execute();
    }
  }

  public static String lockName(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "slipway:" + HexFormat.of().formatHex(digest, 0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
