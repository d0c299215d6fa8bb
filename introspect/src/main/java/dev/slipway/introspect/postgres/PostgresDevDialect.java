package dev.slipway.introspect.postgres;

import dev.slipway.introspect.DevDialect;
import dev.slipway.introspect.SqlScript;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dev-database rules for PostgreSQL: scripts split as psql does (meta-command lines such as pg_dump's
 * {@code \restrict} blanked out), a retry runs in the search_path its statement first ran in, a schema that
 * is referenced but never created is created, and error positions come from the server's
 * {@code Position} field.
 */
final class PostgresDevDialect implements DevDialect {
  /**
   * SQLSTATEs that mean "something this statement names does not exist yet": undefined_table,
   * undefined_function, undefined_object, invalid_schema_name
   * (postgresql.org/docs/current/errcodes-appendix.html).
   */
  private static final Set<String> NOT_YET = Set.of("42P01", "42883", "42704", "3F000");

  private static final Pattern MISSING_SCHEMA = Pattern.compile("schema \"([^\"]+)\" does not exist");

  @Override
  public List<SqlScript.Statement> split(String text) {
    return SqlScript.split(SqlScript.withoutMetaCommands(text));
  }

  @Override
  public String context(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT current_setting('search_path')")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Override
  public void restoreContext(Connection connection, String context) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
      set.setString(1, context);
      set.execute();
    }
  }

  @Override
  public boolean unknownSetting(String sql, SQLException error) {
    return "42704".equals(error.getSQLState())
        && String.valueOf(error.getMessage()).contains("unrecognized configuration parameter")
        && UNKNOWN_SETTING.matcher(sql).lookingAt();
  }

  /** {@code SET [SESSION|LOCAL] name = …} or {@code … TO …}: a run-time parameter, not ROLE, CONSTRAINTS or the like. */
  private static final java.util.regex.Pattern UNKNOWN_SETTING = java.util.regex.Pattern.compile(
      "(?is)\\s*SET\\s+(?:SESSION\\s+|LOCAL\\s+)?[a-z_][a-z0-9_.]*\\s*(?:=|TO\\b)");

  @Override
  public boolean missingDependency(SQLException error) {
    return NOT_YET.contains(error.getSQLState());
  }

  /** A desired file that puts objects in a schema it never creates gets that schema, as the plan would. */
  @Override
  public void onMissingDependency(Connection connection, SQLException e) {
    Matcher m = MISSING_SCHEMA.matcher(String.valueOf(e.getMessage()));
    if (!"3F000".equals(e.getSQLState()) || !m.find()) return;
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS \"" + m.group(1).replace("\"", "\"\"") + "\"");
    } catch (SQLException ignored) {
      // The statement's own error is reported if it still fails.
    }
  }

  @Override
  public int errorOffset(SQLException error, String sql) {
    Integer position = serverPosition(error);
    return position != null && position > 0 ? SqlScript.offsetOfCodePoint(sql, 0, position) : -1;
  }

  /**
   * The 1-based character position the server reported for the error, if any. Read reflectively from
   * pgjdbc's {@code PSQLException.getServerErrorMessage().getPosition()}: introspect compiles against JDBC
   * interfaces only, drivers arrive at run time (DESIGN.md, modules).
   */
  static Integer serverPosition(SQLException e) {
    try {
      Method detail = e.getClass().getMethod("getServerErrorMessage");
      Object message = detail.invoke(e);
      if (message == null) return null;
      Object position = message.getClass().getMethod("getPosition").invoke(message);
      return position instanceof Integer p ? p : null;
    } catch (ReflectiveOperationException | RuntimeException notPgjdbc) {
      return null;
    }
  }
}
