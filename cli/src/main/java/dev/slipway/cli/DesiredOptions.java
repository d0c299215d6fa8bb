package dev.slipway.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every command that compares against a desired schema shares ({@code plan}, {@code apply},
 * {@code drift}): where the desired schema is, where its DDL is normalised, and which part is managed.
 */
final class DesiredOptions {
  @Option(names = "--to", required = true, description = "Desired state: .sql/.yaml file, directory of them, or database URL.")
  String to;

  @Option(names = "--dev-url", description = "Where desired DDL is normalised: URL, embedded:postgres[:N], "
      + "embedded:mariadb, docker://postgres/N, or none.")
  String devUrl;

  @Option(names = "--schema", description = "Schema to manage (repeatable).")
  List<String> schemas = new ArrayList<>();

  @Option(names = "--exclude", description = "Glob of schema or schema.table to leave alone (repeatable).")
  List<String> exclude = new ArrayList<>();

  /** The library configured with these options, the command's notes writer and the CLI's dev servers. */
  dev.slipway.api.Slipway.Builder configure(dev.slipway.api.Secrets secrets, java.io.PrintWriter notes) {
    return dev.slipway.api.Slipway.configure().desired(to).devDatabase(devUrl).schemas(schemas).exclude(exclude)
        .secrets(secrets).notes(notes).devServers(new EngineDevServers());
  }
}
