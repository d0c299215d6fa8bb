package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, "server restarted in the middle of apply", on PostgreSQL: a concurrent index build has
 * committed, the next transaction has run one statement and waits for a lock on the table of its second
 * when the server is restarted (fast shutdown, start again on the same data directory and port). apply
 * exits 1 naming the failed statement with a one-line "connection lost", says what was applied, what was
 * rolled back and what did not run; the next plan holds exactly the rest, applies, and re-plans empty.
 * The server is this class's own (it runs in the PostgreSQL passes: -Dslipway.test.pg and the oldest major).
 */
class ServerRestartDuringApplyIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgresOnOwnServer();

  private final CliFixture cli = new CliFixture(db);

  // The planner runs new tables, then index builds, then views, then comments: 1 CREATE TABLE b_audit (a
  // transaction), 2 and 3 the two index builds (CONCURRENTLY, each alone), 4 CREATE VIEW and 5, 6 the
  // two comments (one transaction).
  private static final String DESIRED = "CREATE TABLE public.accounts (id bigint PRIMARY KEY, owner bigint);"
      + " CREATE INDEX accounts_owner_idx ON public.accounts (owner);"
      + " CREATE TABLE public.b_audit (id bigint PRIMARY KEY, note text);"
      + " CREATE TABLE public.c_items (id bigint PRIMARY KEY, sku text);"
      + " CREATE INDEX c_items_sku_idx ON public.c_items (sku);"
      + " CREATE TABLE public.d_things (id bigint PRIMARY KEY, label text);"
      + " CREATE VIEW public.e_labels AS SELECT id, label FROM public.d_things;"
      + " COMMENT ON TABLE public.c_items IS 'items for sale';"
      + " COMMENT ON TABLE public.d_things IS 'things';";

  @Test
  void aRestartInTheMiddleIsReportedAndTheNextPlanAppliesWhatIsLeft() throws Exception {
    String name = cli.fresh("restart", "CREATE TABLE public.accounts (id bigint PRIMARY KEY, owner bigint)",
        "CREATE TABLE public.c_items (id bigint PRIMARY KEY, sku text)",
        "CREATE TABLE public.d_things (id bigint PRIMARY KEY, label text)",
        "INSERT INTO public.accounts SELECT g, g % 100 FROM generate_series(1, 5000) g",
        "INSERT INTO public.c_items SELECT g, 'sku' || g FROM generate_series(1, 5000) g",
        "INSERT INTO public.d_things SELECT g, 'thing ' || g FROM generate_series(1, 5000) g");
    Path desired = CliFixture.schema(DESIRED);
    CliProcess.Run planned = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--format", "sql");
    assertThat(planned.exitCode()).as(planned.stderr()).isZero();
    List<String> statements = sqlStatements(planned.stdout());
    assertThat(statements).as(planned.stdout()).hasSize(6);
    assertThat(statements.get(0)).as(planned.stdout()).startsWith("CREATE TABLE public.b_audit");
    assertThat(statements.get(1)).as(planned.stdout()).startsWith("CREATE INDEX CONCURRENTLY accounts_owner_idx");
    assertThat(statements.get(2)).as(planned.stdout()).startsWith("CREATE INDEX CONCURRENTLY c_items_sku_idx");
    assertThat(statements.get(3)).as(planned.stdout()).startsWith("CREATE VIEW public.e_labels");
    assertThat(statements.get(4)).as(planned.stdout()).startsWith("COMMENT ON TABLE public.c_items");
    assertThat(statements.get(5)).as(planned.stdout()).startsWith("COMMENT ON TABLE public.d_things");

    CompletableFuture<CliProcess.Run> apply;
    // A lock on d_things held by this test keeps apply waiting at statement 6, after statements 1-3
    // committed and inside the transaction that already ran 4 and 5. SHARE conflicts with the SHARE UPDATE
    // EXCLUSIVE a COMMENT takes but not with the ACCESS SHARE of apply's catalog read and of CREATE VIEW
    // (postgresql.org/docs/current/explicit-locking.html), and LOCK TABLE leaves no snapshot open that an
    // index build would wait for.
    Connection blocker = db.connect(name);
    try (Statement s = blocker.createStatement()) {
      blocker.setAutoCommit(false);
      s.execute("LOCK TABLE public.d_things IN SHARE MODE");
      apply = cli.inBackground("apply", "--url", db.urlWithCredentials(name), "--to",
          desired.toString(), "--auto-approve", "--lock-timeout", "300s");
      cli.await(name, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
          + " AND query LIKE 'COMMENT ON TABLE public.d_things%' AND wait_event_type = 'Lock'",
          "apply waiting for the lock on d_things");
      db.server().restart();
    } finally {
      closeQuietly(blocker);
    }
    CliProcess.Run r = apply.join();
    System.out.println("apply after the restart, exit " + r.exitCode() + "\n--- stdout\n" + r.stdout() + "--- stderr\n" + r.stderr());
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("Applied 3 of 6 statements.",
        "  applied: CREATE TABLE public.b_audit",
        "  applied: CREATE INDEX CONCURRENTLY accounts_owner_idx",
        "  applied: CREATE INDEX CONCURRENTLY c_items_sku_idx",
        "  rolled back: CREATE VIEW public.e_labels",
        "  rolled back: COMMENT ON TABLE public.c_items",
        "Run `slipway plan` to see what is left.").doesNotContain("not run:");
    assertThat(r.stderr()).contains("slipway: statement 6 failed (", "): connection lost: ", "(the server restarted or stopped, or ended this session)",
        "  failed:  COMMENT ON TABLE public.d_things").doesNotContain("\tat ", "Exception");
    assertThat(r.stderr().lines().filter(l -> l.startsWith("slipway: ")).count()).as(r.stderr()).isEqualTo(1);

    CliProcess.Run plan = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--format", "sql");
    assertThat(plan.exitCode()).as(plan.stderr()).isZero();
    assertThat(sqlStatements(plan.stdout())).as(plan.stdout()).containsExactlyElementsOf(statements.subList(3, 6));
    CliProcess.Run again = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--auto-approve");
    assertThat(again.exitCode()).as(again.stdout() + again.stderr()).isZero();
    assertThat(again.stdout()).contains("Applied 3 of 3 statements.");
    CliProcess.Run clean = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--detailed-exitcode");
    assertThat(clean.exitCode()).as(clean.stdout() + clean.stderr()).isZero();

    String fresh = cli.fresh("restartdesired");
    CliProcess.Run build = cli.slipway("apply", "--url", db.urlWithCredentials(fresh), "--to", desired.toString(),
        "--auto-approve");
    assertThat(build.exitCode()).as(build.stdout() + build.stderr()).isZero();
    assertThat(inspect(name)).isEqualTo(inspect(fresh));
  }

  /**
   * The statements of a {@code plan --format sql}: what follows each {@code -- [i/n]} header, without
   * comments and the per-statement SET lines.
   */
  static List<String> sqlStatements(String sql) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder current = null;
    for (String line : sql.lines().toList()) {
      if (line.startsWith("-- [")) {
        if (current != null) out.add(current.toString().strip());
        current = new StringBuilder();
      } else if (current != null && !line.startsWith("--") && !line.startsWith("SET ") && !line.isBlank()) {
        current.append(line).append('\n');
      }
    }
    if (current != null) out.add(current.toString().strip());
    return out;
  }

  private String inspect(String database) throws Exception {
    CliProcess.Run r = CliProcess.run(java.util.Map.of(), "inspect", "--url", db.urlWithCredentials(database));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r.stdout();
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException gone) {
      // cut by the restart
    }
  }
}
