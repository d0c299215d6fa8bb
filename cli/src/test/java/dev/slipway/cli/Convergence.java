package dev.slipway.cli;

import dev.slipway.api.DevServers;
import dev.slipway.api.Secrets;
import dev.slipway.api.DatabaseUrl;
import dev.slipway.api.Dialects;
import dev.slipway.api.SchemaLoader;
import dev.slipway.api.Planning;
import dev.slipway.api.apply.Executor;
import dev.slipway.api.apply.Outcome;
import dev.slipway.api.apply.ApplyListener;
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
  /**
   * PostgreSQL only: one session on each database for every check. A new backend reads the catalogs into
   * its caches before its first catalog query; reusing the session keeps them warm (a read costs a third of
   * what it does in a fresh one). Session state is discarded before each check. Null on MySQL, whose reset
   * drops the database under any session.
   */
  private final Connection targetSession;
  private final Connection scratchSession;

  /** Two databases reused for every check: creating a database per case costs far more than emptying one. */
  Convergence(TestDatabase db) throws java.sql.SQLException {
    this.db = db;
    this.target = db.newDatabase("target");
    this.scratch = db.newDatabase("scratch");
    this.targetSession = postgres() ? db.connect(target) : null;
    this.scratchSession = postgres() ? db.connect(scratch) : null;
  }

  /**
   * A fingerprint blind to column order: a state-based plan cannot change it on PostgreSQL, and on MySQL
   * column order is not a difference by default (DESIGN.md §1), so new columns go last.
   */
  static String orderless(Schema s) {
    return s.withTables(s.tables().stream().map(t -> t.withColumns(t.columns().stream()
        .sorted(java.util.Comparator.comparing(dev.slipway.model.Column::name)).toList())).toList()).fingerprint();
  }

  /** Runs current → desired. Setup errors (current does not apply) throw; invariant failures are reported. */
  Result check(String name, String currentSql, String desiredSql) throws Exception {
    reset(target);
    reset(scratch);
    applyCurrent(name, currentSql);
    DatabaseUrl url = DatabaseUrl.parse(db.urlWithCredentials(target), secrets);
    SchemaLoader loader = new SchemaLoader(secrets, new PrintWriter(new StringWriter()), DevServers.NONE);
    SchemaLoader.Loaded current = read(loader, url);
    ServerVersion version = current.version();
    Schema desired;
    List<dev.slipway.introspect.SourceFile> files = List.of(new dev.slipway.introspect.SourceFile(name + ".sql", desiredSql));
    if (scratchSession != null) {
      desired = SchemaLoader.loadSqlInto(scratchSession, files, current.schema().dialect(), ReadOptions.ALL, url.database());
    } else {
      try (Connection c = db.connect(scratch)) {
        desired = SchemaLoader.loadSqlInto(c, files, current.schema().dialect(), ReadOptions.ALL, url.database());
      }
    }
    Plan plan = Planning.plan(current.schema(), desired, version, List.of(), List.of(), Duration.ofSeconds(3)).plan();
    boolean same = orderless(current.schema()).equals(orderless(desired)) && desired.renameHints().isEmpty();
    if (same && !plan.isEmpty()) {
      return new Result(plan, null, "current and desired are the same schema but the plan is not empty: "
          + plan.statements().get(0).sql(), null, desired.fingerprint(), true);
    }
    try (Connection c = db.connect(target)) {
      Outcome o = new Executor(Dialects.session(version), ApplyListener.QUIET, 1, Duration.ZERO, d -> { })
          .run(c, plan.statements());
      if (!o.succeeded()) {
        return new Result(plan, null, "statement " + o.failedNumber() + " failed: " + o.error()
            + "\n  sql: " + o.failed().sql(), null, desired.fingerprint(), same);
      }
    }
    Schema migrated = read(loader, url).schema();
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

  /** The target's schema, through the kept session where there is one. */
  private SchemaLoader.Loaded read(SchemaLoader loader, DatabaseUrl url) throws Exception {
    if (targetSession == null) return loader.readDatabase(url, ReadOptions.ALL);
    ServerVersion version = Dialects.serverVersion(url.dialect(), targetSession);
    return new SchemaLoader.Loaded(Dialects.catalogReader(url.dialect(), url.database()).read(targetSession,
        ReadOptions.ALL), version);
  }

  private boolean postgres() {
    return db.engine() == ServerVersion.Engine.POSTGRESQL;
  }

  /**
   * Runs the current schema (and its rows) statement by statement in autocommit. PostgreSQL: as psql runs a
   * file (CREATE INDEX CONCURRENTLY needs it). MySQL: through the dev-database path, whose splitter knows
   * BEGIN … END bodies of triggers and routines, which sqldef's cases write without DELIMITER.
   */
  private void applyCurrent(String name, String currentSql) throws SetupException {
    try {
      if (postgres()) {
        try (java.sql.Statement s = targetSession.createStatement()) {
          for (dev.slipway.introspect.SqlScript.Statement st : dev.slipway.introspect.SqlScript.split(currentSql)) {
            s.execute(st.sql());
          }
        }
      } else {
        try (Connection c = db.connect(target)) {
          dev.slipway.introspect.DevDatabase.load(c, List.of(new dev.slipway.introspect.SourceFile(name + "-current.sql",
              currentSql)), Dialects.catalogReader(dev.slipway.model.Dialect.MYSQL, target), ReadOptions.ALL);
        }
      }
    } catch (java.sql.SQLException | dev.slipway.introspect.IntrospectionException e) {
      throw new SetupException("current schema does not apply: " + e.getMessage(), e);
    }
  }

  /** Empties a database between checks. */
  private void reset(String database) throws java.sql.SQLException {
    if (postgres()) {
      resetPostgres(database);
    } else {
      // Dropping the database drops its tables, views, routines, triggers and events in one statement,
      // whatever foreign keys tie them; it comes back with the server's default character set.
      db.server().dropDatabase(database);
      db.server().createDatabase(database);
    }
  }

  /**
   * A clean session (what a failed check left open rolled back, settings and temporary objects discarded),
   * then every schema but the system ones, every extension, and a fresh public.
   */
  private void resetPostgres(String database) throws java.sql.SQLException {
    Connection session = database.equals(target) ? targetSession : scratchSession;
    session.setAutoCommit(true);
    try (java.sql.Statement s = session.createStatement()) {
      s.execute("ROLLBACK");
      s.execute("DISCARD ALL");
    }
    execute(session, """
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

  private static void execute(Connection c, String... sql) throws java.sql.SQLException {
    try (java.sql.Statement s = c.createStatement()) {
      for (String q : sql) s.execute(q);
    }
  }

  /**
   * Convergences for checks that run side by side: each check takes one that no other check is using, made
   * when none is idle (so never more than the checks running at once), and gives it back. Shared by the
   * golden scenarios and the conformance runs.
   */
  static final class Pool implements AutoCloseable {
    private final TestDatabase db;
    private final java.util.concurrent.BlockingQueue<Convergence> idle = new java.util.concurrent.LinkedBlockingQueue<>();
    private final List<Convergence> all = new java.util.concurrent.CopyOnWriteArrayList<>();

    Pool(TestDatabase db) {
      this.db = db;
    }

    /** One check on a convergence of its own. */
    Result check(String name, String currentSql, String desiredSql) throws Exception {
      Convergence c = idle.poll();
      if (c == null) {
        c = new Convergence(db);
        all.add(c);
      }
      try {
        return c.check(name, currentSql, desiredSql);
      } finally {
        idle.add(c);
      }
    }

    @Override
    public void close() {
      all.forEach(Convergence::close);
    }
  }

  /** Closes the kept sessions. */
  void close() {
    for (Connection c : new Connection[] {targetSession, scratchSession}) {
      if (c == null) continue;
      try {
        c.close();
      } catch (java.sql.SQLException ignored) {
        // the server is going away with the test run
      }
    }
  }
}
