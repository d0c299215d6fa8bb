package dev.slipway.cli;

import dev.slipway.api.Planning;
import dev.slipway.cli.report.DriftReport;
import dev.slipway.cli.report.PlanView;
import dev.slipway.cli.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code slipway drift}: does the live database still match the desired schema? Exit 0 in sync, 3 drift. */
@Command(name = "drift", description = "Report whether a live database has drifted from the desired schema.")
final class DriftCommand extends BaseCommand {
  @Option(names = "--url", required = true, description = "Database to check.")
  String url;

  @Option(names = "--format", defaultValue = "text", description = "text, json or markdown.")
  String format;

  @Option(names = "--webhook", description = "POST a JSON summary here when drift is found.")
  String webhook;

  @Mixin DesiredOptions desiredOptions;

  @Override
  public Integer call() throws Exception {
    ReportFormat f = Cli.format(format, ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.MARKDOWN);
    dev.slipway.api.Slipway slipway = desiredOptions.configure(secrets, err()).target(url).load();
    Planning.Result result = slipway.plan();
    DriftReport report = new DriftReport(slipway.targetUrl().toString(), result.changes(),
        new PlanView(result.plan(), desiredOptions.to));
    Cli.write(report.render(f), null, out(), secrets);
    if (report.inSync()) return ExitCodes.OK;
    if (webhook != null) Webhook.post(webhook, secrets.scrub(report.webhookJson()));
    return ExitCodes.CHANGES;
  }
}
