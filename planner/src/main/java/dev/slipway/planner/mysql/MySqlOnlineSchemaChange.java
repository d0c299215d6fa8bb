package dev.slipway.planner.mysql;

import dev.slipway.model.QualifiedName;
import java.util.List;

/**
 * Command lines for the online schema change tools that copy a table in the background, follow its writes
 * (binlog for gh-ost, triggers for pt-online-schema-change) and swap it in with a short rename:
 * github.com/github/gh-ost/blob/master/doc/command-line-flags.md and
 * docs.percona.com/percona-toolkit/pt-online-schema-change.html. The ALTER clauses are passed without
 * ALGORITHM/LOCK, which the tools choose themselves. Shell quoting: double quotes, with {@code \ " $ `}
 * escaped.
 */
final class MySqlOnlineSchemaChange {
  private MySqlOnlineSchemaChange() {}

  static List<String> commands(QualifiedName table, String clauses) {
    String alter = shell(clauses);
    return List.of(
        "gh-ost --alter=\"" + alter + "\" --database=" + word(table.schema()) + " --table=" + word(table.name())
            + " --execute",
        "pt-online-schema-change --alter \"" + alter + "\" " + word("D=" + table.schema() + ",t=" + table.name())
            + " --execute");
  }

  private static String word(String s) {
    return s.matches("[A-Za-z0-9_$=,]+") ? s : "\"" + shell(s) + "\"";
  }

  private static String shell(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' || ch == '"' || ch == '$' || ch == '`') b.append('\\');
      b.append(ch);
    }
    return b.toString();
  }
}
