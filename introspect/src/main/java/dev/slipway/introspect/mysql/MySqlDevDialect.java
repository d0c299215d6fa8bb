package dev.slipway.introspect.mysql;

import dev.slipway.introspect.DevDialect;
import dev.slipway.introspect.SqlScript;
import dev.slipway.model.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dev-database rules for MySQL and MariaDB: scripts split as the mysql client does (DELIMITER lines, and
 * BEGIN…END bodies written without one); foreign key checks are off for the session, so tables may reference
 * tables created later (dev.mysql.com/doc/refman/8.0/en/create-table-foreign-keys.html#foreign-key-checks);
 * views and triggers naming objects not created yet are retried; {@code DEFINER=} clauses are blanked out,
 * since the accounts they name rarely exist on a scratch server and definers are not part of the model.
 */
final class MySqlDevDialect implements DevDialect {
  /**
   * Server errors that mean "something this statement names does not exist yet"
   * (dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html): ER_CANT_CREATE_TABLE (1005, MariaDB's
   * wrapper for a foreign key it cannot make yet), ER_CANNOT_ADD_FOREIGN (1215), ER_NO_SUCH_TABLE (1146),
   * ER_SP_DOES_NOT_EXIST (1305), ER_VIEW_INVALID (1356), ER_FK_CANNOT_OPEN_PARENT (1824).
   */
  private static final Set<Integer> NOT_YET = Set.of(1005, 1146, 1215, 1305, 1356, 1824);

  /** {@code DEFINER = user[@host]} after {@code CREATE [OR REPLACE] [ALGORITHM = x]}, at a statement's head. */
  private static final Pattern DEFINER = Pattern.compile("(?is)^((?:\\s|--[^\\n]*\\n|#[^\\n]*\\n|/\\*[^!].*?\\*/)*"
      + "CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:ALGORITHM\\s*=\\s*\\w+\\s+)?)"
      + "(DEFINER\\s*=\\s*(?:CURRENT_USER(?:\\s*\\(\\s*\\))?|(?:`(?:[^`]|``)*`|'(?:[^'\\\\]|\\\\.|'')*'|\"[^\"]*\"|[\\w.$-]+)"
      + "(?:\\s*@\\s*(?:`(?:[^`]|``)*`|'(?:[^'\\\\]|\\\\.|'')*'|\"[^\"]*\"|[\\w.%$:-]+))?))");

  /**
   * Errors whose message quotes a name from the statement without a position: ER_BAD_FIELD_ERROR (1054,
   * unknown column) and MariaDB's ER_UNKNOWN_DATA_TYPE (4161).
   */
  private static final Set<Integer> QUOTES_A_NAME = Set.of(1054, 4161);

  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  /** {@code … near 'text' at line N}: where MySQL and MariaDB say a syntax error is. */
  private static final Pattern NEAR = Pattern.compile("(?s)near '(.*)' at line (\\d+)");

  @Override
  public List<SqlScript.Statement> split(String text) {
    return SqlScript.split(text, Dialect.MYSQL);
  }

  @Override
  public String prepare(String sql) {
    Matcher m = DEFINER.matcher(sql);
    if (!m.find()) return sql;
    return sql.substring(0, m.start(2)) + " ".repeat(m.end(2) - m.start(2)) + sql.substring(m.end(2));
  }

  @Override
  public Object begin(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      String saved;
      try (ResultSet rs = s.executeQuery("SELECT @@session.foreign_key_checks")) {
        saved = rs.next() ? rs.getString(1) : "1";
      }
      s.execute("SET SESSION foreign_key_checks = 0");
      return saved;
    }
  }

  @Override
  public void end(Connection connection, Object saved) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET SESSION foreign_key_checks = " + ("0".equals(saved) ? "0" : "1"));
    }
  }

  @Override
  public boolean missingDependency(SQLException error) {
    return NOT_YET.contains(error.getErrorCode());
  }

  /**
   * The offset of the text the server quotes after {@code near}, searched from the start of the line it
   * names (lines counted from the start of the statement as sent).
   */
  @Override
  public int errorOffset(SQLException error, String sql) {
    Matcher m = NEAR.matcher(String.valueOf(error.getMessage()));
    if (!m.find()) return quotedName(error, sql);
    int line = Integer.parseInt(m.group(2));
    int lineStart = 0;
    for (int l = 1; l < line; l++) {
      int nl = sql.indexOf('\n', lineStart);
      if (nl < 0) return -1;
      lineStart = nl + 1;
    }
    String near = m.group(1);
    if (near.isEmpty()) return trimmedEnd(sql);
    int nl = near.indexOf('\n');
    String probe = nl < 0 ? near : near.substring(0, nl);
    if (probe.endsWith("...")) probe = probe.substring(0, probe.length() - 3);
    int at = probe.isEmpty() ? -1 : sql.indexOf(probe, lineStart);
    return at >= 0 ? at : lineStart;
  }

  /** The first place the name an error quotes appears as a word in the statement, or -1. */
  private static int quotedName(SQLException error, String sql) {
    if (!QUOTES_A_NAME.contains(error.getErrorCode())) return -1;
    Matcher q = QUOTED.matcher(String.valueOf(error.getMessage()));
    if (!q.find()) return -1;
    Matcher word = Pattern.compile("(?i)(?<![\\w`])`?" + Pattern.quote(q.group(1)) + "(?![\\w])").matcher(sql);
    return word.find() ? word.start() : -1;
  }

  /** Where the statement's text ends, before trailing whitespace: the server ran out of input there. */
  private static int trimmedEnd(String sql) {
    int end = sql.length();
    while (end > 0 && Character.isWhitespace(sql.charAt(end - 1))) end--;
    return end;
  }
}
