package dev.slipway.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built CLI jar as a real process, as users and CI run it. */
final class CliProcess {
  static final Path JAR = Path.of("target/slipway.jar");
  private static final dev.slipway.testing.CliJvm JVM = new dev.slipway.testing.CliJvm(JAR);

  record Run(int exitCode, String stdout, String stderr) {}

  private CliProcess() {}

  static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: integration tests run after package");
    dev.slipway.testing.CliJvm.Launch launch = JVM.launch(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(launch.command());
    pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.equals("PGPASSWORD") || k.equals("MYSQL_PWD"));
    pb.environment().putAll(env);
    Path out = Files.createTempFile("slipway-out", ".txt");
    Path err = Files.createTempFile("slipway-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("slipway " + String.join(" ", args) + " did not finish in 5 minutes");
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      launch.afterExit().run();
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
