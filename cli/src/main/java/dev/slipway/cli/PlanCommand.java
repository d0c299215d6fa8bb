package dev.slipway.cli;

import dev.slipway.api.Planning;
import dev.slipway.cli.report.PlanView;
import dev.slipway.cli.report.ReportFormat;
import dev.slipway.cli.report.Reports;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code slipway plan}: the statements that take the current schema to the desired one. */
@Command(name = "plan", description = "Show the statements that take the current schema to the desired one.")
final class PlanCommand extends BaseCommand {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Current current;

  static final class Current {
    @Option(names = "--url", description = "Live database to plan against (JDBC or postgres://, mysql:// URL).")
    String url;

    @Option(names = "--from", description = "Current state from a .sql/.yaml file or a directory of them.")
    String from;
  }

  @Mixin DesiredOptions desiredOptions;

  @Option(names = "--format", defaultValue = "text", description = "text, sql, json or markdown.")
  String format;

  @Option(names = "--out", description = "Write the plan to this file instead of standard output.")
  String outFile;

  @Option(names = "--detailed-exitcode", description = "Exit 3 when there are changes.")
  boolean detailedExitCode;

  @Option(names = "--dialect", description = "postgresql or mysql, when no database says which (default postgresql).")
  String dialect;

  @Option(names = "--name", description = "Plan name in the Markdown marker (default: the --to path).")
  String name;

  @Override
  public Integer call() throws Exception {
    ReportFormat f = Cli.format(format, ReportFormat.TEXT, ReportFormat.SQL, ReportFormat.JSON, ReportFormat.MARKDOWN);
    Planning.Result result = desiredOptions.configure(secrets, err()).target(current.url).from(current.from)
        .dialect(Cli.dialect(dialect)).load().plan();
    String report = Reports.render(new PlanView(result.plan(), name != null ? name : desiredOptions.to), f,
        f == ReportFormat.TEXT && outFile == null && Cli.isTty());
    Cli.write(report, outFile, out(), secrets);
    return detailedExitCode && !result.plan().isEmpty() ? ExitCodes.CHANGES : ExitCodes.OK;
  }
}
