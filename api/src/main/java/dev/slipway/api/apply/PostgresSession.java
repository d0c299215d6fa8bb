package dev.slipway.api.apply;

import dev.slipway.model.ObjectKind;
import dev.slipway.planner.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** PostgreSQL: {@code SET [LOCAL] lock_timeout}, {@code pg_try_advisory_lock}, SQLSTATE 55P03. */
public final class PostgresSession implements Session {
  /** lock_not_available: postgresql.org/docs/current/errcodes-appendix.html */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  @Override
  public void setTimeouts(Connection c, Statement s, boolean inTransaction) throws SQLException {
    // SET LOCAL lasts until the transaction ends; outside one, a plain SET lasts for the session and is
    // overwritten before the next statement anyway.
    String scope = inTransaction ? "SET LOCAL " : "SET ";
    try (java.sql.Statement st = c.createStatement()) {
      st.execute(scope + "lock_timeout = " + millis(s.lockTimeout()));
      st.execute(scope + "statement_timeout = " + millis(s.statementTimeout()));
    }
  }

  private static long millis(java.time.Duration d) {
    return d == null ? 0 : d.toMillis();
  }

  @Override
  public boolean isLockTimeout(SQLException e) {
    return LOCK_NOT_AVAILABLE.equals(e.getSQLState());
  }

  /**
   * Besides class 08: admin_shutdown (57P01, a fast shutdown or pg_terminate_backend), crash_shutdown
   * (57P02), cannot_connect_now (57P03) (postgresql.org/docs/current/errcodes-appendix.html).
   */
  @Override
  public boolean isConnectionLost(SQLException e) {
    String state = e.getSQLState();
    return Session.super.isConnectionLost(e) || state != null && state.startsWith("57P0");
  }

  @Override
  public boolean tryLock(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  @Override
  public void unlock(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(hashtextextended(?, 0))")) {
      ps.setString(1, key);
      ps.execute();
    }
  }

  /**
   * A failed or cancelled CREATE INDEX CONCURRENTLY leaves an INVALID index behind
   * (postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY): drop it so the next
   * plan starts clean.
   */
  @Override
  public void recover(Connection c, Statement failed) throws SQLException {
    String sql = failed.sql().toUpperCase(Locale.ROOT);
    if (failed.subject() == null || failed.subject().kind() != ObjectKind.INDEX
        || !sql.contains("INDEX CONCURRENTLY") || !sql.startsWith("CREATE")) {
      return;
    }
    String schema = failed.subject().name().schema();
    String index = sql.contains(" ON ") ? indexName(failed.sql()) : failed.subject().member();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT format('DROP INDEX CONCURRENTLY IF EXISTS %I.%I', n.nspname, i.relname) FROM pg_class i "
            + "JOIN pg_namespace n ON n.oid = i.relnamespace JOIN pg_index x ON x.indexrelid = i.oid "
            + "WHERE n.nspname = ? AND i.relname = ? AND NOT x.indisvalid")) {
      ps.setString(1, schema);
      ps.setString(2, index);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET lock_timeout = 0");
            st.execute(rs.getString(1));
          }
        }
      }
    }
  }

  /** The index name of a CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON … statement, unquoted. */
  static String indexName(String sql) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "(?is)^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")*\"|[^\\s(]+)")
        .matcher(sql.strip());
    if (!m.find()) return null;
    String n = m.group(1);
    return n.startsWith("\"") ? n.substring(1, n.length() - 1).replace("\"\"", "\"") : n.toLowerCase(Locale.ROOT);
  }
}
