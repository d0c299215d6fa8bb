package dev.slipway.cli;

import dev.slipway.cli.apply.ApplyListener;
import dev.slipway.cli.apply.Executor;
import dev.slipway.cli.apply.History;
import dev.slipway.cli.apply.Outcome;
import dev.slipway.cli.apply.Session;
import dev.slipway.cli.report.PlanView;
import dev.slipway.cli.report.ReportFormat;
import dev.slipway.cli.report.Reports;
import dev.slipway.cli.report.SavedPlan;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Dialect;
import dev.slipway.model.Schema;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.Plan;
import dev.slipway.planner.Severity;
import dev.slipway.planner.Statement;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code slipway apply}: lock → re-read → check fingerprint and hazards → confirm → run (DESIGN.md §7).
 * Nothing touches the database before every check has passed.
 */
@Command(name = "apply", description = "Plan and apply the desired schema to a live database.")
final class ApplyCommand extends BaseCommand {
  @Option(names = "--url", required = true, description = "Target database.")
  String url;

  @Option(names = "--plan", description = "Apply exactly this saved plan (JSON), or nothing.")
  String planFile;

  @Option(names = "--allow-hazards", split = ",", description = "Danger hazards to allow (codes, or all).")
  List<String> allowHazards = new ArrayList<>();

  @Option(names = "--auto-approve", description = "Do not ask for confirmation.")
  boolean autoApprove;

  @Option(names = "--lock-timeout", defaultValue = "3s", description = "Lock timeout per statement (e.g. 3s, 500ms).")
  String lockTimeout;

  @Option(names = "--dry-run", description = "Print what would run and change nothing.")
  boolean dryRun;

  @Mixin DesiredOptions desiredOptions;

  @Option(names = "--history", paramLabel = "SCHEMA",
      description = "Record each applied plan in SCHEMA.slipway_history (created when missing).")
  String history;

  @Override
  public Integer call() throws Exception {
    Duration timeout = parseDuration(lockTimeout);
    Set<String> allowed = allowedHazards();
    if (history != null && history.isBlank()) throw new Cli.UsageException("--history: a schema name is required");
    DatabaseUrl target = DatabaseUrl.parse(url, secrets);
    if (history != null && target.dialect() != Dialect.POSTGRES) {
      throw new Cli.UsageException("--history: supported on PostgreSQL only in this build");
    }
    String lockKey = "slipway:" + target.database();
    try (Connection c = target.connect()) {
      Session session = Dialects.session(Dialects.serverVersion(target.dialect(), c));
      if (!session.tryLock(c, lockKey)) {
        throw new RefusedException(ExitCodes.LOCKED, "another slipway apply holds the lock on " + target
            + "; nothing was changed");
      }
      try {
        return applyLocked(c, target, session, timeout, allowed);
      } finally {
        unlockQuietly(session, c, lockKey);
      }
    }
  }

  /** The lock is the session's: a connection that died took it along, and the outcome is already decided. */
  private static void unlockQuietly(Session session, Connection c, String key) {
    try {
      if (!c.isClosed()) session.unlock(c, key);
    } catch (SQLException gone) {
      // released with the session
    }
  }

  private int applyLocked(Connection c, DatabaseUrl target, Session session, Duration timeout, Set<String> allowed)
      throws Exception {
    SchemaLoader loader = new SchemaLoader(secrets, err(), target.database());
    ReadOptions options = new ReadOptions(desiredOptions.schemas, desiredOptions.exclude);
    SchemaLoader.Loaded live = loader.readDatabase(target, options);
    List<Statement> statements;
    Plan plan;
    if (planFile != null) {
      SavedPlan saved = SavedPlan.read(Path.of(planFile));
      if (!History.matches(live.schema(), saved.currentFingerprint())) { // slipway_history is not part of the state
        throw new RefusedException(ExitCodes.FINGERPRINT_MISMATCH, "the database changed since the plan was made ("
            + "plan: " + saved.currentFingerprint() + ", now: " + History.hide(live.schema(), null).fingerprint()
            + "); nothing was changed. Make a new plan.");
      }
      statements = saved.statements();
      plan = new Plan(live.version(), saved.currentFingerprint(), saved.desiredFingerprint(), statements);
    } else {
      Schema desired = loader.load(desiredOptions.to, target.dialect(), desiredOptions.devUrl, live.version().major(),
          options).schema();
      plan = Planning.plan(live.schema(), desired, live.version(), desiredOptions.schemas, desiredOptions.exclude,
          timeout).plan();
      statements = plan.statements();
    }
    PlanView view = new PlanView(plan, desiredOptions.to);
    if (plan.isEmpty()) {
      out().println("No changes: the database matches the desired schema.");
      return ExitCodes.OK;
    }
    List<String> refused = new ArrayList<>();
    for (Statement s : statements) {
      for (Hazard h : s.hazards()) {
        if (h.severity() == Severity.DANGER && !allowed.contains("ALL") && !allowed.contains(h.code().name())) {
          refused.add(h.code() + " on " + s.subject() + ": " + h.message());
        }
      }
    }
    out().print(secrets.scrub(Reports.render(view, ReportFormat.TEXT, Cli.isTty())));
    if (!refused.isEmpty()) {
      throw new RefusedException(ExitCodes.HAZARDS_REFUSED, "refusing to apply: " + refused.size()
          + " danger hazard(s) not allowed (pass --allow-hazards CODE,… or all): " + String.join("; ", refused)
          + ". Nothing was changed.");
    }
    if (dryRun) {
      out().println("Dry run: nothing was changed.");
      return ExitCodes.OK;
    }
    if (!autoApprove && !confirm(statements.size())) {
      throw new UserException("not applied: no confirmation (pass --auto-approve when not on a terminal)");
    }
    long started = System.nanoTime();
    Outcome outcome = Executor.standard(session, progress()).run(c, statements);
    report(outcome, statements.size());
    if (history != null) {
      new History(history).recordQuietly(target::connect, plan.currentFingerprint(), plan.desiredFingerprint(),
          statements, outcome, Duration.ofNanos(System.nanoTime() - started), err(), secrets::scrub);
    }
    return outcome.succeeded() ? ExitCodes.OK : ExitCodes.ERROR;
  }

  private boolean confirm(int count) throws java.io.IOException {
    if (System.console() == null) return false; // never prompt without a TTY
    out().print("Apply " + count + " statement" + (count == 1 ? "" : "s") + " to the database? [y/N] ");
    out().flush();
    String answer = new BufferedReader(new InputStreamReader(System.in)).readLine();
    return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes");
  }

  private ApplyListener progress() {
    boolean tty = Cli.isTty();
    return new ApplyListener() {
      @Override
      public void starting(int number, int total, Statement s) {
        if (tty) out().printf("[%d/%d] %s ...%n", number, total, s.subject());
      }

      @Override
      public void finished(int number, int total, Statement s, Duration elapsed) {
        if (tty) out().printf("[%d/%d] %s done in %d ms%n", number, total, s.subject(), elapsed.toMillis());
      }

      @Override
      public void retrying(Statement s, int attempt, Duration wait, String reason) {
        err().printf("slipway: %s hit the lock timeout; retry %d in %d ms%n", s.subject(), attempt, wait.toMillis());
      }
    };
  }

  private void report(Outcome o, int total) {
    for (String r : o.retries()) out().println("retried: " + r);
    out().println("Applied " + o.applied().size() + " of " + total + " statement" + (total == 1 ? "" : "s") + ".");
    if (!o.succeeded()) {
      err().println(secrets.scrub("slipway: statement " + o.failedNumber() + " failed ("
          + o.failed().subject() + "): " + o.error()));
      err().println(secrets.scrub("  failed:  " + o.failed().sql()));
      for (Statement s : o.applied()) out().println("  applied: " + secrets.scrub(s.sql()));
      // Ran in the failed statement's transaction, undone with it.
      for (Statement s : o.rolledBack()) out().println("  rolled back: " + secrets.scrub(s.sql()));
      for (Statement s : o.notRun()) out().println("  not run: " + secrets.scrub(s.sql()));
      out().println("Run `slipway plan` to see what is left.");
    }
    out().flush();
  }

  private Set<String> allowedHazards() {
    Set<String> out = new LinkedHashSet<>();
    for (String a : allowHazards) {
      String code = a.trim().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) continue;
      if (!code.equals("ALL")) {
        try {
          HazardCode.valueOf(code);
        } catch (IllegalArgumentException e) {
          throw new Cli.UsageException("--allow-hazards: unknown hazard code '" + a + "'");
        }
      }
      out.add(code);
    }
    return out;
  }

  static Duration parseDuration(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)?").matcher(text.trim());
    if (!m.matches()) throw new Cli.UsageException("--lock-timeout: not a duration '" + text + "' (use 3s, 500ms, 1m)");
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    switch (unit) {
      case "ms":
        return Duration.ofMillis(n);
      case "m":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      default:
        return Duration.ofSeconds(n);
    }
  }
}
