package dev.slipway.cli;

import dev.slipway.api.ApplyOptions;
import dev.slipway.api.ApplyResult;
import dev.slipway.api.apply.ApplyListener;
import dev.slipway.api.apply.Outcome;
import dev.slipway.cli.report.PlanView;
import dev.slipway.cli.report.ReportFormat;
import dev.slipway.cli.report.Reports;
import dev.slipway.cli.report.SavedPlan;
import dev.slipway.model.Dialect;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.Statement;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
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
    dev.slipway.api.Slipway slipway = desiredOptions.configure(secrets, err()).target(url).lockTimeout(timeout).load();
    if (history != null && slipway.targetUrl().dialect() != Dialect.POSTGRES) {
      throw new Cli.UsageException("--history: supported on PostgreSQL only in this build");
    }
    ApplyOptions options = ApplyOptions.defaults().allowingHazards(allowed).withDryRun(dryRun)
        .withReview(plan -> out().print(secrets.scrub(Reports.render(new PlanView(plan, desiredOptions.to),
            ReportFormat.TEXT, Cli.isTty()))))
        .withConfirm(plan -> autoApprove || confirm(plan.statements().size()))
        .withListener(progress())
        .withHistory(history, err());
    if (planFile != null) {
      SavedPlan saved = SavedPlan.read(Path.of(planFile));
      options = options.withSavedPlan(new ApplyOptions.SavedPlan(saved.statements(), saved.currentFingerprint(),
          saved.desiredFingerprint()));
    }
    ApplyResult result = slipway.apply(options);
    if (result.plan().isEmpty()) {
      out().println("No changes: the database matches the desired schema.");
      return ExitCodes.OK;
    }
    if (result.dryRun()) {
      out().println("Dry run: nothing was changed.");
      return ExitCodes.OK;
    }
    report(result.outcome(), result.plan().statements().size());
    return result.succeeded() ? ExitCodes.OK : ExitCodes.ERROR;
  }

  private boolean confirm(int count) {
    if (System.console() == null) return false; // never prompt without a TTY
    out().print("Apply " + count + " statement" + (count == 1 ? "" : "s") + " to the database? [y/N] ");
    out().flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(System.in)).readLine();
      return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes");
    } catch (java.io.IOException e) {
      return false;
    }
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
