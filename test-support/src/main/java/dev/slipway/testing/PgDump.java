package dev.slipway.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pg_dump} that tests compare schemas with. pg_dump refuses servers newer than itself, so the one
 * used must be at least the server's major. Looked for, in order: {@code -Dslipway.test.pg_dump=PATH} or
 * {@code SLIPWAY_PG_DUMP=PATH} (used as given, and it must fit); {@value #INSTALLED} (pg_dump 18, which
 * dumps 13–18, installed by {@code .ci/install-pg-dump}); {@code /usr/bin/pg_dump} (Debian 12's is 15).
 * When none fits, the test fails saying how to install one: tests never skip.
 */
public final class PgDump {
  public static final String PROPERTY = "slipway.test.pg_dump";
  public static final String ENV = "SLIPWAY_PG_DUMP";
  public static final String INSTALLED = "/opt/slipway/pg_dump-18/pg_dump";
  public static final String SYSTEM = "/usr/bin/pg_dump";

  private static final Pattern VERSION = Pattern.compile("^pg_dump \\(PostgreSQL\\) (\\d+)");
  /** Since its August 2025 releases (15.14, 17.6, 18.0, ...) pg_dump writes restrict/unrestrict meta-commands with a random key. */
  private static final Pattern RESTRICT = Pattern.compile("(?m)^\\\\(un)?restrict .*(\\R|\\z)");
  private static final Map<Path, OptionalInt> MAJORS = new ConcurrentHashMap<>();

  private PgDump() {}

  /** The pg_dump that can dump a server of this major; throws {@link NoPgDumpError} when none can. */
  public static Path forServer(int serverMajor) {
    List<String> tried = new ArrayList<>();
    String explicit = System.getProperty(PROPERTY);
    String from = "-D" + PROPERTY;
    if (explicit == null || explicit.isBlank()) {
      explicit = System.getenv(ENV);
      from = ENV;
    }
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit.strip());
      String problem = unfit(p, serverMajor);
      if (problem == null) return p;
      throw new NoPgDumpError(from + "=" + p + " cannot dump PostgreSQL " + serverMajor + ": " + problem + ". " + HOW);
    }
    for (String candidate : List.of(INSTALLED, SYSTEM)) {
      Path p = Path.of(candidate);
      String problem = unfit(p, serverMajor);
      if (problem == null) return p;
      tried.add(p + ": " + problem);
    }
    throw new NoPgDumpError("No pg_dump that can dump PostgreSQL " + serverMajor + " (" + String.join("; ", tried)
        + "; -D" + PROPERTY + " and " + ENV + " are not set). " + HOW);
  }

  private static final String HOW = "Install pg_dump 18 with .ci/install-pg-dump (as root; it puts it in "
      + INSTALLED + "), or point -D" + PROPERTY + "=PATH or " + ENV + "=PATH at a pg_dump of at least the server's major.";

  /** Why this pg_dump cannot dump a server of this major, or null when it can. */
  private static String unfit(Path pgDump, int serverMajor) {
    if (!Files.isExecutable(pgDump)) return Files.exists(pgDump) ? "not executable" : "not found";
    OptionalInt major = major(pgDump);
    if (major.isEmpty()) return "`" + pgDump + " --version` does not answer with a pg_dump version";
    if (major.getAsInt() < serverMajor) return "it is pg_dump " + major.getAsInt() + ", older than the server";
    return null;
  }

  /** The major that {@code pg_dump --version} reports (cached per path), or empty when it does not run. */
  static OptionalInt major(Path pgDump) {
    return MAJORS.computeIfAbsent(pgDump, p -> {
      try {
        Process proc = new ProcessBuilder(p.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!proc.waitFor(30, TimeUnit.SECONDS) || proc.exitValue() != 0) return OptionalInt.empty();
        Matcher m = VERSION.matcher(out);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
      } catch (IOException e) {
        return OptionalInt.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return OptionalInt.empty();
      }
    });
  }

  /**
   * {@code pg_dump --schema-only --no-owner --no-privileges} of one database on the test database's server,
   * with the pg_dump {@link #forServer(int)} picks for that server's major, without the {@code \restrict}
   * lines (their key is random): the rest of a dump is deterministic, so two dumps compare as text.
   */
  public static String schemaOnly(TestDatabase db, String database) throws SQLException, IOException, InterruptedException {
    int major;
    try (Connection c = db.connect(database)) {
      major = c.getMetaData().getDatabaseMajorVersion();
    }
    URI uri = URI.create(db.jdbcUrl(database).substring("jdbc:".length()));
    String host = uri.getHost().replaceAll("^\\[|]$", "");
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    Properties credentials = db.credentials();
    return schemaOnly(major, host, port, credentials.getProperty("user"), credentials.getProperty("password"), database);
  }

  /** As {@link #schemaOnly(TestDatabase, String)}, for any server: the password (or null) goes in PGPASSWORD. */
  public static String schemaOnly(int serverMajor, String host, int port, String user, String password, String database)
      throws IOException, InterruptedException {
    Path pgDump = forServer(serverMajor);
    ProcessBuilder pb = new ProcessBuilder(pgDump.toString(), "--schema-only", "--no-owner", "--no-privileges",
        "--host=" + host, "--port=" + port, "--username=" + user, "--no-password", database);
    if (password != null && !password.isEmpty()) pb.environment().put("PGPASSWORD", password);
    else pb.environment().remove("PGPASSWORD");
    Path out = Files.createTempFile("slipway-pg_dump", ".sql");
    Path err = Files.createTempFile("slipway-pg_dump", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(pgDump + " of " + database + " did not finish in 2 minutes: " + Files.readString(err).strip());
      }
      if (p.exitValue() != 0) {
        throw new AssertionError(pgDump + " of " + database + " exited " + p.exitValue() + ": " + Files.readString(err).strip());
      }
      return RESTRICT.matcher(Files.readString(out)).replaceAll("");
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Raised when no pg_dump on this machine can dump the server; the test fails, it does not skip. */
  public static final class NoPgDumpError extends AssertionError {
    public NoPgDumpError(String message) {
      super(message);
    }
  }
}
