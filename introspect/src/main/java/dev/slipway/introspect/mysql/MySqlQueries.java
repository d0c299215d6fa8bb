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
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SHOW CREATE VIEW " + MySqlText.ident(name))) {
      return rs.next() ? rs.getString(2) : null;
    } catch (SQLException e) {
      throw new IntrospectionException("reading view " + name + " (SHOW CREATE VIEW): " + e.getMessage(), e);
    }
  }

  /** {@code SHOW CREATE TRIGGER `name`}: its "SQL Original Statement" column. */
  String showCreateTrigger(String name) throws IntrospectionException {
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SHOW CREATE TRIGGER " + MySqlText.ident(name))) {
      return rs.next() ? rs.getString(3) : null;
    } catch (SQLException e) {
      throw new IntrospectionException("reading trigger " + name + " (SHOW CREATE TRIGGER): " + e.getMessage(), e);
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
