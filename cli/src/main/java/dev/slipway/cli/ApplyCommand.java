package dev.slipway.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway apply}: plan and run the statements against a live database. */
@Command(name = "apply", description = "Plan and apply the desired schema to a live database.")
final class ApplyCommand extends BaseCommand {
  @Option(names = "--url", required = true, description = "Target database.")
  String url;

  @Option(names = "--to", required = true, description = "Desired state: .sql/.yaml file or directory.")
  String to;

  @Option(names = "--plan", description = "Apply exactly this saved plan (JSON), or nothing.")
  String planFile;

  @Option(names = "--allow-hazards", split = ",", description = "Danger hazards to allow (codes, or all).")
  java.util.List<String> allowHazards = new java.util.ArrayList<>();

  @Option(names = "--auto-approve", description = "Do not ask for confirmation.")
  boolean autoApprove;

  @Option(names = "--lock-timeout", defaultValue = "3s", description = "Lock timeout per statement (e.g. 3s, 500ms).")
  String lockTimeout;

  @Option(names = "--dry-run", description = "Print what would run and change nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    throw new UserException("apply is not available in this build yet");
  }
}
