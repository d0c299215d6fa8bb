package dev.slipway.cli;

import dev.slipway.api.Timings;
import dev.slipway.api.Secrets;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code slipway} command: declarative, lock-aware schema migrations for PostgreSQL and MySQL/MariaDB. */
@Command(
    name = "slipway",
    mixinStandardHelpOptions = true,
    versionProvider = Slipway.Version.class,
    description = "Declarative, lock-aware schema migrations for PostgreSQL and MySQL/MariaDB.",
    subcommands = {PlanCommand.class, ApplyCommand.class, DriftCommand.class, InspectCommand.class,
        PrCommentCommand.class,
        CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success; no changes / in sync",
      "1:error (database, I/O, invalid schema input)",
      "2:usage error",
      "3:changes present (plan --detailed-exitcode) / drift detected",
      "4:refused: hazards not allowed",
      "5:refused: database changed since the plan was made",
      "6:refused: another apply holds the lock"
    })
public final class Slipway implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    Timings.mark("started");
    int rc = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    Timings.mark("done");
    System.exit(rc);
  }

  /** Runs a command line in-process with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Secrets secrets = new Secrets();
    CommandLine cmd = new CommandLine(new Slipway(), new Factory(secrets));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ErrorHandler(secrets));
    cmd.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("slipway: " + secrets.scrub(ex.getMessage()));
      ex.getCommandLine().getErr().println("Try 'slipway " + ex.getCommandLine().getCommandName() + " --help'.");
      return ExitCodes.USAGE;
    });
    return cmd.execute(args);
  }

  /** Gives commands the shared {@link Secrets}. */
  static final class Factory implements CommandLine.IFactory {
    private final Secrets secrets;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(Secrets secrets) {
      this.secrets = secrets;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == Secrets.class) return type.cast(secrets);
      K made = fallback.create(type);
      if (made instanceof BaseCommand b) b.secrets = secrets;
      return made;
    }
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Slipway.class.getPackage().getImplementationVersion();
      return new String[] {"slipway " + (v == null ? "dev" : v)};
    }
  }
}
