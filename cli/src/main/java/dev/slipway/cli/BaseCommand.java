package dev.slipway.cli;

import dev.slipway.api.Secrets;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * What every command shares: {@code --help}/{@code -h} and {@code --version}/{@code -V} (answered before any
 * other option is checked, exit 0), output writers, the secrets registry, {@code --stacktrace}.
 */
@CommandLine.Command(mixinStandardHelpOptions = true, versionProvider = Slipway.Version.class)
abstract class BaseCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--stacktrace", description = "Print the stack trace of an error.")
  boolean stacktrace;

  Secrets secrets = new Secrets();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
