package dev.slipway.introspect;

import dev.slipway.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Normalises desired DDL through the engine itself: runs the files, in order, in an empty scratch
 * database and reads the result back with the same {@link CatalogReader} that reads live databases, so
 * the desired and current schemas are spelled by the same server. Each statement runs on its own in
 * autocommit mode (as psql and the mysql client run a script), so statements that refuse a transaction
 * block, such as {@code CREATE INDEX CONCURRENTLY}, work. Desired files may define objects in any order (as
 * sqldef users write them): a statement that fails only because something it names does not exist yet is
 * retried after the others, pass after pass, in the session state it first ran in. A statement that fails
 * for any other reason, or that still fails when no pass makes progress, stops everything with an error
 * naming {@code file:line:column}. What is engine-specific (splitting, session preparation, which errors
 * mean "not yet", error positions) comes from the reader's {@link DevDialect}.
 */
public final class DevDatabase {
  private DevDatabase() {}

  /**
   * Applies {@code files} to the empty database behind {@code connection} and reads it back, using
   * {@code reader}'s {@link CatalogReader#devDialect() dev dialect}.
   */
  public static Schema load(Connection connection, List<SourceFile> files, CatalogReader reader, ReadOptions options)
      throws IntrospectionException {
    return load(connection, files, reader, options, reader.devDialect());
  }

  /** Applies {@code files} by {@code dialect}'s rules to the empty database behind {@code connection}. */
  public static Schema load(Connection connection, List<SourceFile> files, CatalogReader reader, ReadOptions options,
      DevDialect dialect) throws IntrospectionException {
    requireEmpty(connection, reader);
    boolean autoCommit;
    Object saved;
    try {
      autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      saved = dialect.begin(connection);
    } catch (SQLException e) {
      throw new IntrospectionException("preparing the dev database connection: " + e.getMessage(), e);
    }
    try {
      List<Pending> pending = new ArrayList<>();
      for (SourceFile file : files) {
        for (SqlScript.Statement st : dialect.split(file.text())) pending.add(new Pending(file, st));
      }
      applyInAnyOrder(connection, pending, dialect);
    } finally {
      try {
        dialect.end(connection, saved);
        connection.setAutoCommit(autoCommit);
      } catch (SQLException e) {
        // The DDL outcome matters more; the caller will see a broken connection on next use.
      }
    }
    return reader.read(connection, options);
  }

  /** A dev database must start empty, or what is read back is not what the files say. */
  private static void requireEmpty(Connection connection, CatalogReader reader) throws IntrospectionException {
    List<String> found = reader.occupants(connection);
    if (!found.isEmpty()) {
      throw new IntrospectionException("the dev database is not empty (it holds " + String.join(", ", found)
          + "); give it a scratch database that Slipway may fill and discard");
    }
  }

  /** One statement of a desired file, with what its retry needs. */
  private static final class Pending {
    final SourceFile file;
    final SqlScript.Statement statement;
    boolean ran;
    String context;
    SQLException error;

    Pending(SourceFile file, SqlScript.Statement statement) {
      this.file = file;
      this.statement = statement;
    }
  }

  private static void applyInAnyOrder(Connection connection, List<Pending> all, DevDialect dialect)
      throws IntrospectionException {
    List<Pending> pending = all;
    while (!pending.isEmpty()) {
      List<Pending> deferred = new ArrayList<>();
      for (Pending p : pending) {
        try {
          execute(connection, p, dialect);
        } catch (SQLException e) {
          if (dialect.unknownSetting(p.statement.sql(), e)) continue;
          if (!dialect.missingDependency(e)) throw located(p, e, dialect);
          p.error = e;
          deferred.add(p);
          dialect.onMissingDependency(connection, e);
        }
      }
      if (deferred.size() == pending.size()) throw located(deferred.get(0), deferred.get(0).error, dialect);
      pending = deferred;
    }
  }

  private static void execute(Connection connection, Pending p, DevDialect dialect) throws SQLException {
    String sql = dialect.prepare(p.statement.sql());
    try (Statement s = connection.createStatement()) {
      if (!p.ran) {
        p.ran = true;
        p.context = dialect.context(connection);
        s.execute(sql);
        return;
      }
      // A retry runs where the statement first ran, even if later statements moved the session on.
      String now = dialect.context(connection);
      boolean moved = !Objects.equals(now, p.context);
      if (moved) dialect.restoreContext(connection, p.context);
      try {
        s.execute(sql);
      } finally {
        if (moved) dialect.restoreContext(connection, now);
      }
    }
  }

  private static IntrospectionException located(Pending p, SQLException e, DevDialect dialect) {
    String sql = p.statement.sql();
    int within = dialect.errorOffset(e, sql);
    int offset = p.statement.offset() + (within >= 0 ? Math.min(within, sql.length()) : leadingSpace(sql));
    return new IntrospectionException(p.file.name() + ":" + SqlScript.lineColumn(p.file.text(), offset) + ": "
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
}
