package dev.slipway.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway inspect}: print a live database's schema as SQL, YAML or JSON. */
@Command(name = "inspect", description = "Print a live database's schema as SQL, YAML or JSON.")
final class InspectCommand extends BaseCommand {
  @Option(names = "--url", required = true, description = "Database to read.")
  String url;

  @Option(names = "--format", defaultValue = "sql", description = "sql, yaml or json.")
  String format;

  @Option(names = "--schema", description = "Schema to read (repeatable).")
  List<String> schemas = new ArrayList<>();

  @Option(names = "--exclude", description = "Glob of schema or schema.table to leave out (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Override
  public Integer call() {
    throw new UserException("inspect is not available in this build yet");
  }
}
