package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The action's comment step against a local fake of the GitHub REST API: one comment, updated in place. */
class PrCommentIT {
  private static final String TOKEN = "ghs_fakeToken1234567890";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpServer server;
  private final Map<Long, String> comments = new TreeMap<>();
  private final List<String> requests = new ArrayList<>();
  private long nextId = 1000;

  @BeforeEach
  void startFakeGitHub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
    comments.put(nextId++, "an unrelated review comment");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange x) throws IOException {
    String method = x.getRequestMethod();
    String path = x.getRequestURI().getPath();
    requests.add(method + " " + x.getRequestURI());
    if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
      reply(x, 401, "{\"message\":\"Bad credentials\"}");
      return;
    }
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (method.equals("GET") && path.equals("/repos/acme/app/issues/7/comments")) {
      ArrayNode list = JSON.createArrayNode();
      boolean firstPage = x.getRequestURI().getQuery().contains("page=1");
      if (firstPage) comments.forEach((id, text) -> list.addObject().put("id", id).put("body", text));
      reply(x, 200, list.toString());
    } else if (method.equals("POST") && path.equals("/repos/acme/app/issues/7/comments")) {
      long id = nextId++;
      comments.put(id, JSON.readTree(body).path("body").asText());
      reply(x, 201, JSON.createObjectNode().put("id", id).toString());
    } else if (method.equals("PATCH") && path.startsWith("/repos/acme/app/issues/comments/")) {
      long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
      if (!comments.containsKey(id)) {
        reply(x, 404, "{}");
        return;
      }
      comments.put(id, JSON.readTree(body).path("body").asText());
      reply(x, 200, JSON.createObjectNode().put("id", id).toString());
    } else {
      reply(x, 404, "{\"message\":\"Not Found\"}");
    }
  }

  private static void reply(HttpExchange x, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(code, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @Test
  void postsOneCommentThenUpdatesIt() throws Exception {
    Path dir = Files.createTempDirectory("pr");
    Path event = dir.resolve("event.json");
    Files.writeString(event, "{\"pull_request\": {\"number\": 7}}");
    Map<String, String> env = Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_REPOSITORY", "acme/app",
        "GITHUB_EVENT_PATH", event.toString(), "GITHUB_API_URL", "http://127.0.0.1:" + server.getAddress().getPort());
    Path plan = dir.resolve("plan.md");

    Files.writeString(plan, "<!-- slipway-plan: staging -->\n### Slipway plan `staging`: 1 statement\n");
    CliProcess.Run first = CliProcess.run(env, "pr-comment", "--file", plan.toString());
    assertThat(first.exitCode()).as(first.stderr()).isZero();
    assertThat(first.stdout()).contains("created comment");

    Files.writeString(plan, "<!-- slipway-plan: staging -->\n### Slipway plan `staging`: 2 statements\n");
    CliProcess.Run second = CliProcess.run(env, "pr-comment", "--file", plan.toString());
    assertThat(second.exitCode()).as(second.stderr()).isZero();
    assertThat(second.stdout()).contains("updated comment");

    assertThat(comments).hasSize(2);
    assertThat(comments.values()).filteredOn(b -> b.contains("slipway-plan: staging")).singleElement()
        .satisfies(b -> assertThat(b).contains("2 statements"));
    assertThat(comments.values()).contains("an unrelated review comment");
    assertThat(first.stdout() + first.stderr() + second.stdout() + second.stderr()).doesNotContain(TOKEN);
  }

  @Test
  void aDifferentPlanNameGetsItsOwnComment() throws Exception {
    Path plan = Files.createTempFile("plan", ".md");
    Map<String, String> env = Map.of("GITHUB_TOKEN", TOKEN);
    String api = "http://127.0.0.1:" + server.getAddress().getPort();
    for (String name : List.of("staging", "production", "staging")) {
      Files.writeString(plan, "<!-- slipway-plan: " + name + " -->\nbody for " + name + "\n");
      CliProcess.Run r = CliProcess.run(env, "pr-comment", "--file", plan.toString(), "--repo", "acme/app", "--pr", "7",
          "--api-url", api);
      assertThat(r.exitCode()).as(r.stderr()).isZero();
    }
    assertThat(comments).hasSize(3);
  }

  @Test
  void aRejectedTokenIsOneClearLineAndExitOne() throws Exception {
    Path plan = Files.createTempFile("plan", ".md");
    Files.writeString(plan, "<!-- slipway-plan: x -->\n");
    CliProcess.Run r = CliProcess.run(Map.of("GITHUB_TOKEN", "wrong-token-value"), "pr-comment", "--file", plan.toString(),
        "--repo", "acme/app", "--pr", "7", "--api-url", "http://127.0.0.1:" + server.getAddress().getPort());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).startsWith("slipway: GitHub API GET").contains("HTTP 401").doesNotContain("wrong-token-value");
    assertThat(r.stderr().lines().count()).isEqualTo(1);
  }
}
