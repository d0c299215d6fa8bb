package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, "wrong password", on PostgreSQL. The embedded server trusts every local connection, so this class
 * runs one of its own and makes it ask a login role for its password: a pg_hba.conf line for that role
 * alone, first so it wins, with method md5, which also takes a SCRAM-stored password, so the one line serves
 * 13 (default password_encryption md5) and 18 (postgresql.org/docs/current/auth-password.html). A wrong
 * password is one clean line, exit 1, the password never shown; the right one reads the catalog.
 */
class WrongPasswordPostgresIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgresOnOwnServer();

  private static final String ROLE = "slipway_pw_check";

  @Test
  void aWrongPasswordIsOneCleanLineAndTheRightOneWorks() throws Exception {
    String name = db.newDatabase("pw");
    db.executeIn(name, "CREATE ROLE " + ROLE + " LOGIN PASSWORD 'r1ght-s3cret'", "CREATE TABLE public.t (id int)");
    try (Connection c = db.connect(name); Statement s = c.createStatement()) {
      Path hba;
      try (ResultSet rs = s.executeQuery("SHOW hba_file")) {
        rs.next();
        hba = Path.of(rs.getString(1));
      }
      Files.writeString(hba, "host all " + ROLE + " 127.0.0.1/32 md5\n" + Files.readString(hba));
      s.execute("SELECT pg_reload_conf()");
    }
    String base = db.jdbcUrl(name) + (db.jdbcUrl(name).contains("?") ? "&" : "?") + "user=" + ROLE;
    awaitPasswordRequired(base);

    CliProcess.Run wrong = CliProcess.run(Map.of(), "inspect", "--url", base + "&password=wr0ng-s3cret");
    assertThat(wrong.exitCode()).as(wrong.stdout() + wrong.stderr()).isEqualTo(1);
    assertThat(wrong.stderr().strip().lines()).as(wrong.stderr()).hasSize(1);
    assertThat(wrong.stderr()).startsWith("slipway: cannot connect to ").contains("password authentication failed")
        .doesNotContain("wr0ng-s3cret", "Exception", "\tat ");

    CliProcess.Run right = CliProcess.run(Map.of(), "inspect", "--url", base + "&password=r1ght-s3cret");
    assertThat(right.exitCode()).as(right.stdout() + right.stderr()).isZero();
    assertThat(right.stdout()).contains("CREATE TABLE public.t").doesNotContain("r1ght-s3cret");
  }

  /** pg_reload_conf() only signals the postmaster: waits until a connection without the password is refused. */
  private static void awaitPasswordRequired(String url) throws Exception {
    for (int i = 0; i < 300; i++) {
      try (Connection c = DriverManager.getConnection(url + "&password=not-it")) {
        Thread.sleep(100);
      } catch (SQLException refused) {
        return;
      }
    }
    throw new AssertionError("the server never started asking " + ROLE + " for a password");
  }
}
