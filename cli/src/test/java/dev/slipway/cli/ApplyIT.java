package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code slipway apply} as a real process against a real PostgreSQL (DESIGN.md §7, issue 5's acceptance). */
class ApplyIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private final CliFixture cli = new CliFixture(db);


  @Test
  void aFailingThirdStatementStopsThereAndTheNextPlanShowsWhatIsLeft() throws Exception {
    String name = cli.fresh("third", "CREATE TABLE public.items (id bigint PRIMARY KEY, qty integer)",
        "INSERT INTO public.items VALUES (1, 5), (2, -3)");
    Path desired = CliFixture.schema("CREATE TABLE public.items (id bigint PRIMARY KEY, qty integer, note text,"
        + " CONSTRAINT items_qty_check CHECK (qty >= 0));");
    CliProcess.Run r = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve");
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("Applied 2 of 3 statements.",
        "  applied: ALTER TABLE public.items ADD COLUMN note text",
        "  applied: ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK ((qty >= 0)) NOT VALID");
    assertThat(r.stderr()).contains("statement 3 failed", "VALIDATE CONSTRAINT items_qty_check", "is violated by some row");
    assertThat(cli.count(name, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.items'::regclass AND attname = 'note'"))
        .isEqualTo(1);
    assertThat(cli.count(name, "SELECT count(*) FROM pg_constraint WHERE conname = 'items_qty_check' AND NOT convalidated"))
        .isEqualTo(1);
    CliProcess.Run plan = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--format", "sql");
    assertThat(plan.exitCode()).as(plan.stderr()).isZero();
    assertThat(plan.stdout()).contains("ALTER TABLE public.items VALIDATE CONSTRAINT items_qty_check;")
        .doesNotContain("ADD COLUMN");
  }

  @Test
  void aSecondApplyWhileOneRunsExitsSixAndChangesNothing() throws Exception {
    String name = cli.fresh("lock", "CREATE TABLE public.t (id bigint PRIMARY KEY)");
    Path desired = CliFixture.schema("CREATE TABLE public.t (id bigint PRIMARY KEY, a text);");
    // The first apply is held up by a table lock this test takes, so it is still running when the second starts.
    try (Connection blocker = db.connect(name); Statement s = blocker.createStatement()) {
      blocker.setAutoCommit(false);
      s.execute("LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE");
      CompletableFuture<CliProcess.Run> first = cli.inBackground(
          "apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve", "--lock-timeout", "500ms");
      cli.await(name, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted",
          "the first apply taking its lock");
      CliProcess.Run second = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve");
      assertThat(second.exitCode()).as(second.stdout() + second.stderr()).isEqualTo(6);
      assertThat(second.stderr()).contains("another slipway apply holds the lock");
      cli.await(name, "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'public.t'::regclass",
          "the first apply waiting for the table lock");
      Thread.sleep(1000); // past the 500 ms lock timeout: the first attempt has failed and a retry waits
      blocker.rollback();
      CliProcess.Run done = first.join();
      assertThat(done.exitCode()).as(done.stdout() + done.stderr()).isZero();
      assertThat(done.stdout()).contains("retried:", "Applied 1 of 1 statement.");
    }
    assertThat(cli.count(name, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.t'::regclass AND attname = 'a'"))
        .isEqualTo(1);
  }




  @Test
  void aSavedPlanRefusesADatabaseThatChangedSince() throws Exception {
    String name = cli.fresh("saved", "CREATE TABLE public.t (id bigint PRIMARY KEY)");
    Path desired = CliFixture.schema("CREATE TABLE public.t (id bigint PRIMARY KEY, a text);");
    Path plan = Files.createTempFile("plan", ".json");
    CliProcess.Run p = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--format", "json",
        "--out", plan.toString());
    assertThat(p.exitCode()).as(p.stderr()).isZero();
    db.executeIn(name, "CREATE TABLE public.sneaky (x int)");
    CliProcess.Run r = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--plan",
        plan.toString(), "--auto-approve");
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(5);
    assertThat(r.stderr()).contains("the database changed since the plan was made");
    assertThat(cli.count(name, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.t'::regclass AND attname = 'a'"))
        .isZero();
    db.executeIn(name, "DROP TABLE public.sneaky");
    CliProcess.Run ok = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--plan",
        plan.toString(), "--auto-approve");
    assertThat(ok.exitCode()).as(ok.stdout() + ok.stderr()).isZero();
  }

  @Test
  void dangerHazardsAreRefusedUnlessAllowedByName() throws Exception {
    String name = cli.fresh("danger", "CREATE TABLE public.t (id bigint PRIMARY KEY, legacy text)",
        "INSERT INTO public.t VALUES (1, 'keep me')");
    Path desired = CliFixture.schema("CREATE TABLE public.t (id bigint PRIMARY KEY);");
    CliProcess.Run refused = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--auto-approve");
    assertThat(refused.exitCode()).as(refused.stdout() + refused.stderr()).isEqualTo(4);
    assertThat(refused.stderr()).contains("DELETES_DATA", "Nothing was changed");
    assertThat(cli.count(name, "SELECT count(*) FROM public.t WHERE legacy = 'keep me'")).isEqualTo(1);
    CliProcess.Run wrongCode = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--auto-approve", "--allow-hazards", "TABLE_REWRITE");
    assertThat(wrongCode.exitCode()).isEqualTo(4);
    CliProcess.Run allowed = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--auto-approve", "--allow-hazards", "DELETES_DATA");
    assertThat(allowed.exitCode()).as(allowed.stdout() + allowed.stderr()).isZero();
    assertThat(cli.count(name, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.t'::regclass AND attname = 'legacy'"))
        .isZero();
  }

  @Test
  void withoutATerminalItNeverPromptsAndRefusesWithoutAutoApprove() throws Exception {
    String name = cli.fresh("tty", "CREATE TABLE public.t (id bigint PRIMARY KEY)");
    Path desired = CliFixture.schema("CREATE TABLE public.t (id bigint PRIMARY KEY, a text);");
    CliProcess.Run r = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("--auto-approve");
    CliProcess.Run dry = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--dry-run");
    assertThat(dry.exitCode()).isZero();
    assertThat(dry.stdout()).contains("ADD COLUMN a text", "Dry run: nothing was changed.");
    assertThat(cli.count(name, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.t'::regclass AND attname = 'a'"))
        .isZero();
  }
}
