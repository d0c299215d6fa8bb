package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Least privilege (issue 8): {@code plan}, {@code inspect} and {@code drift} need nothing but a role that
 * can connect and read the catalog; {@code apply} with such a role fails cleanly and changes nothing.
 */
class ReadOnlyRolePostgresIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private final CliFixture cli = new CliFixture(db);

  @Test
  void planInspectAndDriftWorkWithAReadOnlyRole() throws Exception {
    String name = cli.fresh("readonly",
        "CREATE SCHEMA app",
        "CREATE TYPE app.mood AS ENUM ('ok', 'meh')",
        "CREATE TABLE app.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, mood app.mood)",
        "CREATE INDEX users_email_idx ON app.users (lower(email))",
        "CREATE VIEW app.emails AS SELECT email FROM app.users",
        "CREATE FUNCTION app.f(i int) RETURNS int LANGUAGE sql AS 'SELECT i + 1'",
        "ALTER TABLE app.users ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY own ON app.users USING (true)",
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'slipway_reader') THEN "
            + "CREATE ROLE slipway_reader LOGIN; END IF; END $$",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC");
    db.executeIn(name, "REVOKE CREATE, TEMPORARY ON DATABASE " + name + " FROM PUBLIC");
    String reader = db.server().jdbcUrl(name) + (db.server().jdbcUrl(name).contains("?") ? "&" : "?") + "user=slipway_reader";
    Path desired = CliFixture.schema("""
        CREATE SCHEMA app;
        CREATE TYPE app.mood AS ENUM ('ok', 'meh');
        CREATE TABLE app.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, mood app.mood,
          note text);
        CREATE INDEX users_email_idx ON app.users (lower(email));
        CREATE VIEW app.emails AS SELECT email FROM app.users;
        CREATE FUNCTION app.f(i int) RETURNS int LANGUAGE sql AS 'SELECT i + 1';
        ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own ON app.users USING (true);
        """);

    CliProcess.Run inspect = CliProcess.run(Map.of(), "inspect", "--url", reader, "--schema", "app");
    assertThat(inspect.exitCode()).as(inspect.stderr()).isZero();
    assertThat(inspect.stdout()).contains("CREATE TABLE app.users", "CREATE POLICY own", "CREATE VIEW app.emails");

    CliProcess.Run plan = cli.slipway("plan", "--url", reader, "--to", desired.toString(), "--schema", "app",
        "--format", "sql");
    assertThat(plan.exitCode()).as(plan.stderr()).isZero();
    assertThat(plan.stdout()).contains("ALTER TABLE app.users ADD COLUMN note text");

    CliProcess.Run drift = cli.slipway("drift", "--url", reader, "--to", desired.toString(), "--schema", "app");
    assertThat(drift.exitCode()).as(drift.stdout() + drift.stderr()).isEqualTo(3);

    CliProcess.Run apply = cli.slipway("apply", "--url", reader, "--to", desired.toString(), "--schema", "app",
        "--auto-approve");
    assertThat(apply.exitCode()).as(apply.stdout() + apply.stderr()).isEqualTo(1);
    assertThat(apply.stderr()).contains("statement 1 failed", "permission denied").doesNotContain("\tat ");
    try (Connection c = db.connect(name); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns WHERE column_name = 'note'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("nothing changed").isZero();
    }
  }
}
