package dev.slipway.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway drift}: does the live database still match the desired schema? */
@Command(name = "drift", description = "Report whether a live database has drifted from the desired schema.")
final class DriftCommand extends BaseCommand {
  @Option(names = "--url", required = true, description = "Database to check.")
  String url;

  @Option(names = "--to", required = true, description = "Desired state: .sql/.yaml file or directory.")
  String to;

  @Option(names = "--format", defaultValue = "text", description = "text, json or markdown.")
  String format;

  @Option(names = "--webhook", description = "POST a JSON summary here when drift is found.")
  String webhook;

  @Override
  public Integer call() {
    throw new UserException("drift is not available in this build yet");
  }
}
