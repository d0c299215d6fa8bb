package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code slipway drift} exit codes and its webhook, against a real PostgreSQL and a real local HTTP server. */
class DriftIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  @Test
  void exitCodesAndWebhookOnlyOnDrift() throws Exception {
    String name = db.newDatabase("drift");
    db.executeIn(name, "CREATE TABLE public.users (id bigint PRIMARY KEY, email text)");
    Path desired = Files.createTempFile("desired", ".sql");
    Files.writeString(desired, "CREATE TABLE public.users (id bigint PRIMARY KEY, email text);");
    List<String> posts = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/hook", x -> {
      posts.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      x.sendResponseHeaders(200, -1);
      x.close();
    });
    hook.start();
    String url = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook";
    String dev = db.urlWithCredentials(db.server().adminDatabase());
    try {
      CliProcess.Run inSync = CliProcess.run(Map.of(), "drift", "--url", db.urlWithCredentials(name), "--to",
          desired.toString(), "--webhook", url, "--dev-url", dev);
      assertThat(inSync.exitCode()).as(inSync.stderr()).isZero();
      assertThat(inSync.stdout()).contains("In sync");
      assertThat(posts).isEmpty();

      db.executeIn(name, "ALTER TABLE public.users ADD COLUMN extra int", "CREATE INDEX users_email_idx ON public.users (email)");
      CliProcess.Run drift = CliProcess.run(Map.of(), "drift", "--url", db.urlWithCredentials(name), "--to",
          desired.toString(), "--webhook", url, "--format", "json", "--dev-url", dev);
      assertThat(drift.exitCode()).as(drift.stderr()).isEqualTo(3);
      JsonNode report = new ObjectMapper().readTree(drift.stdout());
      assertThat(report.path("in_sync").asBoolean()).isFalse();
      assertThat(report.path("extra").toString()).contains("column public.users.extra", "index public.users.users_email_idx");
      assertThat(posts).hasSize(1);
      JsonNode body = new ObjectMapper().readTree(posts.get(0));
      assertThat(body.path("text").asText()).startsWith("Slipway drift on ").contains("2 extra");
      assertThat(body.path("drift").path("plan").path("statements").size()).isEqualTo(2);
    } finally {
      hook.stop(0);
    }
  }

  @Test
  void anUnreachableWebhookIsAnErrorAfterRetries() throws Exception {
    String name = db.newDatabase("drift2");
    db.executeIn(name, "CREATE TABLE public.t (id int)");
    Path desired = Files.createTempFile("desired", ".sql");
    Files.writeString(desired, "CREATE TABLE public.t (id int, b int);");
    CliProcess.Run r = CliProcess.run(Map.of(), "drift", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--webhook", "http://127.0.0.1:9/hook", "--dev-url", db.urlWithCredentials(db.server().adminDatabase()));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("did not accept the drift report");
  }
}
