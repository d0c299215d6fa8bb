package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile names (issue 8) on MySQL, MariaDB 10.11/11.4: tables, columns, indexes, foreign keys, checks,
 * views, triggers and routines named with backticks, quotes, spaces, semicolons, comment markers, unicode,
 * mixed case, reserved words and the 64-character maximum. {@code apply} creates them, the catalog holds
 * exactly those names, a re-plan is empty, {@code inspect}'s SQL rebuilds them, dropping them quotes them
 * too, and the table a crafted name tries to drop survives.
 */
class HostileNamesMySqlIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  private final CliFixture cli = new CliFixture(db);

  static final List<String> NAMES = List.of(
      "a`b", "x`; DROP TABLE canary; --", "Mixed Case", "select", "naïve ☃ 名前", "it's", "\"dq\"", "--c",
      "/* c */", "#hash", "b".repeat(64), "end");

  private static String q(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** {@code prefix + name}, cut to MySQL's 64-character limit. */
  private static String p(String prefix, String name) {
    String all = prefix + name;
    return q(all.length() > 64 ? all.substring(0, 64) : all);
  }

  private static String lit(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Test
  void everyObjectKindRoundTripsItsNameExactly() throws Exception {
    String name = cli.fresh("myhostile", "CREATE TABLE canary (id int)");
    boolean checks = TestDatabases.mysqlFlavour().hasCheckConstraints();
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < NAMES.size(); i++) {
      String n = NAMES.get(i);
      sql.append("CREATE TABLE ").append(q(n)).append(" (\n  ").append(q(n)).append(" bigint NOT NULL PRIMARY KEY,\n  ")
          .append(p("c ", n)).append(" varchar(20) COMMENT ").append(lit(n)).append(",\n  ")
          .append(p("r ", n)).append(" bigint,\n  ")
          .append("KEY ").append(p("ix ", n)).append(" (").append(p("c ", n)).append(")");
      if (checks) sql.append(",\n  CONSTRAINT ").append(p("ck ", n)).append(" CHECK (").append(q(n)).append(" > 0)");
      if (i > 0) {
        sql.append(",\n  CONSTRAINT ").append(p("fk ", n)).append(" FOREIGN KEY (").append(p("r ", n))
            .append(") REFERENCES ").append(q(NAMES.get(i - 1))).append(" (").append(q(NAMES.get(i - 1))).append(")");
      }
      sql.append("\n) COMMENT ").append(lit(n)).append(";\n");
      sql.append("CREATE VIEW ").append(p("v ", n)).append(" AS SELECT ").append(q(n)).append(" FROM ").append(q(n))
          .append(";\n");
      sql.append("CREATE TRIGGER ").append(p("t ", n)).append(" BEFORE INSERT ON ").append(q(n))
          .append(" FOR EACH ROW SET NEW.").append(p("c ", n)).append(" = ").append(lit(n.length() > 20 ? "long" : n))
          .append(";\n");
      sql.append("CREATE FUNCTION ").append(p("f ", n)).append("() RETURNS int DETERMINISTIC RETURN ").append(i)
          .append(";\n");
    }
    sql.append("CREATE TABLE canary (id int);\n");
    Path desired = CliFixture.schema(sql.toString());
    String url = db.urlWithCredentials(name);

    CliProcess.Run apply = cli.slipway("apply", "--url", url, "--to", desired.toString(), "--auto-approve");
    assertThat(apply.exitCode()).as(apply.stdout() + apply.stderr()).isZero();
    TreeSet<String> expected = new TreeSet<>(NAMES);
    expected.add("canary");
    assertThat(catalog(name, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
        + " AND TABLE_TYPE = 'BASE TABLE'")).isEqualTo(expected);
    expected.remove("canary");
    assertThat(catalog(name, "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
        + " AND COLUMN_NAME = TABLE_NAME")).isEqualTo(expected);
    assertThat(catalog(name, "SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
        + " AND TABLE_TYPE = 'BASE TABLE' AND TABLE_COMMENT <> ''")).isEqualTo(expected);
    assertThat(catalog(name, "SELECT CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS"
        + " WHERE CONSTRAINT_SCHEMA = DATABASE()")).hasSize(NAMES.size() - 1);
    assertThat(catalog(name, "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"))
        .hasSize(NAMES.size());

    CliProcess.Run replan = cli.slipway("plan", "--url", url, "--to", desired.toString(), "--detailed-exitcode");
    assertThat(replan.exitCode()).as(replan.stdout() + replan.stderr()).isZero();

    CliProcess.Run inspect = CliProcess.run(Map.of(), "inspect", "--url", url);
    assertThat(inspect.exitCode()).as(inspect.stderr()).isZero();
    String copy = cli.fresh("myhostile_copy");
    CliProcess.Run rebuild = cli.slipway("apply", "--url", db.urlWithCredentials(copy), "--to",
        CliFixture.schema(inspect.stdout()).toString(), "--auto-approve");
    assertThat(rebuild.exitCode()).as(rebuild.stdout() + rebuild.stderr()).isZero();
    CliProcess.Run same = cli.slipway("plan", "--url", db.urlWithCredentials(copy), "--to", desired.toString(),
        "--detailed-exitcode");
    assertThat(same.exitCode()).as(same.stdout() + same.stderr()).isZero();

    CliProcess.Run drop = cli.slipway("apply", "--url", url, "--to",
        CliFixture.schema("CREATE TABLE canary (id int);").toString(), "--auto-approve", "--allow-hazards", "all");
    assertThat(drop.exitCode()).as(drop.stdout() + drop.stderr()).isZero();
    assertThat(catalog(name, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"))
        .containsExactly("canary");
    assertThat(catalog(name, "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"))
        .isEmpty();
  }

  private TreeSet<String> catalog(String database, String sql) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    try (Connection c = db.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
