package dev.slipway.cli;

import dev.slipway.cli.apply.Executor;
import dev.slipway.cli.apply.Outcome;
import dev.slipway.cli.apply.PostgresSession;
import dev.slipway.cli.apply.ApplyListener;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.planner.Plan;
import dev.slipway.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * The invariants of DESIGN.md §8 on one (current, desired) pair, against a real server: the plan applies,
 * the migrated database equals a fresh database built from desired, and re-planning is empty.
 */
final class Convergence {
  /** What happened; {@code failure} is null when every invariant held. */
  record Result(Plan plan, Plan replan, String failure, String migratedFingerprint, String desiredFingerprint,
      boolean sameSchema) {
    boolean passed() {
      return failure == null;
    }
  }

  /** The case itself cannot run here: its current schema does not apply on this server. */
  static final class SetupException extends Exception {
    SetupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final TestDatabase db;
  private final Secrets secrets = new Secrets();
  private final String target;
  private final String scratch;

  /** Two databases reused for every check: creating a database per case costs far more than emptying one. */
  Convergence(TestDatabase db) throws java.sql.SQLException {
    this.db = db;
    this.target = db.newDatabase("target");
    this.scratch = db.newDatabase("scratch");
  }

  /** A fingerprint blind to column order, which a state-based plan cannot change on PostgreSQL (DESIGN.md §1). */
  static String orderless(Schema s) {
    return s.withTables(s.tables().stream().map(t -> t.withColumns(t.columns().stream()
        .sorted(java.util.Comparator.comparing(dev.slipway.model.Column::name)).toList())).toList()).fingerprint();
  }

  /** Runs current → desired. Setup errors (current does not apply) throw; invariant failures are reported. */
  Result check(String name, String currentSql, String desiredSql) throws Exception {
    reset(target);
    reset(scratch);
    try {
      // Statement by statement in autocommit, as psql runs a file (CREATE INDEX CONCURRENTLY needs it).
      for (dev.slipway.introspect.SqlScript.Statement st : dev.slipway.introspect.SqlScript.split(currentSql)) {
        db.executeIn(target, st.sql());
      }
    } catch (java.sql.SQLException e) {
      throw new SetupException("current schema does not apply: " + e.getMessage(), e);
    }
    DatabaseUrl url = DatabaseUrl.parse(db.urlWithCredentials(target), secrets);
    SchemaLoader loader = new SchemaLoader(secrets, new PrintWriter(new StringWriter()));
    SchemaLoader.Loaded current = loader.readDatabase(url, ReadOptions.ALL);
    ServerVersion version = current.version();
    Schema desired;
    try (Connection c = db.connect(scratch)) {
      desired = SchemaLoader.loadSqlInto(c, List.of(new dev.slipway.introspect.SourceFile(name + ".sql", desiredSql)),
          current.schema().dialect(), ReadOptions.ALL, url.database());
    }
    Plan plan = Planning.plan(current.schema(), desired, version, List.of(), List.of(), Duration.ofSeconds(3)).plan();
    boolean same = orderless(current.schema()).equals(orderless(desired)) && desired.renameHints().isEmpty();
    if (same && !plan.isEmpty()) {
      return new Result(plan, null, "current and desired are the same schema but the plan is not empty: "
          + plan.statements().get(0).sql(), null, desired.fingerprint(), true);
    }
    try (Connection c = db.connect(target)) {
      Outcome o = new Executor(new PostgresSession(), ApplyListener.QUIET, 1, Duration.ZERO, d -> { })
          .run(c, plan.statements());
      if (!o.succeeded()) {
        return new Result(plan, null, "statement " + (o.applied().size() + 1) + " failed: " + o.error()
            + "\n  sql: " + o.failed().sql(), null, desired.fingerprint(), same);
      }
    }
    Schema migrated = loader.readDatabase(url, ReadOptions.ALL).schema();
    Plan replan = Planning.plan(migrated, desired.withRenameHints(List.of()), version, List.of(), List.of(),
        Duration.ofSeconds(3)).plan();
    String failure = null;
    if (!replan.isEmpty()) {
      StringBuilder b = new StringBuilder("re-plan is not empty:");
      replan.statements().forEach(s -> b.append("\n  ").append(s.sql()));
      failure = b.toString();
    } else if (!orderless(migrated).equals(orderless(desired))) {
      failure = "migrated database differs from desired but re-plan is empty (a differ rule hides a difference)";
    }
    return new Result(plan, replan, failure, migrated.fingerprint(), desired.fingerprint(), same);
  }

  /** Empties a database: every schema but the system ones, every extension, then a fresh public. */
  private void reset(String database) throws java.sql.SQLException {
    db.executeIn(database, """
        DO $$ DECLARE r record; BEGIN
          FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
            EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname);
          END LOOP;
          FOR r IN SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema')
              AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%' LOOP
            EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
          END LOOP;
        END $$""", "CREATE SCHEMA public");
  }
}
