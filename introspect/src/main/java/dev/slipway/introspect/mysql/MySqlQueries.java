package dev.slipway.introspect.mysql;

import dev.slipway.introspect.IntrospectionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the information_schema queries kept as {@code .sql} resources beside this class, one per object kind
 * ({@code columns.sql} is run by {@code readColumns}). Each is limited to {@code DATABASE()}, the connected
 * database, and takes no parameter, so the number of queries never depends on how many objects exist.
 */
final class MySqlQueries {
  /** What one row of a query becomes. */
  interface RowHandler {
    void row(ResultSet rs) throws SQLException;
  }

  private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

  private final Connection connection;

  MySqlQueries(Connection connection) {
    this.connection = connection;
  }

  /** Runs {@code name.sql}, handing each row to {@code handler}. */
  void each(String name, String what, RowHandler handler) throws IntrospectionException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql(name))) {
      while (rs.next()) handler.row(rs);
    } catch (SQLException e) {
      throw new IntrospectionException("reading " + what + " from information_schema (" + name + ".sql): "
          + e.getMessage(), e);
    }
  }

  /** {@code SHOW CREATE VIEW `name`}: its "Create View" column. */
  String showCreateView(String name) throws IntrospectionException {
    return showCreate("VIEW", "view", name, 2);
  }

  /** {@code SHOW CREATE TRIGGER `name`}: its "SQL Original Statement" column. */
  String showCreateTrigger(String name) throws IntrospectionException {
    return showCreate("TRIGGER", "trigger", name, 3);
  }

  /** Column {@code column} of {@code SHOW CREATE <kind> `name`}, or null when the server returns no row. */
  private String showCreate(String kind, String what, String name, int column) throws IntrospectionException {
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SHOW CREATE " + kind + " " + MySqlText.ident(name))) {
      return rs.next() ? rs.getString(column) : null;
    } catch (SQLException e) {
      throw new IntrospectionException("reading " + what + " " + name + " (SHOW CREATE " + kind + "): "
          + e.getMessage(), e);
    }
  }

  /** Runs one statement that returns no rows (a session setting). */
  void run(String sql, String what) throws IntrospectionException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IntrospectionException(what + ": " + e.getMessage(), e);
    }
  }

  /** The text of resource {@code name.sql}. */
  static String sql(String name) {
    return TEXT.computeIfAbsent(name, n -> {
      try (InputStream in = MySqlQueries.class.getResourceAsStream(n + ".sql")) {
        if (in == null) throw new IllegalStateException("missing catalog query resource " + n + ".sql");
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read catalog query resource " + n + ".sql", e);
      }
    });
  }

  /** A nullable number column as a long, {@code fallback} when NULL. */
  static long longOr(ResultSet rs, String column, long fallback) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? fallback : v;
  }
}
