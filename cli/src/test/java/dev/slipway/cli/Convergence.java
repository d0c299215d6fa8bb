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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * The invariants of DESIGN.md §8 on one (current, desired) pair, against a real server: the plan applies,
 * the migrated database equals a fresh database built from desired, and re-planning is empty.
 */
final class Convergence {
  /** What happened; {@code failure} is null when every invariant held. */
  record Result(Plan plan, Plan replan, String failure, String migratedFingerprint, String desiredFingerprint) {
    boolean passed() {
      return failure == null;
    }
  }

  private final TestDatabase db;
  private final Secrets secrets = new Secrets();

  Convergence(TestDatabase db) {
    this.db = db;
  }

  /** The case itself cannot run here: its current schema does not apply on this server. */
  static final class SetupException extends Exception {
    SetupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Runs current → desired. Setup errors (current does not apply) throw; invariant failures are reported. */
  Result check(String name, String currentSql, String desiredSql) throws Exception {
    String target = db.newDatabase(name);
    try {
      try {
        if (!currentSql.isBlank()) db.executeIn(target, currentSql);
      } catch (java.sql.SQLException e) {
        throw new SetupException("current schema does not apply: " + e.getMessage(), e);
      }
      Path dir = Files.createTempDirectory("slipway-case");
      Path desiredFile = dir.resolve("desired.sql");
      Files.writeString(desiredFile, desiredSql);
      StringWriter notes = new StringWriter();
      SchemaLoader loader = new SchemaLoader(secrets, new PrintWriter(notes));
      DatabaseUrl url = DatabaseUrl.parse(db.urlWithCredentials(target), secrets);
      SchemaLoader.Loaded current = loader.readDatabase(url, ReadOptions.ALL);
      ServerVersion version = current.version();
      Schema desired = loader.load(desiredFile.toString(), current.schema().dialect(),
          db.urlWithCredentials(db.server().adminDatabase()), version.major(), ReadOptions.ALL).schema();
      Plan plan = Planning.plan(current.schema(), desired, version, List.of(), List.of(), Duration.ofSeconds(3)).plan();
      try (Connection c = db.connect(target)) {
        Outcome o = new Executor(new PostgresSession(), ApplyListener.QUIET, 1, Duration.ZERO, d -> { })
            .run(c, plan.statements());
        if (!o.succeeded()) {
          return new Result(plan, null, "statement " + (o.applied().size() + 1) + " failed: " + o.error()
              + "\n  sql: " + o.failed().sql(), null, desired.fingerprint());
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
      } else if (!migrated.fingerprint().equals(desired.fingerprint())) {
        failure = "migrated database differs from desired but re-plan is empty (a differ rule hides a difference)";
      }
      return new Result(plan, replan, failure, migrated.fingerprint(), desired.fingerprint());
    } finally {
      db.server().dropDatabase(target);
    }
  }
}
