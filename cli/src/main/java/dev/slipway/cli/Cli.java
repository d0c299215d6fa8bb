package dev.slipway.cli;

import dev.slipway.api.Secrets;
import dev.slipway.cli.report.ReportFormat;
import dev.slipway.model.Dialect;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small helpers the commands share: option parsing, output, TTY detection. */
final class Cli {
  private Cli() {}

  static ReportFormat format(String value, ReportFormat... allowed) {
    try {
      return ReportFormat.parse(value, allowed);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
  }

  static Dialect dialect(String value) {
    if (value == null) return null;
    switch (value.toLowerCase(Locale.ROOT)) {
      case "postgresql", "postgres", "pg":
        return Dialect.POSTGRES;
      case "mysql", "mariadb":
        return Dialect.MYSQL;
      default:
        throw new UsageException("--dialect: unknown dialect '" + value + "': use postgresql or mysql");
    }
  }

  /** Whether standard output and input are a terminal (never prompt, never colour otherwise). */
  static boolean isTty() {
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }

  /** Writes to {@code --out} when given, else to standard output; secrets are scrubbed either way. */
  static void write(String text, String outFile, PrintWriter out, Secrets secrets) throws IOException {
    String clean = secrets.scrub(text);
    if (outFile != null) {
      Files.writeString(Path.of(outFile), clean, StandardCharsets.UTF_8);
    } else {
      out.print(clean);
      out.flush();
    }
  }

  /** A usage error detected after picocli parsed the flags: exit code 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
