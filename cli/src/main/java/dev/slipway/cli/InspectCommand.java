package dev.slipway.cli;

import dev.slipway.api.Inspection;
import dev.slipway.api.SchemaLoader;
import dev.slipway.api.UserException;
import dev.slipway.model.Dialect;
import dev.slipway.introspect.yaml.YamlSchemaWriter;
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
  public Integer call() throws Exception {
    String f = format.toLowerCase(java.util.Locale.ROOT);
    if (!List.of("sql", "yaml", "json").contains(f)) {
      throw new Cli.UsageException("--format: unknown format '" + format + "': use sql, yaml or json");
    }
    SchemaLoader.Loaded loaded = dev.slipway.api.Slipway.configure().target(url).schemas(schemas).exclude(exclude).secrets(secrets)
        .notes(err()).load().read();
    String text;
    if (f.equals("yaml") && loaded.schema().dialect() == Dialect.MYSQL) {
      throw new UserException("inspect --format yaml: the YAML format has no words yet for MySQL table, column and"
          + " database options; use --format sql or json");
    }
    if (f.equals("yaml")) {
      text = new YamlSchemaWriter().write(loaded.schema());
    } else if (f.equals("json")) {
      text = SchemaJson.write(loaded.schema());
    } else {
      text = Inspection.sql(loaded.schema(), loaded.version());
    }
    Cli.write(text, null, out(), secrets);
    return ExitCodes.OK;
  }
}
