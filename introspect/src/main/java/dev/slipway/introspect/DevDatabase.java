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
 * {@code CREATE INDEX CONCURRENTLY}, work. A failing statement stops everything with an error naming
 * {@code file:line:column}.
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
      for (SourceFile file : files) apply(connection, file);
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

  private static void apply(Connection connection, SourceFile file) throws IntrospectionException {
    String text = SqlScript.withoutMetaCommands(file.text());
    for (SqlScript.Statement statement : SqlScript.split(text)) {
      try (Statement s = connection.createStatement()) {
        s.execute(statement.sql());
      } catch (SQLException e) {
        int offset = statement.offset() + leadingSpace(statement.sql());
        Integer position = serverPosition(e);
        if (position != null && position > 0) {
          offset = SqlScript.offsetOfCodePoint(text, statement.offset(), position);
        }
        throw new IntrospectionException(file.name() + ":" + SqlScript.lineColumn(text, offset) + ": "
            + firstLine(e.getMessage()), e);
      }
    }
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
