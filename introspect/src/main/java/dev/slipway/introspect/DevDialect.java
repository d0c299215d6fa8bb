package dev.slipway.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What {@link DevDatabase} needs to know about one engine to run desired DDL in a scratch database: how a
 * script splits into statements, how the session is prepared, which errors mean "something this
 * statement names does not exist yet" (so it is retried after the others), and where in a statement the
 * server says an error is. Each dialect package has one; its {@link CatalogReader} hands it out.
 */
public interface DevDialect {
  /** The statements of one desired file, each with its offset into {@code text}. */
  List<SqlScript.Statement> split(String text);

  /**
   * The statement as it is sent to the server: the same length as {@code sql}, so that error positions
   * still map back to the file (a dialect may blank out clauses a scratch server cannot honour).
   */
  default String prepare(String sql) {
    return sql;
  }

  /** Prepares the session before the first statement; returns what {@link #end} must restore. */
  default Object begin(Connection connection) throws SQLException {
    return null;
  }

  /** Restores what {@link #begin} changed. */
  default void end(Connection connection, Object saved) throws SQLException {}

  /**
   * The session state a statement's retry must run in (PostgreSQL: its search_path), or null when the
   * engine has none that statements depend on.
   */
  default String context(Connection connection) throws SQLException {
    return null;
  }

  /** Puts back a state returned by {@link #context}. */
  default void restoreContext(Connection connection, String context) throws SQLException {}

  /**
   * Whether a failed statement is a session setting this server does not know, which a client running the
   * file reports and goes past (pg_dump of a newer major writes {@code SET transaction_timeout = 0}; psql
   * loads such a dump into an older server all the same). It is left out; it sets nothing in the schema.
   */
  default boolean unknownSetting(String sql, SQLException error) {
    return false;
  }

  /** Whether {@code error} means an object the statement names does not exist (yet). */
  boolean missingDependency(SQLException error);

  /** Called after a statement failed with a missing dependency, e.g. to create a schema it names. */
  default void onMissingDependency(Connection connection, SQLException error) {}

  /**
   * The 0-based offset within {@code sql} that the server's error points at, or -1 when it names no
   * position.
   */
  int errorOffset(SQLException error, String sql);
}
