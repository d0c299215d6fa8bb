package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile names (issue 8) on a real PostgreSQL: every object kind named with quotes, spaces, semicolons,
 * comment markers, unicode, mixed case, reserved words and the 63-byte maximum. {@code plan} + {@code apply}
 * create them, the catalog then holds exactly those names, {@code inspect} round-trips them, a re-plan is
 * empty, and a name built to inject SQL (a canary table it would drop) stays a name.
 */
class HostileNamesPostgresIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private final CliFixture cli = new CliFixture(db);

  static final List<String> NAMES = List.of(
      "a\"b", "x; DROP TABLE canary; --", "Mixed Case", "select", "naïve ☃ 名前", "it's", "--comment",
      "/* c */", "$1", "end", "a".repeat(63), "tab\tname");

  private static String q(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** {@code prefix + name}, cut to PostgreSQL's 63-byte limit so the server does not truncate it. */
  private static String p(String prefix, String name) {
    String all = prefix + name;
    while (all.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63) all = all.substring(0, all.length() - 1);
    return q(all);
  }

  private static String lit(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  @Test
  void everyObjectKindRoundTripsItsNameExactly() throws Exception {
    String name = cli.fresh("hostile", "CREATE TABLE public.canary (id int)");
    StringBuilder sql = new StringBuilder();
    List<String> tables = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      String n = NAMES.get(i);
      String schema = q(n);
      sql.append("CREATE SCHEMA ").append(schema).append(";\n");
      sql.append("CREATE TYPE ").append(schema).append('.').append(p("e ", n)).append(" AS ENUM (").append(lit(n)).append(");\n");
      sql.append("CREATE SEQUENCE ").append(schema).append('.').append(q("s " + i)).append(";\n");
      sql.append("CREATE TABLE ").append(schema).append('.').append(q(n)).append(" (\n")
          .append("  ").append(q(n)).append(" bigint NOT NULL,\n")
          .append("  ").append(p("c ", n)).append(' ').append(schema).append('.').append(p("e ", n)).append(",\n")
          .append("  CONSTRAINT ").append(q("pk " + i)).append(" PRIMARY KEY (").append(q(n)).append("),\n")
          .append("  CONSTRAINT ").append(p("ck ", n)).append(" CHECK (").append(q(n)).append(" > 0)\n")
          .append(");\n");
      sql.append("CREATE INDEX ").append(q("ix " + i)).append(" ON ").append(schema).append('.').append(q(n))
          .append(" (").append(p("c ", n)).append(");\n");
      sql.append("COMMENT ON COLUMN ").append(schema).append('.').append(q(n)).append('.').append(q(n))
          .append(" IS ").append(lit(n)).append(";\n");
      sql.append("CREATE VIEW ").append(schema).append('.').append(q("v " + i)).append(" AS SELECT ").append(q(n))
          .append(" FROM ").append(schema).append('.').append(q(n)).append(";\n");
      sql.append("CREATE FUNCTION ").append(schema).append('.').append(q("f " + i))
          .append("() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN RETURN NEW; END $fn$;\n");
      sql.append("CREATE TRIGGER ").append(p("t ", n)).append(" BEFORE INSERT ON ").append(schema).append('.')
          .append(q(n)).append(" FOR EACH ROW EXECUTE FUNCTION ").append(schema).append('.').append(q("f " + i))
          .append("();\n");
      sql.append("ALTER TABLE ").append(schema).append('.').append(q(n)).append(" ENABLE ROW LEVEL SECURITY;\n");
      sql.append("CREATE POLICY ").append(p("p ", n)).append(" ON ").append(schema).append('.').append(q(n))
          .append(" USING (true);\n");
      tables.add(n);
      if (i > 0) {
        String prev = NAMES.get(i - 1);
        sql.append("ALTER TABLE ").append(schema).append('.').append(q(n)).append(" ADD CONSTRAINT ")
            .append(p("fk ", n)).append(" FOREIGN KEY (").append(q(n)).append(") REFERENCES ").append(q(prev))
            .append('.').append(q(prev)).append(";\n");
      }
    }
    sql.append("CREATE TABLE public.canary (id int);\n");
    Path desired = CliFixture.schema(sql.toString());
    String url = db.urlWithCredentials(name);

    CliProcess.Run apply = cli.slipway("apply", "--url", url, "--to", desired.toString(), "--auto-approve");
    assertThat(apply.exitCode()).as(apply.stdout() + apply.stderr()).isZero();
    assertThat(catalog(name, "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE c.relkind = 'r' AND n.nspname <> 'public' AND n.nspname NOT LIKE 'pg\\_%'"
        + " AND n.nspname <> 'information_schema'")).isEqualTo(new TreeSet<>(tables));
    assertThat(catalog(name, "SELECT attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = c.relname"
        + " AND attnum > 0 AND attname = c.relname")).isEqualTo(new TreeSet<>(tables));
    assertThat(catalog(name, "SELECT conname FROM pg_constraint WHERE conname LIKE 'fk %'")).hasSize(NAMES.size() - 1);
    assertThat(catalog(name, "SELECT enumlabel FROM pg_enum")).isEqualTo(new TreeSet<>(tables));
    assertThat(catalog(name, "SELECT relname FROM pg_class WHERE relname = 'canary'")).containsExactly("canary");

    CliProcess.Run replan = cli.slipway("plan", "--url", url, "--to", desired.toString(), "--detailed-exitcode");
    assertThat(replan.exitCode()).as(replan.stdout() + replan.stderr()).isZero();

    // inspect prints SQL that rebuilds the same schema in an empty database, names and all.
    CliProcess.Run inspect = CliProcess.run(Map.of(), "inspect", "--url", url);
    assertThat(inspect.exitCode()).as(inspect.stderr()).isZero();
    String copy = cli.fresh("hostile_copy");
    CliProcess.Run rebuild = cli.slipway("apply", "--url", db.urlWithCredentials(copy), "--to",
        CliFixture.schema(inspect.stdout()).toString(), "--auto-approve");
    assertThat(rebuild.exitCode()).as(rebuild.stdout() + rebuild.stderr()).isZero();
    CliProcess.Run same = cli.slipway("plan", "--url", db.urlWithCredentials(copy), "--to", desired.toString(),
        "--detailed-exitcode");
    assertThat(same.exitCode()).as(same.stdout() + same.stderr()).isZero();

    // Dropping everything again quotes every name on the way out too; the canary survives.
    CliProcess.Run drop = cli.slipway("apply", "--url", url, "--to",
        CliFixture.schema("CREATE TABLE public.canary (id int);").toString(), "--auto-approve", "--allow-hazards", "all");
    assertThat(drop.exitCode()).as(drop.stdout() + drop.stderr()).isZero();
    assertThat(catalog(name, "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
        + " AND nspname <> 'information_schema'")).containsExactly("public");
    assertThat(catalog(name, "SELECT relname FROM pg_class WHERE relname = 'canary'")).containsExactly("canary");
  }

  private TreeSet<String> catalog(String database, String sql) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    try (Connection c = db.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
