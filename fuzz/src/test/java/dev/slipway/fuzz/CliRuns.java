package dev.slipway.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the packaged CLI ({@code cli/target/slipway.jar}, built by the reactor's package phase before this
 * module's integration tests) as a real process on a fuzzed desired-state file, and checks what a user
 * would see: exit 0 with a plan, or exit 1 with exactly one stderr line {@code slipway: FILE:LINE:COL: …};
 * never a stack trace, never a hang, and the target database unchanged unless the run succeeded.
 */
final class CliRuns {
  static final Path JAR = Path.of("..", "cli", "target", "slipway.jar");
  private static final dev.slipway.testing.CliJvm JVM = new dev.slipway.testing.CliJvm(JAR);
  /** Bound per CLI run: a JVM start, a dev-database load of a small file, a plan. */
  static final long BOUND_SECONDS = 120;

  record Run(int exitCode, String stdout, String stderr) {}

  enum Outcome { PLANNED, APPLIED, LOCATED_ERROR }

  private CliRuns() {}

  static Run run(String... args) throws IOException, InterruptedException {
    if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: integration tests run after package");
    dev.slipway.testing.CliJvm.Launch launch = JVM.launch(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(launch.command());
    pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.equals("PGPASSWORD") || k.equals("MYSQL_PWD"));
    Path out = Files.createTempFile("slipway-out", ".txt");
    Path err = Files.createTempFile("slipway-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    try {
      if (!p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("slipway " + String.join(" ", args) + " did not finish in " + BOUND_SECONDS + " s");
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      launch.afterExit().run();
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Exit 0, or exit 1 with one located line naming {@code file}; no stack trace either way. */
  static Outcome check(Run r, Path file, Outcome success) {
    String all = "exit " + r.exitCode() + "\nstdout:\n" + r.stdout() + "\nstderr:\n" + r.stderr();
    assertThat(r.stderr()).as(all).doesNotContain("\tat ", "Exception", "Error:");
    assertThat(r.exitCode()).as(all).isIn(0, 1);
    if (r.exitCode() == 0) return success;
    assertThat(r.stderr().lines().toList()).as(all).hasSize(1);
    assertThat(r.stderr().strip()).as(all)
        .matches("slipway: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: \\S.*");
    return Outcome.LOCATED_ERROR;
  }

  /** The catalog rows of one database that any change would alter, sorted. */
  static List<String> fingerprint(TestDatabase db, String database, List<String> queries) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect(database); Statement s = c.createStatement()) {
      for (String q : queries) {
        try (ResultSet rs = s.executeQuery(q)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
            rows.add(b.toString());
          }
        }
      }
    }
    rows.sort(null);
    return rows;
  }

  /** The fuzzed text as a file, or raw bytes for the invalid-UTF-8 cases. */
  static Path write(String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  /**
   * Plans and applies {@code file} against a fresh database holding {@code baseline}, counting both outcomes
   * under {@code target} in the fuzz report: each is a success or one located error; neither changes the
   * catalog ({@code catalog} queries) unless apply succeeded; and the two agree on whether the file is valid.
   * The database and the file are removed afterwards.
   */
  static void planAndApply(TestDatabase db, String[] baseline, List<String> catalog, String target, Path file)
      throws Exception {
    String database = db.newDatabase("fuzz");
    db.executeIn(database, baseline);
    String url = db.urlWithCredentials(database);
    String dev = db.urlWithCredentials(db.server().adminDatabase());
    try {
      List<String> before = fingerprint(db, database, catalog);
      Outcome plan = check(run("plan", "--url", url, "--to", file.toString(), "--dev-url", dev), file, Outcome.PLANNED);
      FuzzReport.count(target + " plan", plan);
      assertThat(fingerprint(db, database, catalog)).as("plan changes nothing").isEqualTo(before);
      Outcome apply = check(run("apply", "--url", url, "--to", file.toString(), "--dev-url", dev, "--auto-approve",
          "--allow-hazards", "all"), file, Outcome.APPLIED);
      FuzzReport.count(target + " apply", apply);
      if (apply != Outcome.APPLIED) {
        assertThat(fingerprint(db, database, catalog)).as("a failed apply changes nothing").isEqualTo(before);
      }
      assertThat(apply == Outcome.APPLIED).as("plan and apply agree on whether the file is valid")
          .isEqualTo(plan == Outcome.PLANNED);
    } finally {
      db.server().dropDatabase(database);
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    }
  }
}
