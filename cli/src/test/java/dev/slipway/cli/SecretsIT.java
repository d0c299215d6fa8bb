package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.slipway.testing.SlipwayJsonSchema;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A known password, given in URLs and in PGPASSWORD, never appears in any output: every plan format,
 * drift reports and the webhook body, inspect, apply, and error messages (DESIGN.md §3).
 */
// Long classes start first, so the pass does not wait for one that began last (pom: ClassOrderer).
@Order(6)
class SecretsIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private static final String PASSWORD = "s3cr3t-Pa55word-xyzzy";

  private static String withPassword(String jdbcUrl) {
    // postgres://user:password@host:port/db — the embedded server trusts local connections, so any password
    // is accepted, which makes it easy to see where a password would leak.
    URI u = URI.create(jdbcUrl.substring(5));
    return "postgres://postgres:" + PASSWORD + "@" + u.getHost() + ":" + u.getPort() + u.getPath();
  }

  @Test
  void aPasswordNeverReachesAnyOutput() throws Exception {
    String name = db.newDatabase("secrets");
    db.executeIn(name, "CREATE TABLE public.t (id int PRIMARY KEY, legacy text)");
    Path desired = Files.createTempFile("desired", ".sql");
    Files.writeString(desired, "CREATE TABLE public.t (id int PRIMARY KEY, a text);\n");
    String url = withPassword(db.jdbcUrl(name));
    String dev = withPassword(db.jdbcUrl(db.server().adminDatabase()));
    List<String> posts = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/", x -> {
      posts.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      x.sendResponseHeaders(204, -1);
      x.close();
    });
    hook.start();
    List<CliProcess.Run> runs = new ArrayList<>();
    try {
      for (String format : List.of("text", "sql", "json", "markdown")) {
        runs.add(CliProcess.run(Map.of(), "plan", "--url", url, "--to", desired.toString(), "--dev-url", dev, "--format", format));
      }
      for (String format : List.of("text", "json", "markdown")) {
        runs.add(CliProcess.run(Map.of(), "drift", "--url", url, "--to", desired.toString(), "--dev-url", dev, "--format",
            format, "--webhook", "http://127.0.0.1:" + hook.getAddress().getPort() + "/"));
      }
      for (String format : List.of("sql", "yaml", "json")) {
        runs.add(CliProcess.run(Map.of(), "inspect", "--url", url, "--format", format));
      }
      runs.add(CliProcess.run(Map.of("PGPASSWORD", PASSWORD), "plan", "--url", db.jdbcUrl(name).replace("jdbc:", "jdbc:")
          + "?user=postgres", "--to", desired.toString(), "--dev-url", dev, "--format", "json"));
      runs.add(CliProcess.run(Map.of(), "apply", "--url", url, "--to", desired.toString(), "--dev-url", dev, "--dry-run"));
      // Errors: a refused connection, a bad database name, a bad --to, --stacktrace.
      runs.add(CliProcess.run(Map.of(), "plan", "--url", "postgres://postgres:" + PASSWORD + "@127.0.0.1:9/nowhere", "--to",
          desired.toString(), "--stacktrace"));
      runs.add(CliProcess.run(Map.of(), "plan", "--url", url + "_missing", "--to", desired.toString(), "--dev-url", dev));
      runs.add(CliProcess.run(Map.of(), "plan", "--url", "jdbc:postgresql://127.0.0.1:9/x?user=u&password=" + PASSWORD,
          "--to", desired.toString()));
      runs.add(CliProcess.run(Map.of(), "apply", "--url", url, "--to", desired.toString(), "--dev-url", dev, "--auto-approve",
          "--allow-hazards", "all"));
    } finally {
      hook.stop(0);
    }
    assertThat(runs).hasSize(16);
    assertThat(runs.get(0).exitCode()).as(runs.get(0).stderr()).isZero();
    assertThat(runs.get(15).exitCode()).as(runs.get(15).stderr()).isZero();
    assertThat(runs.get(12).exitCode()).isEqualTo(1);
    assertThat(runs.get(12).stderr()).contains("slipway: ");
    assertThat(runs.get(8).exitCode()).as(runs.get(8).stderr()).isZero();
    SlipwayJsonSchema.assertValid("inspect --format yaml", runs.get(8).stdout());
    assertThat(posts).hasSize(3);
    for (CliProcess.Run r : runs) {
      assertThat(r.stdout()).doesNotContain(PASSWORD);
      assertThat(r.stderr()).doesNotContain(PASSWORD);
    }
    for (String body : posts) assertThat(body).doesNotContain(PASSWORD);
  }
}
