package dev.slipway.introspect;

import dev.slipway.model.Schema;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalises desired DDL through the engine itself: runs the files, in order, in an empty scratch
 * database and reads the result back with the same {@link CatalogReader} that reads live databases, so
 * the desired and current schemas are spelled by the same server. Each statement runs on its own in
 * autocommit mode (as psql runs a script), so statements that refuse a transaction block, such as
 * {@code CREATE INDEX CONCURRENTLY}, work. Desired files may define objects in any order (as sqldef users
 * write them): a statement that fails only because something it names does not exist yet is retried
 * after the others, pass after pass, in the search_path it first ran in, and a schema that is referenced
 * but never created is created. A statement that fails for any other reason, or that still fails when no
 * pass makes progress, stops everything with an error naming {@code file:line:column}.
 */
public final class DevDatabase {
  private DevDatabase() {}

  /** Applies {@code files} to the empty database behind {@code connection} and reads it back. */
  public static Schema load(Connection connection, List<SourceFile> files, CatalogReader reader, ReadOptions options)
      throws IntrospectionException {
    requireEmpty(connection, reader);
    boolean autoCommit;
    try {
      autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IntrospectionException("preparing the dev database connection: " + e.getMessage(), e);
    }
    try {
      List<Pending> pending = new ArrayList<>();
      for (SourceFile file : files) {
        String text = SqlScript.withoutMetaCommands(file.text());
        for (SqlScript.Statement st : SqlScript.split(text)) pending.add(new Pending(file, text, st));
      }
      applyInAnyOrder(connection, pending);
    } finally {
      try {
        connection.setAutoCommit(autoCommit);
      } catch (SQLException e) {
        // The DDL outcome matters more; the caller will see a broken connection on next use.
      }
    }
    return reader.read(connection, options);
  }

  /** A dev database must start empty, or what is read back is not what the files say. */
  private static void requireEmpty(Connection connection, CatalogReader reader) throws IntrospectionException {
    Schema before = reader.read(connection, ReadOptions.ALL);
    List<String> found = new ArrayList<>();
    if (!before.tables().isEmpty()) found.add(before.tables().size() + " tables");
    if (!before.views().isEmpty()) found.add(before.views().size() + " views");
    if (!before.sequences().isEmpty()) found.add(before.sequences().size() + " sequences");
    if (!before.routines().isEmpty()) found.add(before.routines().size() + " routines");
    if (!before.types().isEmpty()) found.add(before.types().size() + " types");
    if (!before.extensions().isEmpty()) found.add(before.extensions().size() + " extensions");
    if (!found.isEmpty()) {
      throw new IntrospectionException("the dev database is not empty (it holds " + String.join(", ", found)
          + "); give it a scratch database that Slipway may fill and discard");
    }
  }

  /** One statement of a desired file, with what its retry needs. */
  private static final class Pending {
    final SourceFile file;
    final String text;
    final SqlScript.Statement statement;
    String searchPath;
    SQLException error;

    Pending(SourceFile file, String text, SqlScript.Statement statement) {
      this.file = file;
      this.text = text;
      this.statement = statement;
    }
  }

  /**
   * SQLSTATEs that mean "something this statement names does not exist yet": undefined_table,
   * undefined_function, undefined_object, invalid_schema_name
   * (postgresql.org/docs/current/errcodes-appendix.html).
   */
  private static final java.util.Set<String> NOT_YET = java.util.Set.of("42P01", "42883", "42704", "3F000");

  private static final java.util.regex.Pattern MISSING_SCHEMA =
      java.util.regex.Pattern.compile("schema \"([^\"]+)\" does not exist");

  private static void applyInAnyOrder(Connection connection, List<Pending> all) throws IntrospectionException {
    List<Pending> pending = all;
    while (!pending.isEmpty()) {
      List<Pending> deferred = new ArrayList<>();
      for (Pending p : pending) {
        try {
          execute(connection, p);
        } catch (SQLException e) {
          if (!NOT_YET.contains(e.getSQLState())) throw located(p, e);
          p.error = e;
          deferred.add(p);
          createMissingSchema(connection, e);
        }
      }
      if (deferred.size() == pending.size()) throw located(deferred.get(0), deferred.get(0).error);
      pending = deferred;
    }
  }

  private static void execute(Connection connection, Pending p) throws SQLException {
    try (Statement s = connection.createStatement()) {
      if (p.searchPath == null) {
        try (java.sql.ResultSet rs = s.executeQuery("SELECT current_setting('search_path')")) {
          p.searchPath = rs.next() ? rs.getString(1) : null;
        }
        s.execute(p.statement.sql());
      } else {
        // A retry runs where the statement first ran, even if later statements moved search_path.
        String now;
        try (java.sql.ResultSet rs = s.executeQuery("SELECT current_setting('search_path')")) {
          now = rs.next() ? rs.getString(1) : null;
        }
        try (java.sql.PreparedStatement set = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
          set.setString(1, p.searchPath);
          set.execute();
        }
        try {
          s.execute(p.statement.sql());
        } finally {
          try (java.sql.PreparedStatement set = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            set.setString(1, now);
            set.execute();
          }
        }
      }
    }
  }

  /** A desired file that puts objects in a schema it never creates gets that schema, as the plan would. */
  private static void createMissingSchema(Connection connection, SQLException e) {
    java.util.regex.Matcher m = MISSING_SCHEMA.matcher(String.valueOf(e.getMessage()));
    if (!"3F000".equals(e.getSQLState()) || !m.find()) return;
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS \"" + m.group(1).replace("\"", "\"\"") + "\"");
    } catch (SQLException ignored) {
      // The statement's own error is reported if it still fails.
    }
  }

  private static IntrospectionException located(Pending p, SQLException e) {
    int offset = p.statement.offset() + leadingSpace(p.statement.sql());
    Integer position = serverPosition(e);
    if (position != null && position > 0) {
      offset = SqlScript.offsetOfCodePoint(p.text, p.statement.offset(), position);
    }
    return new IntrospectionException(p.file.name() + ":" + SqlScript.lineColumn(p.text, offset) + ": "
        + firstLine(e.getMessage()), e);
  }

  private static int leadingSpace(String sql) {
    int i = 0;
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) i++;
    return i;
  }

  private static String firstLine(String message) {
    if (message == null) return "statement failed";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
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
