package dev.slipway.cli;

import dev.slipway.api.UserException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slipway pr-comment}: creates or updates the one pull-request comment that carries a plan, found
 * by the hidden {@code <!-- slipway-plan: NAME -->} marker of {@code plan --format markdown}. Uses the
 * GitHub REST API with {@code GITHUB_TOKEN}; repository, pull request and API URL default to what GitHub
 * Actions sets ({@code GITHUB_REPOSITORY}, {@code GITHUB_EVENT_PATH}, {@code GITHUB_API_URL}).
 */
@Command(name = "pr-comment", description = "Create or update the pull-request comment that carries a plan (GitHub).")
final class PrCommentCommand extends BaseCommand {
  private static final Pattern MARKER = Pattern.compile("<!-- slipway-(?:plan|drift): [^\\n]*? -->");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--file", required = true, description = "The Markdown plan (plan --format markdown --out FILE).")
  Path file;

  @Option(names = "--repo", description = "owner/name (default: $GITHUB_REPOSITORY).")
  String repo;

  @Option(names = "--pr", description = "Pull request number (default: from $GITHUB_EVENT_PATH).")
  Integer pr;

  @Option(names = "--api-url", description = "GitHub API root (default: $GITHUB_API_URL or the public API).")
  String apiUrl;

  @Override
  public Integer call() throws Exception {
    String body = Files.readString(file);
    Matcher m = MARKER.matcher(body);
    if (!m.find()) throw new UserException(file + ": no <!-- slipway-plan: NAME --> marker; write it with plan --format markdown");
    String marker = m.group();
    String token = env("GITHUB_TOKEN");
    if (token == null) throw new UserException("GITHUB_TOKEN is not set");
    secrets.remember(token);
    String repository = repo != null ? repo : env("GITHUB_REPOSITORY");
    if (repository == null || !repository.matches("[\\w.-]+/[\\w.-]+")) {
      throw new UserException("--repo owner/name is required (or $GITHUB_REPOSITORY)");
    }
    int number = pr != null ? pr : prFromEvent();
    String api = apiUrl != null ? apiUrl : env("GITHUB_API_URL") != null ? env("GITHUB_API_URL") : "https://api.github.com";
    Api client = new Api(api.replaceAll("/+$", ""), token);
    Long existing = null;
    for (int page = 1; existing == null; page++) {
      JsonNode comments = client.send("GET", "/repos/" + repository + "/issues/" + number + "/comments?per_page=100&page=" + page, null);
      if (!comments.isArray() || comments.isEmpty()) break;
      for (JsonNode c : comments) {
        if (c.path("body").asText().contains(marker)) {
          existing = c.path("id").asLong();
          break;
        }
      }
      if (comments.size() < 100) break;
    }
    String payload = JSON.createObjectNode().put("body", body).toString();
    if (existing == null) {
      JsonNode made = client.send("POST", "/repos/" + repository + "/issues/" + number + "/comments", payload);
      out().println("created comment " + made.path("id").asText() + " on " + repository + "#" + number);
    } else {
      client.send("PATCH", "/repos/" + repository + "/issues/comments/" + existing, payload);
      out().println("updated comment " + existing + " on " + repository + "#" + number);
    }
    return ExitCodes.OK;
  }

  private int prFromEvent() throws IOException {
    String path = env("GITHUB_EVENT_PATH");
    if (path == null) throw new UserException("--pr is required outside a GitHub Actions pull_request event");
    JsonNode event = JSON.readTree(Files.readString(Path.of(path)));
    JsonNode n = event.path("pull_request").path("number");
    if (!n.isInt()) n = event.path("number");
    if (!n.isInt()) throw new UserException("the GitHub event at " + path + " is not a pull request; pass --pr");
    return n.asInt();
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? null : v;
  }

  /** A small GitHub REST client: JSON in and out, 15 s timeouts, errors with the API's message. */
  private record Api(String root, String token) {
    JsonNode send(String method, String path, String json) throws IOException {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(15))
          .header("Authorization", "Bearer " + token)
          .header("Accept", "application/vnd.github+json")
          .header("X-GitHub-Api-Version", "2022-11-28");
      b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
          : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
      try {
        HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build()
            .send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
          throw new UserException("GitHub API " + method + " " + path.replaceAll("\\?.*", "") + ": HTTP " + r.statusCode()
              + " " + r.body().lines().findFirst().orElse(""));
        }
        return r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }
}
