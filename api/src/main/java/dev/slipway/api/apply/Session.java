package dev.slipway.api.apply;

import dev.slipway.planner.Statement;
import java.sql.Connection;
import java.sql.SQLException;

/** The few things apply does differently per engine: timeouts, the apply lock, recognising a lock timeout. */
public interface Session {
  /** Sets the statement's lock and statement timeouts on the connection (for the transaction, if in one). */
  void setTimeouts(Connection c, Statement s, boolean inTransaction) throws SQLException;

  /** Whether the error is a lock-wait timeout (worth retrying), not a real failure. */
  boolean isLockTimeout(SQLException e);

  /**
   * Whether the error means the connection itself is gone (server restarted or stopped, session killed,
   * network broken), so nothing more can run on it. SQLSTATE class 08 is the standard's "connection
   * exception"; engines add their own codes.
   */
  default boolean isConnectionLost(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("08");
  }

  /** Takes the session-level apply lock on this database without waiting; false when another holds it. */
  boolean tryLock(Connection c, String key) throws SQLException;

  void unlock(Connection c, String key) throws SQLException;

  /** Cleans up after a failed statement (an invalid index left by a failed concurrent build). */
  default void recover(Connection c, Statement failed) throws SQLException {}
}
