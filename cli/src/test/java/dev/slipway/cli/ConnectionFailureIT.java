package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Broken connections (issue 8): every way of not reaching the server ends in one clear line and exit 1,
 * and an apply whose connection is killed in the middle of a concurrent index build reports what ran and
 * leaves a database the next plan repairs (the invalid index the build leaves is rebuilt).
 */
class ConnectionFailureIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private final CliFixture cli = new CliFixture(db);

  private static void assertOneCleanLine(CliProcess.Run r, String... fragments) {
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stderr().strip().lines()).as(r.stderr()).hasSize(1);
    assertThat(r.stderr()).startsWith("slipway: cannot connect to ").contains(fragments)
        .doesNotContain("Exception", "\tat ", "s3cret-pw");
  }

  @Test
  void refusedConnection() throws Exception {
    Path desired = CliFixture.schema("CREATE TABLE public.t (id int);");
    CliProcess.Run r = CliProcess.run(Map.of(), "plan", "--url", "postgres://me:s3cret-pw@127.0.0.1:1/app",
        "--to", desired.toString(), "--dev-url", "none");
    assertOneCleanLine(r, "postgresql://127.0.0.1:1/app", "refused");
  }

  @Test
  void unknownHost() throws Exception {
    CliProcess.Run r = CliProcess.run(Map.of(), "inspect", "--url", "postgres://me:s3cret-pw@no-such-host.invalid/app");
    assertOneCleanLine(r, "postgresql://no-such-host.invalid/app");
  }

  @Test
  void unreachableHostGivesUpAtTheConnectTimeout() throws Exception {
    // TEST-NET-1 (RFC 5737) is never routed: either no route at once, or silence until connectTimeout.
    CliProcess.Run r = CliProcess.run(Map.of(), "drift", "--url",
        "postgres://me:s3cret-pw@192.0.2.1:5432/app?connectTimeout=2", "--to", CliFixture.schema("").toString(),
        "--dev-url", "none");
    assertOneCleanLine(r, "postgresql://192.0.2.1:5432/app");
  }

  @Test
  void tlsRequiredByTheClientButNotOfferedByTheServer() throws Exception {
    String name = cli.fresh("tls");
    String url = db.urlWithCredentials(name);
    CliProcess.Run r = CliProcess.run(Map.of(), "inspect", "--url", url + (url.contains("?") ? "&" : "?") + "sslmode=require");
    assertOneCleanLine(r, "SSL");
  }

  @Test
  void killedConcurrentIndexBuildIsReportedAndTheNextPlanRebuildsTheInvalidIndex() throws Exception {
    String name = cli.fresh("killed", "CREATE TABLE public.orders (id bigint PRIMARY KEY, customer bigint)",
        "INSERT INTO public.orders SELECT g, g % 100 FROM generate_series(1, 20000) g",
        "CREATE TABLE public.other (x int)");
    Path desired = CliFixture.schema("CREATE TABLE public.orders (id bigint PRIMARY KEY, customer bigint);"
        + " CREATE INDEX orders_customer_idx ON public.orders (customer); CREATE TABLE public.other (x int);");
    CompletableFuture<CliProcess.Run> apply;
    // An open snapshot makes CREATE INDEX CONCURRENTLY wait before it can finish, so it is surely running
    // when its connection is killed (postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY).
    try (Connection snapshot = db.connect(name); Statement s = snapshot.createStatement()) {
      snapshot.setAutoCommit(false);
      s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      s.executeQuery("SELECT count(*) FROM public.other").close();
      apply = cli.inBackground("apply", "--url", db.urlWithCredentials(name), "--to",
          desired.toString(), "--auto-approve", "--lock-timeout", "120s");
      int pid = waitForBuild(name);
      try (Connection admin = db.connect(name); Statement k = admin.createStatement()) {
        k.execute("SELECT pg_terminate_backend(" + pid + ")");
      }
      snapshot.rollback();
    }
    CliProcess.Run killed = apply.join();
    assertThat(killed.exitCode()).as(killed.stdout() + killed.stderr()).isEqualTo(1);
    assertThat(killed.stdout()).contains("Applied 0 of 1 statement.", "Run `slipway plan` to see what is left.");
    assertThat(killed.stderr()).contains("statement 1 failed", "CREATE INDEX CONCURRENTLY orders_customer_idx")
        .doesNotContain("\tat ");
    assertThat(cli.count(name, "SELECT count(*) FROM pg_index WHERE indexrelid = 'public.orders_customer_idx'::regclass"
        + " AND NOT indisvalid")).as("the killed build leaves an invalid index").isEqualTo(1);

    CliProcess.Run plan = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--format", "sql");
    assertThat(plan.exitCode()).as(plan.stderr()).isZero();
    assertThat(plan.stdout()).contains("DROP INDEX CONCURRENTLY", "CREATE INDEX CONCURRENTLY");
    CliProcess.Run again = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve");
    assertThat(again.exitCode()).as(again.stdout() + again.stderr()).isZero();
    assertThat(cli.count(name, "SELECT count(*) FROM pg_index WHERE indexrelid = 'public.orders_customer_idx'::regclass"
        + " AND indisvalid")).isEqualTo(1);
    CliProcess.Run clean = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--detailed-exitcode");
    assertThat(clean.exitCode()).as(clean.stdout() + clean.stderr()).isZero();
  }

  private int waitForBuild(String name) throws Exception {
    for (int i = 0; i < 600; i++) {
      try (Connection c = db.connect(name); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
               + " AND query ILIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event IS NOT NULL")) {
        if (rs.next()) return rs.getInt(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the concurrent index build never started waiting");
  }
}
