package dev.slipway.histories;

import dev.slipway.introspect.SqlScript;
import dev.slipway.model.Dialect;
import dev.slipway.testing.PgDump;
import dev.slipway.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Schema dumps as their engine's own tool writes them ({@code pg_dump --schema-only}, {@code mariadb-dump
 * --no-data --routines --triggers --events}): the desired schema a user would hand Slipway, and the text two
 * databases are compared by, blind only to column order and to what a dump never means (comments, session
 * settings, auto-increment counters, statement order).
 */
final class Dumps {
  private Dumps() {}

  static String dump(TestDatabase db, String database) throws Exception {
    return db.engine() == dev.slipway.model.ServerVersion.Engine.POSTGRESQL
        ? PgDump.schemaOnly(db, database) : mysqlDump(db, database);
  }

  private static String mysqlDump(TestDatabase db, String database) throws IOException, InterruptedException {
    URI uri = URI.create(db.jdbcUrl(database).substring("jdbc:".length()));
    String tool = Files.isExecutable(Path.of("/usr/bin/mariadb-dump")) ? "/usr/bin/mariadb-dump" : "mysqldump";
    List<String> cmd = new ArrayList<>(List.of(tool, "--no-data", "--routines", "--triggers", "--events",
        "--skip-comments", "--skip-dump-date", "--protocol=TCP", "--host=" + uri.getHost(),
        "--port=" + uri.getPort(), "--user=" + db.credentials().getProperty("user")));
    cmd.add(database);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    String password = db.credentials().getProperty("password");
    if (password != null && !password.isEmpty()) pb.environment().put("MYSQL_PWD", password);
    Path out = Files.createTempFile("slipway-dump", ".sql");
    Path err = Files.createTempFile("slipway-dump", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(tool + " of " + database + " did not finish in 2 minutes");
      }
      if (p.exitValue() != 0) throw new AssertionError(tool + " of " + database + " exited " + p.exitValue() + ": "
          + Files.readString(err).strip());
      // A server without grant tables (the embedded MariaDB here) records views and routines with an empty
      // definer, which no server accepts back: leave it out, as a dump for another server would.
      return Files.readString(out).replace(" DEFINER=``", "");
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The dump's statements, normalised and sorted: equal for two databases with the same schema. */
  static TreeSet<String> normalised(String dump, Dialect dialect) {
    StringBuilder kept = new StringBuilder();
    for (String line : dump.split("\\R")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--") || t.startsWith("SET ") || t.startsWith("\\")
          || t.startsWith("SELECT pg_catalog.set_config(") || t.matches("/\\*!\\d+ SET .*\\*/;")
          || t.matches("(?i)DELIMITER .*")) {
        continue;
      }
      kept.append(line).append('\n');
    }
    TreeSet<String> out = new TreeSet<>();
    String text = kept.toString().replace(";;\n", ";\n");
    for (SqlScript.Statement s : SqlScript.split(text, dialect)) {
      String sql = s.sql().strip().replaceAll(" AUTO_INCREMENT=\\d+", "").replaceAll("/\\*!\\d+ (.*?)\\*/", "$1");
      if (sql.isEmpty()) continue;
      out.add(columnOrderAside(sql));
    }
    return out;
  }

  /** A CREATE TABLE with its column and constraint lines sorted (each without its trailing comma). */
  private static String columnOrderAside(String sql) {
    if (!sql.matches("(?s)CREATE TABLE .*\\(\\n.*\\n\\).*")) return sql;
    int open = sql.indexOf("(\n");
    int close = sql.lastIndexOf("\n)");
    List<String> lines = new ArrayList<>();
    for (String l : sql.substring(open + 2, close).split("\n")) lines.add(l.strip().replaceAll(",$", ""));
    lines.sort(null);
    return sql.substring(0, open + 2) + String.join("\n", lines) + sql.substring(close);
  }

  /** The statements only one of two normalised dumps has, for a failure message (at most {@code max} each). */
  static String difference(TreeSet<String> migrated, TreeSet<String> desired, int max) {
    StringBuilder b = new StringBuilder();
    List<String> onlyMigrated = migrated.stream().filter(s -> !desired.contains(s)).limit(max).toList();
    List<String> onlyDesired = desired.stream().filter(s -> !migrated.contains(s)).limit(max).toList();
    for (String s : onlyMigrated) b.append("\n  migrated only: ").append(s.replace("\n", "\n    "));
    for (String s : onlyDesired) b.append("\n  desired only:  ").append(s.replace("\n", "\n    "));
    return b.toString();
  }
}
