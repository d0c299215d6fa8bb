package dev.slipway.cli;

import dev.slipway.differ.DiffException;
import dev.slipway.api.DatabaseUrl;
import dev.slipway.api.DevServerException;
import dev.slipway.api.RefusedException;
import dev.slipway.api.Secrets;
import dev.slipway.api.UserException;
import dev.slipway.engines.EngineException;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.InvalidModelException;
import dev.slipway.planner.PlanningException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import picocli.CommandLine;

/**
 * Maps every exception a command throws to one line on stderr and an exit code. A stack trace is printed
 * only with {@code --stacktrace}. Messages pass through {@link Secrets} so no password is ever printed.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final Secrets secrets;

  ErrorHandler(Secrets secrets) {
    this.secrets = secrets;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code = ExitCodes.ERROR;
    String message;
    if (e instanceof Cli.UsageException) {
      code = ExitCodes.USAGE;
      message = e.getMessage();
    } else if (e instanceof RefusedException r) {
      code = switch (r.reason()) {
        case HAZARDS -> ExitCodes.HAZARDS_REFUSED;
        case DATABASE_CHANGED -> ExitCodes.FINGERPRINT_MISMATCH;
        case LOCKED -> ExitCodes.LOCKED;
      };
      message = r.getMessage();
    } else if (e instanceof UserException || e instanceof IntrospectionException || e instanceof DiffException
        || e instanceof PlanningException || e instanceof EngineException || e instanceof DevServerException || e instanceof InvalidModelException) {
      message = e.getMessage();
    } else if (e instanceof SQLException sql) {
      message = "database error" + (sql.getSQLState() == null ? "" : " " + sql.getSQLState()) + ": " + sql.getMessage();
    } else if (e instanceof java.io.IOException io) {
      message = "I/O error: " + io.getMessage();
    } else {
      message = "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
          + " — please report it with --stacktrace output";
    }
    err.println("slipway: " + secrets.scrub(DatabaseUrl.redact(message)));
    if (parsed != null && parsed.hasMatchedOption("--stacktrace") || Boolean.getBoolean("slipway.stacktrace")) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.println(secrets.scrub(DatabaseUrl.redact(trace.toString())));
    }
    err.flush();
    return code;
  }
}
