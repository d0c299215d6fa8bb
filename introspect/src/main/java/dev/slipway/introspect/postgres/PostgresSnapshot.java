package dev.slipway.introspect.postgres;

import dev.slipway.introspect.IntrospectionException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One {@code REPEATABLE READ READ ONLY} transaction around a catalog read: every statement in it sees the
 * snapshot taken by its first query (postgresql.org/docs/current/transaction-iso.html#XACT-REPEATABLE-READ),
 * so objects created or dropped meanwhile cannot tear the result. Restores the connection's autocommit,
 * isolation and read-only settings when it ends.
 */
final class PostgresSnapshot {
  private final Connection connection;
  private final boolean autoCommit;
  private final int isolation;
  private final boolean readOnly;

  private PostgresSnapshot(Connection connection, boolean autoCommit, int isolation, boolean readOnly) {
    this.connection = connection;
    this.autoCommit = autoCommit;
    this.isolation = isolation;
    this.readOnly = readOnly;
  }

  static PostgresSnapshot begin(Connection connection) throws IntrospectionException {
    PostgresSnapshot s;
    try {
      s = new PostgresSnapshot(connection, connection.getAutoCommit(), connection.getTransactionIsolation(),
          connection.isReadOnly());
    } catch (SQLException e) {
      throw new IntrospectionException("reading the connection's transaction settings: " + e.getMessage(), e);
    }
    try {
      // Isolation and read-only can only change between transactions, so these come before the
      // transaction starts; a caller with an open transaction gets an error rather than a torn read.
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      return s;
    } catch (SQLException e) {
      IntrospectionException failure = new IntrospectionException(
          "starting a REPEATABLE READ READ ONLY transaction for the catalog read (is a transaction open on the "
              + "connection?): " + e.getMessage(), e);
      // Never roll back here: the open transaction, if any, is the caller's.
      s.restore(failure);
      throw failure;
    }
  }

  /**
   * Rolls the read-only transaction back and restores the settings. With {@code failure} given, problems
   * are added to it; otherwise they are thrown.
   */
  void end(IntrospectionException failure) throws IntrospectionException {
    IntrospectionException own = null;
    try {
      connection.rollback();
    } catch (SQLException e) {
      own = new IntrospectionException("ending the catalog read transaction: " + e.getMessage(), e);
    }
    if (failure != null && own != null) failure.addSuppressed(own);
    restore(failure != null ? failure : own);
    if (failure == null && own != null) throw own;
  }

  /** Puts back the caller's settings; problems are added to {@code failure}, or thrown when it is null. */
  void restore(IntrospectionException failure) throws IntrospectionException {
    try {
      connection.setAutoCommit(autoCommit);
      connection.setTransactionIsolation(isolation);
      connection.setReadOnly(readOnly);
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
        return;
      }
      throw new IntrospectionException("restoring the connection's transaction settings: " + e.getMessage(), e);
    }
  }
}
